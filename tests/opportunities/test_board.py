"""The board of paid roles (/opportunities/): only open roles anywhere on the site, the closing
date in UK time, filters with counts, sorting, pagination, bad input, the fair-pay label and the
board's fixed query cost."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import Region, Role
from opportunities.listing import PER_PAGE
from opportunities.models import OpportunityPage

from ..clock import FIXED_NOW
from ..factories import FairPayRateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

NOINDEX = '<meta name="robots" content="noindex">'


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [h.get_text(strip=True) for h in soup(response).select(".role-card__title")]


def board(client, **params):
    return client.get("/opportunities/", params)


def count_for(page, param, value=None):
    """The count shown beside a filter's option, or None when the option is not shown."""
    field_id = f"f-{param}-{value}" if value else param
    label = page.find("label", attrs={"for": field_id})
    if label is None:
        return None
    return int(label.find(class_="facet__count").contents[0].strip("("))


def status(page):
    return page.select_one(".directory__count").get_text(" ", strip=True)


def notices(page):
    return [p.get_text(" ", strip=True) for p in page.select(".directory__results .notice")]


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def region(slug):
    return Region.objects.get(slug=slug)


def role_type(slug):
    return Role.objects.get(slug=slug)


def in_person(slug, **fields):
    return {"work_mode": "in_person", "region": region(slug), **fields}


# --- only open roles, everywhere --------------------------------------------------------------


@pytest.fixture
def open_and_hidden(make_role, unique_token):
    """One open role; a draft, a login-only role and a closed role carrying `unique_token`."""
    summary = "Shape a lanternfish service with your lived experience."
    roles = {
        "open": make_role("Open peer trainer", summary=summary),
        "draft": make_role(f"Draft {unique_token}", live=False, summary=summary),
        "private": make_role(f"Private {unique_token}", restricted=True, summary=summary),
        "closed": make_role(f"Closed {unique_token}", closing_date=in_days(-1), summary=summary),
    }
    return roles


