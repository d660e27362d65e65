"""Role alerts: a member's choices (/account/alerts/), the daily digest of new matching roles
(one email a member a day at most), its one-click unsubscribe, and erasure with the member."""

import io
import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase
from django.utils import timezone

from membership.accounts import profile_of
from membership.erasure import erase_member
from membership.models import ErasureReceipt, Membership
from network.models import Region, Role
from opportunities.alerts import send_daily_alerts
from opportunities.models import AlertDigest, RoleAlert

pytestmark = pytest.mark.django_db


def region(slug):
    return Region.objects.get(slug=slug)


def role_type(slug):
    return Role.objects.get(slug=slug)


def in_person(slug, role, **fields):
    return {"work_mode": "in_person", "region": region(slug), "role": role_type(role), **fields}


@pytest.fixture
def alex(make_profile, member_user):
    """A member whose profile seeks mentor roles in London, alerts not yet chosen."""
    profile = make_profile("Alex Member", region="london", roles=["mentor"])
    Membership.objects.create(profile=profile, member=member_user)
    return member_user


@pytest.fixture
def sam(make_profile, django_user_model):
    user = django_user_model.objects.create_user("sam", "sam@example.com", "pw-sam-5678")
    profile = make_profile("Sam Member", region="wales", roles=["speaker"])
    Membership.objects.create(profile=profile, member=user)
    return user


def turn_on(user, roles=(), regions=(), **fields):
    alert, _ = RoleAlert.objects.update_or_create(member=user, defaults={"enabled": True, **fields})
    alert.roles.set(roles)
    alert.regions.set(regions)
    return alert


def digest_for(address):
    messages = [message for message in mail.outbox if message.to == [address]]
    assert len(messages) == 1, [m.to for m in mail.outbox]
    return messages[0]


def listed(message):
    """The role titles a digest lists (each is followed by its organisation and pay)."""
    return re.findall(r"^(.+)\n.+\. .+\. Closes .+\.\nhttp", message.body, flags=re.M)


def send(**kwargs):
    """Run the day's alerts; the digests they queue go at once (the tests' mail queue)."""
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        return send_daily_alerts(**kwargs)


def command():
    """`manage.py send_opportunity_alerts`, as cron runs it: what it prints."""
    out = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("send_opportunity_alerts", stdout=out)
    return out.getvalue().strip()


# --- the alerts page --------------------------------------------------------------------------


