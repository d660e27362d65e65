"""Withdrawal and erasure: offline at once, then nothing left anywhere but a receipt."""

import io
import os

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, Revision

from membership.models import ContactRequest, ErasureReceipt
from network.models import FORMER_MEMBER, ProfilePage

from .conftest import photo_upload, publish, submission_key

pytestmark = pytest.mark.django_db(transaction=False)


def tables_holding(token):
    """Every table and column (text or not, cast to text) that holds `token`: portable raw SQL
    over the whole database (SQLite, including full-text index tables, and PostgreSQL)."""
    found = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            try:
                columns = connection.introspection.get_table_description(cursor, table)
            except Exception:  # noqa: S112 (virtual tables without a description)
                continue
            for column in columns:
                sql = (
                    f"SELECT COUNT(*) FROM {quote(table)} "  # noqa: S608
                    f"WHERE LOWER(CAST({quote(column.name)} AS TEXT)) LIKE %s"
                )
                try:
                    with connection.cursor() as inner:
                        inner.execute(sql, [f"%{token.lower()}%"])
                        if inner.fetchone()[0]:
                            found.append(f"{table}.{column.name}")
                except Exception:  # noqa: S112 (a column type that cannot be cast)
                    continue
    return found


def files_holding(root, token):
    hits = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                if token.encode() in handle.read() or token in name:
                    hits.append(path)
    return hits


@pytest.fixture
def planted_member(
    client, join_page, application, unique_token, _media, django_capture_on_commit_callbacks
):
    """A member whose name, email and biography carry the token, with a photo and its
    renditions, two revisions, a workflow, log entries, a relayed message and a credit."""
    data = application(
        display_name=f"Name {unique_token}",
        email=f"{unique_token}@example.com",
        biography=f"Story {unique_token}",
        photo_alt_text=f"Alt {unique_token}",
        consent_messages="on",
    )
    data["photo"] = photo_upload(text=unique_token)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/join/", data).status_code == 302
    profile = ProfilePage.objects.get(title=f"Name {unique_token}")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    profile.photo.get_rendition("fill-240x240")
    profile.photo.get_rendition("fill-400x400")
    client.force_login(profile.member)
    client.post(
        "/account/edit/",
        {
            "display_name": f"Name {unique_token}",
            "headline": "Board member",
            "summary": f"Summary {unique_token}",
            "expects_payment": "yes",
            "availability": "open",
        },
    )
    contact_url = f"/network/{profile.slug}/contact/"
    key = submission_key(client, contact_url)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            contact_url,
            {
                "submission_key": key,
                "sender_name": "Vis Itor",
                "sender_email": "visitor@example.com",
                "purpose": "paid",
                "message": f"Hello {unique_token}",
            },
        )
    client.logout()
    return ProfilePage.objects.get(pk=profile.pk)


def test_the_scan_finds_the_token_before_erasure(planted_member, unique_token, _media):
    """The checks below would catch a leftover: before erasure the token is everywhere."""
    found = tables_holding(unique_token)
    for table in ("wagtailcore_page", "wagtailcore_revision", "auth_user", "indexentry"):
        assert any(table in hit for hit in found), found
    assert ContactRequest.objects.exists()
    assert ProfilePage.objects.live().search(unique_token.lower())


def test_withdrawing_erases_everything_but_a_receipt(client, planted_member, unique_token, _media):
    image = planted_member.photo
    files = [image.file.path] + [r.file.path for r in image.renditions.all()]
    assert all(os.path.exists(path) for path in files) and len(files) == 3
    user = planted_member.member
    client.force_login(user)
    response = client.get("/account/withdraw/")
    assert "cannot be undone" in response.content.decode()
    # The confirmation step: without it, nothing happens.
    assert client.post("/account/withdraw/", {"byline": "keep"}).status_code == 200
    assert ProfilePage.objects.filter(pk=planted_member.pk).exists()

    response = client.post("/account/withdraw/", {"byline": "keep", "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/account/withdrawn/"
    html = client.get("/account/withdrawn/").content.decode()
    receipt = ErasureReceipt.objects.get()
    assert str(receipt.reference) in html and receipt.erased_by == "member"

    assert tables_holding(unique_token) == []
    assert files_holding(_media, unique_token) == []
    assert not any(os.path.exists(path) for path in files)
    assert not ProfilePage.objects.filter(pk=planted_member.pk).exists()
    assert not Revision.objects.filter(object_id=str(planted_member.pk)).exists()
    assert not PageLogEntry.objects.filter(page_id=planted_member.pk).exists()
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not ContactRequest.objects.exists()
    assert not type(user).objects.filter(pk=user.pk).exists()
    assert not ProfilePage.objects.search(unique_token.lower())
    assert client.get(planted_member.url).status_code == 404
    assert client.get("/account/").status_code == 302  # signed out


def test_credits_fall_back_to_the_name_or_former_member(planted_member, unique_token):
    from blog.models import Author

    kept = Author.objects.create(name="Robin Kept", profile=planted_member)
    named = Author.objects.create(name=f"Byline {unique_token}", profile=planted_member)
    call_command(
        "erase_member", str(planted_member.pk), "--former-member", "--yes", stdout=io.StringIO()
    )
    kept.refresh_from_db()
    named.refresh_from_db()
    assert kept.profile is None and kept.name == FORMER_MEMBER
    assert named.name == FORMER_MEMBER and named.role_line == ""
    assert tables_holding(unique_token) == []
    assert ErasureReceipt.objects.get().erased_by == "moderator"


def test_keeping_the_name_keeps_the_byline_unlinked(planted_member):
    from blog.models import Author

    author = Author.objects.create(name="Robin Kept", profile=planted_member)
    call_command("erase_member", planted_member.slug, "--yes", stdout=io.StringIO())
    author.refresh_from_db()
    assert author.name == "Robin Kept" and author.profile is None


def test_the_command_refuses_unknown_profiles():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No profile"):
        call_command("erase_member", "nobody-here", "--yes", stdout=io.StringIO())


def test_an_erasure_clears_cached_pages(client, planted_member):
    from django.core.cache import cache

    cache.set("some-page-fragment", "cached")
    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    assert cache.get("some-page-fragment") is None


def test_a_shared_image_is_not_erased(make_profile, planted_member):
    """An image editors use elsewhere is not the member's to erase."""
    shared = get_image_model().objects.create(title="shared", file=photo_upload())
    other = make_profile("Other Person", photo=shared, photo_alt_text="A photo")
    ProfilePage.objects.filter(pk=planted_member.pk).update(photo=shared)
    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    assert get_image_model().objects.filter(pk=shared.pk).exists()
    assert ProfilePage.objects.get(pk=other.pk).photo_id == shared.pk
