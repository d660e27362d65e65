"""Introductions: every live profile offers a way in. A member who accepts relayed messages
keeps "Write to <name>"; every other live profile offers "Ask LEAD to introduce you", the same
box and form whatever the reason, so no page says why. A request is stored for the editors,
who are told without a name, and the requester is thanked."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client
from wagtail.models import ModelLogEntry, PageViewRestriction

from membership.accounts import ensure_member_account, member_of
from membership.erasure import erase_member
from membership.models import ErasureReceipt, IntroductionRequest, Membership

from ..factories import submission_key

pytestmark = pytest.mark.django_db

REQUEST = {
    "requester_name": "Ada Asker",
    "organisation": "Northfield NHS Trust",
    "requester_email": "ada@trust.example",
    "request": "We are recruiting a lived experience director for our board.",
    "paid": "paid",
    "pay_details": "£350 a day",
}
# Words that would tell a visitor why a member cannot be written to directly.
REASONS = re.compile(
    r"turned off|switched off|messages off|no account|not accept|doesn.t accept|does not "
    r"accept|not receive|cannot be (?:contacted|written)|can.t be (?:contacted|written)|"
    r"opted out|unavailable",
    re.IGNORECASE,
)
EDITORS = ["editors@lead.example"]


@pytest.fixture
def no_account(make_profile):
    """A live profile editors added by hand: no account, no contact route."""
    return make_profile("Nia Plain", slug="nia-plain")


@pytest.fixture
def messages_off(make_profile):
    """A member with an account and an address who has not agreed to relayed messages."""
    profile = make_profile("Omar Quiet", slug="omar-quiet", contact_email="omar@example.com")
    ensure_member_account(profile, invite=False)
    assert member_of(profile) is not None
    return profile


def private_profile(make_profile):
    """A live profile only signed-in people may read."""
    profile = make_profile("Private Person", slug="private-person")
    PageViewRestriction.objects.create(page=profile, restriction_type=PageViewRestriction.LOGIN)
    return profile


@pytest.fixture
def notify(settings):
    settings.LEAD_MEMBERSHIP_NOTIFY = EDITORS


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """send(slug, **changes): the introduction form, sent with a fresh key from its page."""

    def _send(slug="nia-plain", **changes):
        url = f"/network/{slug}/introduce/"
        with django_capture_on_commit_callbacks(execute=True):
            data = {**REQUEST, "submission_key": submission_key(client, url), **changes}
            return client.post(url, data)

    return _send


def box(html):
    """The profile's contact box (there is one block-cta on a profile)."""
    match = re.search(r'<div class="block-cta">.*?</div>', html, re.DOTALL)
    return match.group(0) if match else ""


def main(html):
    return re.search(r"<main\b.*?</main>", html, re.DOTALL).group(0)


def anonymised(html, profile):
    """The markup with the profile's own name, address and the form's one-time values made
    the same for every profile."""
    html = html.replace(profile.title, "NAME").replace(profile.slug, "SLUG")
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", html)
    return re.sub(r'name="submission_key" value="[^"]+"', "KEY", html)


# --- which route a profile offers -----------------------------------------------------------------


def test_a_profile_without_a_contact_route_offers_an_introduction(client, no_account):
    html = client.get("/network/nia-plain/").content.decode()
    offered = box(html)
    assert "Ask LEAD to introduce you" in offered
    assert 'href="/network/nia-plain/introduce/"' in offered
    assert "Write to" not in html and "/network/nia-plain/contact/" not in html


def test_no_account_and_messages_off_look_the_same(client, no_account, messages_off):
    """Nothing on the profile or the form tells a visitor why the member is not written to
    directly: both profiles render the same box and the same form, name apart."""
    boxes, forms = [], []
    for profile in (no_account, messages_off):
        html = client.get(f"/network/{profile.slug}/").content.decode()
        assert "Ask LEAD to introduce you" in box(html)  # the control: the box is there
        assert "Write to" not in html and not REASONS.search(main(html))
        boxes.append(anonymised(box(html), profile))
        form = client.get(f"/network/{profile.slug}/introduce/")
        assert form.status_code == 200
        page = main(form.content.decode())
        assert 'name="request"' in page and not REASONS.search(page)
        forms.append(anonymised(page, profile))
    assert boxes[0] == boxes[1]
    assert forms[0] == forms[1]