def test_only_open_public_roles_are_listed_anywhere(client, open_and_hidden, unique_token):
    closed = open_and_hidden["closed"]
    for url, shown in (
        ("/opportunities/", "Open peer trainer"),
        ("/", "Open peer trainer"),
        ("/search/?q=lanternfish", "Open peer trainer"),
        ("/opportunities/feed/rss/", "Open peer trainer"),
        ("/opportunities/feed/atom/", "Open peer trainer"),
        ("/sitemap-opportunities.xml", "http://testserver/opportunities/open-peer-trainer/"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert shown in body, url
        assert unique_token not in body, url
        assert closed.slug not in body, url
    assert titles(board(client)) == ["Open peer trainer"]
    home = soup(client.get("/")).find(id="paid-roles-heading").find_parent("section")
    assert [h.get_text(strip=True) for h in home.select(".role-card__title")] == [
        "Open peer trainer"
    ]
    assert home.find("a", string="See all paid roles")["href"] == "/opportunities/"


def test_search_suggestions_leave_out_closed_drafts_and_private_roles(client, make_role):
    make_role("Lanternfish open panel")
    make_role("Lanternfish closed panel", closing_date=in_days(-1))
    make_role("Lanternfish draft panel", live=False)
    make_role("Lanternfish private panel", restricted=True)
    response = client.get("/search/suggest/", {"q": "lanternf"})
    assert response.status_code == 200
    found = [(hit["title"], hit["type"]) for hit in response.json()["results"]]
    assert found == [("Lanternfish open panel", "Paid role")]


def test_the_board_counts_open_roles_only(client, open_and_hidden):
    page = soup(board(client))
    assert status(page) == "1 open role"
    # All four are remote roles: only the open one is counted.
    assert count_for(page, "region", "remote") == 1


def test_a_closed_role_still_answers_saying_it_closed(client, make_role, clock):
    clock.move_to(FIXED_NOW)
    role = make_role("Finished panel role", closing_date=date(2026, 12, 3))
    response = client.get(role.url)
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Finished panel role"
    closed = page.select_one(".event-status").get_text(" ", strip=True)
    assert closed.startswith("This role closed on Thursday 3 December 2026.")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("script", type="application/ld+json") is None
    assert "This role is no longer taking applications." in page.get_text()
    assert page.find("a", string="Express interest through LEAD") is None


def test_an_open_role_page_is_indexed_with_its_job_posting(client, make_role):
    role = make_role("Running panel role")
    page = soup(client.get(role.url))
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert page.find("script", type="application/ld+json") is not None
    assert page.select_one(".event-status") is None
    assert page.find("a", string="Express interest through LEAD")


# --- the closing date, in UK time -------------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "last_open", "first_closed"),
    [
        # Winter (GMT): UK midnight is UTC midnight.
        (date(2026, 12, 10), datetime(2026, 12, 10, 23, 59), datetime(2026, 12, 11, 0, 0)),
        # Summer (BST): the UK day ends at 23:00 UTC, while the UTC date is still the same.
        (date(2027, 7, 15), datetime(2027, 7, 15, 22, 59), datetime(2027, 7, 15, 23, 0)),
        # The day before the clocks go back (its midnight is still BST).
        (date(2026, 10, 24), datetime(2026, 10, 24, 22, 59), datetime(2026, 10, 24, 23, 0)),
        # 25 October 2026: 25 hours long, ending at midnight GMT.
        (date(2026, 10, 25), datetime(2026, 10, 25, 23, 59), datetime(2026, 10, 26, 0, 0)),
        # 28 March 2027: 23 hours long, ending at midnight BST.
        (date(2027, 3, 27), datetime(2027, 3, 27, 23, 59), datetime(2027, 3, 28, 0, 0)),
        (date(2027, 3, 28), datetime(2027, 3, 28, 22, 59), datetime(2027, 3, 28, 23, 0)),
        (date(2027, 3, 29), datetime(2027, 3, 29, 22, 59), datetime(2027, 3, 29, 23, 0)),
    ],
)
def test_a_role_is_listed_all_of_its_closing_day_in_uk_time(
    client, make_role, clock, closing, last_open, first_closed
):
    clock.move_to(datetime.combine(closing - timedelta(days=3), time(12), tzinfo=UTC))
    role = make_role("Closing role", closing_date=closing)
    make_role("Later role", closing_date=closing + timedelta(days=30))

    clock.move_to(last_open.replace(tzinfo=UTC))
    assert titles(board(client)) == ["Closing role", "Later role"]
    page = client.get(role.url).content.decode()
    assert "Express interest through LEAD" in page and "This role closed" not in page

    clock.move_to(first_closed.replace(tzinfo=UTC))
    assert titles(board(client)) == ["Later role"]  # no command run: it is gone by itself
    assert f"This role closed on {closing:%A} {closing.day} {closing:%B %Y}." in (
        client.get(role.url).content.decode()
    )
    rss = feedparser.parse(client.get("/opportunities/feed/rss/").content)
    assert [entry.title.split(":")[0] for entry in rss.entries] == ["Later role"]


# --- filters ----------------------------------------------------------------------------------


@pytest.fixture
def roles(make_role):
    """Four open roles, and a closed and a draft one that must never be counted."""
    nhs = OrganisationFactory(organisation_type="nhs_trust")
    charity = OrganisationFactory(organisation_type="charity")
    research = OrganisationFactory(organisation_type="research")
    make_role(
        "London trainer",
        **in_person("london"),
        role=role_type("peer-trainer"),
        organisation=nhs,
        questions_in_advance=True,
        closing_date=in_days(3),
    )
    make_role(
        "Wales adviser",
        **in_person("wales", work_mode="hybrid"),
        role=role_type("advisory-group-member"),
        organisation=charity,
        pay_amount=Decimal("20"),
        flexible_hours=True,
        closing_date=in_days(20),
    )
    make_role(
        "Remote researcher",
        role=role_type("research-partner"),
        organisation=research,
        pay_amount=Decimal("25"),
        questions_in_advance=True,
        flexible_hours=True,
        closing_date=in_days(10),
    )
    make_role(
        "Remote speaker",
        role=role_type("speaker"),
        organisation=charity,
        pay_amount=Decimal("140"),
        pay_unit="day",  # £20 an hour
        closing_date=in_days(5),
    )
    make_role(
        "Closed London trainer",
        **in_person("london"),
        role=role_type("peer-trainer"),
        organisation=nhs,
        closing_date=in_days(-2),
    )
    make_role("Draft London trainer", live=False, **in_person("london"), organisation=nhs)


def test_the_plain_board_lists_every_open_role_closing_soonest_first(client, roles):
    page = soup(board(client))
    assert titles(board(client)) == [
        "London trainer",
        "Remote speaker",
        "Remote researcher",
        "Wales adviser",
    ]
    assert status(page) == "4 open roles"
    assert page.find("meta", attrs={"name": "robots"}) is None  # the plain board is indexed
    assert page.find("select", attrs={"name": "sort"}).find("option", selected=True)["value"] == (
        "closing"
    )


def test_the_filter_form_works_without_javascript(client, roles):
    page = soup(board(client))
    form = page.find("form", class_="directory__filters")
    assert form["method"] == "get" and form["action"] == "/opportunities/"
    for field in form.find_all(["input", "select"]):
        assert page.find("label", attrs={"for": field["id"]}), field
    assert form.find("button", type="submit").get_text() == "Show roles"
    names = {field["name"] for field in form.find_all(["input", "select"])}
    assert names == {"role", "region", "organisation", "adjustment", "min_pay", "closing", "sort"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"role": "peer-trainer"}, ["London trainer"]),
        ({"role": ["peer-trainer", "speaker"]}, ["London trainer", "Remote speaker"]),
        ({"region": "london"}, ["London trainer"]),
        ({"region": "wales"}, ["Wales adviser"]),  # hybrid roles are in their region
        ({"region": "remote"}, ["Remote speaker", "Remote researcher"]),
        (
            {"region": ["london", "remote"]},
            ["London trainer", "Remote speaker", "Remote researcher"],
        ),
        ({"min_pay": "25"}, ["London trainer", "Remote researcher"]),
        (
            {"min_pay": "20"},
            ["London trainer", "Remote speaker", "Remote researcher", "Wales adviser"],
        ),
        ({"min_pay": "22.50"}, ["London trainer", "Remote researcher"]),
        ({"closing": "soon"}, ["London trainer", "Remote speaker"]),
        ({"organisation": "charity"}, ["Remote speaker", "Wales adviser"]),
        ({"organisation": ["nhs_trust", "research"]}, ["London trainer", "Remote researcher"]),
        ({"adjustment": "questions_in_advance"}, ["London trainer", "Remote researcher"]),
        ({"adjustment": ["questions_in_advance", "flexible_hours"]}, ["Remote researcher"]),
        ({"region": "remote", "min_pay": "25"}, ["Remote researcher"]),
        ({"organisation": "charity", "closing": "soon"}, ["Remote speaker"]),
    ],
)
def test_each_filter_and_their_combinations(client, roles, params, expected):
    response = board(client, **params)
    assert titles(response) == expected
    page = soup(response)
    one = len(expected) == 1
    assert status(page) == (
        "1 open role matches your filters"
        if one
        else f"{len(expected)} open roles match your filters"
    )
    assert NOINDEX in response.content.decode()  # filtered addresses are not indexed


