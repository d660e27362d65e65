"""/opportunities/submit/: an organisation sends a role without an account. It becomes one
unpublished role in review, the moderators are told without anyone being named, and the
organisation's private address is kept off every public page."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import WorkflowState

from opportunities.models import OpportunityPage, Organisation, RoleSubmission
from opportunities.models.pages import NO_PAY

from ..factories import OrganisationFactory, submission_key

pytestmark = pytest.mark.django_db

URL = "/opportunities/submit/"
THANKS = "/opportunities/submit/thanks/"
PRIVATE = "roles-private@harbour.example"

ROLE = {
    "organisation_name": "Harbour Health NHS Trust",
    "organisation_type": "nhs_trust",
    "organisation_website": "https://harbour.example",
    "contact_email": PRIVATE,
    "title": "Patient safety partner",
    "summary": "Bring your experience of our services to the patient safety group.",
    "description": "You will join six meetings.\n\nWe pay for preparation time.",
    "role": "advisory-group-member",
    "work_mode": "in_person",
    "region": "london",
    "hours_per_session": "3",
    "sessions": "6",
    "closing_date": "in six weeks",  # a day relative to the (pinned) clock: see answers()
    "activity_level": "",
    "pay_amount": "25",
    "pay_amount_max": "",
    "pay_unit": "hour",
    "payment_routes": ["payroll", "invoice-self-employed"],
    "expenses": ["expenses_travel"],
    "preparation_hours": "1",
    "payment_timing": "14_days",
    "adjustments": ["questions_in_advance", "flexible_hours"],
    "how_to_apply": "lead",
    "apply_url": "",
    "confirm_pay": "on",
}


# Closing dates relative to today in the UK, so the suite passes on any day (LEAD_TEST_NOW).
DAYS_AHEAD = {"in six weeks": 42, "yesterday": -1, "today": 0}


def uk_day(words):
    return timezone.localdate() + timedelta(days=DAYS_AHEAD[words])


def answers(**changes):
    data = {**ROLE, **changes}
    if data.get("closing_date") in DAYS_AHEAD:
        data["closing_date"] = uk_day(data["closing_date"]).isoformat()
    return data


@pytest.fixture
def role_form(client, board):
    """role_form(**changes): the form's answers, with a fresh key from the form's page; a
    change of None leaves that answer out."""

    def _make(**changes):
        data = answers(submission_key=submission_key(client, URL), **changes)
        return {key: value for key, value in data.items() if value is not None}

    return _make


@pytest.fixture
def send(client, role_form, django_capture_on_commit_callbacks):
    """send(data=None, **changes) posts the form (running after-commit callbacks)."""

    def _send(data=None, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, data if data is not None else role_form(**changes))

    return _send


def test_the_form_works_without_an_account_or_javascript(client, board):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Offer a paid role" in html and "Every role on LEAD states what it pays" in html
    assert '<form class="membership-form" method="post"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for name in ("organisation_name", "contact_email", "pay_amount", "pay_unit", "confirm_pay"):
        assert f'name="{name}"' in html
    assert "no-cache" in response["Cache-Control"]


def test_a_role_becomes_one_unpublished_role_in_review(send, moderator):
    response = send()
    assert response.status_code == 302 and response["Location"] == THANKS
    role = OpportunityPage.objects.get()
    assert not role.live and role.title == "Patient safety partner"
    assert role.get_parent().specific.slug == "opportunities"
    assert role.revisions.count() == 1
    assert role.pay_text() == "£25 per hour" and role.hourly_pay == Decimal("25.00")
    assert role.pay_amount == Decimal("25") and role.preparation_hours == Decimal("1")
    assert role.closing_date == uk_day("in six weeks") and role.region.slug == "london"
    assert sorted(r.slug for r in role.payment_routes.all()) == [
        "invoice-self-employed",
        "payroll",
    ]
    assert role.expenses() == ["Travel"]
    assert role.adjustments() == ["Interview questions sent in advance", "Flexible hours"]
    assert "<p>You will join six meetings.</p>" in role.description
    organisation = Organisation.objects.get()
    assert organisation.name == "Harbour Health NHS Trust" and role.organisation == organisation
    assert organisation.contact_email == PRIVATE
    submission = RoleSubmission.objects.get()
    assert submission.page_id == role.pk and submission.contact_email == PRIVATE
    state = WorkflowState.objects.get(object_id=str(role.pk))
    assert state.status == "in_progress" and state.workflow.name == "Opportunity review"


def test_the_moderators_are_told_and_the_organisation_thanked(send, moderator):
    send()
    role = OpportunityPage.objects.get()
    notice = next(m for m in mail.outbox if m.subject == "A paid role is waiting for review")
    in_group = get_user_model().objects.filter(groups__name="Moderators")
    moderators = in_group.values_list("email", flat=True)
    assert "mod@example.com" in notice.to and sorted(notice.to) == sorted(moderators)
    assert f"/admin/pages/{role.pk}/edit/" in notice.body
    assert "Opportunity review" in notice.body
    # The notice names no one: not the sender's address, and no one's name.
    for private in (PRIVATE, "Harbour", "Patient safety partner"):
        assert private not in notice.subject + notice.body
    # Wagtail's own review notices go to the moderators too; none carries the address.
    assert not [m for m in mail.outbox if m.to != [PRIVATE] and PRIVATE in m.body]
    (thanks,) = [m for m in mail.outbox if m.to == [PRIVATE]]
    assert thanks.subject == "We have your role: Patient safety partner"
    assert "A moderator will read it soon" in thanks.body
    assert thanks.extra_headers["Auto-Submitted"] == "auto-generated"


def test_a_title_with_a_line_break_keeps_the_subject_on_one_line(send, moderator):
    send(title="Patient safety partner\nBcc: everyone@example.com")
    (thanks,) = [m for m in mail.outbox if m.to == [PRIVATE]]
    assert thanks.subject == "We have your role: Patient safety partner Bcc: everyone@example.com"
    assert not any(line.startswith("Bcc:") for line in thanks.body.splitlines())
    assert thanks.bcc == [] and "A moderator will read it soon" in thanks.body


def test_the_thank_you_page(client, board):
    response = client.get(THANKS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thank you: we have your role" in html and 'href="/opportunities/"' in html


def test_the_same_form_sent_twice_stores_one_role_and_sends_one_set_of_emails(
    send,
    role_form,
    moderator,
):
    data = role_form()
    first, second = send(data), send(data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == THANKS
    assert OpportunityPage.objects.count() == 1 and RoleSubmission.objects.count() == 1
    assert Organisation.objects.count() == 1
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects.count("A paid role is waiting for review") == 1
    assert subjects.count("We have your role: Patient safety partner") == 1
    # The control: a second role from the same page view's next key is stored.
    assert send(title="Research partner").status_code == 302
    assert OpportunityPage.objects.count() == 2
    assert Organisation.objects.count() == 1  # the same organisation, found by its name


def test_a_role_for_a_known_organisation_keeps_its_private_address(
    send,
    client,
    moderator,
):
    known = OrganisationFactory(
        name="Harbour Health NHS Trust", contact_email="known@harbour.example"
    )
    send(organisation_name="harbour health nhs trust", contact_email="someone@else.example")
    role = OpportunityPage.objects.get()
    assert role.organisation == known and Organisation.objects.count() == 1
    # Interest still goes where the organisation said; the sender is kept with the submission.
    assert Organisation.objects.get().contact_email == "known@harbour.example"
    assert RoleSubmission.objects.get().contact_email == "someone@else.example"
    # Anyone can type a trust's name: the moderators are asked to check who sent it...
    notice = next(m for m in mail.outbox if m.subject == "A paid role is waiting for review")
    assert "not the one on record for that organisation" in notice.body
    assert "someone@else.example" not in notice.body and "known@harbour" not in notice.body
    # ...and the editor shows both addresses, with the warning.
    client.force_login(moderator)
    editor = client.get(f"/admin/pages/{role.pk}/edit/").content.decode()
    assert "Check who sent it before approving." in editor
    assert "someone@else.example" in editor and "known@harbour.example" in editor


def test_a_role_from_the_address_on_record_carries_no_warning(
    send,
    client,
    moderator,
):
    OrganisationFactory(name="Harbour Health NHS Trust", contact_email="Known@harbour.example")
    send(contact_email="known@harbour.example")
    notice = next(m for m in mail.outbox if m.subject == "A paid role is waiting for review")
    assert "on record" not in notice.body
    client.force_login(moderator)
    editor = client.get(f"/admin/pages/{OpportunityPage.objects.get().pk}/edit/")
    text = editor.content.decode()
    assert "Sent through the website on" in text and "known@harbour.example" in text
    assert "Check who sent it before approving." not in text


def test_a_filled_honeypot_stores_nothing_and_looks_the_same(send, client):
    response = send(homepage="https://spam.example")
    assert response.status_code == 302 and response["Location"] == THANKS
    assert "Thank you: we have your role" in client.get(response["Location"]).content.decode()
    assert not OpportunityPage.objects.exists() and not Organisation.objects.exists()
    assert not RoleSubmission.objects.exists() and mail.outbox == []


def test_the_form_is_rate_limited_per_address(send, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "role-submit": (2, 3600)}
    codes = [send(title=f"Role {n}").status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert OpportunityPage.objects.count() == 2
    response = send(title="Role 4")
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Please try again later" in html and "the form for sending a role" in html
    assert not OpportunityPage.objects.filter(title="Role 4").exists()


def refused(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"pay_amount": None}, "Say what the role pays."),
        ({"pay_amount": ""}, "Say what the role pays."),
        ({"pay_amount": "0"}, NO_PAY),
        ({"pay_unit": None}, "Choose what the pay is for: an hour, a day, a session"),
        ({"pay_unit": ""}, "Choose what the pay is for: an hour, a day, a session"),
        ({"organisation_type": ""}, "Choose the kind of organisation."),
        ({"payment_timing": ""}, "Say when people are paid."),
        ({"confirm_pay": None}, "Tick this box to confirm the pay."),
        ({"payment_routes": None}, "Tick at least one way you can pay."),
        ({"closing_date": "yesterday"}, "The closing date has passed"),
        ({"pay_amount_max": "20"}, "The top of the range must be at least the lowest pay."),
        ({"work_mode": "hybrid", "region": ""}, "Say which region the in-person work is in"),
        ({"how_to_apply": "link"}, "Give the address people apply on"),
    ],
    ids=[
        "no pay",
        "pay empty",
        "expenses only",
        "no unit",
        "unit not chosen",
        "kind of organisation not chosen",
        "when paid not chosen",
        "pay not confirmed",
        "no way to pay",
        "closed already",
        "range upside down",
        "no region",
        "no address to apply on",
    ],
)
def test_a_role_that_breaks_the_rules_is_refused_with_the_reason(
    send,
    client,
    moderator,
    changes,
    message,
):
    html = refused(send(**changes))
    assert message in html
    assert "Patient safety partner" in html  # the answers are kept, to correct and send again
    assert not OpportunityPage.objects.exists() and not Organisation.objects.exists()
    assert mail.outbox == []


def test_the_form_comes_in_parts_under_headings_with_every_field_in_one(client, board):
    from opportunities.forms import SubmitRoleForm

    form = SubmitRoleForm()
    in_parts = [field.name for _heading, fields in form.sections() for field in fields]
    visible = [field.name for field in form.visible_fields() if field.name != "homepage"]
    assert sorted(in_parts) == sorted(visible) and len(in_parts) == len(set(in_parts))
    html = client.get(URL).content.decode()
    for heading, _fields in SubmitRoleForm.SECTIONS:
        assert f">{heading}</h2>" in html
    assert 'name="homepage"' in html  # the honeypot is still there, hidden


def test_choices_that_matter_have_no_silent_default(client, board):
    html = client.get(URL).content.decode()
    for name in ("organisation_type", "pay_unit", "payment_timing"):
        select = html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
        assert '<option value="" selected>Choose one</option>' in select, name


def test_a_uk_style_closing_date_is_accepted(send):
    day = uk_day("in six weeks")
    assert send(closing_date=f"{day.day}/{day.month}/{day.year}").status_code == 302
    assert OpportunityPage.objects.get().closing_date == day


def test_a_closing_date_of_today_is_accepted(send):
    assert send(closing_date="today").status_code == 302
    assert OpportunityPage.objects.get().closing_date == uk_day("today")


def test_csrf_is_enforced(board):
    browser = Client(enforce_csrf_checks=True)
    key = submission_key(browser, URL)
    response = browser.post(URL, answers(submission_key=key))
    assert response.status_code == 403
    assert not OpportunityPage.objects.exists()
    # The control: the same form, sent with the token the page gave, is accepted.
    token = browser.cookies["csrftoken"].value
    response = browser.post(URL, answers(submission_key=key, csrfmiddlewaretoken=token))
    assert response.status_code == 302 and OpportunityPage.objects.count() == 1


def test_the_private_address_is_on_no_public_page(client, send, moderator):
    send()
    role = OpportunityPage.objects.get()
    role.get_latest_revision().publish()
    role = OpportunityPage.objects.get(pk=role.pk)
    pages = {
        "role": client.get(role.url),
        "board": client.get("/opportunities/"),
        "interest": client.get(f"{role.url}interest/"),
        "thanks": client.get(THANKS),
        "form": client.get(URL),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert PRIVATE not in response.content.decode(), name
    assert "Patient safety partner" in pages["role"].content.decode()
    assert "Patient safety partner" in pages["board"].content.decode()
    assert "Harbour Health NHS Trust" in pages["interest"].content.decode()