def test_a_contactable_member_keeps_write_to(client, other_member):
    html = client.get("/network/sam-other/").content.decode()
    assert "Write to Sam Other" in box(html)
    assert "Ask LEAD to introduce you" not in html and "/introduce/" not in html


def test_the_introduce_address_of_a_contactable_member_opens_the_contact_form(client, other_member):
    """A member who takes messages is written to directly: quicker for everyone."""
    response = client.get("/network/sam-other/introduce/")
    assert response.status_code == 302
    assert response["Location"] == "/network/sam-other/contact/"
    assert "Contact Sam Other" in client.get(response["Location"]).content.decode()


def test_turning_messages_off_swaps_write_to_for_an_introduction(client, other_member):
    # Seen first: whether a member can be written to is kept between requests (until a
    # membership or published content changes), and the change must show at once.
    assert "Write to Sam Other" in box(client.get("/network/sam-other/").content.decode())
    Membership.objects.set_for(other_member, accepts_messages=False)
    html = client.get("/network/sam-other/").content.decode()
    assert "Ask LEAD to introduce you" in box(html)
    assert "Write to Sam Other" not in html and "sam@example.com" not in html


def test_drafts_private_and_unknown_profiles_offer_no_introduction(
    client, make_profile, no_account
):
    make_profile("Draft Person", slug="draft-person", live=False)
    private_profile(make_profile)
    # The control: a live public profile has its form at the same kind of address.
    form = client.get("/network/nia-plain/introduce/")
    assert form.status_code == 200 and "Ask LEAD to introduce you to Nia Plain" in (
        form.content.decode()
    )
    for slug in ("draft-person", "private-person", "no-one"):
        for url in (f"/network/{slug}/introduce/", f"/network/{slug}/introduce/sent/"):
            response = client.get(url)
            assert response.status_code == 404, url
            html = response.content.decode()
            assert "Page not found" in html and "Person" not in html
        post = client.post(f"/network/{slug}/introduce/", REQUEST)
        assert post.status_code == 404
    assert not IntroductionRequest.objects.exists() and mail.outbox == []


def test_a_private_profile_shows_signed_in_visitors_no_route_that_would_fail(
    client, make_profile, member_user
):
    private_profile(make_profile)
    client.force_login(member_user)
    html = client.get("/network/private-person/").content.decode()
    assert "Private Person" in html  # the control: the profile itself is shown
    assert "Ask LEAD to introduce you" not in html and "/introduce/" not in html


# --- the form -------------------------------------------------------------------------------------


def test_the_form_works_without_javascript(client, no_account):
    response = client.get("/network/nia-plain/introduce/")
    html = response.content.decode()
    assert '<form class="membership-form" method="post"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    names = ["requester_name", "organisation", "requester_email", "request", "paid", "pay_details"]
    for name in names:
        assert f'name="{name}"' in html
    labels = ["Your name", "Your organisation", "Your email address", "Is it paid?",
              "What is the role or request?", "How much does it pay?"]  # fmt: skip
    for label in labels:
        assert label in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html


def test_csrf_is_enforced(no_account, client):
    key = submission_key(client, "/network/nia-plain/introduce/")
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/network/nia-plain/introduce/", {**REQUEST, "submission_key": key})
    assert response.status_code == 403
    assert not IntroductionRequest.objects.exists()


def test_a_request_is_stored_and_the_editors_and_requester_are_told(
    client, send, no_account, notify
):
    response = send()
    assert response.status_code == 302
    assert response["Location"] == "/network/nia-plain/introduce/sent/"
    stored = IntroductionRequest.objects.get()
    assert stored.profile_id == no_account.pk and stored.status == "new"
    assert stored.requester_name == "Ada Asker" and stored.organisation == "Northfield NHS Trust"
    assert stored.requester_email == "ada@trust.example" and stored.paid == "paid"
    assert stored.pay_details == "£350 a day" and stored.request.startswith("We are recruiting")

    editors, thanks = sorted(mail.outbox, key=lambda message: message.to != EDITORS)
    # The editors' notice names no one: not the member, not the requester.
    assert editors.to == EDITORS and editors.subject == "New introduction request"
    assert "/admin/" in editors.body
    for private in ("Nia Plain", "nia-plain", "Ada Asker", "ada@trust.example", "Northfield",
                    "recruiting", "£350"):  # fmt: skip
        assert private not in editors.subject + editors.body
    # The requester's acknowledgement: to them, about the member they chose, saying what
    # happens next, and nothing about why the member is not written to directly.
    assert thanks.to == ["ada@trust.example"]
    assert thanks.subject == "We have your request for an introduction"
    assert "introduce you to Nia Plain" in " ".join(thanks.body.split())
    assert "http://" in thanks.body and "/network/nia-plain/" in thanks.body
    assert not REASONS.search(thanks.body)
    # Nothing the requester typed is sent back out: the form cannot mail anyone their words.
    assert "recruiting" not in thanks.body and "Ada Asker" not in thanks.body