def test_counts_beside_each_option_follow_the_other_filters(client, roles):
    page = soup(board(client))
    assert count_for(page, "role", "peer-trainer") == 1  # the closed and draft trainers: no
    assert count_for(page, "region", "london") == 1
    assert count_for(page, "region", "wales") == 1
    assert count_for(page, "region", "remote") == 2
    assert count_for(page, "organisation", "charity") == 2
    assert count_for(page, "organisation", "nhs_trust") == 1
    assert count_for(page, "adjustment", "questions_in_advance") == 2
    assert count_for(page, "adjustment", "flexible_hours") == 2
    assert count_for(page, "role-closing") == 2
    pay = page.find("select", attrs={"name": "min_pay"})
    pay = {option["value"]: option.get_text(strip=True) for option in pay("option")}
    assert pay == {
        "": "Any rate",
        "15": "£15 an hour (4 roles)",
        "20": "£20 an hour (4 roles)",
        "25": "£25 an hour (2 roles)",
        "30": "£30 an hour (1 role)",
    }  # £40: no role pays it, so it is not offered

    # With charities chosen: the other filters count charities' roles only...
    page = soup(board(client, organisation="charity"))
    assert count_for(page, "region", "wales") == 1
    assert count_for(page, "region", "remote") == 1
    assert count_for(page, "region", "london") is None  # 0 under this filter: not shown
    assert count_for(page, "role", "peer-trainer") is None
    assert count_for(page, "adjustment", "flexible_hours") == 1
    # ...while a filter's own options still count the roles the others allow (OR within it).
    assert count_for(page, "organisation", "nhs_trust") == 1
    assert count_for(page, "organisation", "research") == 1
    assert count_for(page, "organisation", "charity") == 2
    assert page.find("input", id="f-organisation-charity").has_attr("checked")


