"""/join/: an application becomes a draft profile in review; abuse and mail failures."""

import logging

import pytest
from django.core import mail
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from membership import consent
from membership.models import ConsentRecord, JoinPage, Membership
from network.models import LivedExperienceArea, ProfilePage

from ..factories import photo_upload, publish

pytestmark = pytest.mark.django_db


def test_the_join_page_shows_the_form_with_versioned_consent_wording(client, join_page):
    html = client.get("/join/").content.decode()
    for purpose in (consent.PUBLISHING, consent.LIVED_EXPERIENCE, consent.MESSAGES):
        assert consent.wording(purpose) in html
    assert f"Consent wording version {consent.CURRENT_VERSION}" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "no-cache" in client.get("/join/")["Cache-Control"]


def test_join_page_rules():
    assert JoinPage.parent_page_types == ["home.HomePage"]
    assert JoinPage.max_count == 1


def test_an_application_becomes_a_draft_in_review_then_emails_go(apply, moderator, application):
    response = apply(consent_messages="on")
    assert response.status_code == 302 and response["Location"] == "/join/thanks/"
    profile = ProfilePage.objects.get(slug="robin-example")
    assert not profile.live and profile.title == "Robin Example"
    membership = Membership.objects.get(profile=profile)
    assert membership.contact_email == "robin@example.com" and membership.member is None
    assert profile.consent_recorded_by == "the join form"
    assert profile.consent_wording_version == consent.CURRENT_VERSION
    assert membership.accepts_messages is True
    assert profile.organisation_visibility == "members"
    assert profile.payment_visibility == "hidden"
    assert "<p>I have worked in peer support" in profile.biography
    record = ConsentRecord.objects.get(profile=profile)
    assert record.messages_given_at and record.lived_experience_given_at is None
    state = WorkflowState.objects.get(object_id=str(profile.pk))
    assert state.status == "in_progress" and state.workflow.name == "Profile review"
    assert profile.revisions.count() == 1
    subjects = [message.subject for message in mail.outbox]
    assert "A new profile application is waiting for review" in subjects
    ours = next(m for m in mail.outbox if m.subject.startswith("A new profile"))
    assert "mod@example.com" in ours.to and "Robin" not in ours.body
    ack = next(m for m in mail.outbox if m.to == ["robin@example.com"])
    assert "We have your application" in ack.subject


def test_the_thank_you_page(client, join_page):
    response = client.get("/join/thanks/")
    assert response.status_code == 200
    assert "Thank you for applying" in response.content.decode()


@pytest.mark.parametrize(
    "server",
    ["tests.mail.BrokenBackend", "tests.mail.BrokenOnOpenBackend"],
    ids=["sending-fails", "connection-refused"],
)
def test_a_failing_mail_server_loses_nothing(
    apply, moderator, mail_queue, settings, clock, caplog, server
):
    """The request only queues its emails (LEAD's and Wagtail's moderation notices alike): the
    application is stored and in review whatever the mail server does, and every email goes
    once the server takes it."""
    settings.LEAD_EMAIL_TRANSPORT = server
    with caplog.at_level(logging.WARNING):
        response = apply()
        assert response.status_code == 302 and response["Location"] == "/join/thanks/"
        profile = ProfilePage.objects.get(slug="robin-example")
        assert ConsentRecord.objects.filter(profile=profile).exists()
        assert profile.revisions.count() == 1
        reviewing = WorkflowState.objects.filter(object_id=str(profile.pk), status="in_progress")
        assert reviewing.exists()
        queued = len(mail_queue.waiting())
        assert queued == 2  # the editors' notice and the acknowledgement; no Wagtail email
        mail_queue.run()
    assert mail.outbox == [] and len(mail_queue.waiting()) == queued  # each queued again
    failures = [r.getMessage() for r in caplog.records if r.name == "lead.mail"]
    assert len(failures) == queued and all("trying again in 60 s" in f for f in failures)
    assert "robin@example.com" not in caplog.text  # the failures name no applicant's address
    mail_queue.server_up()
    clock.move_to(max(task.run_after for task in mail_queue.waiting()))
    mail_queue.run()
    assert mail_queue.waiting() == []
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == queued
    assert "A new profile application is waiting for review" in subjects
    assert "We have your application to join LEAD" in subjects


def test_a_filled_honeypot_stores_nothing_and_looks_normal(apply, application):
    before = ProfilePage.objects.count()
    response = apply(homepage="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/join/thanks/"
    assert ProfilePage.objects.count() == before
    assert not ConsentRecord.objects.exists()
    assert mail.outbox == []


def test_the_join_form_is_rate_limited_per_address(apply, settings, client):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (2, 3600)}
    for n in range(2):
        assert apply(display_name=f"Person {n}", email=f"p{n}@example.com").status_code == 302
    response = apply(display_name="Person 3", email="p3@example.com")
    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert not ProfilePage.objects.filter(title="Person 3").exists()


def _join_from(client, application, n, **meta):
    """Person n's application, posted with the request details in `meta` (REMOTE_ADDR…)."""
    data = application(display_name=f"Person {n}", email=f"p{n}@example.com")
    return client.post("/join/", data, **meta)


def test_each_address_has_its_own_join_allowance(client, application, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (2, 3600)}
    first, second = {"REMOTE_ADDR": "203.0.113.10"}, {"REMOTE_ADDR": "203.0.113.20"}
    assert _join_from(client, application, 1, **first).status_code == 302
    assert _join_from(client, application, 2, **first).status_code == 302
    assert _join_from(client, application, 3, **first).status_code == 429  # its limit
    # Another address still has its whole allowance, and uses it up on its own.
    assert _join_from(client, application, 4, **second).status_code == 302
    assert _join_from(client, application, 5, **second).status_code == 302
    assert _join_from(client, application, 6, **second).status_code == 429
    titles = set(ProfilePage.objects.values_list("title", flat=True))
    assert {"Person 1", "Person 2", "Person 4", "Person 5"} <= titles
    assert not titles & {"Person 3", "Person 6"}


