"""The fair-pay calculator (/for-organisations/pay-calculator/): the cost line by line at a rate
from LEAD's one rate table, rounded to the penny, with the rate's source and date; a plain GET
form whose address reproduces the result; a message beside each field for every bad value; the
print layout; the page cache; where editors may put the page; the demo's calculator."""

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from guides.models import GuideIndexPage
from lead.pagecache import HEADER
from opportunities import seeding
from opportunities.models import FairPayRate, PayCalculatorPage
from opportunities.pay import estimate_cost, pounds_and_pence

from ..factories import FairPayRateFactory, add_page, pay_calculator

pytestmark = pytest.mark.django_db

URL = "/for-organisations/pay-calculator/"
NOINDEX = '<meta name="robots" content="noindex">'


@pytest.fixture
def rate():
    return FairPayRateFactory(
        level="Advising or co-producing",
        description="An advisory group, co-designing a service.",
        hourly_rate=Decimal("27.50"),
        daily_rate=Decimal("192.50"),
        source="NIHR payment guidance for public involvement",
        source_url="https://www.nihr.ac.uk/payment-guidance",
        applies_from=date(2025, 12, 16),
        is_example=False,
    )


@pytest.fixture
def calculator(home_page):
    return pay_calculator(home_page)


def worked_example(rate, **changes):
    """The hand-worked example: 4 people, 6 sessions of 2.5 hours, 1 hour's preparation and
    £12.40 expenses for each person each session."""
    params = {
        "level": rate.pk,
        "people": "4",
        "sessions": "6",
        "hours": "2.5",
        "preparation": "1",
        "expenses": "12.40",
    }
    return {**params, **changes}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def cost_table(page):
    """[(line, each person, everyone)] for each row of the result's table, the total last."""
    rows = []
    for row in page.select(".pay-estimate tbody tr, .pay-estimate tfoot tr"):
        heading = row.find("th")
        working = heading.find(class_="pay-estimate__working")
        label = heading.contents[0].strip() if working else heading.get_text(strip=True)
        rows.append((label, *[cell.get_text(strip=True) for cell in row.find_all("td")]))
    return rows


def working_lines(page):
    return [w.get_text(strip=True) for w in page.select(".pay-estimate__working")]


def field_errors(page, name):
    """The messages shown beside a field (its own error list, tied to the input)."""
    errors = page.find(id=f"id_{name}_error")
    return [li.get_text(strip=True) for li in errors.find_all("li")] if errors else []


def summary(page):
    box = page.select_one(".error-summary")
    return [(a["href"], a.get_text(strip=True)) for a in box.select("a")] if box else []


# --- the sums --------------------------------------------------------------------------------


def test_the_hand_worked_example_line_by_line():
    estimate = estimate_cost(Decimal("27.50"), 4, 6, Decimal("2.5"), Decimal("1"), Decimal("12.40"))
    # Session time: 6 x 2.5 = 15 hours at £27.50 = £412.50 each, x 4 people = £1,650.00.
    # Preparation: 6 x 1 = 6 hours at £27.50 = £165.00 each; £660.00 for four.
    # Expenses: 6 x £12.40 = £74.40 each; £297.60 for four.
    assert [(line.label, line.each, line.everyone) for line in estimate.lines] == [
        ("Session time", Decimal("412.50"), Decimal("1650.00")),
        ("Paid preparation", Decimal("165.00"), Decimal("660.00")),
        ("Expenses", Decimal("74.40"), Decimal("297.60")),
    ]
    assert (estimate.each, estimate.everyone) == (Decimal("651.90"), Decimal("2607.60"))


def test_each_persons_amount_is_rounded_half_up_to_the_penny_before_multiplying():
    # 0.33 hours at £16.50 is £5.445: half up gives £5.45 (a float, or banker's rounding, £5.44).
    estimate = estimate_cost(Decimal("16.50"), 3, 1, Decimal("0.33"))
    session = estimate.lines[0]
    assert (session.each, session.everyone) == (Decimal("5.45"), Decimal("16.35"))
    # Three people are paid £5.45 each: £16.35, not £16.34 (3 x £5.445 rounded once).
    assert estimate.everyone == Decimal("16.35")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2.5", "£2.50"),
        ("1650", "£1,650.00"),
        ("0.005", "£0.01"),
        ("0.004", "£0.00"),
        ("1234567.891", "£1,234,567.89"),
    ],
)
def test_money_is_shown_in_pounds_with_two_decimals(value, shown):
    assert pounds_and_pence(Decimal(value)) == shown


