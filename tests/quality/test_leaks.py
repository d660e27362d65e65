"""Drafts, unpublished and login-restricted pages never reach an anonymous visitor."""

import pytest

from .leaks import assert_token_absent, plant_token, search_key


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", ["anonymous", "signed-in non-member"])
def test_planted_token_appears_in_no_public_output(
    client, home_page, unique_token, django_user_model, viewer
):
    """Anonymous visitors, and people signed in without being members or staff (signing in
    alone must not unlock members-only values), see none of the planted values."""
    signed_in = viewer == "signed-in non-member"
    planted = plant_token(home_page, unique_token, viewer_signed_in=signed_in)
    if signed_in:
        user = django_user_model.objects.create_user("outsider", "outsider@example.com", "pw-1")
        assert not user.is_staff and not user.groups.exists()
        client.force_login(user)
    fetched = assert_token_absent(client, unique_token, planted)
    assert fetched >= 12  # outputs, the sitemap's pages and the planted pages' addresses


@pytest.mark.django_db
def test_the_planted_pages_are_not_served(client, home_page, unique_token):
    about, draft, withdrawn, restricted, members = plant_token(home_page, unique_token)[:5]
    assert client.get(f"/{draft.slug}/").status_code == 404
    assert client.get(f"/{withdrawn.slug}/").status_code == 404
    for page in (restricted, members):
        response = client.get(f"/{page.slug}/")
        assert response.status_code == 302 and "/_util/login/" in response["Location"]
    assert "Who we are, what we stand for" in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_the_check_would_catch_a_leak(client, home_page, unique_token):
    """The harness itself: a token on a live public page is found."""
    planted = plant_token(home_page, unique_token)
    contact = home_page.get_children().get(slug="join").specific
    contact.intro = f"Published {unique_token}"
    contact.save_revision().publish()
    with pytest.raises(AssertionError, match="leaked"):
        assert_token_absent(client, unique_token, planted)


@pytest.mark.django_db
def test_planted_words_find_nothing_in_search(client, home_page, unique_token):
    plant_token(home_page, unique_token)
    response = client.get("/search/", {"q": search_key(unique_token)})
    assert "0 results" in response.content.decode()
