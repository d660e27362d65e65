"""Join and contact submissions are stored exactly once: a double-click, a browser retry or two
POSTs racing each other leave one record, one workflow and one set of emails, and the repeat
gets the same thank-you page as the first."""

import re
import threading
import uuid

import pytest
from django.core import mail
from django.db import IntegrityError, connection, connections
from django.test import Client
from wagtail.models import WorkflowState

from membership import once
from membership.models import ConsentRecord, ContactRequest
from network.models import ProfilePage

from ..factories import submission_key
from .test_contact import MESSAGE

KEY_ERROR = "its one-time key is missing or damaged"
CONTACT_URL = "/network/sam-other/contact/"


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """post(url, data): one POST, running its after-commit callbacks (the emails)."""

    def _post(url, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    return _post


def join_counts():
    return {
        "profiles": ProfilePage.objects.filter(title="Robin Example").count(),
        "consent records": ConsentRecord.objects.count(),
        "workflows": WorkflowState.objects.count(),
        "emails": len(mail.outbox),
    }


def miss_every_check(monkeypatch):
    """As if a concurrent POST committed just after every look-up for the key: only the unique
    constraint is left to notice the repeat."""
    monkeypatch.setattr(once, "stored", lambda model, key: False)


@pytest.mark.django_db
class TestJoin:
    def test_the_same_application_twice_is_stored_once(self, client, post, application, moderator):
        data = application(consent_messages="on")
        first = post("/join/", data)
        assert first.status_code == 302 and first["Location"] == "/join/thanks/"
        after_first = join_counts()
        assert after_first["profiles"] == after_first["consent records"] == 1
        assert after_first["workflows"] == 1 and after_first["emails"] >= 2

        second = post("/join/", data)
        assert second.status_code == 302 and second["Location"] == "/join/thanks/"
        assert join_counts() == after_first
        assert not ProfilePage.objects.filter(slug="robin-example-2").exists()
        assert "Thank you for applying" in client.get(second["Location"]).content.decode()

    def test_a_repeat_uses_no_rate_limit_slot(self, post, application, settings):
        settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (1, 3600)}
        data = application()
        assert post("/join/", data).status_code == 302
        # The allowance is used up, yet the repeat still gets its thank-you page...
        assert post("/join/", data)["Location"] == "/join/thanks/"
        # ...while a new application is refused.
        assert post("/join/", application(display_name="Someone Else")).status_code == 429

    def test_a_racing_repeat_hits_the_unique_key_and_still_says_thank_you(
        self, post, application, moderator, monkeypatch, settings
    ):
        settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (2, 3600)}
        data = application(consent_messages="on")
        assert post("/join/", data).status_code == 302
        after_first = join_counts()
        miss_every_check(monkeypatch)
        second = post("/join/", data)
        assert second.status_code == 302 and second["Location"] == "/join/thanks/"
        assert join_counts() == after_first  # the second draft, workflow and emails rolled back
        assert not ProfilePage.objects.filter(slug="robin-example-2").exists()
        # The racing repeat gave its rate-limit slot back: one more application fits.
        assert post("/join/", application(display_name="Another Person")).status_code == 302

    @pytest.mark.parametrize(
        "key", [None, "", "not-a-uuid", '"><script>alert(1)</script>', "1" * 500]
    )
    def test_a_missing_or_damaged_key_is_explained_and_nothing_stored(
        self, client, post, application, key
    ):
        data = application(submission_key=key)
        response = post("/join/", data)
        assert response.status_code == 200
        html = response.content.decode()
        assert KEY_ERROR in html
        assert "<script>alert(1)</script>" not in html
        assert not ProfilePage.objects.filter(title="Robin Example").exists()
        assert not ConsentRecord.objects.exists() and mail.outbox == []
        # The page carries a fresh key and the answers: sending it again works.
        fresh = re.search(r'name="submission_key" value="([^"]+)"', html).group(1)
        assert uuid.UUID(fresh) and fresh != key
        assert post("/join/", {**data, "submission_key": fresh}).status_code == 302
        assert ConsentRecord.objects.get().submission_key == uuid.UUID(fresh)

    def test_each_page_view_gets_its_own_key(self, client, join_page):
        assert submission_key(client, "/join/") != submission_key(client, "/join/")


