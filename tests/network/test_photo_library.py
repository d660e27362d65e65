"""Members' photos in the admin's image library, and where their files are kept.

Every image in the members' photo collection keeps its files (original and renditions) in the
private store, which no public address reaches; the image library shows those images only to
people allowed members' private details. (The leak harness requests the file addresses as
outsiders: tests/quality/test_leaks.py.)"""

import io
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.images import get_image_model

from membership.photos import save_photo
from network.photo_store import COLLECTION, photo_collection
from network.private_photos import SIZES

from ..factories import ImageFactory, UserFactory, make_post, photo_upload, png

pytestmark = pytest.mark.django_db

PRIVATE_TITLE = "Dana Wells portrait"  # what an editor's own upload may be called
PUBLIC_TITLE = "Conference banner"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings


@pytest.fixture
def private_image():
    """An image in the members' photo collection, with a rendition the library shows."""
    image = ImageFactory(title=PRIVATE_TITLE, collection=photo_collection(), file=png("dana"))
    image.get_rendition("max-165x165")
    return image


@pytest.fixture
def public_image():
    return ImageFactory(title=PUBLIC_TITLE, file=png("banner"))


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(username="ed", groups=["Editors"]))
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def stored_files(settings):
    """{"public": [...], "private": [...]}: every file under MEDIA_ROOT and PRIVATE_MEDIA_ROOT."""
    return {
        where: sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file())
        for where, root in (
            ("public", settings.MEDIA_ROOT),
            ("private", settings.PRIVATE_MEDIA_ROOT),
        )
    }


def test_a_members_photo_and_its_renditions_are_only_in_the_private_store(_media):
    photo = save_photo(photo_upload())
    renditions = [photo.get_rendition(spec) for spec in SIZES.values()]
    assert photo.collection.name == COLLECTION
    names = [photo.file.name, *(r.file.name for r in renditions)]
    assert all(name.startswith("private/") for name in names), names
    files = stored_files(_media)
    assert files["public"] == []
    assert sorted(name.removeprefix("private/") for name in names) == files["private"]
    # No address of them is a /media/ one.
    assert all(url.startswith("/private-media/") for url in [photo.file.url, renditions[0].url])


