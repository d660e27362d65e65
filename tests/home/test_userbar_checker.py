"""Editors' in-page accessibility checker runs the WCAG 2.2 AA rule set."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.admin.userbar import (
    AccessibilityItem,
    ContentCheckerItem,
    EditPageItem,
    Userbar,
)

from home.wagtail_hooks import WCAG_22_AA_TAGS, run_full_accessibility_checks


def axe_config(html):
    soup = BeautifulSoup(html, "html.parser")
    script = soup.find("script", id="checker-axe-configuration")
    assert script is not None, "the userbar's checker configuration is missing"
    return json.loads(script.string)


@pytest.mark.django_db
def test_live_page_checker_runs_wcag_22_aa(client, home_page, admin_user):
    client.force_login(admin_user)
    config = axe_config(client.get("/about/").content)
    assert config["options"]["runOnly"] == WCAG_22_AA_TAGS
    assert config["options"]["rules"]["alt-text-quality"] == {"enabled": True}


@pytest.mark.django_db
def test_anonymous_visitors_get_no_userbar(client, home_page):
    html = client.get("/about/").content.decode()
    assert "<h1>About LEAD</h1>" in html and "Who we are" in html  # the page itself
    assert "checker-axe-configuration" not in html
    assert "w-userbar" not in html


@pytest.mark.django_db
def test_preview_checker_runs_wcag_22_aa(rf, home_page, admin_user):
    """The editor's preview panel renders the userbar with only the checker; same rules."""
    request = rf.get("/about/")
    request.user = admin_user
    request.in_preview_panel = True
    about = home_page.get_children().get(slug="about").specific
    html = Userbar(object=about).render_html({"request": request})
    assert axe_config(html)["options"]["runOnly"] == WCAG_22_AA_TAGS


def test_every_checker_item_is_replaced(rf):
    items = [
        AccessibilityItem(),
        ContentCheckerItem(in_editor=True),
        EditPageItem.__new__(EditPageItem),
    ]
    run_full_accessibility_checks(rf.get("/"), items, None)
    assert [item.get_axe_run_only(None) for item in items[:2]] == [WCAG_22_AA_TAGS] * 2
    assert items[1].in_editor is True
    assert isinstance(items[2], EditPageItem)
