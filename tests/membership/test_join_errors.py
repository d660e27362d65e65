"""The join form after a mistake: every error in one round, short consent errors, and a photo
that passed its checks kept (privately) so the applicant need not choose it again."""

import os
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.images import get_image_model

from membership import consent
from membership.models import HeldPhoto
from network.models import LivedExperienceArea, ProfilePage

from ..factories import UserFactory, photo_upload

pytestmark = pytest.mark.django_db


def summary(response):
    """The error summary's lines, as a person reads them."""
    html = BeautifulSoup(response.content, "html.parser")
    box = html.select_one(".error-summary")
    return [item.get_text(" ", strip=True) for item in box.select("li")] if box else []


def held_token(response):
    match = re.search(r'name="held_photo" value="([^"]+)"', response.content.decode())
    return match.group(1) if match else None


def with_photo(data, upload=None):
    data["photo"] = upload or photo_upload(name="photo.png")
    return data


def only_file(root):
    files = [path for path in root.rglob("*") if path.is_file()]
    assert len(files) == 1, files
    return files[0]


def test_every_mistake_is_reported_in_one_round(client, application):
    """A photo without its description, no consent and an empty summary: all three at once."""
    data = with_photo(application(consent_publishing=None, summary=""))
    response = client.post("/join/", data)
    assert response.status_code == 200
    lines = summary(response)
    assert "Summary: This field is required." in lines
    assert "Describe your photo: Describe your photo for people who cannot see it." in lines
    assert "Tick this box to publish your profile." in lines
    assert len(lines) == 3
    assert not ProfilePage.objects.filter(title="Robin Example").exists()


def test_a_refused_photo_still_asks_for_its_description_in_the_same_round(client, application):
    data = with_photo(application(), photo_upload("GIF", name="face.png"))
    lines = summary(client.post("/join/", data))
    assert "Photo: Please choose a JPEG, PNG or WebP image." in lines
    assert "Describe your photo: Describe your photo for people who cannot see it." in lines


def test_consent_errors_are_short_and_the_wording_stays_beside_the_box(client, application):
    area = LivedExperienceArea.objects.first()
    data = application(consent_publishing=None, lived_experience=[area.pk])
    response = client.post("/join/", data)
    lines = summary(response)
    assert lines == [
        "Tick this box to publish your profile.",
        "Tick this box to let us hold your areas of lived experience, or untick the areas.",
    ]
    box = BeautifulSoup(response.content, "html.parser").select_one(".error-summary")
    for purpose in (consent.PUBLISHING, consent.LIVED_EXPERIENCE):
        wording = consent.wording(purpose)
        assert wording not in box.get_text()  # not repeated in the summary…
        assert wording in response.content.decode()  # …but still the checkbox's own label


def test_a_checked_photo_is_kept_privately_and_shown_by_its_name(
    client, application, _media, settings
):
    response = client.post("/join/", with_photo(application(consent_publishing=None)))
    html = response.content.decode()
    assert "<strong>photo.png</strong> — kept from your last try" in html
    assert "Keep it, or choose another file to change it" in html
    assert "Remove photo.png: send my application without a photo." in html
    held = HeldPhoto.objects.get()
    assert held_token(response) == held.token
    # Stored in the private store, under a random name, never under MEDIA_ROOT.
    stored = only_file(settings.PRIVATE_MEDIA_ROOT)
    assert stored.parent.name == "held-photos" and "photo" not in stored.name
    assert not (_media / "media").exists() or not any((_media / "media").rglob("*.*"))
    # No address serves it: not the private-file view (even to a moderator), not /media/.
    private_path = held.file.name.removeprefix("private/")
    assert private_path not in html
    client.force_login(UserFactory(username="mod2", groups=["Moderators"]))
    assert client.get(f"/private-media/{private_path}").status_code == 404
    assert client.get(f"/media/{private_path}").status_code == 404


def test_the_kept_photo_goes_with_the_corrected_form_and_is_then_deleted(
    client, application, settings
):
    first = client.post(
        "/join/", with_photo(application(consent_publishing=None), photo_upload(text="gps-here"))
    )
    token = held_token(first)
    key = re.search(r'name="submission_key" value="([^"]+)"', first.content.decode()).group(1)
    data = application(photo_alt_text="Smiling outdoors", held_photo=token, submission_key=key)
    response = client.post("/join/", data)  # no file chosen this time
    assert response.status_code == 302 and response["Location"] == "/join/thanks/"
    profile = ProfilePage.objects.get(slug="robin-example")
    assert profile.photo is not None and profile.photo_alt_text == "Smiling outdoors"
    assert profile.photo.collection.name == "Member photos (private)"
    with profile.photo.file.open("rb") as stored:
        assert b"gps-here" not in stored.read()
    assert not HeldPhoto.objects.exists()
    assert not any((settings.PRIVATE_MEDIA_ROOT / "held-photos").iterdir())
    # The same form sent again (a double-click) stores nothing new.
    assert client.post("/join/", data).status_code == 302
    assert ProfilePage.objects.filter(title="Robin Example").count() == 1
    assert get_image_model().objects.filter(collection=profile.photo.collection).count() == 1


