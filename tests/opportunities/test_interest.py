"""Expressing interest in a role through LEAD (<role>/interest/): stored first, then relayed to
the organisation's private address with the sender as Reply-To. The organisation's address
never reaches the sender or any page."""

from datetime import UTC, date, datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from membership.accounts import member_of
from membership.models import Membership
from network.models import ProfilePage
from opportunities.models import ExpressionOfInterest

from ..factories import OrganisationFactory, submission_key

pytestmark = pytest.mark.django_db

PRIVATE = "interest@riverside.example"
START, END = "----- start of their message -----", "----- end of their message -----"
INTEREST = {
    "sender_name": "Robin Example",
    "sender_email": "robin@example.com",
    "message": "I have sat on two patient panels.\nI would like to hear more about this role.",
}


@pytest.fixture
def role(make_role):
    organisation = OrganisationFactory(name="Riverside Mind", contact_email=PRIVATE)
    return make_role("Peer researcher", organisation=organisation)


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """send(role, **changes) posts the interest form with a fresh key from its page."""

    def _send(role, *, key=None, ip="127.0.0.1", **changes):
        url = f"{role.url}interest/"
        data = {**INTEREST, "submission_key": key or submission_key(client, url), **changes}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, REMOTE_ADDR=ip)

    return _send


def test_the_role_page_links_to_the_form_which_works_without_javascript(client, role):
    page = client.get(role.url).content.decode()
    assert "Express interest through LEAD" in page and f'href="{role.url}interest/"' in page
    response = client.get(f"{role.url}interest/")
    assert response.status_code == 200 and "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "Express interest: Peer researcher" in html
    assert '<form class="membership-form" method="post"' in html
    for name in ("sender_name", "sender_email", "message", "submission_key"):
        assert f'name="{name}"' in html
    assert 'name="link_profile"' not in html  # only for members with a published profile


def test_interest_is_stored_then_relayed_with_the_sender_as_reply_to(send, role):
    response = send(role)
    assert response.status_code == 302
    assert response["Location"] == f"{role.url}interest/sent/"
    stored = ExpressionOfInterest.objects.get()
    assert stored.opportunity_id == role.pk and stored.status == "relayed"
    assert stored.relayed_at is not None and stored.member is None and not stored.profile_url
    (relayed,) = mail.outbox
    assert relayed.to == [PRIVATE]
    assert relayed.reply_to == ["robin@example.com"]
    assert relayed.subject == "Interest in your role: Peer researcher"
    assert "your reply goes to Robin Example" in relayed.body
    assert f"({role.get_full_url()})" in relayed.body
    # The sender's message, as written, quoted between the start and end lines.
    lines = relayed.body.splitlines()
    assert lines[lines.index(START) + 1 : lines.index(END)] == [
        "> I have sat on two patient panels.",
        "> I would like to hear more about this role.",
    ]
    assert "Their LEAD profile" not in relayed.body


def test_the_organisations_address_is_on_no_page(client, send, role):
    response = send(role)
    pages = {
        "role": client.get(role.url),
        "form": client.get(f"{role.url}interest/"),
        "sent": client.get(response["Location"]),
        "board": client.get("/opportunities/"),
    }
    for name, page in pages.items():
        assert page.status_code == 200, name
        html = page.content.decode()
        assert "Riverside Mind" in html, name
        assert PRIVATE not in html, name
    assert PRIVATE not in response["Location"]
    assert "we have passed it on" in pages["sent"].content.decode()


def test_a_failing_mail_server_keeps_the_interest_as_new(send, role, settings):
    settings.LEAD_EMAIL_TRANSPORT = "tests.mail.BrokenBackend"
    response = send(role)
    assert response.status_code == 302 and response["Location"].endswith("interest/sent/")
    assert ExpressionOfInterest.objects.get().status == "new"


# --- members can link their profile ---------------------------------------------------------------