def test_the_page_shows_the_cost_line_by_line(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    assert cost_table(page) == [
        ("Session time", "£412.50", "£1,650.00"),
        ("Paid preparation", "£165.00", "£660.00"),
        ("Expenses", "£74.40", "£297.60"),
        ("Total", "£651.90", "£2,607.60"),
    ]
    assert working_lines(page) == [
        "6 sessions × 2.5 hours × £27.50 an hour",
        "6 sessions × 1 hour × £27.50 an hour",
        "6 sessions × £12.40",
    ]
    total = page.select_one(".pay-estimate__total").get_text(" ", strip=True)
    assert total == "Total: £2,607.60 for 4 people (£651.90 each)."
    headings = [th.get_text(strip=True) for th in page.select(".pay-estimate thead th")]
    assert headings == ["Line", "Each person", "All 4 people"]
    # On a phone a long sum may wrap after a thousands comma, never inside a group of digits.
    cell = page.select(".pay-estimate tfoot td")[1]
    assert cell.decode_contents() == "£2,<wbr/>607.60"
    assert "<wbr" not in str(page.select_one(".pay-estimate__total"))


def test_rounding_as_the_page_shows_it(client, calculator):
    rate = FairPayRateFactory(hourly_rate=Decimal("16.50"))
    params = {"level": rate.pk, "people": "3", "sessions": "1", "hours": "0.33"}
    page = soup(client.get(URL, params))
    assert cost_table(page)[0] == ("Session time", "£5.45", "£16.35")
    assert cost_table(page)[-1] == ("Total", "£5.45", "£16.35")


def test_preparation_and_expenses_may_be_left_empty(client, calculator, rate):
    params = worked_example(rate, preparation="", expenses="")
    page = soup(client.get(URL, params))
    assert cost_table(page) == [
        ("Session time", "£412.50", "£1,650.00"),
        ("Paid preparation", "£0.00", "£0.00"),
        ("Expenses", "£0.00", "£0.00"),
        ("Total", "£412.50", "£1,650.00"),
    ]
    assert working_lines(page)[1:] == ["None entered", "None entered"]
    assert page.select_one(".error-summary") is None


def test_one_person_reads_as_one_person(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate, people="1", sessions="1")))
    total = page.select_one(".pay-estimate__total").get_text(" ", strip=True)
    assert total == "Total: £108.65 for 1 person."
    headings = [th.get_text(strip=True) for th in page.select(".pay-estimate thead th")]
    assert headings == ["Line", "Each person", "In all"]
    assert working_lines(page)[0] == "1 session × 2.5 hours × £27.50 an hour"


def test_trailing_zeros_are_not_decimal_places(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate, hours="2.5000", expenses="12.400")))
    assert cost_table(page)[-1] == ("Total", "£651.90", "£2,607.60")


def test_expenses_may_be_typed_with_a_pound_sign_and_commas(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate, expenses="£1,000", sessions="1")))
    assert cost_table(page)[2] == ("Expenses", "£1,000.00", "£4,000.00")


# --- the rate, its source and date -----------------------------------------------------------