def test_adjustments_add_up_and_so_do_their_counts(client, roles):
    response = board(client, adjustment="questions_in_advance")
    assert titles(response) == ["London trainer", "Remote researcher"]
    page = soup(response)
    assert count_for(page, "adjustment", "questions_in_advance") == 2
    # Ticking flexible hours as well leaves one role, and its count says so.
    assert count_for(page, "adjustment", "flexible_hours") == 1
    assert titles(board(client, adjustment=["questions_in_advance", "flexible_hours"])) == [
        "Remote researcher"
    ]


def test_a_chosen_option_with_no_roles_stays_so_it_can_be_unchosen(client, roles):
    response = board(client, organisation="charity", region="london")
    page = soup(response)
    assert count_for(page, "region", "london") == 0
    assert page.find("input", id="f-region-london").has_attr("checked")
    assert titles(response) == []
    assert page.select_one(".no-results h3").get_text() == "No open roles match"
    assert page.select_one(".no-results a")["href"] == "/opportunities/"
    # A chosen pay with no roles stays chosen too.
    page = soup(board(client, min_pay="40"))
    chosen = page.find("select", attrs={"name": "min_pay"}).find("option", selected=True)
    assert chosen.get_text(strip=True) == "£40 an hour (0 roles)"
    assert status(page) == "0 open roles match your filters"


def test_a_pay_not_in_the_list_is_kept_and_shown_chosen(client, roles):
    page = soup(board(client, min_pay="22.50"))
    chosen = page.find("select", attrs={"name": "min_pay"}).find("option", selected=True)
    assert chosen.get_text(strip=True) == "£22.50 an hour (2 roles)"
    active = [a.get_text(" ", strip=True) for a in page.select(".active-filters li a")]
    assert active == ["Remove filter pays at least: £22.50 an hour"]


def test_active_filters_have_remove_links(client, roles):
    page = soup(board(client, region=["london", "remote"], closing="soon", page="1"))
    links = {a.get_text(" ", strip=True): a["href"] for a in page.select(".active-filters li a")}
    assert links == {
        "Remove filter region: London": "?region=remote&closing=soon",
        "Remove filter region: Remote (UK-wide)": "?region=london&closing=soon",
        "Remove filter closing: within 7 days": "?region=london&region=remote",
    }
    assert page.find("a", string="Clear all filters")["href"] == "/opportunities/"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"min_pay": "abc"}, "The lowest pay should be a number of pounds an hour"),
        ({"min_pay": "-5"}, "The lowest pay should be a number of pounds an hour"),
        ({"min_pay": "NaN"}, "The lowest pay should be a number of pounds an hour"),
        ({"min_pay": "1e999"}, "The lowest pay should be a number of pounds an hour"),
        ({"region": "unknown"}, "We do not know that region"),
        ({"region": "<script>"}, "We do not know that region"),
        ({"role": "astronaut"}, "We do not know that role type"),
        ({"organisation": "cult"}, "We do not know that kind of organisation"),
        ({"adjustment": "pay_rise"}, "We do not know that adjustment"),
        ({"sort": "x"}, "We do not know that order, so roles closing soonest come first."),
        ({"closing": "maybe"}, "We did not understand the closing filter"),
    ],
)
def test_bad_values_give_a_message_never_an_error(client, roles, params, message):
    response = board(client, **params)
    page = soup(response)
    assert any(notice.startswith(message) for notice in notices(page)), notices(page)
    assert len(titles(response)) == 4  # the bad value is left off: every open role shows
    assert "<script>" not in str(page.select_one(".directory__results"))


