"""Whether an address belongs to a member must not show: the forms that take an address do the
same work, and answer the same, for a member's address and an unknown one. Time is never
measured here; the work is: the database queries (their shape, without the values), the
passwords hashed, the emails queued and sent during the request, and the answer."""

import re

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

UNKNOWN = "nobody@example.com"


def shape(queries):
    """Each query's SQL with its values taken out (addresses, ids, keys, times)."""
    shapes = []
    for query in queries:
        sql = re.sub(r"'(?:[^']|'')*'", "?", query["sql"])
        shapes.append(re.sub(r"\d+", "N", sql))
    return shapes


def work(client, method, url, data):
    """What one request did: (status, where it sends the visitor, query shapes, emails sent
    while it ran, tasks it queued)."""
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data)
    return (
        response.status_code,
        response.get("Location"),
        shape(queries.captured_queries),
        len(mail.outbox),
    )


def test_a_password_link_asked_for_a_members_address_is_the_same_work_as_for_any(
    client, member, mail_queue
):
    asked = {"email": "robin@example.com"}
    client.get("/account/password/")  # a first request fills the site's caches: not compared
    for_member = work(client, "post", "/account/password/", asked)
    for_nobody = work(client, "post", "/account/password/", {"email": UNKNOWN})
    assert for_member == for_nobody
    status, location, _queries, sent = for_member
    assert status == 302 and location == "/account/password/sent/" and sent == 0
    # Each request queued the same task, with the address as typed; the look-up is the worker's.
    queued = mail_queue.waiting()
    assert [task.task_path for task in queued] == ["membership.emails.send_password_reset"] * 2
    assert [task.args_kwargs["args"] for task in queued] == [["robin@example.com"], [UNKNOWN]]
    mail_queue.run()
    (link_email,) = mail.outbox
    assert link_email.to == ["robin@example.com"]
    assert link_email.subject == "Set a new password for LEAD"
    link = re.search(r"http://testserver(/account/set-password/\S+/)", link_email.body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    assert mail_queue.waiting() == []


def test_the_admins_password_reset_is_the_same_work_for_a_members_address(
    client, member, mail_queue
):
    """Wagtail's form finds every account with a usable password, a member's too."""
    url = "/admin/password_reset/"
    client.get(url)  # a first request fills the page's caches: not what is compared
    for_member = work(client, "post", url, {"email": "robin@example.com"})
    for_nobody = work(client, "post", url, {"email": UNKNOWN})
    assert for_member == for_nobody
    assert for_member[:2] == (302, "/admin/password_reset/done/") and for_member[3] == 0
    mail_queue.run()
    (link_email,) = mail.outbox
    assert link_email.to == ["robin@example.com"]
    assert "http://testserver/admin/password_reset/confirm/" in link_email.body
    assert mail_queue.waiting() == []


def test_an_invited_member_without_a_password_yet_gets_a_link(
    client, django_capture_on_commit_callbacks
):
    UserFactory(username="new@example.com", email="new@example.com", password=None,
                groups=["Members"])  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/password/", {"email": "NEW@example.com"})
    assert response.status_code == 302
    (link_email,) = mail.outbox
    assert link_email.to == ["new@example.com"] and "/account/set-password/" in link_email.body


def test_accounts_that_are_not_members_get_no_link(client, moderator, mail_queue):
    client.post("/account/password/", {"email": "mod@example.com"})
    mail_queue.run()
    assert mail.outbox == []


@pytest.fixture
def hashed(monkeypatch):
    """Counts passwords hashed (the tests' hasher is MD5: every check hashes once)."""
    calls = []
    encode = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(1)
        return encode(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    return calls


@pytest.mark.parametrize("invited", [False, True], ids=["with-password", "invited"])
def test_a_failed_sign_in_is_the_same_work_for_a_member_and_for_nobody(client, hashed, invited):
    password = None if invited else "pw-member-1"
    UserFactory(username="robin@example.com", email="robin@example.com", password=password,
                groups=["Members"])  # fmt: skip
    results = []
    # A first request fills the page's caches (navigation, the site): not what is compared.
    client.post("/account/login/", {"username": "warm@example.com", "password": "x"})
    for username in ("robin@example.com", UNKNOWN):
        hashed.clear()
        data = {"username": username, "password": "a-wrong-guess"}
        results.append((work(client, "post", "/account/login/", data), len(hashed)))
    assert results[0] == results[1]
    (status, _location, _queries, _sent), hashes = results[0]
    assert status == 200 and hashes == 1  # the form again, after one password check


def test_joining_with_a_members_address_is_the_same_work_as_with_a_new_one(
    client, member, application, mail_queue
):
    answers = {"display_name": "Jo Applicant", "email": "robin@example.com"}
    with_member = work(client, "post", "/join/", application(**answers))
    answers = {"display_name": "Jo Applicant", "email": "new-person@example.com"}
    with_new = work(client, "post", "/join/", application(**answers))
    assert with_member == with_new
    assert with_member[:2] == (302, "/join/thanks/") and with_member[3] == 0