def test_the_alerts_page_needs_sign_in(client, alex):
    response = client.get("/account/alerts/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/account/alerts/"
    client.force_login(alex)
    response = client.get("/account/alerts/")
    assert response.status_code == 200
    assert "<h1>Email me new paid roles</h1>" in response.content.decode()


def test_alerts_are_off_until_a_member_turns_them_on(client, alex):
    client.force_login(alex)
    page = BeautifulSoup(client.get("/account/alerts/").content, "html.parser")
    enabled = page.find("input", attrs={"name": "enabled"})
    assert enabled["type"] == "checkbox" and not enabled.has_attr("checked")
    assert (
        page.find("label", attrs={"for": enabled["id"]})
        .get_text(strip=True)
        .startswith("Email me new roles")
    )
    assert RoleAlert.objects.get(member=alex).enabled is False

    response = client.post(
        "/account/alerts/", {"enabled": "on", "use_profile": "on", "include_remote": "on"}
    )
    assert response.status_code == 302 and response["Location"] == "/account/alerts/"
    page = client.get("/account/alerts/").content.decode()
    assert "Your role alerts are on." in page
    alert = RoleAlert.objects.get(member=alex)
    assert alert.enabled and alert.use_profile and alert.include_remote

    client.post("/account/alerts/", {"use_profile": "on"})
    assert "Your role alerts are off." in client.get("/account/alerts/").content.decode()
    assert RoleAlert.objects.get(member=alex).enabled is False


def test_the_alerts_page_says_what_the_profile_would_match(client, alex):
    client.force_login(alex)
    page = BeautifulSoup(client.get("/account/alerts/").content, "html.parser")
    field = page.find("input", attrs={"name": "use_profile"}).find_parent("div")
    assert "Your profile asks for: Mentor; in London." in field.get_text(" ", strip=True)


def test_the_board_offers_alerts_to_members_only(client, alex, make_role):
    make_role("Any role")
    anonymous = client.get("/opportunities/").content.decode()
    assert "Any role" in anonymous and "Email me new roles" not in anonymous
    client.force_login(alex)
    page = BeautifulSoup(client.get("/opportunities/").content, "html.parser")
    assert page.find("a", string="Email me new roles")["href"] == "/account/alerts/"


# --- the daily digest -------------------------------------------------------------------------


@pytest.fixture
def roles(make_role, clock, unique_token):
    """Roles for Alex (mentor, London) and Sam (speaker, Wales): new ones published today,
    an old one, and ones no one may be sent."""
    clock.move_to(datetime(2026, 11, 30, 12, tzinfo=UTC))
    make_role(f"Old London mentor {unique_token}", **in_person("london", "mentor"))
    clock.move_to(datetime(2026, 12, 4, 8, tzinfo=UTC))
    make_role("London mentor", **in_person("london", "mentor"), closing_date=date(2026, 12, 18))
    make_role("Remote mentor", role=role_type("mentor"), closing_date=date(2026, 12, 20))
    make_role("Hybrid London mentor", **in_person("london", "mentor", work_mode="hybrid"))
    make_role("London speaker", **in_person("london", "speaker"))
    make_role("Wales speaker", **in_person("wales", "speaker"))
    make_role(f"Wales mentor {unique_token}", **in_person("wales", "mentor"))
    make_role(f"Draft mentor {unique_token}", live=False, **in_person("london", "mentor"))
    make_role(f"Private mentor {unique_token}", restricted=True, **in_person("london", "mentor"))
    make_role(
        f"Closed mentor {unique_token}",
        **in_person("london", "mentor"),
        closing_date=date(2026, 12, 3),
    )
    clock.move_to(datetime(2026, 12, 4, 12, tzinfo=UTC))


def test_a_digest_lists_the_new_roles_matching_the_members_profile(alex, roles, unique_token):
    turn_on(alex, use_profile=True, include_remote=True)
    mail.outbox.clear()
    assert command() == "Queued 1 alert email."
    message = digest_for("member@example.com")
    assert message.subject == "3 new paid roles on LEAD"
    assert listed(message) == ["London mentor", "Hybrid London mentor", "Remote mentor"]
    assert "http://testserver/opportunities/london-mentor/" in message.body
    assert "£30 per hour. Closes 18 December 2026." in message.body
    assert unique_token not in message.body  # old, other region, draft, private or closed
    assert "Change your alerts: http://testserver/account/alerts/" in message.body


def test_remote_roles_only_when_the_member_includes_them(alex, roles):
    turn_on(alex, use_profile=True, include_remote=False)
    assert send() == 1
    assert listed(digest_for("member@example.com")) == ["London mentor", "Hybrid London mentor"]


def test_a_digest_can_follow_the_choices_on_the_alerts_page(client, alex, roles):
    client.force_login(alex)
    response = client.post(
        "/account/alerts/",
        {
            "enabled": "on",
            "roles": [role_type("speaker").pk],
            "regions": [region("wales").pk, region("london").pk],
        },
    )
    assert response.status_code == 302
    assert send() == 1
    assert listed(digest_for("member@example.com")) == ["London speaker", "Wales speaker"]


def test_one_email_per_member_and_none_without_alerts_or_news(
    alex, sam, roles, django_user_model, make_role
):
    turn_on(alex, use_profile=True)
    turn_on(sam, use_profile=True, include_remote=False)
    off = django_user_model.objects.create_user("off", "off@example.com", "pw-off-1234")
    RoleAlert.objects.create(member=off, enabled=False)
    nothing_new = django_user_model.objects.create_user("quiet", "quiet@example.com", "pw-q-1234")
    turn_on(nothing_new, use_profile=False, regions=[region("scotland")], include_remote=False)
    assert send() == 2
    assert sorted(message.to[0] for message in mail.outbox) == [
        "member@example.com",
        "sam@example.com",
    ]
    assert listed(digest_for("sam@example.com")) == ["Wales speaker"]
    assert not AlertDigest.objects.filter(member__in=[off, nothing_new]).exists()


def test_at_most_one_digest_a_day_however_often_it_runs(alex, roles, make_role, clock):
    turn_on(alex, use_profile=True)
    assert send() == 1
    assert listed(digest_for("member@example.com")) == [
        "London mentor",
        "Hybrid London mentor",
        "Remote mentor",
    ]
    clock.move_to(datetime(2026, 12, 4, 18, tzinfo=UTC))
    make_role("Evening London mentor", **in_person("london", "mentor"))
    assert send() == 0  # run again the same day: nothing
    assert mail.outbox == []
    assert command() == "Queued 0 alert emails." and mail.outbox == []

    # The next day, the roles published since the last digest, and only those.
    clock.move_to(datetime(2026, 12, 5, 7, tzinfo=UTC))
    assert send() == 1
    message = digest_for("member@example.com")
    assert message.subject == "1 new paid role on LEAD"
    assert listed(message) == ["Evening London mentor"]
    assert AlertDigest.objects.filter(member=alex).count() == 2


def test_a_role_published_while_a_run_goes_on_is_in_the_next_digest(alex, roles, make_role, clock):
    turn_on(alex, use_profile=True)
    run_started = timezone.now()
    clock.move_to(run_started + timedelta(minutes=5))
    make_role("Mid-run London mentor", **in_person("london", "mentor"))
    assert send(now=run_started) == 1  # the run reaches Alex after the role was published
    assert listed(digest_for("member@example.com")) == [
        "London mentor",
        "Hybrid London mentor",
        "Remote mentor",
    ]
    clock.move_to(datetime(2026, 12, 5, 7, tzinfo=UTC))
    assert send() == 1
    assert listed(digest_for("member@example.com")) == ["Mid-run London mentor"]


def test_the_day_is_the_uk_day(alex, make_role, clock):
    """In summer, 23:30 UTC is already the next day in the UK: a new digest may go."""
    turn_on(alex, use_profile=True)
    clock.move_to(datetime(2027, 6, 30, 8, tzinfo=UTC))
    make_role("Morning mentor", **in_person("london", "mentor"))
    assert send() == 1
    clock.move_to(datetime(2027, 6, 30, 22, 30, tzinfo=UTC))  # 23:30 BST
    make_role("Late mentor", **in_person("london", "mentor"))
    assert send() == 0 and mail.outbox == []
    clock.move_to(datetime(2027, 6, 30, 23, 30, tzinfo=UTC))  # 00:30 BST, 1 July
    assert send() == 1
    assert listed(digest_for("member@example.com")) == ["Late mentor"]
    days = AlertDigest.objects.filter(member=alex).order_by("day").values_list("day", flat=True)
    assert list(days) == [date(2027, 6, 30), date(2027, 7, 1)]


def test_a_refused_digest_is_tried_again_until_it_goes_once(alex, roles, mail_queue, clock):
    turn_on(alex, use_profile=True)
    mail_queue.server_down()
    assert send() == 1
    mail_queue.run()
    assert mail.outbox == [] and AlertDigest.objects.filter(member=alex).exists()
    (retry,) = mail_queue.waiting()
    # Another run the same day queues nothing new: the digest waiting is today's.
    assert send() == 0 and len(mail_queue.waiting()) == 1
    mail_queue.server_up()
    clock.move_to(retry.run_after)
    mail_queue.run()
    assert len(listed(digest_for("member@example.com"))) == 3
    assert mail_queue.waiting() == []


def test_a_role_withdrawn_before_its_digest_goes_is_left_out(alex, roles, mail_queue):
    from opportunities.models import OpportunityPage

    turn_on(alex, use_profile=True)
    assert send() == 1
    OpportunityPage.objects.get(title="Remote mentor").unpublish()
    mail_queue.run()
    assert listed(digest_for("member@example.com")) == ["London mentor", "Hybrid London mentor"]


def test_a_deactivated_account_gets_no_digest(alex, roles):
    turn_on(alex, use_profile=True)
    type(alex).objects.filter(pk=alex.pk).update(is_active=False)
    assert send() == 0 and mail.outbox == []
    type(alex).objects.filter(pk=alex.pk).update(is_active=True)
    assert send() == 1
    assert "http://testserver/opportunities/remote-mentor/" in mail.outbox[0].body


# --- unsubscribing ----------------------------------------------------------------------------


@pytest.fixture
def unsubscribe_url(alex, roles):
    turn_on(alex, use_profile=True)
    assert send() == 1
    message = digest_for("member@example.com")
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http://testserver/account/alerts/unsubscribe/") and header[-1] == ">"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = header[1:-1]
    assert f"Stop these emails: {url}" in message.body
    return urlsplit(url).path


def test_opening_the_unsubscribe_link_changes_nothing(client, alex, unsubscribe_url):
    response = client.get(unsubscribe_url)  # a link scanner, or the member, not signed in
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Stop role alerts?"
    form = page.find("form", method="post")
    assert form.find("button").get_text() == "Stop emailing me new roles"
    assert RoleAlert.objects.get(member=alex).enabled is True
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_the_button_turns_alerts_off_without_signing_in(client, alex, unsubscribe_url):
    response = client.post(unsubscribe_url)
    assert response.status_code == 200
    assert "<h1>Role alerts are off</h1>" in response.content.decode()
    assert RoleAlert.objects.get(member=alex).enabled is False
    assert send() == 0 and mail.outbox == []


def test_one_click_unsubscribe_from_a_mail_client_needs_no_csrf_token(alex, unsubscribe_url):
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(unsubscribe_url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "<h1>Role alerts are off</h1>" in response.content.decode()
    assert RoleAlert.objects.get(member=alex).enabled is False


def test_a_tampered_link_answers_404_and_changes_nothing(client, alex, sam, unsubscribe_url):
    turn_on(sam, use_profile=True)
    token = unsubscribe_url.rstrip("/").rsplit("/", 1)[1]
    pk, _, signature = token.partition(":")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    for bad in (f"{pk}:{flipped}", f"{sam.pk}:{signature}", pk, "nonsense"):
        url = f"/account/alerts/unsubscribe/{bad}/"
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 404, (bad, method)
            assert "We could not read that link" in response.content.decode()
    assert RoleAlert.objects.get(member=alex).enabled is True
    assert RoleAlert.objects.get(member=sam).enabled is True
    assert client.post(unsubscribe_url).status_code == 200  # the real link still works


# --- withdrawal -------------------------------------------------------------------------------


def test_a_member_who_withdraws_loses_their_alerts_and_digests(alex, sam, roles):
    turn_on(alex, use_profile=False, roles=[role_type("mentor")], regions=[region("london")])
    turn_on(sam, use_profile=True)
    assert send() == 2
    alert = RoleAlert.objects.get(member=alex)
    assert alert.roles.exists() and AlertDigest.objects.filter(member=alex).exists()

    erase_member(profile_of(alex), erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)

    assert not RoleAlert.objects.filter(pk=alert.pk).exists()
    assert not RoleAlert.roles.through.objects.filter(rolealert_id=alert.pk).exists()
    assert not RoleAlert.regions.through.objects.filter(rolealert_id=alert.pk).exists()
    assert not AlertDigest.objects.filter(member_id=alex.pk).exists()
    # Another member's alerts are untouched, and still sent the next day.
    assert RoleAlert.objects.get(member=sam).enabled
    assert AlertDigest.objects.filter(member=sam).count() == 1
    assert ErasureReceipt.objects.count() == 1


def test_the_members_export_holds_their_alerts_and_interest_and_withdrawal_erases_both(
    alex, sam, make_role
):
    from wagtail.models import ModelLogEntry

    from opportunities.models import ExpressionOfInterest

    role = make_role("Mentor for new peer workers")
    turn_on(alex, use_profile=False, roles=[role_type("mentor")], regions=[region("london")])
    signed_in = ExpressionOfInterest.objects.create(
        opportunity=role, sender_name="Alex", sender_email="other@example.com", member=alex,
        message="Signed in when I wrote this.",
    )  # fmt: skip
    # Sent before signing in, from the account's own address (other capitals).
    anonymous = ExpressionOfInterest.objects.create(
        opportunity=role, sender_name="Alex M", sender_email=alex.email.upper(),
        message="Written without signing in.",
    )  # fmt: skip
    ModelLogEntry.objects.log_action(anonymous, "wagtail.edit", title="Alex M")
    sams = ExpressionOfInterest.objects.create(
        opportunity=role, sender_name="Sam", sender_email="sam@example.com", member=sam,
        message="Sam's own.",
    )  # fmt: skip

    browser = Client()
    browser.force_login(alex)
    data = browser.get("/account/export/").json()
    assert data["role_alerts"]["on"] is True
    assert data["role_alerts"]["roles"] == [role_type("mentor").name]
    assert data["role_alerts"]["regions"] == [region("london").name]
    messages = sorted(item["message"] for item in data["interest_in_roles"])
    assert messages == ["Signed in when I wrote this.", "Written without signing in."]
    assert all(item["role"] == "Mentor for new peer workers" for item in data["interest_in_roles"])
    assert "Sam's own." not in str(data)

    erase_member(profile_of(alex), erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)

    remaining = ExpressionOfInterest.objects.all()
    assert list(remaining) == [sams]  # another member's interest stays
    erased = [str(signed_in.pk), str(anonymous.pk)]
    logs = ModelLogEntry.objects.filter(content_type__model="expressionofinterest")
    assert not logs.filter(object_id__in=erased).exists()
    assert not RoleAlert.objects.filter(member_id=alex.pk).exists()
