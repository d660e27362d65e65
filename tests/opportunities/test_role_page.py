"""A role's page: what it pays worked out, the guide to benefits, how to apply, the private
contact address kept private, JobPosting structured data and the sharing tags."""

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from network.models import Region, Role
from opportunities.models import OpportunityIndexPage

from ..clock import FIXED_NOW
from ..factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def job_posting(response):
    scripts = soup(response).find_all("script", type="application/ld+json")
    postings = [json.loads(script.string) for script in scripts]
    postings = [data for data in postings if data.get("@type") == "JobPosting"]
    assert len(postings) == 1, postings
    return postings[0]


def what_this_pays(response):
    section = soup(response).find(id="what-this-pays").find_parent("section")
    lines = [li.get_text(strip=True) for li in section.find("ul")("li")]
    total = section.find("p").get_text(strip=True) if section.find("p").strong else None
    return lines, total


def in_person(slug):
    return {"work_mode": "in_person", "region": Region.objects.get(slug=slug)}


# --- what this pays ---------------------------------------------------------------------------


def test_what_this_pays_works_out_the_whole_commitment(client, make_role):
    role = make_role(
        "Panel with preparation",
        preparation_hours=Decimal("1.5"),
        expenses_travel=True,
        expenses_care=True,
    )
    response = client.get(role.url)
    assert what_this_pays(response) == (
        [
            "Each session: 2 hours at £30 an hour = £60",
            "Paid preparation: 1.5 hours at £30 an hour = £45 a session",
            "6 sessions × £105 = £630",
        ],
        "In all: £630, plus expenses.",
    )
    facts = soup(response).find(id="what-this-pays").find_parent("section").find("dl")
    assert "Travel, Care costs (children or someone you care for)" in facts.get_text()
    assert "Payroll" in facts.get_text()  # the ways to be paid
    assert "Within 30 days of each session" in facts.get_text()


@pytest.mark.parametrize(
    ("fields", "lines", "total"),
    [
        (
            {"pay_amount": Decimal("140"), "pay_unit": "day", "sessions": 4},
            ["Each session: £140", "4 sessions × £140 = £560"],
            "In all: £560.",
        ),
        (
            {"pay_amount": Decimal("450"), "pay_unit": "fixed"},
            [
                "A fixed fee of £450 for the whole role",
                "That is about £37.50 an hour for the hours stated",
            ],
            "In all: £450.",
        ),
        (
            {"pay_amount": Decimal("25"), "pay_amount_max": Decimal("30")},
            ["Each session: 2 hours at £25 an hour = £50", "6 sessions × £50 = £300"],
            "In all: at least £300.",  # worked out at the bottom of the range
        ),
        (
            {"sessions": None, "ongoing": True},
            [
                "Each session: 2 hours at £30 an hour = £60",
                "£60 for each session, for as long as it runs",
            ],
            None,  # no end, so no total
        ),
        (
            {
                "pay_amount": Decimal("30000"),
                "pay_unit": "salary",
                "hours_per_session": Decimal("15"),
                "sessions": None,
                "ongoing": True,
            },
            [
                "£30,000 a year full-time (37.5 hours a week); "
                "for 15 hours a week that is £12,000 a year"
            ],
            None,
        ),
    ],
)
def test_what_this_pays_for_each_kind_of_pay(client, make_role, fields, lines, total):
    role = make_role("Paid role", **fields)
    assert what_this_pays(client.get(role.url)) == (lines, total)


def test_a_pay_range_says_its_sums_use_the_lowest_pay(client, make_role):
    ranged = make_role("Ranged role", pay_amount=Decimal("25"), pay_amount_max=Decimal("30"))
    section = soup(client.get(ranged.url)).find(id="what-this-pays").find_parent("section")
    assert "These sums use the lowest pay in the range (£25 to £30 per hour)" in (
        section.get_text(" ", strip=True)
    )
    single = make_role("Single rate role", pay_amount=Decimal("25"))
    section = soup(client.get(single.url)).find(id="what-this-pays").find_parent("section")
    assert "lowest pay in the range" not in section.get_text()


# --- the guide to payments and benefits -------------------------------------------------------


def test_the_benefits_note_links_to_the_boards_guide(client, board, make_role, make_page):
    guide = make_page("Payments and benefits")
    OpportunityIndexPage.objects.filter(pk=board.pk).update(benefits_guide=guide)
    role = make_role("Guided role")
    note = soup(client.get(role.url)).find(id="what-this-pays").find_parent("section")
    note = note.find("p", class_="notice")
    assert note.get_text(" ", strip=True).startswith("Payments can affect welfare benefits")
    link = note.find("a")
    assert link.get_text() == "Read our guide to payments and benefits"
    assert link["href"] == guide.url == "/payments-and-benefits/"


