"""Hostile input to every public parameter: never a 500, and anything echoed is escaped."""

import pytest
from django.conf import settings

from ..clock import SUITE_NOW
from ..shared_site import module_site
from .bad_input import BAD_VALUES, MARKUP_VALUES
from .registry import FORMS, GET_PARAMETERS, SITE_BUILDERS

GET_CASES = [(url, name) for url, names in GET_PARAMETERS for name in names]


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


@pytest.mark.django_db
def test_markup_in_the_search_box_is_escaped(client, every_section):
    response = client.get("/search/", {"q": '"><script>alert("lead")</script>'})
    html = response.content.decode()
    assert "&lt;script&gt;" in html
    assert '<script>alert("lead")</script>' not in html
