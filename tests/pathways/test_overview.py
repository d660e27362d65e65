"""The pathways overview: the steps as an ordered list drawn as a path, in the order editors
arranged them, each linking to its page; no script needed; only live, public steps."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from pathways.models import PathwayIndexPage, PathwayStepPage

pytestmark = pytest.mark.django_db


def test_the_overview_lists_live_steps_in_order_as_a_path(client, overview, make_step):
    first = make_step("Peer support worker", intro="Walking alongside people.")
    make_step("Draft step", live=False)
    make_step("Signed-in step", restricted=True)
    second = make_step("Board member")
    html = BeautifulSoup(client.get("/pathways/").content, "html.parser")
    path = html.select_one("ol.pathway")
    steps = path.find_all("li", recursive=False)
    assert [li.h3.a["href"] for li in steps] == [first.url, second.url]
    assert steps[0].h3.get_text() == "Step 1: Peer support worker"
    assert "Walking alongside people." in steps[0].get_text()
    # The numbers are drawn for sight; the list's order and the hidden words say it in text.
    assert steps[1].select_one(".pathway__number")["aria-hidden"] == "true"
    assert "Draft step" not in html.get_text() and "Signed-in step" not in html.get_text()
    assert html.find("script", src=lambda s: s and "pathway" in s) is None


def test_an_empty_overview_says_so(client, overview):
    html = BeautifulSoup(client.get("/pathways/").content, "html.parser")
    assert html.h1.get_text() == "Career pathways"
    assert "There are no steps here yet." in html.get_text()


def test_the_overview_is_in_the_header_navigation(client, overview):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    assert html.find("a", href="/pathways/") is not None


class TestTree(WagtailPageTestCase):
    def test_where_the_pages_go(self):
        self.assertCanCreateAt(HomePage, PathwayIndexPage)
        self.assertAllowedSubpageTypes(PathwayIndexPage, {PathwayStepPage})
        self.assertAllowedSubpageTypes(PathwayStepPage, set())
        self.assertAllowedParentPageTypes(PathwayStepPage, {PathwayIndexPage})
