"""The test suite: fast hashing, mail tasks run at once and kept in memory, DATABASE_URL /
REDIS_URL still honoured so CI runs the same tests on SQLite and on PostgreSQL + Redis."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .env import env_str

# The tests of seeding and the benchmark run devtools' commands (never installed in production).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
DEBUG = False
SECRET_KEY = "lead-test-secret-key-not-for-use-anywhere-else"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail tasks run at once, after the commit (lead.mail.later), into Django's test outbox; a
# test of the worker switches TASKS["mail"] to the database (tests/mail.py).
TASKS = {
    **TASKS,  # noqa: F405
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
LEAD_EMAIL_TRANSPORT = "django.core.mail.backends.locmem.EmailBackend"
# The browser suite's server runs in another process: it writes its outbox to files the tests
# read (tests/browser/conftest.py).
if env_str("TEST_OUTBOX_DIR"):
    LEAD_EMAIL_TRANSPORT = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env_str("TEST_OUTBOX_DIR")
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "private-media" / "test"  # noqa: F405
if REDIS_URL:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = env_str("CACHE_KEY_PREFIX", "lead-test")  # noqa: F405
    # Tests clear the cache between tests (Redis FLUSHDB), so each pytest-xdist worker gets its
    # own Redis database: gw0 uses the URL's database + 1, gw1 + 2, and so on.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw"):
        url = urlsplit(REDIS_URL)  # noqa: F405
        database = int(url.path.strip("/") or 0) + 1 + int(worker[2:])
        CACHES["default"]["LOCATION"] = urlunsplit(url._replace(path=f"/{database}"))  # noqa: F405
