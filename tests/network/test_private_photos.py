"""Photos that are not public: never a file address anonymous visitors could fetch.

A members-only or hidden photo is only served by /network/<slug>/photo/<size>/, which checks
the profile page's own rule; its files never keep a name anyone has seen."""

import ast
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.images import get_image_model
from wagtail.models import Site

from membership.models import Membership
from network.demo.loader import build_network
from network.models import CHOICE_FIELDS, ProfilePage

from ..factories import png

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend-cache backend that records what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture
def photo_profile(make_profile):
    """photo_profile(visibility, name=...): a live profile whose photo file is `name`.png."""

    def _make(visibility, name="dana-portrait", **fields):
        image = get_image_model().objects.create(title=f"Portrait {name}", file=png(name))
        return make_profile(
            "Dana Wells",
            slug="dana-wells",
            summary="Peer trainer in the north west.",
            expertise=["co-production"],
            photo=image,
            photo_alt_text="Dana on a bench",
            photo_visibility=visibility,
            **fields,
        )

    return _make


@pytest.fixture
def owner(django_user_model):
    user = django_user_model.objects.create_user("dana", "dana@example.com", "pw-dana-2468")
    user.groups.add(Group.objects.get_or_create(name="Members")[0])
    return user


def own(profile, user):
    Membership.objects.update_or_create(profile=profile, defaults={"member": user})
    return ProfilePage.objects.get(pk=profile.pk)


def photo_path(profile, size="medium"):
    return f"/network/{profile.slug}/photo/{size}/"


def stem(image):
    """The stored name of the image, without folder or extension: what a file URL carries."""
    image.refresh_from_db()
    return image.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def fetched_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_not_found(response):
    """The site's own "Page not found" page, never a photo."""
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert not response.get("Content-Type", "").startswith("image/")


