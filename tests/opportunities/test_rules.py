"""The rules a role meets before it goes live, by every route: pay is stated (never unpaid or
expenses only) whether a role is published by code, from the editor, sent for moderation or
approved in review; and the smaller rules editors meet on the way."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import HomePage, StandardPage
from membership.applications import submit_for_review
from network.models import PaymentRoute, Region
from opportunities.models import OpportunityIndexPage, OpportunityPage
from opportunities.models.pages import NO_PAY, NO_ROUTE

from ..factories import FairPayRateFactory

pytestmark = pytest.mark.django_db


class OpportunityTreeRules(WagtailPageTestCase):
    def test_roles_live_only_on_the_board(self):
        self.assertAllowedParentPageTypes(OpportunityPage, {OpportunityIndexPage})
        self.assertAllowedSubpageTypes(OpportunityPage, set())
        self.assertAllowedSubpageTypes(OpportunityIndexPage, {OpportunityPage})
        self.assertAllowedParentPageTypes(OpportunityIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, OpportunityPage)


def fresh(role):
    return OpportunityPage.objects.get(pk=role.pk)


# --- pay is stated, or the role does not go live ------------------------------------------------


UNIT_MISSING = "Say what the pay is for: an hour, a day, a session..."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("pay_amount", None, NO_PAY),  # no pay at all
        ("pay_amount", Decimal("0"), NO_PAY),  # "expenses only"
        ("pay_unit", "", UNIT_MISSING),  # a figure for nothing in particular
    ],
    ids=["no pay", "pay 0", "no unit"],
)
def test_a_role_without_its_pay_cannot_be_published(client, make_role, field, value, message):
    role = make_role("Unpaid advisor", live=False)
    setattr(role, field, value)
    with pytest.raises(ValidationError) as error:
        role.save_revision().publish()
    assert error.value.message_dict[field] == [message]
    assert not fresh(role).live
    assert client.get("/opportunities/unpaid-advisor/").status_code == 404
    # The control: the same role with its pay goes live.
    fresh(role).save_revision().publish()
    assert fresh(role).live
    assert client.get("/opportunities/unpaid-advisor/").status_code == 200


def test_a_half_written_draft_without_pay_cannot_be_published_later(make_role):
    role = make_role("Half written", live=False)
    role.pay_amount = None
    role.draft_save = True  # what "Save draft" in the editor sets: the pay rules wait
    revision = role.save_revision()
    assert fresh(role).get_latest_revision().pk == revision.pk  # the draft was kept...
    with pytest.raises(ValidationError) as error:
        revision.publish()  # ...but publishing it runs the rules in full
    assert error.value.message_dict["pay_amount"] == [NO_PAY]
    assert not fresh(role).live


def test_pay_missing_lists_each_part_in_plain_words(make_role):
    role = make_role("Vague", live=False)
    role.pay_amount, role.pay_unit, role.payment_timing = None, "", ""
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    problems = error.value.message_dict
    assert problems["pay_amount"] == [NO_PAY]
    assert problems["pay_unit"] == [UNIT_MISSING]
    assert problems["payment_timing"] == ["Say when people are paid."]


def test_units_that_need_hours_to_compare_ask_for_them(make_role):
    role = make_role("Per session", live=False, pay_unit="session", pay_amount=Decimal("90"))
    role.full_clean()  # the control: a session's hours are stated
    role.hours_per_session = None
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    (problem,) = error.value.message_dict["hours_per_session"]
    assert "so the pay can be compared by the hour" in problem


def test_a_role_needs_a_way_to_be_paid(make_role):
    role = make_role("No route", live=False)
    role.payment_routes = []
    with pytest.raises(ValidationError) as error:
        role.save_revision().publish()
    assert error.value.message_dict["payment_routes"] == [NO_ROUTE]
    assert not fresh(role).live
    role = fresh(role)
    role.payment_routes = list(PaymentRoute.objects.filter(slug="invoice-self-employed"))
    role.save_revision().publish()
    assert fresh(role).live


# --- the same rules in the editor -----------------------------------------------------------------


def edit_form_data(role, **changes):
    """The role editor's form, as the admin posts it (a complete role: change what a test
    needs)."""
    data = {
        "title": role.title,
        "slug": role.slug,
        "summary": role.summary,
        "organisation": str(role.organisation_id),
        "description": rich_text(role.description),
        "role": "",
        "activity_level": "",
        "work_mode": "remote",
        "region": "",
        "hours_per_session": "2",
        "sessions": "6",
        "start_date": "",
        "closing_date": role.closing_date.isoformat(),
        "pay_amount": "30",
        "pay_amount_max": "",
        "pay_unit": "hour",
        "payment_routes": [str(PaymentRoute.objects.get(slug="payroll").pk)],
        "preparation_hours": "",
        "payment_timing": "30_days",
        "how_to_apply": "lead",
        "apply_url": "",
        "apply_notes": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "action-publish": "action-publish",
    }
    data.update(changes)
    data = {key: value for key, value in data.items() if value is not None}
    # Ticked checkboxes go as one name with many values (nested_form_data would number them).
    ticked = {key: value for key, value in data.items() if isinstance(value, list)}
    return {**nested_form_data({k: v for k, v in data.items() if k not in ticked}), **ticked}


def errors_shown(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "unpaid",
    [{"pay_amount": ""}, {"pay_amount": "0"}],
    ids=["no pay", "expenses only"],
)
def test_the_editor_refuses_to_publish_a_role_without_pay_but_saves_the_draft(
    client, admin_user, make_role, unpaid
):
    role = make_role("Peer reviewer", live=False)
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    before = fresh(role).get_latest_revision().pk
    text = errors_shown(client.post(edit, edit_form_data(role, **unpaid)))
    assert NO_PAY in text and "The page could not be saved due to validation errors" in text
    assert not fresh(role).live and fresh(role).get_latest_revision().pk == before
    # "Save draft" of the same half-written role is kept, unpublished.
    draft = edit_form_data(role, **{**unpaid, "action-publish": None})
    assert client.post(edit, draft).status_code == 302
    role = fresh(role)
    assert not role.live and role.get_latest_revision().pk != before
    assert role.get_latest_revision().as_object().pay_amount in (None, Decimal("0"))
    # The control: with its pay the role publishes from the editor.
    assert client.post(edit, edit_form_data(role)).status_code == 302
    assert fresh(role).live and fresh(role).pay_amount == Decimal("30")


def test_the_editor_refuses_to_publish_a_role_without_a_unit(client, admin_user, make_role):
    role = make_role("Unitless", live=False)
    client.force_login(admin_user)
    text = errors_shown(
        client.post(f"/admin/pages/{role.pk}/edit/", edit_form_data(role, pay_unit=""))
    )
    assert UNIT_MISSING in text
    assert not fresh(role).live


def test_a_live_role_keeps_its_pay_when_an_edit_without_pay_is_refused(
    client, admin_user, make_role
):
    role = make_role("Live role", pay_amount=Decimal("28"))
    client.force_login(admin_user)
    text = errors_shown(
        client.post(f"/admin/pages/{role.pk}/edit/", edit_form_data(role, pay_amount=""))
    )
    assert NO_PAY in text
    assert fresh(role).live and fresh(role).pay_amount == Decimal("28")
    assert "£28 per hour" in client.get(role.url).content.decode()


def test_sending_a_role_for_moderation_without_pay_is_refused(client, admin_user, make_role):
    role = make_role("For review", live=False)
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    unpaid = edit_form_data(role, pay_amount="", **{"action-publish": None, "action-submit": "1"})
    assert NO_PAY in errors_shown(client.post(edit, unpaid))
    assert not WorkflowState.objects.filter(object_id=str(role.pk)).exists()
    # The control: with its pay the role goes into the "Opportunity review" workflow.
    paid = edit_form_data(role, **{"action-publish": None, "action-submit": "1"})
    assert client.post(edit, paid).status_code == 302
    state = WorkflowState.objects.get(object_id=str(role.pk))
    assert state.status == "in_progress" and state.workflow.name == "Opportunity review"
    assert not fresh(role).live


def test_the_editor_asks_for_a_way_to_be_paid(client, admin_user, board, make_role):
    role = make_role("Routes", live=False)
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    text = errors_shown(client.post(edit, edit_form_data(role, payment_routes=[])))
    assert NO_ROUTE in text
    assert not fresh(role).live and list(fresh(role).payment_routes.all())
    add = f"/admin/pages/add/opportunities/opportunitypage/{board.pk}/"
    new = {"title": "No routes yet", "slug": "no-routes-yet", "payment_routes": []}
    assert NO_ROUTE in errors_shown(client.post(add, edit_form_data(role, **new)))
    assert not OpportunityPage.objects.filter(slug="no-routes-yet").exists()
    # The control: with a route ticked, the new role is published.
    invoice = [str(PaymentRoute.objects.get(slug="invoice-self-employed").pk)]
    published = client.post(add, edit_form_data(role, **{**new, "payment_routes": invoice}))
    assert published.status_code == 302
    created = OpportunityPage.objects.get(slug="no-routes-yet")
    assert created.live
    assert [route.slug for route in created.payment_routes.all()] == ["invoice-self-employed"]


# --- review: approving a revision without pay cannot make it live ---------------------------------


def in_review(role):
    """Send a complete role for review, then save a half-written draft (no pay) after it, as a
    script could: the draft is the latest revision, the one an approval publishes."""
    state = submit_for_review(fresh(role))
    assert state is not None and state.workflow.name == "Opportunity review"
    draft = fresh(role)
    draft.pay_amount = None
    draft.draft_save = True
    draft.save_revision()
    return state


def test_approving_a_revision_without_pay_does_not_publish_it(make_role, moderator):
    role = make_role("Awaiting review", live=False)
    in_review(role)
    task_state = TaskState.objects.get(workflow_state__object_id=str(role.pk))
    task = task_state.task.specific
    assert ("approve", "Approve", False) in task.get_actions(role, moderator)
    with pytest.raises(ValidationError) as error:
        task.on_action(task_state, moderator, "approve")
    assert error.value.message_dict["pay_amount"] == [NO_PAY]
    assert not fresh(role).live
    # The approval is undone with it: the role still waits for a moderator.
    assert TaskState.objects.get(pk=task_state.pk).status == "in_progress"
    assert WorkflowState.objects.get(object_id=str(role.pk)).status == "in_progress"


def test_approving_from_the_review_dashboard_cannot_publish_it_either(
    client,
    make_role,
    moderator,
):
    role = make_role("Approve from dashboard", live=False)
    in_review(role)
    task_state = TaskState.objects.get(workflow_state__object_id=str(role.pk))
    client.force_login(moderator)
    url = f"/admin/pages/workflow/action/{role.pk}/approve/{task_state.pk}/"
    # Wagtail's approve button has no form to show the message on: the approval fails whole,
    # and the moderator lands in the editor told why.
    response = client.post(url, {"comment": ""}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{role.pk}/edit/"
    shown = [str(message) for message in response.context["messages"]]
    assert any("was not approved" in text and NO_PAY in text for text in shown), shown
    assert not fresh(role).live
    assert TaskState.objects.get(pk=task_state.pk).status == "in_progress"
    # The modal's own request gets the same answer as JSON the modal follows.
    response = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert f"/admin/pages/{role.pk}/edit/" in response.json()["redirect"]
    assert not fresh(role).live


def test_approving_a_complete_role_publishes_it(client, make_role, moderator):
    role = make_role("Ready for review", live=False)
    submit_for_review(fresh(role))
    task_state = TaskState.objects.get(workflow_state__object_id=str(role.pk))
    client.force_login(moderator)
    url = f"/admin/pages/workflow/action/{role.pk}/approve/{task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code == 302
    assert fresh(role).live
    client.logout()
    assert client.get(fresh(role).url).status_code == 200


def test_a_moderator_approving_from_the_editor_is_told_what_is_missing(
    client,
    make_role,
    moderator,
):
    role = make_role("Approve in editor", live=False)
    submit_for_review(fresh(role))
    client.force_login(moderator)
    edit = f"/admin/pages/{role.pk}/edit/"
    approve = {"action-publish": None, "action-workflow-action": "1"}
    data = edit_form_data(role, pay_amount="", **approve, **{"workflow-action-name": "approve"})
    assert NO_PAY in errors_shown(client.post(edit, data))
    assert not fresh(role).live
    assert WorkflowState.objects.get(object_id=str(role.pk)).status == "in_progress"
    # The control: approving with the pay stated publishes the role.
    data = edit_form_data(role, **approve, **{"workflow-action-name": "approve"})
    assert client.post(edit, data).status_code == 302
    assert fresh(role).live


def test_a_draft_saved_during_review_must_keep_its_pay(client, admin_user, make_role):
    """Moderators approve the latest revision: a draft saved while a role is in review is the
    one they would publish, so it needs its pay too."""
    role = make_role("In review", live=False)
    submit_for_review(fresh(role))
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    assert NO_PAY in errors_shown(
        client.post(edit, edit_form_data(role, pay_amount="", **{"action-publish": None}))
    )
    changed = edit_form_data(role, summary="A clearer summary.", **{"action-publish": None})
    assert client.post(edit, changed).status_code == 302
    latest = fresh(role).get_latest_revision().as_object()
    assert latest.summary == "A clearer summary." and latest.pay_amount == 30


# --- the other rules ------------------------------------------------------------------------------


def test_a_range_whose_top_is_below_its_bottom_is_refused(client, admin_user, make_role):
    role = make_role("Range", live=False, pay_amount=Decimal("30"))
    role.pay_amount_max = Decimal("25")
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    assert error.value.message_dict["pay_amount_max"] == [
        "The top of the range must be at least the lowest pay."
    ]
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    text = errors_shown(client.post(edit, edit_form_data(role, pay_amount_max="25")))
    assert "The top of the range must be at least the lowest pay." in text
    assert not fresh(role).live
    assert client.post(edit, edit_form_data(role, pay_amount_max="35")).status_code == 302
    assert fresh(role).pay_text() == "£30 to £35 per hour"


def test_applying_on_the_organisations_website_needs_its_address(make_role):
    role = make_role("Apply elsewhere", live=False)
    role.how_to_apply = "link"
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    assert error.value.message_dict["apply_url"] == [
        "Give the address people apply on, or choose to apply through LEAD."
    ]
    role.apply_url = "https://organisation.example/jobs/1"
    role.full_clean()


def test_an_in_person_role_needs_a_region(make_role):
    role = make_role("Face to face", live=False)
    for mode in ("in_person", "hybrid"):
        role.work_mode = mode
        with pytest.raises(ValidationError) as error:
            role.full_clean()
        assert error.value.message_dict["region"] == [
            "Say which region the in-person work is in, or choose remote."
        ]
    role.region = Region.objects.get(slug="london")
    role.full_clean()
    role.region, role.work_mode = None, "remote"
    role.full_clean()


def test_a_role_paying_below_the_fair_pay_rate_cannot_be_featured(client, admin_user, make_role):
    level = FairPayRateFactory(hourly_rate=Decimal("25"))
    low = make_role("Low pay", live=False, pay_amount=Decimal("20"), activity_level=level)
    low.featured = True
    with pytest.raises(ValidationError) as error:
        low.full_clean()
    assert "cannot be featured" in error.value.message_dict["featured"][0]
    client.force_login(admin_user)
    data = edit_form_data(low, pay_amount="20", activity_level=str(level.pk), featured="on")
    text = errors_shown(client.post(f"/admin/pages/{low.pk}/edit/", data))
    assert "A role paying below LEAD's fair-pay rate cannot be featured" in text
    assert not fresh(low).live
    # The control: at the rate the same role can be featured.
    data = edit_form_data(low, pay_amount="25", activity_level=str(level.pk), featured="on")
    assert client.post(f"/admin/pages/{low.pk}/edit/", data).status_code == 302
    assert fresh(low).live and fresh(low).featured


# --- the editor pages -----------------------------------------------------------------------------


PAY_FIELDS = {
    "pay_amount",
    "pay_amount_max",
    "pay_unit",
    "payment_routes",
    "expenses_travel",
    "preparation_hours",
    "payment_timing",
}


def editor(response, url):
    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    form = page.find("form", id="page-edit-form")
    assert form["action"] == url
    fields = {
        field["name"]: field.get("value")
        for field in form.find_all(["input", "select", "textarea"])
        if field.get("name")
    }
    panels = [heading.get_text(" ", strip=True) for heading in page.select("section h2")]
    return page.h1.get_text(" ", strip=True), panels, fields


def test_the_editor_pages_render_with_the_pay_panel(client, admin_user, board, make_role):
    role = make_role("Editable role", pay_amount=Decimal("27.50"))
    client.force_login(admin_user)
    edit = f"/admin/pages/{role.pk}/edit/"
    heading, panels, fields = editor(client.get(edit), edit)
    assert heading == "Editing Paid role: Editable role"
    assert any(panel.startswith("Pay") for panel in panels)
    assert set(fields) >= PAY_FIELDS and fields["pay_amount"] == "27.50"
    text = BeautifulSoup(client.get(edit).content, "html.parser").get_text(" ", strip=True)
    assert "Unpaid and expenses-only roles are not listed." in text
    add = f"/admin/pages/add/opportunities/opportunitypage/{board.pk}/"
    heading, panels, fields = editor(client.get(add), add)
    assert heading == "New: Paid role"
    assert any(panel.startswith("Pay") for panel in panels)
    assert set(fields) >= PAY_FIELDS and not fields["pay_amount"] and not fields["title"]


def test_a_new_role_can_be_saved_as_a_draft_without_pay_but_not_published(
    client, admin_user, board, make_role
):
    template = make_role("Template", live=False)
    client.force_login(admin_user)
    add = f"/admin/pages/add/opportunities/opportunitypage/{board.pk}/"
    new = {"title": "Brand new role", "slug": "brand-new-role", "pay_amount": ""}
    text = errors_shown(client.post(add, edit_form_data(template, **new)))
    assert NO_PAY in text
    assert not OpportunityPage.objects.filter(slug="brand-new-role").exists()
    draft = edit_form_data(template, **new, **{"action-publish": None})
    assert client.post(add, draft).status_code == 302
    created = OpportunityPage.objects.get(slug="brand-new-role")
    assert not created.live and created.pay_amount is None
