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


# FRONTEND_CACHE_BACKEND values: the Wagtail backend and the environment variables it needs.
FRONTEND_CACHE_ENGINES = {
    "http": (
        "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        {"LOCATION": "FRONTEND_CACHE_URL"},
    ),
    "cloudflare": (
        "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        {"BEARER_TOKEN": "CLOUDFLARE_API_TOKEN", "ZONEID": "CLOUDFLARE_ZONE_ID"},
    ),
    "cloudfront": (
        "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        {"DISTRIBUTION_ID": "CLOUDFRONT_DISTRIBUTION_ID"},
    ),
}


def frontend_cache_backends(environ=None):
    """WAGTAILFRONTENDCACHE from FRONTEND_CACHE_BACKEND (http for Varnish or nginx purging,
    cloudflare, cloudfront) and that backend's variables; empty (nothing to purge) when unset."""
    environ = os.environ if environ is None else environ
    name = str(environ.get("FRONTEND_CACHE_BACKEND", "")).strip().lower()
    if not name:
        return {}
    if name not in FRONTEND_CACHE_ENGINES:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be one of {', '.join(FRONTEND_CACHE_ENGINES)}, "
            f"not {name!r}."
        )
    backend, variables = FRONTEND_CACHE_ENGINES[name]
    config = {"BACKEND": backend}
    for option, variable in variables.items():
        value = str(environ.get(variable, "")).strip()
        if not value:
            raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND={name} needs {variable}.")
        config[option] = value
    return {"default": config}


def media_storage(environ=None):
    """STORAGES["default"] for uploaded files: the local MEDIA_ROOT, or, when
    AWS_STORAGE_BUCKET_NAME is set, an S3-compatible bucket through django-storages (AWS S3,
    MinIO, Ceph, DigitalOcean Spaces...; `pip install -e ".[s3]"`). Credentials come from the
    usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables, read by boto3 itself."""
    environ = os.environ if environ is None else environ

    def read(name, default=""):
        return str(environ.get(name, default)).strip()

    bucket = read("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "file_overwrite": False,  # two uploads with one name never replace each other
        "default_acl": None,  # the bucket's own policy decides who may read
        "querystring_auth": read("AWS_QUERYSTRING_AUTH", "false").lower() in {"1", "true", "yes"},
    }
    for option, variable in (
        ("region_name", "AWS_S3_REGION_NAME"),
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("location", "AWS_LOCATION"),
    ):
        if read(variable):
            options[option] = read(variable)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def private_media_storage(environ=None):
    """The store for private files (lead/private_media.py): PRIVATE_MEDIA_ROOT, or, with a
    bucket, the "private/" folder of AWS_PRIVATE_STORAGE_BUCKET_NAME (by default the media
    bucket itself). Written with a private ACL, addressed without the CDN's domain and only
    through signed URLs; the bucket's policy must not let anyone else read that folder."""
    environ = os.environ if environ is None else environ

    def read(name, default=""):
        return str(environ.get(name, default)).strip()

    bucket = read("AWS_PRIVATE_STORAGE_BUCKET_NAME") or read("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "lead.private_media.PrivateFileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "location": "/".join(part for part in (read("AWS_LOCATION").strip("/"), "private") if part),
        "file_overwrite": False,
        "default_acl": "private",
        "querystring_auth": True,
        "custom_domain": None,
    }
    for option, variable in (
        ("region_name", "AWS_S3_REGION_NAME"),
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
    ):
        if read(variable):
            options[option] = read(variable)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
