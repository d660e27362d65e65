"""Drafts, unpublished and login-restricted pages never reach an anonymous visitor; private
files are fetched by no one but the staff allowed them."""

import pytest
from django.conf import settings as django_settings

from lead import urls as site_urls
from lead.uploads import media_urlpatterns

from ..factories import UserFactory
from .leaks import (
    assert_private_files_refused,
    assert_token_absent,
    plant_token,
    public_urls,
    search_key,
)
from .planters import PrivateFile


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
def test_what_a_member_saw_never_reaches_a_visitor_through_the_page_cache(
    client, home_page, unique_token, settings
):
    """With the page cache on, a member reads every output first (seeing members-only values,
    the control), then an anonymous visitor reads them all: none was stored for them."""
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    planted = plant_token(home_page, unique_token)
    client.force_login(UserFactory(username="member", groups=["Members"]))
    urls = public_urls(client, unique_token, planted)
    seen = []
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if unique_token in body.decode(errors="replace"):
            seen.append(url)
    assert "/network/planted-members-only/" in seen  # the members-only organisation
    assert "/events/" in seen  # the members-only event, listed to members
    assert "/members/" in seen  # the members' space and its posts
    client.logout()
    assert assert_token_absent(client, unique_token, planted) >= len(urls)


@pytest.mark.django_db
def test_the_planted_pages_are_not_served(client, home_page, unique_token):
    about, draft, withdrawn, restricted, members = plant_token(home_page, unique_token)[:5]
    assert client.get(f"/{draft.slug}/").status_code == 404
    assert client.get(f"/{withdrawn.slug}/").status_code == 404
    for page in (restricted, members):
        response = client.get(f"/{page.slug}/")
        assert response.status_code == 302 and "/account/login/" in response["Location"]
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


# The site's URLs with /media/ served, as a web server in front serves MEDIA_ROOT.
urlpatterns = media_urlpatterns() + site_urls.urlpatterns


@pytest.mark.django_db
@pytest.mark.urls(__name__)
@pytest.mark.parametrize("viewer", [None, "Members", "Editors"])
def test_private_files_have_no_address_anyone_else_can_fetch(
    client, home_page, unique_token, settings, tmp_path, viewer
):
    """A member's photo and its renditions (LEAK_PLANTERS' PrivateFile addresses, and where
    they would be under /media/) are fetched by no one but the staff allowed members' private
    details: not an anonymous visitor, not a member, not an editor without that permission."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    planted = plant_token(home_page, unique_token, viewer_signed_in=viewer is not None)
    if viewer:
        client.force_login(UserFactory(username="viewer", groups=[viewer]))
    assert assert_private_files_refused(client, planted) >= 12
    # The control: a moderator, who may see members' private details, gets each file at its
    # address (the ones outside /media/).
    client.force_login(UserFactory(username="moderator", groups=["Moderators"]))
    files = [item for item in planted if isinstance(item, PrivateFile)]
    outside_media = [item for item in files if not item.url.startswith(django_settings.MEDIA_URL)]
    served = [item.url for item in outside_media if item.staff_may_fetch]
    assert served
    for url in served:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/")
    # Files nobody may fetch (a photo kept for an unfinished application) stay closed to the
    # moderator too.
    assert_private_files_refused(client, [item for item in files if not item.staff_may_fetch])
