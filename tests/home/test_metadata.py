"""Titles, descriptions, canonical URLs, share tags and structured data."""

import json

import pytest
from bs4 import BeautifulSoup

from home.models import SiteSettings


def head_of(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").head


def meta(head, **attrs):
    tag = head.find("meta", attrs=attrs)
    return tag["content"] if tag else None


@pytest.mark.django_db
def test_description_falls_back_to_intro_and_prefers_search_description(client, home_page):
    head = head_of(client, "/about/")
    assert head.title.get_text() == "About LEAD | LEAD: Lived Experience Advisory Directory"
    intro = "Who we are, what we stand for and how the network is run."
    assert meta(head, name="description") == intro
    assert meta(head, property="og:description") == intro

    about = home_page.get_children().get(slug="about").specific
    about.search_description = "Written for search engines."
    about.seo_title = "About the network"
    about.save_revision().publish()
    head = head_of(client, "/about/")
    assert meta(head, name="description") == "Written for search engines."
    assert meta(head, property="og:title") == "About the network"


@pytest.mark.django_db
def test_canonical_opengraph_and_twitter(client, home_page):
    head = head_of(client, "/privacy/")
    canonical = head.find("link", rel="canonical")["href"]
    assert canonical.endswith("/privacy/") and canonical.startswith("http")
    assert meta(head, property="og:url") == canonical
    assert meta(head, property="og:type") == "website"
    assert meta(head, property="og:image").endswith(".png")
    assert meta(head, name="twitter:card") == "summary_large_image"
    assert head.find("link", rel="icon")["href"].endswith("favicon.svg")


@pytest.mark.django_db
def test_organization_json_ld_on_home_only(client, home_page):
    head = head_of(client, "/")
    data = json.loads(head.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == "LEAD: Lived Experience Advisory Directory"
    assert data["email"] == "hello@lead.example"
    about = head_of(client, "/about/")
    assert about.title.get_text().startswith("About LEAD")  # the about page's own head
    assert about.find("script", type="application/ld+json") is None


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_script(client, home_page):
    site_settings = SiteSettings.objects.get()
    site_settings.organisation_name = "</script><script>alert(1)</script>"
    site_settings.save()
    html = client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in html
    head = BeautifulSoup(html, "html.parser").head
    data = json.loads(head.find("script", type="application/ld+json").string)
    assert data["name"] == "</script><script>alert(1)</script>"
