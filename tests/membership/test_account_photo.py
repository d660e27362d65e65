"""My photo (/account/photo/): members see the photo on their profile, send a new one to a
moderator, or remove it, which takes it off the site and deletes its files at once."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Revision, Site, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from membership.accounts import member_of
from network.models import ProfilePage

from ..factories import PROFILE_EDIT, photo_upload, png, publish
from ..network.test_private_photos import PURGED

pytestmark = pytest.mark.django_db

Image = get_image_model()


@pytest.fixture
def robin(apply, client, django_capture_on_commit_callbacks):
    """A member who joined with a public photo, was published, and is signed in on `client`."""
    apply(photo=photo_upload(), photo_alt_text="Robin by the sea")
    profile = ProfilePage.objects.get(slug="robin-example")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    assert profile.photo_id
    client.force_login(member_of(profile))
    return profile


def photo_files(image):
    """The stored names of the image's original and every rendition made so far."""
    image = Image.objects.get(pk=image.pk)
    return [image.file.name, *(r.file.name for r in image.renditions.all())]


def test_the_account_page_links_to_the_photo_page(client, robin):
    html = client.get("/account/").content.decode()
    assert "Your profile has a photo." in html
    assert 'href="/account/photo/"' in html


def test_the_photo_shows_through_the_checked_address_never_a_file_address(client, robin):
    response = client.get("/account/photo/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'src="/network/robin-example/photo/medium/"' in html
    assert 'alt="Robin by the sea"' in html
    assert "Who can see it: everyone." in html
    assert "/media/" not in html
    assert "no-store" in response["Cache-Control"]
    assert client.get("/network/robin-example/photo/medium/").status_code == 200


def test_removing_the_photo_takes_it_off_the_site_and_deletes_its_files(
    client, robin, settings, django_capture_on_commit_callbacks
):
    settings.LEAD_PAGE_CACHE_SECONDS = 600  # as in production: the stored page must go too
    visitor = Client()
    before = visitor.get("/network/robin-example/").content.decode()
    assert "Robin by the sea" in before
    assert visitor.get("/network/robin-example/")["X-Lead-Cache"] == "hit"
    image = robin.photo
    files = photo_files(image)
    assert len(files) > 1 and all(default_storage.exists(name) for name in files)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/photo/remove/", follow=True)

    assert "Done: your photo is off your profile and deleted." in response.content.decode()
    profile = ProfilePage.objects.get(pk=robin.pk)
    assert profile.photo_id is None and profile.photo_alt_text == ""
    assert not Image.objects.filter(pk=image.pk).exists()
    assert not any(default_storage.exists(name) for name in files)
    for content in Revision.objects.filter(object_id=str(robin.pk)).values_list(
        "content", flat=True
    ):
        assert not content.get("photo") and not content.get("photo_alt_text")
    after = visitor.get("/network/robin-example/").content.decode()
    assert "Robin Example" in after and "Trains peer workers across the north." in after
    assert "Robin by the sea" not in after and "profile__photo" not in after
    for viewer in (visitor, client):
        gone = viewer.get("/network/robin-example/photo/medium/")
        assert gone.status_code == 404 and "Page not found" in gone.content.decode()
    assert "Your profile has no photo." in client.get("/account/photo/").content.decode()


def test_an_edit_waiting_for_review_cannot_bring_a_removed_photo_back(client, robin, make_profile):
    # The image is also on another page, so it is kept: only the revisions can forget it.
    make_profile("Sam Other", photo=robin.photo, photo_alt_text="Group photo")
    # A revision with the photo:
    assert client.post("/account/edit/", PROFILE_EDIT).status_code == 302
    client.post("/account/photo/remove/")
    ProfilePage.objects.get(pk=robin.pk).get_latest_revision().publish()  # a moderator approves
    profile = ProfilePage.objects.get(pk=robin.pk)
    assert profile.headline == "Board member"
    assert profile.photo_id is None


def test_an_image_editors_use_on_another_page_is_kept(client, robin, make_profile):
    shared = robin.photo
    make_profile("Sam Other", photo=shared, photo_alt_text="Group photo")
    client.post("/account/photo/remove/")
    assert ProfilePage.objects.get(pk=robin.pk).photo_id is None
    assert Image.objects.filter(pk=shared.pk).exists()
    assert default_storage.exists(Image.objects.get(pk=shared.pk).file.name)


def test_a_new_photo_waits_for_a_moderator_and_the_live_photo_stays(client, robin):
    old = robin.photo_id
    response = client.post(
        "/account/photo/",
        {"photo": photo_upload(name="new-me.png"), "photo_alt_text": "  Robin at a desk "},
    )
    assert response.status_code == 302
    profile = ProfilePage.objects.get(pk=robin.pk)
    assert profile.photo_id == old  # the site shows the old one until approval
    latest = profile.get_latest_revision_as_object()
    assert latest.photo_id != old and latest.photo_alt_text == "Robin at a desk"
    assert "new-me" not in latest.photo.file.name  # a name that says nothing about the member
    assert latest.photo.collection.name == "Member photos (private)"
    assert WorkflowState.objects.filter(object_id=str(profile.pk), status="in_progress").exists()
    html = client.get("/account/photo/").content.decode()
    assert "A new photo you sent is waiting for a moderator." in html
    assert "including the one waiting for a moderator" in html


def test_removing_deletes_a_photo_still_waiting_for_review(client, robin):
    client.post(
        "/account/photo/",
        {"photo": photo_upload(name="new-me.png"), "photo_alt_text": "Robin at a desk"},
    )
    waiting = ProfilePage.objects.get(pk=robin.pk).get_latest_revision_as_object().photo
    both = Image.objects.filter(pk__in=[robin.photo_id, waiting.pk])
    assert both.count() == 2  # the live photo and the one waiting for review
    response = client.post("/account/photo/remove/", follow=True)
    assert "Done: your photo is off your profile and deleted." in response.content.decode()
    assert not both.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"photo_alt_text": "Me"}, "Choose the photo you would like to show."),
        ({"photo": "upload", "photo_alt_text": "  "}, "Describe your photo for people"),
        ({"photo": "markup", "photo_alt_text": "Me"}, "We could not read that file as a photo."),
    ],
)
def test_bad_uploads_are_explained_and_nothing_is_saved(client, robin, data, message):
    # Files are made per run: an upload object is read once, and a test may run twice.
    if data.get("photo") == "upload":
        data = {**data, "photo": photo_upload()}
    if data.get("photo") == "markup":
        markup = SimpleUploadedFile("me.png", b"<svg onload=alert(1)>", "image/png")
        data = {**data, "photo": markup}
    images, revisions = Image.objects.count(), Revision.objects.count()
    response = client.post("/account/photo/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (Image.objects.count(), Revision.objects.count()) == (images, revisions)


def test_removal_is_a_post_by_the_signed_in_member_only(client, robin):
    assert client.get("/account/photo/remove/").status_code == 405
    anonymous = Client()
    response = anonymous.post("/account/photo/remove/")
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert ProfilePage.objects.get(pk=robin.pk).photo_id == robin.photo_id


def test_a_member_without_a_photo_is_told_so(client, member):
    client.force_login(member_of(member))
    assert "Add a photo" in client.get("/account/").content.decode()
    html = client.get("/account/photo/").content.decode()
    assert "Your profile has no photo." in html and "Remove and delete" not in html
    response = client.post("/account/photo/remove/", follow=True)
    # Told there was nothing to remove, never that a photo was removed and deleted.
    assert [str(m) for m in response.context["messages"]] == ["Your profile has no photo."]
    assert "Done: your photo is off" not in response.content.decode()


def test_another_members_photo_is_out_of_reach(client, robin, other_member):
    image = Image.objects.create(title="Sam", file=png("sam-portrait"))
    ProfilePage.objects.filter(pk=other_member.pk).update(photo=image, photo_alt_text="Sam")
    client.force_login(member_of(other_member))
    client.post("/account/photo/remove/")
    assert ProfilePage.objects.get(pk=robin.pk).photo_id == robin.photo_id
    assert ProfilePage.objects.get(pk=other_member.pk).photo_id is None


def test_removal_purges_the_photos_files_from_a_configured_cdn(client, robin, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "tests.network.test_private_photos.RecordingBackend",
            "HOSTNAMES": ["lead.example"],
        }
    }
    Site.objects.filter(is_default_site=True).update(hostname="lead.example", port=443)
    rendition = robin.photo.get_rendition("fill-240x240")
    original = robin.photo.file.url
    PURGED.clear()
    client.post("/account/photo/remove/")
    assert f"https://lead.example{rendition.url}" in PURGED
    assert f"https://lead.example{original}" in PURGED