def test_the_sent_page_thanks_the_requester(client, send, no_account):
    send()
    html = client.get("/network/nia-plain/introduce/sent/").content.decode()
    assert "Thank you: your request is with us" in html
    assert 'href="/network/nia-plain/"' in html and not REASONS.search(main(html))


def test_without_a_notify_list_the_moderators_are_told(send, no_account, moderator):
    send()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@trust.example",
        "mod@example.com",
    ]


def test_with_no_one_to_tell_the_request_is_still_kept(send, no_account):
    assert send().status_code == 302
    assert IntroductionRequest.objects.count() == 1
    (thanks,) = mail.outbox  # the requester is still thanked
    assert thanks.to == ["ada@trust.example"]


def test_the_request_only_queues_the_emails(send, no_account, notify, mail_queue):
    assert send().status_code == 302
    assert mail.outbox == []
    queued = mail_queue.waiting()
    assert sorted(task.task_path for task in queued) == [
        "membership.emails.acknowledge_introduction",
        "membership.emails.notify_editors_of_introduction",
    ]
    for task in queued:  # an id, never what the requester typed
        assert "ada@trust.example" not in str(task.args_kwargs)
    mail_queue.run()
    assert len(mail.outbox) == 2 and mail_queue.waiting() == []


def test_a_member_who_takes_messages_meanwhile_still_gets_the_request(
    client, send, no_account, notify, django_capture_on_commit_callbacks
):
    """The form was open when the member turned messages on: the request is not lost."""
    url = "/network/nia-plain/introduce/"
    key = submission_key(client, url)
    Membership.objects.set_for(no_account, contact_email="nia@example.com", accepts_messages=True)
    assert client.get(url)["Location"] == "/network/nia-plain/contact/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**REQUEST, "submission_key": key})
    assert response["Location"] == "/network/nia-plain/introduce/sent/"
    assert IntroductionRequest.objects.count() == 1 and len(mail.outbox) == 2
    assert "Thank you" in client.get(response["Location"]).content.decode()


# --- mistakes, bots and limits --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"requester_name": ""}, "Enter your name."),
        ({"requester_name": "!!!"}, "Enter a name with at least one letter or number."),
        ({"requester_email": ""}, "Enter your email address."),
        ({"requester_email": "not-an-address"}, "Enter an email address like name@example.org."),
        ({"request": ""}, "Tell us what the role or request is."),
        ({"request": "x" * 3001}, "Ensure this value has at most 3000 characters"),
        ({"paid": ""}, "Say whether it is paid."),
        ({"paid": "lots"}, "Select a valid choice."),
        ({"pay_details": ""}, "Say how much it pays, or choose &#x27;Not decided yet&#x27;."),
    ],
)
def test_mistakes_are_explained_and_nothing_is_stored(send, no_account, changes, error):
    response = send(**changes)
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html and error in html
    assert "<title>Error: Ask LEAD to introduce you to Nia Plain" in html
    # What was typed is kept for the next try.
    kept = changes.get("organisation", REQUEST["organisation"])
    assert f'value="{kept}"' in html
    assert not IntroductionRequest.objects.exists() and mail.outbox == []


def test_unpaid_and_undecided_need_no_amount(send, no_account):
    assert send(paid="unpaid", pay_details="").status_code == 302
    assert send(paid="unsure", pay_details="").status_code == 302
    assert list(IntroductionRequest.objects.values_list("paid", flat=True).order_by("pk")) == [
        "unpaid",
        "unsure",
    ]