def test_a_good_value_beside_a_bad_one_still_filters(client, roles):
    response = board(client, region=["wales", "atlantis"])
    assert titles(response) == ["Wales adviser"]
    assert notices(soup(response)) == [
        "We do not know that region, so it is left out of the filters."
    ]


# --- sorting ----------------------------------------------------------------------------------


def test_featured_roles_come_first_then_closing_soonest(client, make_role):
    make_role("Closes soon", closing_date=in_days(2))
    make_role("Featured, closes later", featured=True, closing_date=in_days(25))
    make_role("Closes next", closing_date=in_days(4))
    response = board(client)
    assert titles(response) == ["Featured, closes later", "Closes soon", "Closes next"]
    first = soup(response).select_one(".role-card")
    assert "role-card--featured" in first["class"]
    assert first.select_one(".role-card__badge").get_text() == "Featured"


def test_sort_by_newest(client, make_role):
    for days_ago, title in ((3, "Three days old"), (0, "Today's"), (10, "Ten days old")):
        role = make_role(title, closing_date=in_days(20 - days_ago))
        OpportunityPage.objects.filter(pk=role.pk).update(
            first_published_at=timezone.now() - timedelta(days=days_ago)
        )
    response = board(client, sort="newest")
    assert titles(response) == ["Today's", "Three days old", "Ten days old"]
    sort = soup(response).find("select", attrs={"name": "sort"}).find("option", selected=True)
    assert sort["value"] == "newest"


def test_sort_by_pay_highest_hourly_first(client, make_role):
    make_role("Hourly £22", pay_amount=Decimal("22"), closing_date=in_days(2))
    make_role("Day £210", pay_amount=Decimal("210"), pay_unit="day")  # £30 an hour
    make_role(
        "Session £100 for 2 hours", pay_amount=Decimal("100"), pay_unit="session"
    )  # £50 an hour
    make_role(
        "Ongoing fixed fee",  # no hourly figure can be worked out
        pay_amount=Decimal("500"),
        pay_unit="fixed",
        sessions=None,
        ongoing=True,
        closing_date=in_days(1),
    )
    assert titles(board(client, sort="pay")) == [
        "Session £100 for 2 hours",
        "Day £210",
        "Hourly £22",
        "Ongoing fixed fee",
    ]


# --- pagination -------------------------------------------------------------------------------


@pytest.fixture
def many_roles(make_role):
    for n in range(PER_PAGE + 3):
        make_role(f"Role {n:02d}", closing_date=in_days(n + 1))


def test_twenty_a_page_with_a_working_page_two(client, many_roles):
    first = board(client)
    assert len(titles(first)) == PER_PAGE == 20
    page = soup(first)
    assert "Page 1 of 2" in page.select_one(".pagination").get_text()
    assert page.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    second = board(client, page=2)
    assert titles(second) == ["Role 20", "Role 21", "Role 22"]
    assert status(soup(second)) == "23 open roles"


def test_page_two_keeps_the_filters(client, many_roles):
    page = soup(board(client, region="remote", sort="closing"))
    assert (
        page.select_one(".pagination a[rel=next]")["href"] == "?region=remote&sort=closing&page=2"
    )
    assert titles(board(client, region="remote", sort="closing", page="2")) == [
        "Role 20",
        "Role 21",
        "Role 22",
    ]