def test_staff_hiding_a_photo_for_safeguarding_renames_its_files_at_once(
    client, robin, moderator, django_capture_on_commit_callbacks
):
    """A moderator makes the photo members-only from the editor, with a reason: the live page
    changes at once, and every file address anyone saw while it was public stops working."""
    old_files = [*photo_files(robin.photo), robin.photo.get_rendition("fill-240x240").file.name]
    assert all(default_storage.exists(name) for name in old_files)
    staff = Client()
    staff.force_login(moderator)
    url = f"/admin/pages/{robin.pk}/edit/"
    data = querydict_from_html(staff.get(url).content.decode(), form_id="page-edit-form")
    data["selected_work-count"] = "0"  # the StreamField's form is built by JavaScript
    data["photo_visibility"] = "members"
    data["safeguarding_reason"] = "Your photo was shared somewhere it should not have been."
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(url, data, follow=True)
    assert "Restricted now, on the live profile and every version: photo" in (
        response.content.decode()
    )
    assert ProfilePage.objects.get(pk=robin.pk).photo_visibility == "members"
    assert not [name for name in old_files if default_storage.exists(name)]
    assert Client().get("/network/robin-example/photo/medium/").status_code == 404
    photo = client.get("/network/robin-example/photo/medium/")  # the member still sees it
    assert photo.status_code == 200 and photo["Content-Type"] == "image/png"