def test_a_filled_honeypot_stores_nothing(send, no_account, notify):
    response = send(homepage="https://spam.example")
    # The bot is told it worked, as a person would be...
    assert response.status_code == 302
    assert response["Location"] == "/network/nia-plain/introduce/sent/"
    # ...but nothing is stored or sent.
    assert not IntroductionRequest.objects.exists() and mail.outbox == []


def test_rate_limit_per_address(send, no_account, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "introduce-ip": (2, 86400)}
    codes = [send().status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert IntroductionRequest.objects.count() == 2


def test_the_limit_page_is_friendly(send, no_account, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "introduce-ip": (1, 86400)}
    send()
    response = send()
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "the introduction form" in response.content.decode()


def test_rate_limit_per_profile(client, no_account, settings):
    """Three different addresses, one profile: the profile's own limit holds."""
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "introduce-profile": (2, 86400)}
    url = "/network/nia-plain/introduce/"
    codes = [
        client.post(
            url,
            {**REQUEST, "submission_key": submission_key(client, url)},
            REMOTE_ADDR=f"10.0.0.{n}",
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]
    assert IntroductionRequest.objects.count() == 2


def test_the_contact_forms_limit_is_its_own(send, no_account, settings):
    """Writing to members does not use up the allowance for introductions, nor the reverse."""
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "contact-ip": (0, 86400)}
    assert send().status_code == 302


def test_the_same_request_twice_is_stored_and_announced_once(
    client, no_account, notify, django_capture_on_commit_callbacks, settings
):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "introduce-ip": (1, 86400)}
    url = "/network/nia-plain/introduce/"
    data = {**REQUEST, "submission_key": submission_key(client, url)}
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, data)
        second = client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == "/network/nia-plain/introduce/sent/"
    assert IntroductionRequest.objects.count() == 1 and len(mail.outbox) == 2
    # The repeat used no slot of the allowance: a new request is what the limit stops.
    fresh = {**REQUEST, "submission_key": submission_key(client, url), "request": "Another."}
    assert client.post(url, fresh).status_code == 429


def test_a_damaged_key_is_explained(send, no_account):
    response = send(submission_key="not-a-key")
    assert response.status_code == 200
    assert "its one-time key is missing or damaged" in response.content.decode()
    assert not IntroductionRequest.objects.exists()


# --- the member's data: export and erasure --------------------------------------------------------


def test_the_member_sees_requests_about_them_in_their_data(client, member):
    IntroductionRequest.objects.create(
        profile=member,
        requester_name="Ada Asker",
        requester_email="ada@trust.example",
        request="A board role.",
        paid="paid",
        pay_details="£350 a day",
    )
    client.force_login(member_of(member))
    exported = client.get("/account/export/").json()
    (held,) = exported["introduction_requests"]
    assert held["requester_name"] == "Ada Asker" and held["paid"] == "Yes, it is paid"
    html = client.get("/account/my-data/").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Requests to be introduced to you" in text
    assert "Pay offered £350 a day" in text and "From Ada Asker" in text
    assert "Robin Example" in text  # the control: the member's own page


def test_erasing_a_member_erases_requests_about_them_and_their_history(
    member, no_account, admin_user
):
    mine = IntroductionRequest.objects.create(
        profile=member, requester_name="Ada", requester_email="ada@trust.example",
        request="A board role.", paid="unpaid",
    )  # fmt: skip
    other = IntroductionRequest.objects.create(
        profile=no_account, requester_name="Ben", requester_email="ben@trust.example",
        request="A talk.", paid="unsure",
    )  # fmt: skip
    for request in (mine, other):
        ModelLogEntry.objects.log_action(request, "wagtail.edit", user=admin_user)
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(IntroductionRequest)
    )
    assert entries.count() == 2  # the control: both requests have a history

    erase_member(member, erased_by=ErasureReceipt.ErasedBy.MODERATOR, former_member=False)

    assert not IntroductionRequest.objects.filter(pk=mine.pk).exists()
    assert list(entries.values_list("object_id", flat=True)) == [str(other.pk)]
    assert IntroductionRequest.objects.filter(pk=other.pk).exists()


def test_an_erased_members_request_sends_no_acknowledgement(send, no_account, notify, mail_queue):
    """Emails read what they send when they go: a request erased meanwhile sends nothing."""
    send()
    IntroductionRequest.objects.all().delete()
    mail_queue.run()
    assert mail.outbox == []