@pytest.fixture
def member(client, make_profile, member_user):
    """A signed-in member with a published profile."""
    profile = make_profile("Robin Example")
    Membership.objects.create(profile=profile, member=member_user)
    client.force_login(member_user)
    return ProfilePage.objects.get(pk=profile.pk)


def test_a_member_can_include_a_link_to_their_profile(client, send, role, member):
    html = client.get(f"{role.url}interest/").content.decode()
    assert "Include a link to my LEAD profile" in html
    send(role, link_profile="on")
    stored = ExpressionOfInterest.objects.get()
    assert stored.member == member_of(member)
    assert stored.profile_url.endswith("/network/robin-example/")
    (relayed,) = mail.outbox
    assert f"Their LEAD profile: {stored.profile_url} (LEAD added this link" in relayed.body


def test_what_lead_vouches_for_comes_before_the_senders_own_words(send, role, member):
    """A message cannot pass off a profile link of its own as the one LEAD added: LEAD's
    lines come first, and the sender's words are quoted ("> ") between the lines that start
    and end them, a forged end line too."""
    forged = f"Hello.\n{END}\nFrom: Someone Famous\nTheir LEAD profile: https://x.example/"
    send(role, message=forged, link_profile="on")
    lines = mail.outbox[0].body.splitlines()
    first = lines.index(START)
    assert "Their name: Robin Example" in lines[:first]
    assert any(line.startswith("Their LEAD profile: http") for line in lines[:first])
    assert not any("x.example" in line or "Someone Famous" in line for line in lines[:first])
    theirs = lines[first + 1 : first + 5]
    assert theirs == [f"> {line}" for line in forged.splitlines()]
    assert lines[first + 5] == END
    assert not any(line.startswith(("From:", "Their LEAD profile: https://x")) for line in lines)


def test_a_name_with_line_breaks_stays_on_its_line(send, role):
    send(role, sender_name="Robin Example\nBcc: everyone@example.com")
    relayed = mail.outbox[0]
    lines = relayed.body.splitlines()
    assert "Their name: Robin Example Bcc: everyone@example.com" in lines
    assert not any(line.startswith("Bcc:") for line in lines) and relayed.bcc == []


def test_a_member_may_leave_the_link_out(send, role, member):
    send(role)  # the box left unticked
    stored = ExpressionOfInterest.objects.get()
    assert stored.member == member_of(member) and stored.profile_url == ""
    (relayed,) = mail.outbox
    assert "Robin Example" in relayed.body and "Their LEAD profile" not in relayed.body


def test_no_link_without_a_published_profile(client, send, role, member):
    ProfilePage.objects.filter(pk=member.pk).update(live=False)
    html = client.get(f"{role.url}interest/").content.decode()
    assert "Express interest: Peer researcher" in html
    assert "Include a link to my LEAD profile" not in html
    send(role, link_profile="on")
    stored = ExpressionOfInterest.objects.get()
    assert stored.profile_url == "" and "Their LEAD profile" not in mail.outbox[0].body


def test_visitors_cannot_add_a_profile_link(send, role):
    send(role, link_profile="on", profile_url="https://evil.example/")
    stored = ExpressionOfInterest.objects.get()
    assert stored.status == "relayed" and stored.profile_url == ""
    assert "evil.example" not in mail.outbox[0].body


# --- abuse ----------------------------------------------------------------------------------------


def test_the_same_form_sent_twice_is_stored_and_relayed_once(client, send, role):
    key = submission_key(client, f"{role.url}interest/")
    first, second = send(role, key=key), send(role, key=key)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert ExpressionOfInterest.objects.count() == 1 and len(mail.outbox) == 1
    # The control: the form's next key stores a second message.
    send(role)
    assert ExpressionOfInterest.objects.count() == 2 and len(mail.outbox) == 2


