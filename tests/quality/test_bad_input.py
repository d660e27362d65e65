"""Hostile input to every public parameter: never a 500, and anything echoed is escaped."""

import pytest
from django.conf import settings
from django.test import override_settings

from ..clock import SUITE_NOW
from ..shared_site import module_site
from .bad_input import ALLOWED_HOST, BAD_HOSTS, BAD_VALUES, MARKUP_VALUES
from .registry import (
    FORMS,
    GET_PARAMETERS,
    SIGNED_IN_FORMS,
    SIGNED_IN_GET_PARAMETERS,
    SITE_BUILDERS,
)

GET_CASES = [(url, name) for url, names in GET_PARAMETERS for name in names]
# Every public address the harness knows, an unknown one and the admin, for bad Host headers.
HOST_URLS = sorted({url for url, _ in GET_PARAMETERS} | {"/no-such-page/", "/admin/"})
# As production runs: DEBUG off, one allowed host, anonymous pages cached.
PRODUCTION = {"DEBUG": False, "ALLOWED_HOSTS": [ALLOWED_HOST], "LEAD_PAGE_CACHE_SECONDS": 600}


@pytest.fixture(scope="module")
def every_section(django_db_setup, django_db_blocker):
    """The tests' site with content in every feature's section, so every parameter reaches its
    view: built once for the module (each test's own changes are rolled back after it)."""
    with module_site(django_db_blocker, SUITE_NOW) as home:
        for build in SITE_BUILDERS:
            build(home)
        yield home


def assert_safe(response, value, where):
    assert response.status_code < 500, f"{where} answered {response.status_code}"
    assert response.status_code in {200, 301, 302, 400, 404, 405, 429}, where
    content = response.content.decode(errors="replace")
    if value in MARKUP_VALUES:
        assert value not in content, f"{where} echoed markup"
    assert settings.SECRET_KEY not in content, f"{where} evaluated template syntax"


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "name"), GET_CASES, ids=[f"{u}?{n}" for u, n in GET_CASES])
def test_every_get_parameter_survives_the_corpus(client, every_section, url, name):
    for value in BAD_VALUES:
        response = client.get(url, {name: value})
        assert_safe(response, value, f"GET {url}?{name}={value[:40]!r}")


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "name"), GET_CASES, ids=[f"{u}?{n}" for u, n in GET_CASES])
def test_repeated_parameters(client, every_section, url, name):
    response = client.get(f"{url}?{name}=1&{name}=2&{name}=%3Cb%3E")
    assert_safe(response, "<b>", f"GET {url} with {name} repeated")


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "fields"), FORMS or [pytest.param(None, None, id="no-forms")])
def test_every_form_survives_the_corpus(client, every_section, url, fields):
    if url is None:
        assert FORMS == []  # nothing registered yet: the membership issue adds /join/
        return
    for value in BAD_VALUES:
        response = client.post(url, {field: value for field in fields})
        assert_safe(response, value, f"POST {url} with {value[:40]!r}")


SIGNED_IN_GET_CASES = [
    (url, name, viewer) for url, names, viewer in SIGNED_IN_GET_PARAMETERS for name in names
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "name", "viewer"),
    SIGNED_IN_GET_CASES or [pytest.param(None, None, None, id="none")],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_signed_in_get_parameter_survives_the_corpus(
    client, every_section, url, name, viewer
):
    """Members-only pages, as the member who reaches them (signed out, they only redirect)."""
    if url is None:
        return
    client.force_login(viewer(every_section))
    assert client.get(url).status_code == 200, f"{url}: the control, unfiltered"
    for value in BAD_VALUES:
        response = client.get(url, {name: value})
        assert_safe(response, value, f"GET {url}?{name}={value[:40]!r} (signed in)")
    response = client.get(f"{url}?{name}=1&{name}=2&{name}=%3Cb%3E")
    assert_safe(response, "<b>", f"GET {url} with {name} repeated (signed in)")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "fields", "viewer"),
    SIGNED_IN_FORMS or [pytest.param(None, None, None, id="none")],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_signed_in_form_survives_the_corpus(client, every_section, url, fields, viewer):
    if url is None:
        return
    client.force_login(viewer(every_section))
    assert client.get(url).status_code == 200, f"{url}: the control"
    for value in BAD_VALUES:
        response = client.post(url, {field: value for field in fields})
        assert_safe(response, value, f"POST {url} with {value[:40]!r} (signed in)")


@pytest.mark.django_db
def test_markup_in_the_search_box_is_escaped(client, every_section):
    response = client.get("/search/", {"q": '"><script>alert("lead")</script>'})
    html = response.content.decode()
    assert "&lt;script&gt;" in html
    assert '<script>alert("lead")</script>' not in html


def assert_readable_400(response, where):
    assert response.status_code == 400, f"{where} answered {response.status_code}"
    html = response.content.decode()
    assert "Something was wrong with that request" in html, where
    assert "Need urgent help?" in html, where
    assert "<script>" not in html, where


@pytest.mark.django_db
@pytest.mark.parametrize("url", HOST_URLS)
def test_a_bad_host_header_answers_a_readable_400(client, every_section, url):
    with override_settings(**PRODUCTION):
        # The control: the site's own host is served.
        assert client.get(url, HTTP_HOST=ALLOWED_HOST).status_code in {200, 302, 404}, url
        for host in BAD_HOSTS:
            assert_readable_400(client.get(url, HTTP_HOST=host), f"GET {url} with Host {host!r}")


@pytest.mark.django_db
@pytest.mark.parametrize("url", [url for url, _ in FORMS] or ["/search/"])
def test_a_form_sent_with_a_bad_host_header_answers_a_readable_400(client, every_section, url):
    with override_settings(**PRODUCTION):
        for host in BAD_HOSTS:
            response = client.post(url, {}, HTTP_HOST=host)
            assert_readable_400(response, f"POST {url} with Host {host!r}")
