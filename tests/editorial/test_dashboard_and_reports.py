"""The admin dashboard's panels and the editor reports: each shows work to do and links to it."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from home.editorial.roles import EDITORS, MODERATORS
from membership.models import ContactRequest
from network.models import ProfilePage

from ..factories import make_post

pytestmark = pytest.mark.django_db


def glance(client):
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = html.find(id="network-at-a-glance-section")
    assert panel is not None
    return {
        item.select_one(".lead-glance__label").get_text(strip=True): item
        for item in panel.select(".lead-glance__item")
    }


def test_at_a_glance_counts_profiles_and_posts_awaiting_review(client, user_in, make_profile, blog):
    moderator = user_in(MODERATORS)
    profile = make_profile("Waiting Member", live=False)
    post = make_post(blog, "Waiting post", live=False)
    for page in (profile, post):
        page = Page.objects.get(pk=page.pk).specific
        page.get_workflow().start(page, user_in(EDITORS, username=f"ed-{page.pk}"))
    client.force_login(moderator)
    items = glance(client)
    # A count of one reads in the singular; none, in the plural.
    for label in ("profile awaiting review", "post awaiting review"):
        assert items[label].select_one(".lead-glance__count").get_text() == "1"
        assert items[label].a["href"] == reverse("wagtailadmin_reports:workflow")
    assert items["posts scheduled to go live"].select_one(".lead-glance__count").get_text() == "0"
    assert "Nothing to do" in items["posts scheduled to go live"].get_text()


def test_charts_are_svg_with_a_text_alternative(client, user_in, make_profile):
    make_profile("North One", region="north-west")
    make_profile("North Two", region="north-west")
    make_profile("Draft Three", region="london", live=False)
    client.force_login(user_in(EDITORS))
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    charts = html.find(id="network-charts-section")
    svg = charts.find("figure").find("svg")
    assert svg["role"] == "img"
    labelled = svg["aria-labelledby"].split()
    assert all(html.find(id=ident) for ident in labelled)
    regions = charts.find("figure").find("table")
    rows = {tr.th.get_text(): tr.td.get_text() for tr in regions.tbody.find_all("tr")}
    assert rows == {"North West": "2"}  # live profiles only
    assert "North West: 2" in charts.find("desc").get_text()
    months = charts.find_all("figure")[1].find("tbody").find_all("tr")
    assert len(months) == 12 and months[-1].td.get_text() == "2"


def test_profiles_without_consent_report(client, user_in, make_profile):
    make_profile("Consented Person")
    missing = make_profile("Unconsented Person", live=False, consent_given_at=None)
    client.force_login(user_in(MODERATORS))
    response = client.get(reverse("profiles_without_consent"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Unconsented Person" in text and "Consented Person" not in text
    assert f"/admin/pages/{missing.pk}/edit/" in text
    # It is on the dashboard too.
    items = glance(client)
    missing_count = ProfilePage.objects.filter(consent_given_at__isnull=True).count()
    label = "profile" if missing_count == 1 else "profiles"
    assert items[f"{label} without a consent record"].select_one(
        ".lead-glance__count"
    ).get_text() == str(missing_count)


def test_missing_descriptions_report(client, user_in, make_page):
    bare = make_page("Bare page", intro="")
    make_page("Described page", intro="A summary.")
    make_page("Promoted page", intro="", search_description="For search engines.")
    client.force_login(user_in(EDITORS))
    response = client.get(reverse("missing_descriptions"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Bare page" in text and f"/admin/pages/{bare.pk}/edit/" in text
    assert "Described page" not in text and "Promoted page" not in text


def test_reports_are_in_the_reports_menu(client, user_in):
    client.force_login(user_in(MODERATORS))
    html = client.get("/admin/").content.decode()
    assert reverse("missing_descriptions") in html
    assert reverse("profiles_without_consent") in html


def test_at_a_glance_counts_contact_requests_awaiting_action(client, user_in, make_profile):
    profile = make_profile("Contacted Member")
    for status in ("new", "new", "forwarded"):
        ContactRequest.objects.create(
            profile=profile,
            sender_name="Sam Sender",
            sender_email="sam@example.org",
            purpose="speaking",
            message="Would you speak at our event?",
            status=status,
        )
    client.force_login(user_in(EDITORS))
    item = glance(client)["contact requests awaiting action"]
    assert item.select_one(".lead-glance__count").get_text() == "2"
    response = client.get(item.a["href"])
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    assert len(rows) == 2  # the new requests only, ready to act on
