"""The editors' dashboard lists guides past their next review date, each named and linked to
its edit view, and the Guides listing shows them all with the same filter."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from home.editorial.roles import EDITORS, MODERATORS

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

OVERDUE = "guide past its review date"
OVERDUE_PLURAL = "guides past their review date"


def glance(client):
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = html.find(id="network-at-a-glance-section")
    assert panel is not None
    return {
        item.select_one(".lead-glance__label").get_text(strip=True): item
        for item in panel.select(".lead-glance__item")
    }


def days(n):
    return timezone.localdate() + timedelta(days=n)


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_only_guides_past_their_review_date_are_listed(client, make_guide, group):
    overdue = make_guide("Paying people fairly", last_reviewed=days(-200), next_review_due=days(-1))
    make_guide("Co-production basics", last_reviewed=days(-10), next_review_due=days(170))
    make_guide("Due today", last_reviewed=days(-180), next_review_due=days(0))
    client.force_login(UserFactory(username="team", groups=[group]))
    item = glance(client)[OVERDUE]
    assert item.select_one(".lead-glance__count").get_text() == "1"
    assert "Check it:" in item.get_text()
    links = {a.find(string=True).strip(): a["href"] for a in item.select(".lead-glance__entries a")}
    assert list(links) == ["Paying people fairly"]  # not the guide due today, nor the fresh one
    address = urlsplit(links["Paying people fairly"])
    assert address.path == reverse("wagtailadmin_pages:edit", args=[overdue.pk])
    assert parse_qs(address.query) == {"next": ["/admin/"]}
    assert client.get(links["Paying people fairly"]).status_code == 200


def test_with_nothing_overdue_the_line_says_nothing_to_do(client, make_guide):
    make_guide("Co-production basics", last_reviewed=days(-10), next_review_due=days(170))
    client.force_login(UserFactory(username="team", groups=[EDITORS]))
    item = glance(client)[OVERDUE_PLURAL]
    assert item.select_one(".lead-glance__count").get_text() == "0"
    assert "Nothing to do" in item.get_text()
    assert "Co-production basics" not in item.get_text()


def test_a_draft_guide_past_review_is_listed_too(client, make_guide):
    make_guide(
        "Unpublished but stale", live=False, last_reviewed=days(-300), next_review_due=days(-30)
    )
    make_guide("Live and stale", last_reviewed=days(-300), next_review_due=days(-3))
    client.force_login(UserFactory(username="team", groups=[EDITORS]))
    item = glance(client)[OVERDUE_PLURAL]
    assert item.select_one(".lead-glance__count").get_text() == "2"
    names = [a.find(string=True).strip() for a in item.select(".lead-glance__entries a")]
    assert names == ["Unpublished but stale", "Live and stale"]  # the longest overdue first


def test_the_guides_listing_filters_to_the_overdue_ones(client, make_guide):
    make_guide("Paying people fairly", last_reviewed=days(-200), next_review_due=days(-1))
    make_guide("Co-production basics", last_reviewed=days(-10), next_review_due=days(170))
    make_guide("Recruiting leaders", last_reviewed=days(-170), next_review_due=days(10))
    client.force_login(UserFactory(username="team", groups=[EDITORS]))
    listing = reverse("guides_guidepage_modeladmin_index")

    def titles(**params):
        response = client.get(listing, params)
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        return {a.get_text(strip=True) for a in html.select("td.title a, td.field-title a")}

    guides = {"Paying people fairly", "Co-production basics", "Recruiting leaders"}
    assert titles() & guides == guides
    assert titles(review="overdue") & guides == {"Paying people fairly"}
    assert titles(review="soon") & guides == {"Recruiting leaders"}
