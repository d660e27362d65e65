"""Small readers for settings that come from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    """A comma-separated list, e.g. ALLOWED_HOSTS=lead.example,www.lead.example."""
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


def env_required(name, hint):
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"{name} is not set. {hint}")
    return value


# SEARCH_BACKEND values and the Wagtail search backend each one uses.
SEARCH_ENGINES = {
    "database": "search.backend",  # SQLite FTS5 or PostgreSQL full text: whichever DATABASE_URL is
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}


def search_backends(environ=None):
    """WAGTAILSEARCH_BACKENDS from SEARCH_BACKEND, SEARCH_URL, SEARCH_INDEX_PREFIX and
    SEARCH_TIMEOUT. The database backend needs nothing else; Elasticsearch and OpenSearch need
    SEARCH_URL (comma-separated; credentials may go in the URL, https://user:password@host)."""
    environ = os.environ if environ is None else environ

    def read(name, default=""):
        return str(environ.get(name, default)).strip()

    name = read("SEARCH_BACKEND").lower() or "database"
    if name not in SEARCH_ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(SEARCH_ENGINES)}, not {name!r}."
        )
    backend = {
        "BACKEND": SEARCH_ENGINES[name],
        "INDEX_PREFIX": read("SEARCH_INDEX_PREFIX", "lead_"),
    }
    if name != "database":
        urls = [url.strip() for url in read("SEARCH_URL").split(",") if url.strip()]
        if not urls:
            raise ImproperlyConfigured(
                f"SEARCH_URL is not set. SEARCH_BACKEND={name} needs the address of the "
                "search server, e.g. https://search.example:9200"
            )
        timeout = read("SEARCH_TIMEOUT") or "5"
        if not timeout.isdigit() or int(timeout) < 1:
            raise ImproperlyConfigured(
                f"SEARCH_TIMEOUT must be a whole number of seconds, not {timeout!r}."
            )
        backend.update(URLS=urls, TIMEOUT=int(timeout), OPTIONS={}, INDEX_SETTINGS={})
    return {"default": backend}