@pytest.mark.parametrize("guide_state", ["none", "draft"])
def test_no_guide_link_without_a_published_guide(client, board, make_role, make_page, guide_state):
    if guide_state == "draft":
        guide = make_page("Unpublished guide", live=False)
        OpportunityIndexPage.objects.filter(pk=board.pk).update(benefits_guide=guide)
    role = make_role("Unguided role")
    note = soup(client.get(role.url)).find("p", class_="notice")
    assert note.get_text(" ", strip=True) == (
        "Payments can affect welfare benefits such as Universal Credit. Before you apply, talk "
        "to an independent adviser if you are unsure."
    )
    assert note.find("a") is None


# --- how to apply -----------------------------------------------------------------------------


def test_apply_through_lead(client, make_role):
    role = make_role(
        "Interest role",
        organisation=OrganisationFactory(name="Harbour Trust"),
        apply_notes="A short conversation, not a formal interview.",
    )
    section = soup(client.get(role.url)).find(id="role-apply").find_parent("section")
    button = section.find("a", class_="button")
    assert button.get_text() == "Express interest through LEAD"
    assert button["href"] == f"{role.url}interest/"
    text = section.get_text(" ", strip=True)
    assert "We pass your message on to Harbour Trust; they reply to you directly." in text
    assert "A short conversation, not a formal interview." in text
    assert client.get(button["href"]).status_code == 200  # the form is there


def test_apply_on_the_organisations_site(client, make_role):
    role = make_role(
        "Linked role",
        organisation=OrganisationFactory(name="Harbour Trust"),
        how_to_apply="link",
        apply_url="https://harbour.example/jobs/42",
    )
    section = soup(client.get(role.url)).find(id="role-apply").find_parent("section")
    button = section.find("a", class_="button")
    assert button.get_text() == "Apply on Harbour Trust's website"
    assert button["href"] == "https://harbour.example/jobs/42"
    assert "Express interest through LEAD" not in section.get_text()
    assert client.get(f"{role.url}interest/").status_code == 404


def test_the_organisations_private_email_never_appears(client, make_role):
    organisation = OrganisationFactory(
        name="Quiet Harbour Trust",
        website="https://quiet-harbour.example/",
        contact_email="private-roles-inbox@quiet-harbour.example",
    )
    role = make_role("Quiet role", summary="A lanternfish panel.", organisation=organisation)
    for url in (
        role.url,
        "/opportunities/",
        "/",
        "/search/?q=lanternfish",
        "/opportunities/feed/rss/",
        "/opportunities/feed/atom/",
    ):
        body = client.get(url).content.decode()
        assert "Quiet" in body, url  # the role and its organisation are there
        assert "private-roles-inbox" not in body, url
        assert "private-roles-inbox" not in body.replace("&#64;", "@"), url
    assert job_posting(client.get(role.url))["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Quiet Harbour Trust",
        "sameAs": "https://quiet-harbour.example/",
    }


# --- JobPosting structured data ---------------------------------------------------------------


def test_job_posting_for_an_in_person_role(client, make_role, clock):
    clock.move_to(FIXED_NOW)  # the exact dates below, on whatever day the suite runs
    role = make_role(
        "Peer trainer, London",
        **in_person("london"),
        role=Role.objects.get(slug="peer-trainer"),
        organisation=OrganisationFactory(name="Harbour Trust"),
        closing_date=date(2026, 12, 18),
    )
    data = job_posting(client.get(role.url))
    assert data["@context"] == "https://schema.org"
    assert data["title"] == "Peer trainer, London"
    assert data["description"] == "<p>What the role involves.</p>"
    assert data["datePosted"] == "2026-12-04"
    assert data["validThrough"] == "2026-12-18T23:59:59+00:00"
    assert data["employmentType"] == "PART_TIME"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Harbour Trust"}
    assert data["url"] == f"http://testserver{role.url}"
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressCountry": "GB", "addressRegion": "London"},
    }
    assert "jobLocationType" not in data and "applicantLocationRequirements" not in data
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "GBP",
        "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 30.0},
    }


def test_job_posting_for_a_remote_role(client, make_role):
    role = make_role("Remote adviser")
    data = job_posting(client.get(role.url))
    assert data["title"] == "Remote adviser"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "United Kingdom"}
    assert "jobLocation" not in data


def test_job_posting_for_a_hybrid_role_gives_both(client, make_role):
    role = make_role("Hybrid adviser", work_mode="hybrid", region=Region.objects.get(slug="wales"))
    data = job_posting(client.get(role.url))
    assert data["jobLocation"]["address"]["addressRegion"] == "Wales"
    assert data["jobLocationType"] == "TELECOMMUTE"


