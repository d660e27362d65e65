"""The admin carries LEAD's name and logo, and the editor guide is one click away."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.editorial.roles import EDITORS

pytestmark = pytest.mark.django_db


def test_login_page_is_branded(client):
    html = BeautifulSoup(client.get("/admin/login/").content, "html.parser")
    assert html.h1.get_text(strip=True) == "Sign in to LEAD's editor"
    assert html.select_one(".login-logo img")["src"].endswith("img/favicon.svg")
    assert "Wagtail" not in html.h1.get_text()


def test_admin_pages_carry_the_site_name_and_logo(client, user_in):
    client.force_login(user_in(EDITORS))
    html = client.get("/admin/").content.decode()
    assert "LEAD, the Lived Experience Advisory Directory" in html
    assert "img/favicon.svg" in html


def test_editor_guide_is_in_the_menu_and_covers_the_daily_tasks(client, user_in):
    client.force_login(user_in(EDITORS))
    assert reverse("editor_guide") in client.get("/admin/").content.decode()
    response = client.get(reverse("editor_guide"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    headings = [h.get_text(strip=True) for h in html.select(".lead-guide h2")]
    for task in (
        "Publish a blog post",
        "Add an event",
        "Review a profile",
        "contact request",
        "withdrawal",
        "Safe messaging",
    ):
        assert any(task in heading for heading in headings), task
    assert "Never describe methods" in html.get_text()


def test_the_guide_is_for_the_team_only(client):
    response = client.get(reverse("editor_guide"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
