"""sitemap.xml, robots.txt, favicon and the error pages."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from ..sitemaps import sitemap_text


@pytest.mark.django_db
def test_sitemap_lists_live_public_pages_only(client, home_page, make_page):
    make_page("Published news", slug="published-news")
    make_page("Unfinished draft", slug="unfinished-draft", live=False)
    make_page("Members only", slug="members-only", restricted=True)
    body = sitemap_text(client)
    for slug in ["about", "privacy", "accessibility", "published-news"]:
        assert f"/{slug}/</loc>" in body
    assert "unfinished-draft" not in body
    assert "members-only" not in body


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


@pytest.mark.django_db
def test_unknown_url_gives_the_styled_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="skip-link"' in html
    assert "Need urgent help?" in html
    assert 'name="robots" content="noindex"' in html


def test_500_page_renders_without_the_database():
    # No django_db mark: pytest-django raises on any database access, so this proves none happens.
    request = RequestFactory().get("/")
    response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert "116 123" in html


@pytest.mark.django_db
def test_admin_login_page_is_served(client, home_page):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert b"Sign in" in response.content


@pytest.mark.django_db
def test_favicon_redirects_to_the_svg(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")