@pytest.mark.parametrize(
    ("fields", "value", "employment"),
    [
        ({"pay_amount": Decimal("30")}, {"unitText": "HOUR", "value": 30.0}, "PART_TIME"),
        (
            {"pay_amount": Decimal("25"), "pay_amount_max": Decimal("30")},
            {"unitText": "HOUR", "minValue": 25.0, "maxValue": 30.0},
            "PART_TIME",
        ),
        (
            {"pay_amount": Decimal("175"), "pay_unit": "day"},
            {"unitText": "DAY", "value": 175.0},
            "PART_TIME",
        ),
        (
            {"pay_amount": Decimal("140"), "pay_amount_max": Decimal("175"), "pay_unit": "day"},
            {"unitText": "DAY", "minValue": 140.0, "maxValue": 175.0},
            "PART_TIME",
        ),
        (
            {
                "pay_amount": Decimal("32000"),
                "pay_unit": "salary",
                "hours_per_session": Decimal("37.5"),
                "sessions": None,
                "ongoing": True,
            },
            {"unitText": "YEAR", "value": 32000.0},
            "FULL_TIME",
        ),
        (
            {
                "pay_amount": Decimal("32000"),
                "pay_unit": "salary",
                "hours_per_session": Decimal("15"),
                "sessions": None,
                "ongoing": True,
            },
            {"unitText": "YEAR", "value": 32000.0},
            "PART_TIME",  # pro rata, 15 hours a week
        ),
        # Units schema.org does not know are given by the hour.
        (
            {"pay_amount": Decimal("100"), "pay_unit": "session"},
            {"unitText": "HOUR", "value": 50.0},
            "PART_TIME",
        ),
        (
            {
                "pay_amount": Decimal("100"),
                "pay_amount_max": Decimal("150"),
                "pay_unit": "session",
            },
            {"unitText": "HOUR", "minValue": 50.0, "maxValue": 75.0},
            "PART_TIME",
        ),
        (
            {"pay_amount": Decimal("105"), "pay_unit": "half_day"},
            {"unitText": "HOUR", "value": 30.0},
            "PART_TIME",
        ),
    ],
)
def test_job_posting_pay(client, make_role, fields, value, employment):
    role = make_role("Paid role", **fields)
    data = job_posting(client.get(role.url))
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "GBP",
        "value": {"@type": "QuantitativeValue", **value},
    }
    assert data["employmentType"] == employment


@pytest.mark.parametrize(
    ("closing", "valid_through"),
    [
        (date(2027, 7, 15), "2027-07-15T23:59:59+01:00"),  # summer time
        (date(2026, 10, 25), "2026-10-25T23:59:59+00:00"),  # the clocks went back that day
        (date(2027, 3, 28), "2027-03-28T23:59:59+01:00"),  # the clocks went forward that day
    ],
)
def test_valid_through_is_the_end_of_the_closing_day_in_uk_time(
    client, make_role, clock, closing, valid_through
):
    clock.move_to(datetime(closing.year, closing.month, closing.day, 9, tzinfo=UTC))
    role = make_role("Seasonal role", closing_date=closing)
    data = job_posting(client.get(role.url))
    assert data["validThrough"] == valid_through
    # The moment after it, the role is closed.
    clock.move_to(datetime.fromisoformat(valid_through) + timedelta(seconds=1))
    page = soup(client.get(role.url))
    assert page.find("script", type="application/ld+json") is None
    assert page.select_one(".event-status").get_text(strip=True).startswith("This role closed")


def test_date_posted_is_the_uk_date(client, make_role, clock):
    clock.move_to(datetime(2026, 6, 30, 23, 30, tzinfo=UTC))  # 00:30 on 1 July in the UK
    role = make_role("Posted after midnight", closing_date=date(2026, 7, 20))
    assert timezone.localdate() == date(2026, 7, 1)
    assert job_posting(client.get(role.url))["datePosted"] == "2026-07-01"


# --- sharing ----------------------------------------------------------------------------------


def test_open_graph_tags(client, make_role):
    role = make_role("Shared role", summary="Co-design a crisis service, paid fairly.")
    page = soup(client.get(role.url))

    def meta(**attrs):
        return page.find("meta", attrs=attrs)["content"]

    assert meta(property="og:title") == "Shared role"
    assert meta(property="og:description") == "Co-design a crisis service, paid fairly."
    assert meta(name="description") == "Co-design a crisis service, paid fairly."
    assert meta(property="og:url") == f"http://testserver{role.url}"
    assert page.title.get_text().startswith("Shared role |")