def test_editors_without_the_permission_never_meet_members_photos_in_the_library(
    editor, private_image, public_image
):
    listing = editor.get("/admin/images/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert PUBLIC_TITLE in html  # the library itself works for them
    assert PRIVATE_TITLE not in html and private_image.file.name not in html
    chooser = editor.get("/admin/images/chooser/")
    assert PUBLIC_TITLE in chooser.content.decode()
    assert PRIVATE_TITLE not in chooser.content.decode()
    api = editor.get("/admin/api/main/images/")
    titles = [item["title"] for item in api.json()["items"]]
    assert PUBLIC_TITLE in titles and PRIVATE_TITLE not in titles
    # The image's own pages and files: refused, and nothing of it shown.
    pk = private_image.pk
    for url in (
        f"/admin/images/{pk}/",
        f"/admin/images/{pk}/delete/",
        f"/admin/images/usage/{pk}/",
        f"/admin/images/{pk}/generate_url/",
        f"/admin/images/{pk}/preview/max-165x165/",
        f"/admin/images/chooser/{pk}/",
        private_image.file.url,
        private_image.get_rendition("max-165x165").url,
    ):
        response = editor.get(url)
        assert response.status_code in (302, 403, 404), url
        body = response.content.decode(errors="replace")
        assert PRIVATE_TITLE not in body and "private/" not in body, url
    assert editor.get(f"/admin/images/{public_image.pk}/").status_code == 200  # the control
    # Nor can they upload into the collection (or move images into it).
    upload_form = editor.get("/admin/images/add/")
    assert upload_form.status_code == 200 and COLLECTION not in upload_form.content.decode()


def test_moderators_see_members_photos_and_their_files(moderator_client, private_image):
    html = moderator_client.get("/admin/images/").content.decode()
    assert PRIVATE_TITLE in html
    edit = moderator_client.get(f"/admin/images/{private_image.pk}/")
    assert edit.status_code == 200
    page = BeautifulSoup(edit.content, "html.parser")
    sources = [img["src"] for img in page.find_all("img") if "/private-media/" in img["src"]]
    assert sources  # the preview on the edit page, from the private store
    for url in (*sources, private_image.file.url):
        response = moderator_client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
        assert response["X-Content-Type-Options"] == "nosniff"
    api = moderator_client.get("/admin/api/main/images/").json()
    assert PRIVATE_TITLE in [item["title"] for item in api["items"]]
    assert COLLECTION in moderator_client.get("/admin/images/add/").content.decode()


def test_a_members_public_photo_is_shown_through_the_checked_address(client, make_profile):
    profile = make_profile(
        "Dana Wells",
        slug="dana-wells",
        photo=save_photo(photo_upload()),
        photo_alt_text="Dana on a bench",
        photo_visibility="public",
    )
    page = BeautifulSoup(client.get("/network/dana-wells/").content, "html.parser")
    assert page.find("img", class_="profile__photo")["src"] == "/network/dana-wells/photo/medium/"
    data = json.loads(page.find("script", type="application/ld+json").string)
    site = profile.get_site().root_url
    assert data["mainEntity"]["image"] == f"{site}/network/dana-wells/photo/large/"
    card = BeautifulSoup(client.get("/network/").content, "html.parser")
    assert card.find("img", class_="profile-card__photo")["src"] == (
        "/network/dana-wells/photo/small/"
    )
    for soup in (page, card):
        assert "/private-media/" not in str(soup)
        assert not [img for img in soup.find_all("img") if "/media/" in img["src"]]
    share = page.find("meta", property="og:image")  # the member's photo is no share image
    assert share is None or "/media/images/" not in share["content"]
    response = client.get("/network/dana-wells/photo/medium/")  # anyone may see a public photo
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert profile.photo.renditions.exists()  # made for that, in the private store
    assert all(r.file.name.startswith("private/") for r in profile.photo.renditions.all())


def test_moving_an_image_into_or_out_of_the_collection_moves_its_files(
    moderator_client, public_image, _media, django_capture_on_commit_callbacks
):
    def move(collection):
        edit_url = f"/admin/images/{public_image.pk}/"
        data = {"title": PUBLIC_TITLE, "collection": collection.pk, "tags": ""}
        with django_capture_on_commit_callbacks(execute=True):
            assert moderator_client.post(edit_url, data).status_code == 302
        return get_image_model().objects.get(pk=public_image.pk)

    public_image.get_rendition("max-165x165")
    before = stored_files(_media)
    assert before["private"] == [] and len(before["public"]) == 2
    moved = move(photo_collection())
    assert moved.file.name.startswith("private/original_images/")
    assert "banner" not in moved.file.name  # a new name: the old one was public
    assert stored_files(_media) == {"public": [], "private": [moved.file.name[8:]]}
    back = move(photo_collection().get_parent())
    assert not back.file.name.startswith("private/")
    assert stored_files(_media) == {"public": [back.file.name], "private": []}


def test_existing_photos_move_into_the_private_store(make_profile, _media):
    """Photos stored before the private store: a member's photo left in the collection at a
    public address, and a library image that is a profile's hidden photo."""
    members = ImageFactory(title="Member photo", file=png("member-old"))
    hidden = ImageFactory(title="Lee Jones headshot", file=png("lee-jones"))
    kept = ImageFactory(title=PUBLIC_TITLE, file=png("banner"))
    get_image_model().objects.filter(pk=members.pk).update(collection=photo_collection())
    make_profile("Lee Jones", photo=hidden, photo_alt_text="Lee", photo_visibility="hidden")
    assert len(stored_files(_media)["public"]) == 3

    out = io.StringIO()
    call_command("secure_member_photos", stdout=out)
    assert "Moved the files of 2 photo(s)" in out.getvalue()
    assert stored_files(_media)["public"] == [kept.file.name]
    for image in get_image_model().objects.filter(pk__in=[members.pk, hidden.pk]):
        assert image.collection.name == COLLECTION and image.file.name.startswith("private/")
    call_command("secure_member_photos", stdout=out)  # again: nothing left to move
    assert out.getvalue().endswith("Moved the files of 0 photo(s) into the private store.\n")


def test_a_library_image_made_a_hidden_photo_joins_the_collection(
    make_profile, blog, _media, django_capture_on_commit_callbacks
):
    """An image from the library chosen as a profile's hidden photo becomes a member's photo
    (collection, private files); one a post also uses stays the editors', at a new name."""
    alone = ImageFactory(title="Lee Jones headshot", file=png("lee-jones"))
    shared = ImageFactory(title=PUBLIC_TITLE, file=png("banner"))
    make_post(blog, "Co-production in practice", hero_image=shared, hero_alt_text="A hall")
    with django_capture_on_commit_callbacks(execute=True):
        make_profile("Lee Jones", photo=alone, photo_alt_text="Lee", photo_visibility="hidden")
        make_profile("Sam Hall", photo=shared, photo_alt_text="Sam", photo_visibility="hidden")
    alone, shared = (get_image_model().objects.get(pk=i.pk) for i in (alone, shared))
    assert alone.collection.name == COLLECTION and alone.file.name.startswith("private/")
    assert shared.collection.name != COLLECTION and not shared.file.name.startswith("private/")
    assert "banner" not in shared.file.name  # renamed all the same
    assert stored_files(_media)["public"] == [shared.file.name]