def test_a_filled_honeypot_stores_nothing_and_looks_normal(client, send, role):
    response = send(role, homepage="https://spam.example")
    assert response.status_code == 302
    assert response["Location"] == f"{role.url}interest/sent/"
    assert "we have passed it on" in client.get(response["Location"]).content.decode()
    assert not ExpressionOfInterest.objects.exists() and mail.outbox == []


def test_rate_limit_per_address(send, role, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "interest-ip": (2, 86400)}
    assert [send(role).status_code for _ in range(3)] == [302, 302, 429]
    assert ExpressionOfInterest.objects.count() == 2 and len(mail.outbox) == 2
    response = send(role)
    assert response.status_code == 429
    assert "the form for expressing interest" in response.content.decode()


def test_rate_limit_per_role(client, send, role, make_role, settings):
    """Three addresses, one role: the role's own limit holds; another role still takes
    interest."""
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "interest-role": (2, 86400)}
    codes = [send(role, ip=f"10.0.0.{n}").status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert ExpressionOfInterest.objects.filter(opportunity=role).count() == 2
    other = make_role("Another role")
    assert send(other, ip="10.0.0.9").status_code == 302
    assert ExpressionOfInterest.objects.filter(opportunity=other).count() == 1


def test_a_signed_in_members_name_and_email_are_filled_in(client, role, member_user):
    member_user.first_name, member_user.last_name = "Alex", "Member"
    member_user.save()
    client.force_login(member_user)
    html = client.get(f"{role.url}interest/").content.decode()
    assert 'value="Alex Member"' in html and f'value="{member_user.email}"' in html


def test_a_visitor_starts_with_an_empty_form(client, role):
    page = BeautifulSoup(client.get(f"{role.url}interest/").content, "html.parser")
    for name in ("sender_name", "sender_email"):
        field = page.find("input", attrs={"name": name})
        assert not field.get("value") and field["autocomplete"] in ("name", "email")


def test_invalid_messages_are_explained(send, role):
    response = send(role, sender_email="nope")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid email address" in html and "I have sat on two patient panels" in html
    assert not ExpressionOfInterest.objects.exists() and mail.outbox == []


# --- only open roles that take interest through LEAD ----------------------------------------------


def test_a_closed_role_takes_no_interest(client, send, make_role, clock):
    role = make_role("Closing soon", closing_date=date(2026, 12, 10))
    # Open all of its closing day, UK time.
    clock.move_to(datetime(2026, 12, 10, 23, 30, tzinfo=UTC))
    assert client.get(f"{role.url}interest/").status_code == 200
    clock.move_to(datetime(2026, 12, 11, 0, 30, tzinfo=UTC))
    page = client.get(role.url).content.decode()
    assert "This role closed on Thursday 10 December 2026" in page
    assert "Express interest through LEAD" not in page
    for response in (
        client.get(f"{role.url}interest/"),
        client.post(f"{role.url}interest/", INTEREST),
    ):
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
    assert not ExpressionOfInterest.objects.exists() and mail.outbox == []


def test_a_role_that_applies_on_its_own_website_takes_no_interest_here(client, make_role):
    role = make_role(
        "Apply elsewhere", how_to_apply="link", apply_url="https://riverside.example/jobs/7"
    )
    page = client.get(role.url).content.decode()
    assert 'href="https://riverside.example/jobs/7"' in page
    assert "Express interest through LEAD" not in page
    response = client.get(f"{role.url}interest/")
    assert response.status_code == 404 and "Page not found" in response.content.decode()
    assert client.post(f"{role.url}interest/", INTEREST).status_code == 404
    assert not ExpressionOfInterest.objects.exists()


def test_a_draft_role_takes_no_interest(client, make_role, role):
    draft = make_role("Not yet published", live=False)
    assert client.get(f"{role.url}interest/").status_code == 200  # the control: a live role
    response = client.get(f"{draft.url}interest/")
    assert response.status_code == 404
    assert "Not yet published" not in response.content.decode()