@pytest.mark.parametrize(
    ("number", "first"),
    [
        ("-1", "Role 20"),
        ("0", "Role 20"),
        ("abc", "Role 00"),
        ("2.5", "Role 00"),
        ("", "Role 00"),
        ("99999999999999999999", "Role 20"),
        ("999", "Role 20"),
    ],
)
def test_bad_page_numbers_are_safe(client, many_roles, number, first):
    assert titles(board(client, page=number))[0] == first


# --- the fair-pay label -----------------------------------------------------------------------


def test_cards_say_whether_a_role_meets_leads_fair_pay_rate(client, make_role):
    level = FairPayRateFactory(hourly_rate=Decimal("25.00"))
    make_role("Fair role", activity_level=level, pay_amount=Decimal("30"))
    make_role("Exactly fair", activity_level=level, pay_amount=Decimal("175"), pay_unit="day")
    make_role("Low role", activity_level=level, pay_amount=Decimal("18.50"))
    make_role("Not compared", pay_amount=Decimal("18.50"))  # no level chosen
    make_role(
        "Salaried role",
        activity_level=level,
        pay_amount=Decimal("30000"),
        pay_unit="salary",
        hours_per_session=Decimal("15"),
        sessions=None,
        ongoing=True,
    )
    page = soup(board(client))
    labels = {
        card.select_one(".role-card__title").get_text(strip=True): (
            card.select_one(".fair-pay").get_text(" ", strip=True)
            if card.select_one(".fair-pay")
            else None
        )
        for card in page.select(".role-card")
    }
    assert labels == {
        "Fair role": "✓ At or above LEAD's fair-pay rate",
        "Exactly fair": "✓ At or above LEAD's fair-pay rate",
        "Low role": "Below LEAD's fair-pay rate (£25 an hour)",
        "Not compared": None,
        "Salaried role": None,  # a salary is not compared with sessional rates
    }


def test_a_roles_fair_pay_label_sits_beside_its_pay(client, make_role):
    level = FairPayRateFactory(hourly_rate=Decimal("25.00"))
    role = make_role("Low role", activity_level=level, pay_amount=Decimal("18.50"))
    page = soup(client.get(role.url))
    pay = page.find("dt", string="Pay").find_next_sibling("dd")
    assert (
        pay.select_one(".fair-pay")
        .get_text(" ", strip=True)
        .startswith("Below LEAD's fair-pay rate")
    )
    assert len(page.select(".fair-pay")) == 1


# --- on a narrow screen -----------------------------------------------------------------------


def test_a_link_skips_the_filters_to_the_roles(client, make_role):
    make_role("Any role", closing_date=in_days(2))
    page = soup(board(client))
    skip = page.find("a", string="Skip the filters and go to the roles")
    assert skip["href"] == "#role-results" and page.find(id="role-results").name == "section"
    closing = page.find("input", attrs={"name": "closing"})
    assert closing.find_parent("fieldset").legend.get_text(strip=True) == "Closing date"


# --- the board's cost -------------------------------------------------------------------------


def test_the_board_costs_the_same_queries_for_3_or_20_roles(client, make_role):
    levels = [FairPayRateFactory(), FairPayRateFactory()]
    slugs = ["london", "wales", "scotland", "north-west"]

    def add(start, stop):
        for n in range(start, stop):
            make_role(
                f"Costed role {n:02d}",
                **in_person(slugs[n % 4]),
                role=role_type("speaker" if n % 2 else "mentor"),
                activity_level=levels[n % 2],
                organisation=OrganisationFactory(organisation_type="nhs_trust"),
                featured=n == 1,
            )

    def queries(**params):
        board(client, **params)  # the navigation and the filter options are cached
        with CaptureQueriesContext(connection) as context:
            response = board(client, **params)
        assert response.status_code == 200
        return len(context), len(titles(response))

    add(0, 3)
    few = queries(), queries(region=["london", "remote"], min_pay="20", sort="pay")
    add(3, 20)
    many = queries(), queries(region=["london", "remote"], min_pay="20", sort="pay")
    assert [shown for _n, shown in few] == [3, 1] and [shown for _n, shown in many] == [20, 5]
    assert [n for n, _shown in many] == [n for n, _shown in few]
    assert max(n for n, _shown in many) <= 12


