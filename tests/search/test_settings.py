"""The search backend configuration built from the environment (no search server needed)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from lead.settings.env import search_backends


def test_database_by_default():
    assert search_backends({}) == {
        "default": {"BACKEND": "search.backend", "INDEX_PREFIX": "lead_"}
    }
    assert search_backends({"SEARCH_BACKEND": " Database ", "SEARCH_INDEX_PREFIX": "x_"}) == {
        "default": {"BACKEND": "search.backend", "INDEX_PREFIX": "x_"}
    }


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("elasticsearch8", "wagtail.search.backends.elasticsearch8"),
        ("elasticsearch9", "wagtail.search.backends.elasticsearch9"),
        ("opensearch2", "wagtail.search.backends.opensearch2"),
        ("opensearch3", "wagtail.search.backends.opensearch3"),
    ],
)
def test_elasticsearch_and_opensearch(name, module):
    config = search_backends(
        {
            "SEARCH_BACKEND": name,
            "SEARCH_URL": "https://user:secret@search-1.example:9200, https://search-2.example",
            "SEARCH_INDEX_PREFIX": "lead_prod_",
            "SEARCH_TIMEOUT": "10",
        }
    )
    assert config == {
        "default": {
            "BACKEND": module,
            "URLS": ["https://user:secret@search-1.example:9200", "https://search-2.example"],
            "INDEX_PREFIX": "lead_prod_",
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
    assert (
        search_backends({"SEARCH_BACKEND": name, "SEARCH_URL": "http://es:9200"})["default"][
            "TIMEOUT"
        ]
        == 5
    )


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"SEARCH_BACKEND": "solr"}, "SEARCH_BACKEND must be one of"),
        ({"SEARCH_BACKEND": "elasticsearch8"}, "SEARCH_URL is not set"),
        ({"SEARCH_BACKEND": "opensearch2", "SEARCH_URL": " , "}, "SEARCH_URL is not set"),
        (
            {"SEARCH_BACKEND": "opensearch2", "SEARCH_URL": "http://os:9200",
             "SEARCH_TIMEOUT": "soon"},
            "SEARCH_TIMEOUT must be a whole number",
        ),
    ],
)  # fmt: skip
def test_bad_configuration_fails_loudly(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        search_backends(environ)


def test_every_backend_module_exists():
    import importlib

    from lead.settings.env import SEARCH_ENGINES

    for module in SEARCH_ENGINES.values():
        assert importlib.util.find_spec(module) is not None, module