def test_behind_a_trusted_proxy_each_visitor_has_its_own_join_allowance(
    client, application, settings
):
    """Behind the load balancer every request comes from its address: the visitor's address
    in X-Forwarded-For is what counts, and a forged header from elsewhere gains nothing."""
    settings.LEAD_TRUSTED_PROXIES = ["10.0.0.0/8"]  # before the client's first request
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (2, 3600)}
    proxy = "10.0.0.5"
    alex, sam = "198.51.100.7", "198.51.100.8"

    def through_proxy(n, visitor):
        return _join_from(client, application, n, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=visitor)

    assert through_proxy(1, alex).status_code == 302
    assert through_proxy(2, alex).status_code == 302
    assert through_proxy(3, alex).status_code == 429  # Alex reached the limit…
    assert through_proxy(4, sam).status_code == 302  # …Sam, through the same proxy, did not
    # Alex, straight to the server (not a trusted proxy), names another address: still Alex.
    forged = _join_from(client, application, 5, REMOTE_ADDR=alex, HTTP_X_FORWARDED_FOR="192.0.2.66")
    assert forged.status_code == 429
    titles = set(ProfilePage.objects.values_list("title", flat=True))
    assert {"Person 1", "Person 2", "Person 4"} <= titles
    assert not titles & {"Person 3", "Person 5"}


def test_csrf_is_enforced(join_page, application):
    response = Client(enforce_csrf_checks=True).post("/join/", application())
    assert response.status_code == 403
    assert not ProfilePage.objects.filter(title="Robin Example").exists()


def test_lived_experience_needs_its_own_consent(client, join_page, application):
    area = LivedExperienceArea.objects.first()
    response = client.post("/join/", application(lived_experience=[area.pk]))
    assert response.status_code == 200
    assert "Tick this box to let us hold your areas" in response.content.decode()
    response = client.post(
        "/join/", application(lived_experience=[area.pk], consent_lived_experience="on")
    )
    assert response.status_code == 302
    profile = ProfilePage.objects.get(slug="robin-example")
    assert list(profile.lived_experience.all()) == [area]
    assert ConsentRecord.objects.get(profile=profile).lived_experience_given_at


def test_publishing_consent_is_required(client, join_page, application):
    response = client.post("/join/", application(consent_publishing=None))
    assert response.status_code == 200
    assert "Tick this box to publish your profile." in response.content.decode()
    assert not ProfilePage.objects.filter(title="Robin Example").exists()


def test_a_photo_becomes_a_private_image_without_metadata(client, join_page, application):
    upload = photo_upload(text="secret-gps-location", name="robin-example-face.png")
    data = application(photo_alt_text="Smiling outdoors")
    data["photo"] = upload
    assert client.post("/join/", data).status_code == 302
    profile = ProfilePage.objects.get(slug="robin-example")
    image = profile.photo
    assert image.collection.name == "Member photos (private)"
    assert "robin" not in image.file.name.lower() and "robin" not in image.title.lower()
    with image.file.open("rb") as stored:
        assert b"secret-gps-location" not in stored.read()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: photo_upload("GIF", name="face.png"), "Please choose a JPEG, PNG or WebP image."),
        (lambda: _not_an_image(), "We could not read that file as a photo."),
        (lambda: photo_upload(size=(5000, 4100)), "Please choose a smaller one"),
    ],
    ids=["gif-named-png", "not-an-image", "too-many-pixels"],
)
def test_bad_photos_are_refused_clearly(client, join_page, application, upload, message):
    data = application(photo_alt_text="A photo")
    data["photo"] = upload()
    response = client.post("/join/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().objects.filter(collection__name__startswith="Member").exists()


def test_a_photo_over_5_mb_is_refused(client, join_page, application, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    data = application(photo_alt_text="A photo")
    data["photo"] = photo_upload()
    response = client.post("/join/", data)
    assert "Please choose one of 5 MB or less" in response.content.decode()


def test_a_photo_needs_a_description(client, join_page, application):
    data = application()
    data["photo"] = photo_upload()
    response = client.post("/join/", data)
    assert "Describe your photo for people who cannot see it." in response.content.decode()


def test_a_draft_application_is_never_public(client, apply):
    apply()
    assert client.get("/network/robin-example/").status_code == 404
    assert "Robin Example" not in client.get("/network/").content.decode()


def _not_an_image():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("face.jpg", b"<?php echo 'hi'; ?>", content_type="image/jpeg")


def test_the_join_form_asks_about_availability_and_the_directory_filters_on_it(
    client, apply, application, django_capture_on_commit_callbacks
):
    html = client.get("/join/").content.decode()
    assert "Are you open to being approached about work?" in html
    for label in ("Open to opportunities", "Limited availability", "Not taking on work just now"):
        assert label in html
    # No answer is an error of its own, not a silent default.
    response = client.post("/join/", application(availability=None))
    assert "Say whether you are open to being approached about work." in response.content.decode()
    assert not ProfilePage.objects.filter(title="Robin Example").exists()
    apply(availability="limited")
    profile = ProfilePage.objects.get(slug="robin-example")
    assert profile.availability == "limited"
    with django_capture_on_commit_callbacks(execute=True):
        publish(profile)
    limited = client.get("/network/", {"availability": "limited"}).content.decode()
    open_now = client.get("/network/", {"availability": "open"}).content.decode()
    assert "Robin Example" in limited and "Robin Example" not in open_now
