"""Security headers: a strict Content-Security-Policy on the public site, a looser one only in
the admin, the other headers everywhere, previews still frameable, HSTS in production only."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.test import Client, override_settings
from wagtail.embeds.models import Embed
from wagtail.models import Site

from ..factories import build_showcase

ROOT = Path(__file__).resolve().parents[2]

# The pages build_showcase() makes, with every optional part filled in.
PUBLIC_PAGES = {
    "home": "/",
    "blog post": "/blog/why-lived-experience-belongs-on-boards/",
    "directory": "/network/",
    "profile": "/network/rowan-hale/",
    "search": "/search/?q=network",
    "event": "/events/peer-leadership-circle/",
    "role": "/opportunities/lived-experience-adviser/",
    "join": "/join/",
    "sign in": "/account/login/",
}
EMBED_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]


def parse_csp(header):
    """A Content-Security-Policy header as {directive: [sources]}."""
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


def policy(response):
    """The response's Content-Security-Policy; fails if there is none."""
    assert "Content-Security-Policy" in response, "no Content-Security-Policy header"
    return parse_csp(response["Content-Security-Policy"])


@pytest.fixture(scope="module")
def public_responses(django_db_setup, django_db_blocker):
    """Each public page as an anonymous visitor receives it, with one page of every type.

    Built once for the module inside a transaction that is rolled back, so no other test sees
    the content."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_showcase(Site.objects.get(is_default_site=True).root_page)
        cache.clear()
        client = Client()
        responses = {path: client.get(path) for path in PUBLIC_PAGES.values()}
        transaction.set_rollback(True)
    cache.clear()
    return responses


@pytest.fixture
def public_page(public_responses):
    def _get(path):
        response = public_responses[path]
        assert response.status_code == 200, path
        return response

    return _get


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_pages_are_served_under_the_strict_policy(public_page, path):
    csp = policy(public_page(path))
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["media-src"] == ["'self'"]
    assert csp["frame-src"] == ["'self'", *EMBED_ORIGINS]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp.get("connect-src", ["'self'"]) == ["'self'"]  # default-src covers it
    # Outside production, the site may be served over plain HTTP (runserver, the browser tests).
    assert "upgrade-insecure-requests" not in csp
    for sources in csp.values():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*"} & set(sources)
        assert not any(source.startswith("'nonce-") for source in sources)


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_pages_send_the_other_security_headers(public_page, path):
    response = public_page(path)
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture"):
        assert features[feature] == "()", feature
    assert features["fullscreen"] == "(self " + " ".join(f'"{o}"' for o in EMBED_ORIGINS) + ")"
    assert "Strict-Transport-Security" not in response  # plain HTTP, and not production


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_pages_need_nothing_the_strict_policy_blocks(public_page, path):
    """No inline script (JSON-LD data blocks apart), inline style or event-handler attribute."""
    html = BeautifulSoup(public_page(path).content, "html.parser")
    for script in html.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json", script
        if script.get("type") == "application/ld+json":
            json.loads(script.string)  # data, and well-formed
    assert html.find_all("style") == []
    for element in html.find_all(True):
        assert "style" not in element.attrs, element.name
        assert not [name for name in element.attrs if name.startswith("on")], element.name


def test_a_not_found_page_gets_the_strict_policy_even_next_to_the_admin(client, home_page):
    response = client.get("/administration-but-not-the-admin/")
    assert response.status_code == 404
    assert policy(response)["script-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_video_embeds_take_their_shape_from_classes_not_inline_styles(db):
    """Wagtail's own embed template adds style="padding-bottom: ..."; the site's does not."""

    def embed(width, height):
        return Embed.objects.create(
            url=f"https://www.youtube.com/watch?v={width}x{height}",
            max_width=None,
            type="video",
            html=f'<iframe src="https://www.youtube-nocookie.com/embed/x" width="{width}" '
            f'height="{height}" allowfullscreen title="A clip"></iframe>',
            width=width,
            height=height,
            hash=f"{width}x{height}",
        )

    shapes = {
        (640, 360): [],
        (640, 480): ["responsive-object--4x3"],
        (360, 640): ["responsive-object--9x16"],
    }
    for (width, height), extra in shapes.items():
        html = BeautifulSoup(
            render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed(width, height)}),
            "html.parser",
        )
        wrapper = html.find("div")
        assert wrapper["class"] == ["responsive-object", *extra]
        assert "style" not in wrapper.attrs
        assert html.find("iframe")["src"].startswith("https://www.youtube-nocookie.com/")


def test_media_and_embed_origins_come_from_the_environment():
    """CSP_MEDIA_ORIGINS (object storage or a CDN) widens images and media, nothing else;
    CSP_EMBED_ORIGINS replaces the video players that may be framed and go fullscreen."""
    headers = production_headers(
        CSP_MEDIA_ORIGINS="https://media.lead.example, https://cdn.example",
        CSP_EMBED_ORIGINS="https://player.vimeo.com",
    )
    csp = parse_csp(headers["Content-Security-Policy"])
    origins = ["https://media.lead.example", "https://cdn.example"]
    assert csp["img-src"] == ["'self'", "data:", *origins]
    assert csp["media-src"] == ["'self'", *origins]
    assert csp["frame-src"] == ["'self'", "https://player.vimeo.com"]
    assert csp["script-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert 'fullscreen=(self "https://player.vimeo.com")' in headers["Permissions-Policy"]


# --- The admin --------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, home_page, django_user_model):
    """Signed in as an account in the Editors group."""
    from django.contrib.auth.models import Group

    from home.editorial.roles import EDITORS

    editor = django_user_model.objects.create_user("test-editor", "editor@example.com", "pw-1234")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/django-admin/login/"])
def test_the_admin_gets_its_own_looser_policy(editor_client, path):
    response = editor_client.get(path)
    assert response.status_code == 200, path
    csp = policy(response)
    # What the admin's inline scripts and styles need.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    # A superuser's dashboard checks for Wagtail upgrades.
    assert csp["connect-src"] == ["'self'", "https://releases.wagtail.org"]
    # Nothing more: no eval, no plugins, not frameable by other sites.
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_admin_sign_in_page_gets_the_admin_policy_and_the_public_site_does_not(client, db):
    admin = policy(client.get("/admin/login/"))
    assert "'unsafe-inline'" in admin["script-src"]
    public = policy(client.get("/account/login/"))
    assert public["script-src"] == ["'self'"]


def test_a_page_preview_can_be_framed_by_the_admin(editor_client, make_page):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    page = make_page("Preview me", intro="Published intro.")
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "An unpublished change to the intro.",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    url = f"/admin/pages/{page.pk}/edit/preview/"
    assert editor_client.post(url, data).json()["is_valid"]
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "An unpublished change to the intro." in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


# --- HSTS --------------------------------------------------------------------------------------


def test_no_hsts_outside_production(client, home_page):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response


@override_settings(SECURE_HSTS_SECONDS=3600, SECURE_HSTS_INCLUDE_SUBDOMAINS=False)
def test_hsts_follows_its_settings(client, home_page):
    assert client.get("/", secure=True)["Strict-Transport-Security"] == "max-age=3600"
    assert "Strict-Transport-Security" not in client.get("/")  # never over plain HTTP


# Runs the security middlewares, configured by lead.settings.production, around a bare view:
# what a browser receives over HTTPS in production, without needing its database.
PRODUCTION_HEADERS = """
import json
import django
django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from django.middleware.security import SecurityMiddleware
from django_permissions_policy import PermissionsPolicyMiddleware
from lead.security import LeadCSPMiddleware
stack = SecurityMiddleware(LeadCSPMiddleware(PermissionsPolicyMiddleware(lambda r: HttpResponse())))
response = stack(RequestFactory().get("/", secure=True, HTTP_HOST="lead.example"))
print(json.dumps(dict(response.headers)))
"""


def production_headers(**env):
    environ = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "lead.settings.production",
        "SECRET_KEY": "a-long-random-production-key-" + "x7Q2pLm9Zr4" * 4,
        "ALLOWED_HOSTS": "lead.example",
        **env,
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PRODUCTION_HEADERS],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_sends_hsts_for_a_year_and_upgrades_insecure_requests():
    headers = production_headers()
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"].split("; ")
    assert "script-src 'self'" in headers["Content-Security-Policy"].split("; ")


def test_production_can_skip_the_upgrade_when_tried_over_plain_http():
    headers = production_headers(CSP_UPGRADE_INSECURE_REQUESTS="false")
    assert "upgrade-insecure-requests" not in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"].split("; ")


def test_production_hsts_is_configured_from_the_environment():
    headers = production_headers(SECURE_HSTS_SECONDS="600", SECURE_HSTS_PRELOAD="true")
    assert headers["Strict-Transport-Security"] == "max-age=600; includeSubDomains; preload"
    headers = production_headers(SECURE_HSTS_SECONDS="0")
    assert "Strict-Transport-Security" not in headers