# --- the editors' view of the board -----------------------------------------------------------


def test_the_dashboard_counts_roles_to_review_closing_and_below_fair_pay(
    client, django_user_model, make_role
):
    from django.contrib.auth.models import Group
    from django.urls import reverse
    from wagtail.models import Page

    from home.editorial.roles import MODERATORS
    from membership.applications import submit_for_review

    moderator = django_user_model.objects.create_user("mod", "mod@example.com", "pw-mod-12345")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    level = FairPayRateFactory(hourly_rate=Decimal("25.00"))
    make_role("Closing this week", closing_date=in_days(3))
    make_role("Below fair pay", activity_level=level, pay_amount=Decimal("18"))
    make_role(
        "Closed below fair pay",
        activity_level=level,
        pay_amount=Decimal("18"),
        closing_date=in_days(-1),
    )
    waiting = make_role("Sent for review", live=False)
    submit_for_review(Page.objects.get(pk=waiting.pk).specific)
    client.force_login(moderator)
    response = client.get("/admin/")
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").find(id="network-at-a-glance-section")
    items = {
        item.select_one(".lead-glance__label").get_text(strip=True): item
        for item in panel.select(".lead-glance__item")
    }

    def count(label):
        return items[label].select_one(".lead-glance__count").get_text()

    # One of each, named in the singular.
    assert count("paid role awaiting review") == "1"
    assert items["paid role awaiting review"].a["href"] == reverse("wagtailadmin_reports:workflow")
    assert count("paid role closing this week") == "1"
    assert count("open paid role below the fair-pay rate") == "1"
    listing = client.get(items["paid role closing this week"].a["href"])
    assert listing.status_code == 200
    assert "Closing this week" in listing.content.decode()
    assert "Below fair pay" not in listing.content.decode()

    # The admin listing says which roles wait for review, not just "Draft".
    rows = BeautifulSoup(
        client.get("/admin/opportunities/opportunitypage/").content, "html.parser"
    ).select("tbody tr")
    status = {row.select_one("td").get_text(" ", strip=True): row.get_text(" ", strip=True)
              for row in rows}  # fmt: skip
    assert any("Sent for review" in title and "In review" in text
               for title, text in status.items()), status  # fmt: skip
    assert any("Closing this week" in title and text.endswith("Live")
               for title, text in status.items()), status  # fmt: skip
    # Interest comes only from visitors: editors read it, never make it up.
    interest = client.get("/admin/opportunities/expressionofinterest/").content.decode()
    assert "Interest in roles" in interest
    assert "/admin/opportunities/expressionofinterest/create/" not in interest
    refused = client.get("/admin/opportunities/expressionofinterest/create/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's refusal


def test_the_header_navigation_leads_to_the_board(client, board):
    for url in ("/", "/opportunities/"):
        nav = soup(client.get(url)).select_one("nav.main-nav")
        links = {a["href"]: a.get_text(strip=True) for a in nav.select("a")}
        assert links.get("/opportunities/") == board.title, url
        assert "/blog/" in links or "/about/" in links  # the rest of the navigation is there


def test_a_kept_search_drops_a_role_when_it_closes(client, make_role, clock):
    """Search answers are kept, but only until the end of the UK day: a role closing today
    leaves search at midnight (well within the hour a kept answer may last otherwise)."""
    before_midnight = timezone.make_aware(datetime(2026, 12, 3, 23, 50))
    clock.move_to(before_midnight)
    make_role("Lanternfish last day", closing_date=date(2026, 12, 3))
    found = soup(client.get("/search/", {"q": "lanternfish"}))
    assert "Lanternfish last day" in found.get_text()
    clock.move_to(before_midnight + timedelta(minutes=20))
    found = soup(client.get("/search/", {"q": "lanternfish"}))
    assert "Lanternfish last day" not in found.get_text()