def test_the_rate_its_source_link_and_date_are_shown(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    source = page.select_one(".pay-estimate__source")
    facts = dict(
        zip(
            [dt.get_text(strip=True) for dt in source.find_all("dt")],
            [dd.get_text(" ", strip=True) for dd in source.find_all("dd")],
            strict=True,
        )
    )
    assert facts == {
        "Level of work": "Advising or co-producing: An advisory group, co-designing a service.",
        "Rate": "£27.50 an hour (£192.50 a day)",
        "Source": "NIHR payment guidance for public involvement",
        "Applies from": "16 December 2025",
    }
    link = source.find("a")
    assert link["href"] == "https://www.nihr.ac.uk/payment-guidance"
    assert source.find("time")["datetime"] == "2025-12-16"


def test_a_source_without_an_address_is_plain_text(client, calculator, rate):
    rate.source_url = ""
    rate.save()
    page = soup(client.get(URL, worked_example(rate)))
    source = page.select_one(".pay-estimate__source")
    assert "NIHR payment guidance for public involvement" in source.get_text()  # the control
    assert source.find("a") is None


def test_an_example_figure_says_so(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    assert cost_table(page)[-1] == ("Total", "£651.90", "£2,607.60")  # the control
    assert page.select_one(".pay-estimate__example") is None
    assert "example figure" not in page.select_one(".pay-estimate").get_text()

    rate.is_example = True
    rate.save()
    page = soup(client.get(URL, worked_example(rate)))
    notice = page.select_one(".pay-estimate__example").get_text(" ", strip=True)
    assert notice.startswith("This rate is an example figure.")
    assert "Check the source below before you rely on it." in notice
    facts = page.select_one(".pay-estimate__source").get_text(" ", strip=True)
    assert "Rate £27.50 an hour (£192.50 a day), an example figure Source" in facts


def test_the_levels_come_from_the_one_rate_table(client, calculator, rate):
    FairPayRateFactory(level="Leading", hourly_rate=Decimal("40.00"), sort_order=5)
    page = soup(client.get(URL))
    options = [o.get_text(strip=True) for o in page.select("#id_level option")]
    assert options == [
        "Choose a level",
        "Advising or co-producing (£27.50 an hour)",
        "Leading (£40.00 an hour)",
    ]
    levels = [dt.get_text(strip=True) for dt in page.select(".pay-calculator__levels dt")]
    assert levels == ["Advising or co-producing: £27.50 an hour", "Leading: £40.00 an hour"]


def test_without_any_rate_the_page_says_so_instead_of_a_broken_form(client, calculator):
    assert not FairPayRate.objects.exists()
    page = soup(client.get(URL))
    assert page.find("h1").get_text(strip=True) == "Fair-pay calculator"  # the control
    assert "the calculator is not working just now" in page.select_one(".notice").get_text()
    assert page.select_one(".pay-calculator__form") is None


# --- the plain page and the shareable address ------------------------------------------------


def test_the_plain_page_shows_the_form_and_no_result(client, calculator, rate):
    response = client.get(URL)
    page = soup(response)
    form = page.select_one("form.pay-calculator__form")
    assert form["method"] == "get" and form["action"] == URL
    names = [field["name"] for field in form.select("input, select")]
    assert names == ["level", "people", "sessions", "hours", "preparation", "expenses"]
    assert page.select_one(".pay-estimate") is None
    assert page.select_one(".error-summary") is None
    assert NOINDEX not in response.content.decode()  # the calculator itself is for search engines
    assert page.select_one("#pay-notes-heading").get_text() == "About these figures"


def test_an_address_with_only_other_parameters_shows_the_plain_form(client, calculator, rate):
    page = soup(client.get(URL, {"utm_source": "newsletter"}))
    assert page.select_one("form.pay-calculator__form") is not None  # the control
    assert page.select_one(".error-summary") is None
    assert page.select_one(".pay-estimate") is None


def test_every_field_is_labelled_and_says_what_it_is_per(client, calculator, rate):
    page = soup(client.get(URL))
    labels = {
        label["for"]: label.get_text(strip=True)
        for label in page.select(".pay-calculator__form label")
    }
    assert labels == {
        "id_level": "Level of work:",
        "id_people": "Number of people:",
        "id_sessions": "Number of sessions:",
        "id_hours": "Hours per session:",
        "id_preparation": "Paid preparation, hours per person for each session (optional):",
        "id_expenses": "Expenses, £ per person for each session (optional):",
    }
    # Typed as text with a number keyboard: no spinner, and no browser rounding or refusal.
    people = page.select_one("#id_people")
    assert (people["type"], people["inputmode"]) == ("text", "numeric")
    assert page.select_one("#id_hours")["inputmode"] == "decimal"


def test_the_result_has_an_address_that_gives_the_same_result(client, calculator, rate):
    response = client.get(URL, worked_example(rate, expenses="£12.40"))
    page = soup(response)
    assert NOINDEX in response.content.decode()  # a result is not a page for search engines
    link = page.find("a", string="Link to this estimate")["href"]
    assert link == (
        f"http://testserver{URL}?level={rate.pk}&people=4&sessions=6&hours=2.5&preparation=1"
        "&expenses=12.4"
    )
    again = soup(client.get(link.removeprefix("http://testserver")))
    assert cost_table(again) == cost_table(page)
    assert cost_table(again)[-1] == ("Total", "£651.90", "£2,607.60")
    # The form under the result keeps the figures, ready to change.
    assert again.select_one("#id_people")["value"] == "4"
    assert again.select_one("#id_level option[selected]")["value"] == str(rate.pk)
    assert again.select_one("#pay-form-heading").get_text() == "Change the figures"


def test_the_canonical_address_is_the_calculator_without_the_figures(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    assert cost_table(page)[-1][0] == "Total"  # the control: a result
    assert page.find("link", rel="canonical")["href"] == f"http://testserver{URL}"


# --- bad input -------------------------------------------------------------------------------

PEOPLE_WHOLE = "Enter the number of people as a whole number, for example 4."
SESSIONS_WHOLE = "Enter the number of sessions as a whole number, for example 6."
HOURS_NUMBER = "Enter the hours per session as a number, for example 2.5."
HOURS_MOST = "Enter no more than 12 for the hours per session."
HOURS_PLACES = "Enter the hours per session with no more than 2 decimal places, for example 2.5."
EXPENSES_PLACES = "Enter the expenses with no more than 2 decimal places, for example 12.50."
BAD_INPUT = [
    ("people", "", "Enter the number of people, for example 4."),
    ("people", "0", "Enter at least 1 for the number of people."),
    ("people", "-3", "Enter at least 1 for the number of people."),
    ("people", "2.5", PEOPLE_WHOLE),
    ("people", "four", PEOPLE_WHOLE),
    ("people", "1e2", PEOPLE_WHOLE),
    ("people", "4 people", PEOPLE_WHOLE),
    ("people", "101", "Enter no more than 100 for the number of people."),
    ("people", "9" * 30, "Enter no more than 100 for the number of people."),
    ("people", "9" * 500, PEOPLE_WHOLE),
    ("sessions", "", "Enter the number of sessions, for example 6."),
    ("sessions", "0", "Enter at least 1 for the number of sessions."),
    ("sessions", "366", "Enter no more than 365 for the number of sessions."),
    ("sessions", "1.5", SESSIONS_WHOLE),
    ("sessions", "١٢", SESSIONS_WHOLE),  # Arabic-Indic digits: not what the form asks for
    ("hours", "", "Enter the hours per session, for example 2.5."),
    ("hours", "0", "Enter hours per session above 0, for example 2.5."),
    ("hours", "-2", "Enter hours per session above 0, for example 2.5."),
    ("hours", "10000", HOURS_MOST),
    ("hours", "12.01", HOURS_MOST),
    ("hours", "2.555", HOURS_PLACES),
    ("hours", "1234567890123456789012345678901.123", HOURS_PLACES),  # beyond Decimal's 28 digits
    ("hours", "1234567890123456789012345678901.10", HOURS_MOST),
    ("hours", "NaN", HOURS_NUMBER),
    ("hours", "Infinity", HOURS_NUMBER),
    ("hours", "2,5", HOURS_NUMBER),
    ("hours", "1.2.3", HOURS_NUMBER),
    ("hours", "<b>2</b>", HOURS_NUMBER),
    ("preparation", "-1", "The preparation hours cannot be less than 0."),
    ("preparation", "13", "Enter no more than 12 for the preparation hours."),
    ("preparation", "lots", "Enter the preparation hours as a number, for example 1."),
    ("expenses", "-5", "The expenses cannot be less than 0."),
    ("expenses", "£1,000.01", "Enter no more than £1,000.00 for the expenses."),
    ("expenses", "12.345", EXPENSES_PLACES),
    ("expenses", "twelve pounds", "Enter the expenses as a number, for example 12.50."),
    ("level", "", "Choose the level of work."),
    ("level", "999999", "Choose a level of work from the list."),
    ("level", "abc", "Choose a level of work from the list."),
    ("level", "-1", "Choose a level of work from the list."),
]


@pytest.mark.parametrize(
    ("field", "value", "message"), BAD_INPUT, ids=[f"{f}={v[:12]!r}" for f, v, _ in BAD_INPUT]
)
def test_each_bad_value_gets_a_clear_message_beside_its_field(
    client, calculator, rate, field, value, message
):
    params = worked_example(rate, **{field: value})
    response = client.get(URL, params)
    page = soup(response)
    assert field_errors(page, field) == [message]
    assert summary(page) == [(f"#id_{field}", message)]
    assert page.select_one(".error-summary h3").get_text() == "There is a problem"
    # The field is marked and tied to its message; the others are not.
    assert page.select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert f"id_{field}_error" in page.select_one(f"#id_{field}")["aria-describedby"]
    marked = page.select(".form-field--error")
    assert [div.select_one("input, select")["name"] for div in marked] == [field]
    # No result from a form with a mistake; the form is there to put it right.
    assert page.select_one(".pay-estimate") is None
    assert page.select_one("#pay-form-heading").get_text() == "Work out a cost"
    assert NOINDEX in response.content.decode()


def test_every_mistake_is_listed_at_once_in_the_order_of_the_form(client, calculator, rate):
    params = {"level": "x", "people": "0", "sessions": "2", "hours": "99", "expenses": "-1"}
    page = soup(client.get(URL, params))
    assert summary(page) == [
        ("#id_level", "Choose a level of work from the list."),
        ("#id_people", "Enter at least 1 for the number of people."),
        ("#id_hours", "Enter no more than 12 for the hours per session."),
        ("#id_expenses", "The expenses cannot be less than 0."),
    ]
    assert page.select_one(".error-summary h3").get_text() == "There are problems"
    # What was typed stays in the form, to be put right rather than typed again.
    assert page.select_one("#id_hours")["value"] == "99"
    assert page.select_one("#id_sessions")["value"] == "2"
    assert page.select_one("#id_sessions").get("aria-invalid") is None


def test_markup_in_a_value_is_shown_as_text(client, calculator, rate):
    params = worked_example(rate, hours='"><script>alert(1)</script>')
    html = client.get(URL, params).content.decode()
    assert HOURS_NUMBER in html  # the control: the page answered the value
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_repeated_parameter_reads_its_last_value(client, calculator, rate):
    query = "&".join(f"{k}={v}" for k, v in worked_example(rate).items())
    page = soup(client.get(f"{URL}?{query}&people=abc&people=2"))
    assert cost_table(page)[-1] == ("Total", "£651.90", "£1,303.80")


# --- printing --------------------------------------------------------------------------------

STYLESHEET = Path(settings.BASE_DIR) / "opportunities/static/opportunities/pay-calculator.css"


def print_rules():
    """The selectors the calculator's stylesheet hides when printing."""
    css = STYLESHEET.read_text()
    block = css[css.index("@media print") :]
    hidden = block[: block.index("{ display: none !important; }")]
    return {selector.strip() for selector in hidden.removeprefix("@media print {").split(",")}


def test_printing_a_result_leaves_out_the_form_and_the_sites_chrome(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    sheets = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    assert "/static/opportunities/pay-calculator.css" in sheets
    # The rules apply to a page with a result, and name what the page really has.
    assert "pay-calculator--has-result" in page.body["class"]
    hidden = print_rules()
    for selector in (
        ".pay-calculator__form",
        ".site-header__panel",
        ".site-header__toggle",
        ".breadcrumbs",
        ".site-footer",
        ".pay-estimate__print",
    ):
        assert f".pay-calculator--has-result {selector}" in hidden
        assert page.select_one(selector) is not None, f"the page has no {selector}"
    # What the printout is for is not among them.
    for kept in (".pay-estimate", ".pay-estimate__source", ".site-header__brand"):
        assert page.select_one(kept) is not None
        assert not any(rule.endswith(kept) for rule in hidden)


def test_without_a_result_nothing_is_hidden_from_a_printout(client, calculator, rate):
    page = soup(client.get(URL))
    assert page.select_one(".pay-calculator__form") is not None  # the control
    assert "pay-calculator--has-result" not in page.body.get("class", [])


def test_the_print_button_waits_for_the_script(client, calculator, rate):
    page = soup(client.get(URL, worked_example(rate)))
    button = page.find("button", string="Print this estimate")
    assert button.has_attr("hidden") and button.has_attr("data-print")
    scripts = [script["src"] for script in page.select("script[src]")]
    assert "/static/opportunities/pay-calculator.js" in scripts
    assert "Print it from your browser" in page.select_one(".pay-estimate__keep").get_text()


# --- the page cache --------------------------------------------------------------------------


def test_a_result_is_cached_per_address_and_a_rate_change_shows_at_once(
    client, settings, calculator, rate
):
    """Results are the same for everyone (the address and the rate table), so the anonymous
    page cache keeps them, one copy per address; editing a rate makes every copy stale."""
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    first = client.get(URL, worked_example(rate))
    assert first[HEADER] == "miss"
    again = client.get(URL, worked_example(rate))
    assert again[HEADER] == "hit"
    assert cost_table(soup(again))[-1] == ("Total", "£651.90", "£2,607.60")
    # Another address is another result, never the stored one.
    other = client.get(URL, worked_example(rate, people="2"))
    assert other[HEADER] == "miss"
    assert cost_table(soup(other))[-1] == ("Total", "£651.90", "£1,303.80")

    rate.hourly_rate = Decimal("30.00")
    rate.save()
    fresh = client.get(URL, worked_example(rate))
    assert fresh[HEADER] == "miss"
    assert cost_table(soup(fresh))[0] == ("Session time", "£450.00", "£1,800.00")


# --- where the page lives --------------------------------------------------------------------


def test_the_calculator_goes_only_in_a_guide_section_and_only_once(home_page):
    section = add_page(
        home_page,
        GuideIndexPage(title="For organisations", slug="for-organisations", intro="Guides."),
    )
    assert PayCalculatorPage.can_create_at(section)
    assert not PayCalculatorPage.can_create_at(home_page)
    assert PayCalculatorPage.allowed_subpage_models() == []
    pay_calculator(home_page)
    assert PayCalculatorPage.objects.get().get_parent().pk == section.pk
    assert not PayCalculatorPage.can_create_at(section)  # max_count: one calculator


def test_editors_write_the_intro_and_notes_in_the_admin(client, moderator, calculator):
    client.force_login(moderator)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[calculator.pk]))
    assert edit.status_code == 200
    form = BeautifulSoup(edit.content, "html.parser").find("form", id="page-edit-form")
    assert form.find(attrs={"name": "intro"}) is not None
    assert form.find(attrs={"name": "notes"}) is not None
    assert "Opportunities &gt; Fair-pay rates" in str(form)
    # The levels are not the page's to edit: no second rate table.
    assert form.find(attrs={"name": "hourly_rate"}) is None


def test_the_calculator_is_found_in_site_search(client, calculator):
    response = client.get("/search/", {"q": "calculator"})
    results = BeautifulSoup(response.content, "html.parser").select(".search-results a")
    assert URL in [a["href"] for a in results]


# --- the benchmark ---------------------------------------------------------------------------


def test_make_bench_measures_the_calculator_and_a_result(client, home_page):
    measured = {page.label: page for page in seeding.BENCH_PAGES}
    assert measured["pay calculator"].resolve() == URL
    result = measured["pay calculator, result"]
    assert result.resolve() is None  # nothing to measure before the calculator exists
    pay_calculator(home_page)
    assert result.resolve() is None  # nor without a rate
    FairPayRateFactory(hourly_rate=Decimal("27.50"))
    page = soup(client.get(result.resolve()))
    assert cost_table(page)[-1] == ("Total", "£651.90", "£2,607.60")


# --- the demo --------------------------------------------------------------------------------


@pytest.mark.usefixtures("freshly_migrated")
def test_the_demo_builds_the_calculator_under_for_organisations_once(client):
    call_command("load_demo_content", stdout=io.StringIO())
    page = soup(client.get(URL))
    assert page.find("h1").get_text(strip=True) == "Fair-pay calculator"
    options = [o.get_text(strip=True) for o in page.select("#id_level option")][1:]
    assert options == [
        "Taking part (£16.50 an hour)",
        "Advising or co-producing (£27.50 an hour)",
        "Leading (£40.00 an hour)",
    ]
    assert "employer's National Insurance" in page.select_one(".pay-calculator__notes").get_text()
    section = Page.objects.get(url_path__endswith="/for-organisations/").specific
    assert isinstance(section, GuideIndexPage) and section.live
    # The demo's rates are example figures, and a result says so.
    level = FairPayRate.objects.get(level="Leading")
    params = {"level": level.pk, "people": "2", "sessions": "3", "hours": "3"}
    result = soup(client.get(URL, params))
    assert cost_table(result)[-1] == ("Total", "£360.00", "£720.00")
    assert result.select_one(".pay-estimate__example") is not None

    call_command("load_demo_content", stdout=io.StringIO())
    assert PayCalculatorPage.objects.count() == 1
    assert GuideIndexPage.objects.filter(slug="for-organisations").count() == 1


def test_the_demo_calculator_joins_a_section_the_guides_made_first(demo_site):
    home = demo_site
    section = add_page(
        home, GuideIndexPage(title="Working with us", slug="for-organisations", intro="Guides.")
    )
    call_command("load_demo_content", stdout=io.StringIO())
    calculator = PayCalculatorPage.objects.get()
    assert calculator.get_parent().pk == section.pk
    assert Page.objects.get(pk=section.pk).title == "Working with us"  # kept as it was
    assert calculator.url == URL