def test_removing_the_kept_photo_sends_the_application_without_one(client, application):
    token = held_token(client.post("/join/", with_photo(application(consent_publishing=None))))
    response = client.post("/join/", application(held_photo=token, photo_remove="on"))
    assert response.status_code == 302
    assert ProfilePage.objects.get(slug="robin-example").photo is None
    assert not HeldPhoto.objects.exists()


def test_removing_it_on_a_form_that_still_has_mistakes_stops_keeping_it(client, application):
    token = held_token(client.post("/join/", with_photo(application(consent_publishing=None))))
    response = client.post(
        "/join/", application(held_photo=token, photo_remove="on", consent_publishing=None)
    )
    assert "Tick this box to publish your profile." in summary(response)  # the control
    assert "kept from your last try" not in response.content.decode()
    assert held_token(response) is None and not HeldPhoto.objects.exists()


def test_choosing_another_photo_replaces_the_kept_one(client, application, settings):
    token = held_token(client.post("/join/", with_photo(application(consent_publishing=None))))
    first_file = only_file(settings.PRIVATE_MEDIA_ROOT)
    data = with_photo(
        application(held_photo=token, consent_publishing=None), photo_upload(name="better.png")
    )
    response = client.post("/join/", data)
    assert "<strong>better.png</strong> — kept" in response.content.decode()
    assert "photo.png" not in response.content.decode()
    assert HeldPhoto.objects.get().shown_name == "better.png"
    assert not first_file.exists() and only_file(settings.PRIVATE_MEDIA_ROOT) != first_file


def test_a_photo_kept_for_more_than_a_day_must_be_chosen_again(client, application, clock):
    token = held_token(client.post("/join/", with_photo(application(consent_publishing=None))))
    clock.shift(timedelta(days=1, minutes=1))
    response = client.post("/join/", application(held_photo=token, photo_alt_text="A photo"))
    assert response.status_code == 200
    assert "Photo: We no longer have the photo you chose earlier" in " ".join(summary(response))
    assert not ProfilePage.objects.filter(title="Robin Example").exists()


def test_the_hourly_clean_up_deletes_photos_kept_for_a_day(application, client, settings, clock):
    old = held_token(client.post("/join/", with_photo(application(consent_publishing=None))))
    old_file = only_file(settings.PRIVATE_MEDIA_ROOT)
    clock.shift(timedelta(hours=23))
    client.post("/join/", with_photo(application(consent_publishing=None), photo_upload()))
    fresh = HeldPhoto.objects.exclude(token=old).get()
    # A file left without its record (deleted while the store was down), a day old.
    orphan = HeldPhoto(shown_name="x.png")
    orphan.file.save("x.png", ContentFile(b"old"), save=False)
    orphan_path = settings.PRIVATE_MEDIA_ROOT / orphan.file.name.removeprefix("private/")
    day_old = (timezone.now() - timedelta(days=1, minutes=5)).timestamp()
    os.utime(orphan_path, (day_old, day_old))
    clock.shift(timedelta(hours=1, minutes=1))
    call_command("delete_held_photos", verbosity=0)
    assert list(HeldPhoto.objects.all()) == [fresh]  # the control: a fresh one stays
    assert not old_file.exists() and not orphan_path.exists()
    assert (settings.PRIVATE_MEDIA_ROOT / fresh.file.name.removeprefix("private/")).exists()


def test_a_file_name_with_markup_is_shown_as_text(client, application):
    upload = photo_upload(name='<img src=x onerror="alert(1)">.png')
    html = client.post("/join/", with_photo(application(consent_publishing=None), upload))
    html = html.content.decode()
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.png" in html
    assert "<img src=x" not in html


def test_keeping_photos_is_rate_limited_per_address(client, application, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join-photo": (1, 3600)}
    first = client.post("/join/", with_photo(application(consent_publishing=None)))
    assert held_token(first)  # the control: the first is kept
    second = client.post("/join/", with_photo(application(consent_publishing=None)))
    assert "Photo: Please choose your photo again" in " ".join(summary(second))
    assert held_token(second) is None and HeldPhoto.objects.count() == 1


def test_a_token_that_is_not_one_is_ignored(client, application):
    for token in ("x" * 500, "../../etc/passwd", "\x00", "a" * 43):
        response = client.post("/join/", application(held_photo=token, consent_publishing=None))
        assert response.status_code == 200
        assert "Tick this box to publish your profile." in summary(response)
        assert "kept from your last try" not in response.content.decode()
