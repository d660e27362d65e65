"""What a role pays: every unit worked out by the hour, the "What this pays" sums visitors read
on a role's page, the pay in words, and the label comparing it with LEAD's fair-pay rate."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from opportunities.models import OpportunityPage, PayUnit
from opportunities.pay import hourly_equivalent

from ..factories import FairPayRateFactory

# --- every unit, by the hour -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "hours_per_session", "total_hours", "hourly"),
    [
        ("25", PayUnit.HOUR, None, None, "25.00"),
        ("27.50", PayUnit.HOUR, None, None, "27.50"),
        ("105", PayUnit.HALF_DAY, None, None, "30.00"),  # a half day is 3.5 hours
        ("175", PayUnit.DAY, None, None, "25.00"),  # a day is 7 hours
        ("200", PayUnit.DAY, None, None, "28.57"),  # rounded to the penny
        ("90", PayUnit.SESSION, "3", None, "30.00"),  # over the hours of a session
        ("80", PayUnit.SESSION, "2.5", None, "32.00"),
        ("600", PayUnit.FIXED, None, "20", "30.00"),  # over the role's hours in all
        ("29250", PayUnit.SALARY, None, None, "15.00"),  # over 37.5 hours x 52 weeks
        ("39000", PayUnit.SALARY, "15", None, "20.00"),  # part-time hours make no difference
    ],
)
def test_every_unit_comes_to_an_hourly_figure(amount, unit, hours_per_session, total_hours, hourly):
    result = hourly_equivalent(Decimal(amount), unit, hours_per_session, total_hours)
    assert result == Decimal(hourly)


def test_no_hourly_figure_without_the_hours_to_work_it_out():
    # The control: the same amounts with their hours stated do come to a figure.
    assert hourly_equivalent(Decimal("90"), PayUnit.SESSION, hours_per_session=3) == 30
    assert hourly_equivalent(Decimal("600"), PayUnit.FIXED, total_hours=20) == 30
    assert hourly_equivalent(Decimal("90"), PayUnit.SESSION) is None
    assert hourly_equivalent(Decimal("600"), PayUnit.FIXED) is None
    assert hourly_equivalent(None, PayUnit.HOUR) is None
    assert hourly_equivalent(Decimal("25"), "") is None


# --- "What this pays", worked out for the whole commitment ---------------------------------------


def role(**fields):
    """An unsaved role: the sums need no database."""
    defaults = {"title": "A role", "ongoing": False, "preparation_hours": None}
    return OpportunityPage(**{**defaults, **fields})


def test_an_hourly_role_with_paid_preparation():
    lines, total = role(
        pay_amount=Decimal("25"),
        pay_unit=PayUnit.HOUR,
        hours_per_session=Decimal("3"),
        sessions=6,
        preparation_hours=Decimal("1"),
    ).what_this_pays()
    assert lines == [
        "Each session: 3 hours at £25 an hour = £75",
        "Paid preparation: 1 hour at £25 an hour = £25 a session",
        "6 sessions × £100 = £600",
    ]
    assert total == Decimal("600.00")


def test_a_per_session_role_pays_preparation_at_its_hourly_equivalent():
    lines, total = role(
        pay_amount=Decimal("90"),
        pay_unit=PayUnit.SESSION,
        hours_per_session=Decimal("3"),
        sessions=4,
    ).what_this_pays()
    assert lines == ["Each session: £90", "4 sessions × £90 = £360"]
    assert total == Decimal("360.00")
    lines, total = role(
        pay_amount=Decimal("90"),
        pay_unit=PayUnit.SESSION,
        hours_per_session=Decimal("3"),
        sessions=4,
        preparation_hours=Decimal("1.5"),
    ).what_this_pays()
    assert "Paid preparation: 1.5 hours at £30 an hour = £45 a session" in lines
    assert lines[-1] == "4 sessions × £135 = £540" and total == Decimal("540.00")


def test_a_day_rate_role():
    lines, total = role(
        pay_amount=Decimal("175"),
        pay_unit=PayUnit.DAY,
        hours_per_session=Decimal("7"),
        sessions=3,
    ).what_this_pays()
    assert lines == ["Each session: £175", "3 sessions × £175 = £525"]
    assert total == Decimal("525.00")


def test_a_single_session_is_one_session():
    lines, total = role(
        pay_amount=Decimal("30"),
        pay_unit=PayUnit.HOUR,
        hours_per_session=Decimal("1"),
        sessions=1,
    ).what_this_pays()
    assert lines == ["Each session: 1 hour at £30 an hour = £30", "1 session × £30 = £30"]
    assert total == Decimal("30.00")
    one = role(hours_per_session=Decimal("1"), sessions=1, pay_unit=PayUnit.HOUR)
    assert one.commitment_text() == "1 hour a session, 1 session"
    several = role(hours_per_session=Decimal("2.5"), sessions=4, pay_unit=PayUnit.HOUR)
    assert several.commitment_text() == "2.5 hours a session, 4 sessions"


def test_a_fixed_fee_is_the_total_and_comes_to_an_hourly_figure():
    lines, total = role(
        pay_amount=Decimal("600"),
        pay_unit=PayUnit.FIXED,
        hours_per_session=Decimal("4"),
        sessions=5,
    ).what_this_pays()
    assert lines == [
        "A fixed fee of £600 for the whole role",
        "That is about £30 an hour for the hours stated",
    ]
    assert total == Decimal("600.00")


def test_an_ongoing_role_has_no_total():
    lines, total = role(
        pay_amount=Decimal("25"),
        pay_unit=PayUnit.HOUR,
        hours_per_session=Decimal("2"),
        ongoing=True,
    ).what_this_pays()
    assert lines == [
        "Each session: 2 hours at £25 an hour = £50",
        "£50 for each session, for as long as it runs",
    ]
    assert total is None


def test_an_hourly_role_without_its_hours_claims_no_sum():
    lines, total = role(
        pay_amount=Decimal("25"), pay_unit=PayUnit.HOUR, hours_per_session=None, sessions=6
    ).what_this_pays()
    assert lines == ["£25 an hour (the hours of each session are not stated)"]
    assert total is None
    assert not any("£0" in line for line in lines)


def test_a_salaried_post_shows_its_share_and_no_total_or_comparison():
    post = role(
        pay_amount=Decimal("29250"),
        pay_unit=PayUnit.SALARY,
        hours_per_session=Decimal("15"),
        activity_level=FairPayRateFactory.build(hourly_rate=Decimal("25")),
    )
    lines, total = post.what_this_pays()
    assert lines == [
        "£29,250 a year full-time (37.5 hours a week); for 15 hours a week that is £11,700 a year"
    ]
    assert total is None
    # £15 an hour would be below a £25 rate, but a salary is not compared with sessional rates.
    assert post.hourly_rate() == Decimal("15.00")
    assert post.fair_rate is None and not post.is_below_fair_pay


# --- the pay in words -----------------------------------------------------------------------------


def test_pay_in_words_for_a_single_figure_and_a_range():
    assert role(pay_amount=Decimal("25"), pay_unit=PayUnit.HOUR).pay_text() == "£25 per hour"
    assert (
        role(pay_amount=Decimal("25"), pay_amount_max=Decimal("30"), pay_unit=PayUnit.HOUR)
    ).pay_text() == "£25 to £30 per hour"
    assert (
        role(pay_amount=Decimal("27.50"), pay_unit=PayUnit.SESSION).pay_text()
        == "£27.50 per session"
    )
    assert (
        role(pay_amount=Decimal("1250"), pay_unit=PayUnit.FIXED).pay_text()
        == "£1,250 fixed fee for the whole role"
    )
    # A "range" whose top is the same figure reads as the one figure.
    assert (
        role(pay_amount=Decimal("25"), pay_amount_max=Decimal("25"), pay_unit=PayUnit.HOUR)
    ).pay_text() == "£25 per hour"


# --- on the role's page ---------------------------------------------------------------------------


def page_of(client, role):
    response = client.get(role.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_role_page_works_out_what_the_role_pays(client, make_role):
    page = page_of(
        client,
        make_role(
            "Patient panel member",
            pay_amount=Decimal("25"),
            pay_unit="hour",
            hours_per_session=Decimal("3"),
            sessions=6,
            preparation_hours=Decimal("1"),
            expenses_travel=True,
        ),
    )
    facts = page.select_one(".event-facts").get_text(" ", strip=True)
    assert "£25 per hour" in facts and "3 hours a session, 6 sessions" in facts
    section = page.find(id="what-this-pays").parent
    lines = [item.get_text(strip=True) for item in section.find("ul").find_all("li")]
    assert lines == [
        "Each session: 3 hours at £25 an hour = £75",
        "Paid preparation: 1 hour at £25 an hour = £25 a session",
        "6 sessions × £100 = £600",
    ]
    assert "In all: £600, plus expenses." in section.get_text()


@pytest.mark.django_db
def test_an_ongoing_role_page_states_no_total(client, make_role):
    page = page_of(client, make_role("Ongoing advisor", ongoing=True, sessions=None))
    section = page.find(id="what-this-pays").parent
    assert "£60 for each session, for as long as it runs" in section.get_text()
    assert "In all" not in section.get_text()


@pytest.mark.django_db
def test_the_fair_pay_label(client, make_role):
    level = FairPayRateFactory(level="Advising or co-producing", hourly_rate=Decimal("25"))
    fair = page_of(client, make_role("Fair role", pay_amount=Decimal("30"), activity_level=level))
    label = fair.select_one(".event__details .fair-pay").get_text(" ", strip=True)
    assert label == "✓ At or above LEAD's fair-pay rate"
    assert "Below" not in fair.select_one(".event__details").get_text()
    exactly = page_of(client, make_role("Exact", pay_amount=Decimal("25"), activity_level=level))
    assert "At or above LEAD's fair-pay rate" in exactly.select_one(".fair-pay").get_text()
    low = page_of(client, make_role("Low role", pay_amount=Decimal("20"), activity_level=level))
    label = low.select_one(".event__details .fair-pay").get_text(" ", strip=True)
    assert label == "Below LEAD's fair-pay rate (£25 an hour)"
    assert "At or above" not in low.select_one(".event__details").get_text()
    # A day rate is compared by the hour too: £140 a day is £20 an hour.
    day = page_of(
        client,
        make_role("Day role", pay_amount=Decimal("140"), pay_unit="day", activity_level=level),
    )
    assert "Below LEAD's fair-pay rate (£25 an hour)" in day.select_one(".fair-pay").get_text()


@pytest.mark.django_db
def test_a_salaried_post_gets_no_fair_pay_label(client, make_role):
    level = FairPayRateFactory(hourly_rate=Decimal("25"))
    post = make_role(
        "Lived experience lead (salaried)",
        pay_amount=Decimal("29250"),
        pay_unit="salary",
        hours_per_session=Decimal("22.5"),
        sessions=None,
        ongoing=True,
        activity_level=level,
    )
    page = page_of(client, post)
    details = page.select_one(".event__details").get_text(" ", strip=True)
    assert "£29,250 a year (salary, pro rata)" in details
    assert "22.5 hours a week" in details
    assert not page.select(".fair-pay") and "fair-pay rate" not in details
    section = page.find(id="what-this-pays").parent.get_text(" ", strip=True)
    assert "for 22.5 hours a week that is £17,550 a year" in section
    assert "In all" not in section
