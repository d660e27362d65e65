"""The guides' demo content: both sections, their guides with review dates and sources, one
guide past its review date, and the home page's "For organisations" section, loaded once."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_demo_has_both_sections_with_guides_that_render(client, full_demo_site):
    sections = {s.slug: s for s in GuideIndexPage.objects.live()}
    assert set(sections) == {"for-organisations", "for-members"}
    assert sections["for-organisations"].show_in_menus
    assert not sections["for-members"].show_in_menus
    for section in sections.values():
        guides = section.guides()
        assert guides.exists(), section.slug
        listing = BeautifulSoup(client.get(section.url).content, "html.parser")
        titles = [a.get_text() for a in listing.select(".guide-card__title a")]
        for guide in guides:
            assert guide.title in titles
            html = BeautifulSoup(client.get(guide.url).content, "html.parser")
            assert html.h1.get_text() == guide.title
            assert html.select_one(".guide-summary li") is not None, guide.url
            assert html.select(".guide-contents a"), guide.url
            assert html.select(".guide__sources li"), guide.url
            assert "Next review due" in html.select_one(".guide-review").get_text()
    assert GuidePage.objects.overdue().live().exists()  # the dashboard has one to show
    assert GuidePage.objects.live().exclude(pk__in=GuidePage.objects.overdue()).exists()
    related = GuidePage.objects.get(slug="paying-people-fairly").related()
    assert related and all(g.live for g in related)


def test_the_home_page_points_organisations_to_the_directory_and_guides(client, full_demo_site):
    home = HomePage.objects.get()
    assert [b.block_type for b in home.body].count("for_organisations") == 1
    html = BeautifulSoup(client.get("/").content, "html.parser")
    section = html.find("section", attrs={"aria-labelledby": "for-organisations-heading"})
    assert section.h2.get_text() == "For organisations"
    hrefs = [a["href"] for a in section.select("a")]
    assert hrefs[:2] == ["/network/", "/for-organisations/"]


def test_loading_the_demo_twice_adds_nothing(full_demo_site):
    before = (GuidePage.objects.count(), HomePage.objects.get().latest_revision_id)
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert (GuidePage.objects.count(), HomePage.objects.get().latest_revision_id) == before
    assert GuideIndexPage.objects.count() == 2