def assert_photo(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", ["members", "hidden"])
def test_anonymous_pages_carry_no_trace_of_a_private_photo(client, photo_profile, visibility):
    profile = photo_profile(visibility)
    image = profile.photo
    name = stem(image)
    pages = {
        "profile": fetched_text(client, profile.url),
        "directory": fetched_text(client, "/network/"),
        "directory search": fetched_text(client, "/network/?q=Dana"),
        "site search": fetched_text(client, "/search/?q=Dana&type=people"),
        "home": fetched_text(client, "/"),
    }
    for where, html in pages.items():
        assert "Dana Wells" in html, f"the {where} page does not show the profile"
        for trace in (name, "dana-portrait", photo_path(profile), "/photo/", "Dana on a bench"):
            assert trace not in html, f"{trace!r} in the {where} page"
        media = re.findall(r"/media/[^\"'\s<>)]+", html)
        assert not [url for url in media if name in url or "original_images" in url], where
    soup = BeautifulSoup(pages["profile"], "html.parser")
    assert soup.find("img", class_="profile__photo") is None
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert "image" not in data["mainEntity"]
    share = soup.find("meta", property="og:image")
    assert share is None or name not in share["content"]
    # Nothing was even written to storage for anonymous visitors.
    assert image.renditions.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", ["members", "hidden"])
def test_anonymous_visitors_get_404_from_the_photo_address(client, photo_profile, visibility):
    profile = photo_profile(visibility)
    assert "Dana Wells" in fetched_text(client, profile.url)  # the profile itself is public
    for size in ("small", "medium", "large"):
        assert_not_found(client.get(photo_path(profile, size)))


@pytest.mark.django_db
def test_members_see_a_members_only_photo_through_the_checked_address(
    client, photo_profile, member_user
):
    profile = photo_profile("members")
    client.force_login(member_user)
    html = fetched_text(client, profile.url)
    img = BeautifulSoup(html, "html.parser").find("img", class_="profile__photo")
    assert img["src"] == photo_path(profile, "medium")
    assert img["alt"] == "Dana on a bench"
    assert (img["width"], img["height"]) == ("60", "60")  # the test image is 60 × 60
    assert "/media/" not in img["src"] and stem(profile.photo) not in html

    response = client.get(img["src"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\x89PNG")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert response["X-Content-Type-Options"] == "nosniff"
    assert stem(profile.photo) not in response.get("Content-Disposition", "")


@pytest.mark.django_db
def test_a_hidden_photo_is_shown_to_no_one_but_its_member(
    client, photo_profile, member_user, owner
):
    profile = own(photo_profile("hidden"), owner)
    client.force_login(member_user)
    assert_not_found(client.get(photo_path(profile)))
    html = fetched_text(client, profile.url)
    assert "Dana Wells" in html and "Peer trainer in the north west." in html
    assert "/photo/" not in html and "Dana on a bench" not in html
    client.force_login(owner)  # the member themself: their data export links here
    assert_photo(client.get(photo_path(profile)))


@pytest.mark.django_db
def test_public_photos_are_ordinary_public_renditions(client, photo_profile):
    profile = photo_profile("public", name="sam-public")
    html = fetched_text(client, profile.url)
    soup = BeautifulSoup(html, "html.parser")
    src = soup.find("img", class_="profile__photo")["src"]
    assert src.startswith("/media/images/sam-public.") and "fill-240x240" in src
    assert default_storage.exists(src.removeprefix("/media/"))
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert "/media/images/sam-public" in data["mainEntity"]["image"]
    assert "/media/images/sam-public" in fetched_text(client, "/network/")
    # The checked address answers everyone for a public photo.
    assert client.get(photo_path(profile)).status_code == 200


@pytest.mark.django_db
def test_making_a_public_photo_members_only_breaks_its_old_addresses(
    client, photo_profile, member_user, django_capture_on_commit_callbacks
):
    profile = photo_profile("public", name="jane-portrait")
    html = fetched_text(client, profile.url)
    seen = re.findall(r"/media/([^\"'\s]+)", html)
    old_files = [path for path in seen if "jane-portrait" in path]
    old_files.append(profile.photo.file.name)
    assert all(default_storage.exists(path) for path in old_files)

    draft = profile.get_latest_revision_as_object()
    draft.photo_visibility = "members"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    for path in old_files:
        assert not default_storage.exists(path), f"{path} is still served"
    image = get_image_model().objects.get(pk=profile.photo_id)
    assert "jane" not in image.file.name and default_storage.exists(image.file.name)
    html = fetched_text(client, profile.url)
    assert "Dana Wells" in html and "jane-portrait" not in html
    client.force_login(member_user)
    assert_photo(client.get(photo_path(profile)))


@pytest.mark.django_db
def test_old_addresses_are_purged_from_a_configured_cdn(
    photo_profile, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": f"{__name__}.RecordingBackend", "HOSTNAMES": ["lead.example"]}
    }
    Site.objects.filter(is_default_site=True).update(hostname="lead.example", port=443)
    PURGED.clear()
    profile = photo_profile("public", name="max-portrait")
    rendition = profile.photo.get_rendition("fill-240x240")
    with django_capture_on_commit_callbacks(execute=True):
        ProfilePage.objects.filter(pk=profile.pk).change(photo_visibility="members")
    assert f"https://lead.example{rendition.url}" in PURGED
    assert "https://lead.example/media/original_images/max-portrait.png" in PURGED


@pytest.mark.django_db
def test_a_photo_that_was_never_public_keeps_its_secret_name(
    photo_profile, django_capture_on_commit_callbacks
):
    """Renaming is for addresses someone may have seen: a members-only photo made hidden had
    no public address, so its files stay where they are (a control: made public and hidden
    again, they move)."""
    profile = photo_profile("members", name="lee-portrait")
    secret = ProfilePage.objects.get(pk=profile.pk).photo.file.name
    with django_capture_on_commit_callbacks(execute=True):
        ProfilePage.objects.filter(pk=profile.pk).change(photo_visibility="hidden")
    assert ProfilePage.objects.get(pk=profile.pk).photo.file.name == secret
    with django_capture_on_commit_callbacks(execute=True):
        ProfilePage.objects.filter(pk=profile.pk).change(photo_visibility="public")
        public = ProfilePage.objects.get(pk=profile.pk).photo.file.name
        ProfilePage.objects.filter(pk=profile.pk).change(photo_visibility="hidden")
    assert ProfilePage.objects.get(pk=profile.pk).photo.file.name != public


@pytest.mark.django_db
def test_publishing_other_changes_leaves_a_private_photos_files_alone(
    photo_profile, django_capture_on_commit_callbacks
):
    """A save renames a photo's files only when it has just stopped being public (a control:
    the same save path, making a public photo members-only, moves them)."""
    profile = photo_profile("members", name="kit-portrait")
    secret = ProfilePage.objects.get(pk=profile.pk).photo.file.name
    with django_capture_on_commit_callbacks(execute=True):
        page = ProfilePage.objects.get(pk=profile.pk)
        page.summary = "Now also a trainer."
        page.save_revision().publish()
    assert ProfilePage.objects.get(pk=profile.pk).photo.file.name == secret
    with django_capture_on_commit_callbacks(execute=True):
        ProfilePage.objects.filter(pk=profile.pk).change(photo_visibility="public")
    public = ProfilePage.objects.get(pk=profile.pk).photo.file.name
    with django_capture_on_commit_callbacks(execute=True):
        page = ProfilePage.objects.get(pk=profile.pk)
        page.photo_visibility = "members"
        page.save_revision().publish()
    assert ProfilePage.objects.get(pk=profile.pk).photo.file.name != public


@pytest.mark.django_db
def test_a_save_of_other_fields_never_moves_a_public_photo(
    photo_profile, django_capture_on_commit_callbacks
):
    """`save(update_fields=...)` without the photo's fields stores no photo change, so the
    public photo keeps the files its public pages show, whatever the object holds."""
    profile = photo_profile("public", name="ash-portrait")
    public = ProfilePage.objects.get(pk=profile.pk).photo.file.name
    with django_capture_on_commit_callbacks(execute=True):
        page = ProfilePage.objects.get(pk=profile.pk)
        page.photo_visibility = "members"  # not saved below
        page.summary = "Summary only."
        page.save(update_fields=["summary"])
    stored = ProfilePage.objects.get(pk=profile.pk)
    assert (stored.summary, stored.photo_visibility) == ("Summary only.", "public")
    assert stored.photo.file.name == public
    assert default_storage.exists(public)


@pytest.mark.django_db
def test_hiding_a_photo_from_the_account_renames_it_at_once(
    client, photo_profile, owner, django_capture_on_commit_callbacks
):
    """The member's own 'who can see' page applies stricter choices straight away, with a
    queryset update rather than a publish: the files are renamed all the same."""
    profile = own(photo_profile("public", name="kit-portrait"), owner)
    old_rendition = profile.photo.get_rendition("fill-240x240").file.name
    old_original = profile.photo.file.name
    client.force_login(owner)
    choices = {
        "photo_visibility": "hidden",
        "region_visibility": "public",
        "organisation_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/visibility/", choices)
    assert response.status_code == 302
    assert ProfilePage.objects.get(pk=profile.pk).photo_visibility == "hidden"
    assert not default_storage.exists(old_rendition)
    assert not default_storage.exists(old_original)
    assert_photo(client.get(photo_path(profile)))  # still there for the member themself
    client.logout()
    assert_not_found(client.get(photo_path(profile)))


@pytest.mark.django_db
def test_choosing_an_existing_image_as_a_private_photo_renames_it(
    photo_profile, make_profile, django_capture_on_commit_callbacks
):
    """Editors can pick any image in the library: one with a telling name is renamed too."""
    with django_capture_on_commit_callbacks(execute=True):
        profile = photo_profile("members", name="lee-jones-headshot")
    name = get_image_model().objects.get(pk=profile.photo_id).file.name
    assert "lee-jones" not in name and default_storage.exists(name)


@pytest.mark.django_db
def test_the_export_gives_the_checked_address_not_a_file(client, photo_profile, owner):
    profile = own(photo_profile("hidden"), owner)
    client.force_login(owner)
    data = json.loads(client.get("/account/export/").content)
    address = data["profile"]["published"]["photo"]
    assert address == profile.get_site().root_url + photo_path(profile, "large")
    assert "/media/" not in json.dumps(data)
    assert_photo(client.get(photo_path(profile, "large")))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/network/dana-wells/photo/huge/",
        "/network/dana-wells/photo/fill-2000x2000/",
        "/network/no-such-person/photo/medium/",
        "/network/dana-wells/photo/medium%00/",
        "/network/dana-wells/photo/..%2F..%2Fetc/",
    ],
)
def test_bad_photo_addresses_are_404(client, photo_profile, path):
    photo_profile("public")
    assert_photo(client.get("/network/dana-wells/photo/medium/"))  # the good address works
    assert_not_found(client.get(path))


@pytest.mark.django_db
def test_a_draft_profiles_photo_is_not_served(client, make_profile, member_user):
    image = get_image_model().objects.create(title="draft", file=png("draft-face"))
    profile = make_profile(
        "Drafty", slug="drafty", live=False, photo=image, photo_alt_text="A face"
    )
    client.force_login(member_user)
    assert_not_found(client.get(photo_path(profile)))
    # The address answers GET and HEAD only, for every profile alike.
    assert client.post(photo_path(profile)).status_code == 405
    # Once the profile is published, the same member sees its photo there.
    profile.save_revision().publish()
    assert_photo(client.get(photo_path(profile)))


@pytest.mark.django_db
def test_demo_photos_that_are_not_public_are_not_at_a_guessable_name(
    client, home_page, django_capture_on_commit_callbacks
):
    """The demo draws each avatar under a name made from the person's name: anyone could work
    it out. Loading the demo renames those whose profile does not show them publicly."""
    with django_capture_on_commit_callbacks(execute=True):
        build_network(home_page, io.StringIO())
    private = ProfilePage.objects.live().exclude(photo=None).exclude(photo_visibility="public")
    assert private.count() >= 2
    for profile in private:
        digest = hashlib.sha256(profile.title.encode()).hexdigest()[:12]
        assert digest not in profile.photo.file.name
        assert not default_storage.exists(f"original_images/avatar-{digest}.png")
        assert_not_found(client.get(photo_path(profile)))
    public = ProfilePage.objects.live().exclude(photo=None).filter(photo_visibility="public")
    digest = hashlib.sha256(public.first().title.encode()).hexdigest()[:12]
    assert public.first().photo.file.name == f"original_images/avatar-{digest}.png"


def test_code_changes_profiles_photos_and_choices_only_through_change():
    """ProfilePageQuerySet.change() applies the rules a save applies (a photo that stops being
    public is renamed, the member's choices hold, cached pages go stale); Django's update()
    applies none. No production code may update those fields of profiles with update()."""
    ruled = {*CHOICE_FIELDS, "accepts_messages", "photo", "photo_id"}
    root = Path(__file__).resolve().parents[2]
    offenders = []
    apps = ("blog", "events", "home", "lead", "membership", "network", "opportunities", "search")
    for app in apps:
        for path in (root / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            source = path.read_text()
            for node in ast.walk(ast.parse(source)):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                keywords = {keyword.arg for keyword in node.keywords}
                target = ast.get_source_segment(source, node.func.value) or ""
                if node.func.attr == "update" and keywords & ruled and "Profile" in target:
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