@pytest.mark.django_db
class TestContact:
    @pytest.fixture
    def message(self, client, other_member):
        def _message(**changes):
            return {**MESSAGE, "submission_key": submission_key(client, CONTACT_URL), **changes}

        return _message

    def test_the_same_message_twice_is_stored_and_relayed_once(self, client, post, message):
        data = message()
        first = post(CONTACT_URL, data)
        second = post(CONTACT_URL, data)
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"] == "/network/sam-other/contact/sent/"
        assert ContactRequest.objects.count() == 1
        assert len(mail.outbox) == 1
        assert "Thank you" in client.get(second["Location"]).content.decode()

    def test_a_repeat_uses_no_rate_limit_slot(self, post, message, settings):
        settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "contact-ip": (1, 86400)}
        data = message()
        assert post(CONTACT_URL, data).status_code == 302
        assert post(CONTACT_URL, data).status_code == 302
        assert post(CONTACT_URL, message(message="A second, new message.")).status_code == 429

    def test_a_racing_repeat_hits_the_unique_key_and_still_says_sent(
        self, post, message, monkeypatch
    ):
        data = message()
        assert post(CONTACT_URL, data).status_code == 302
        miss_every_check(monkeypatch)
        second = post(CONTACT_URL, data)
        assert second.status_code == 302
        assert second["Location"] == "/network/sam-other/contact/sent/"
        assert ContactRequest.objects.count() == 1 and len(mail.outbox) == 1

    @pytest.mark.parametrize("key", [None, "", "zzzz-not-a-key", "'; DROP TABLE x; --"])
    def test_a_missing_or_damaged_key_is_explained_and_nothing_stored(self, post, message, key):
        data = {
            name: value for name, value in message(submission_key=key).items() if value is not None
        }
        response = post(CONTACT_URL, data)
        assert response.status_code == 200
        assert KEY_ERROR in response.content.decode()
        assert not ContactRequest.objects.exists() and mail.outbox == []

    def test_a_key_already_stored_runs_nothing_again(self, post, message):
        """The look-up comes first: work a store does outside the database (a file written,
        a message sent straight away) is never done twice for one form."""
        data = message()
        assert post(CONTACT_URL, data).status_code == 302
        key = ContactRequest.objects.get().submission_key
        ran = []
        assert once.store_once(ContactRequest, key, lambda: ran.append("again")) is None
        assert ran == []
        # Positive control: a fresh key does run it.
        once.store_once(ContactRequest, uuid.uuid4(), lambda: ran.append("fresh"))
        assert ran == ["fresh"]

    def test_another_integrity_error_is_not_mistaken_for_a_repeat(self, other_member):
        def store():
            raise IntegrityError("some other constraint")

        with pytest.raises(IntegrityError):
            once.store_once(ContactRequest, uuid.uuid4(), store)


# A real race needs two database connections that see each other's commits: PostgreSQL only.
# The test commits, so pytest-django flushes the tables afterwards; `restore_migrated_data`
# then puts back what the migrations made (root page, groups, workflows), so a reused test
# database (--reuse-db) is whole for the next run.
@pytest.fixture(scope="module")
def restore_migrated_data(django_db_blocker):
    yield
    if hasattr(connection, "_test_serialized_contents"):
        with django_db_blocker.unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture
def look_together(monkeypatch):
    """Each thread's first look for the key waits for the other's: both have found nothing
    before either goes on to store, as when two POSTs arrive at the same moment."""
    barrier = threading.Barrier(2)
    looked = threading.local()
    real_stored = once.stored

    def stored(model, key):
        found = real_stored(model, key)
        if not getattr(looked, "once", False):
            looked.once = True
            barrier.wait(timeout=10)
        return found

    monkeypatch.setattr(once, "stored", stored)


def post_together(url, *datas):
    """POST each of `datas` from its own thread, all released at the same moment; the
    responses."""
    count = len(datas)
    barrier = threading.Barrier(count)
    responses = [None] * count

    def send(n):
        try:
            barrier.wait(timeout=10)
            responses[n] = Client().post(url, datas[n])
        finally:
            connections.close_all()  # each thread had its own connection

    threads = [threading.Thread(target=send, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a real race needs PostgreSQL (set DATABASE_URL); SQLite's test database is one "
    "in-memory connection",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestConcurrentPosts:
    def test_two_joins_at_once_store_one_application(
        self, restore_migrated_data, application, moderator, look_together
    ):
        data = application(consent_messages="on")
        responses = post_together("/join/", data, data)
        assert [r.status_code for r in responses] == [302, 302]
        assert {r["Location"] for r in responses} == {"/join/thanks/"}
        assert ProfilePage.objects.filter(title="Robin Example").count() == 1
        assert ConsentRecord.objects.count() == 1 and WorkflowState.objects.count() == 1
        assert len([m for m in mail.outbox if m.to == ["robin@example.com"]]) == 1

    def test_two_different_joins_at_once_are_both_stored(
        self, restore_migrated_data, application, look_together
    ):
        """They queue for the directory, so they never take the same tree position or slug."""
        first = application()
        second = application(email="robin.two@example.com")
        responses = post_together("/join/", first, second)
        assert [r.status_code for r in responses] == [302, 302]
        profiles = ProfilePage.objects.filter(title="Robin Example")
        assert sorted(p.slug for p in profiles) == ["robin-example", "robin-example-2"]
        assert ConsentRecord.objects.count() == 2 and WorkflowState.objects.count() == 2

    def test_two_contacts_at_once_store_one_message(
        self, restore_migrated_data, client, other_member, look_together
    ):
        data = {**MESSAGE, "submission_key": submission_key(client, CONTACT_URL)}
        responses = post_together(CONTACT_URL, data, data)
        assert [r.status_code for r in responses] == [302, 302]
        assert ContactRequest.objects.count() == 1 and len(mail.outbox) == 1
