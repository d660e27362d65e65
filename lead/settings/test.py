"""The test suite: fast hashing, mail kept in memory, DATABASE_URL / REDIS_URL still honoured
so CI runs the same tests on SQLite and on PostgreSQL + Redis."""

from .base import *  # noqa: F403
from .env import env_str

DEBUG = False
SECRET_KEY = "lead-test-secret-key-not-for-use-anywhere-else"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
if REDIS_URL:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = env_str("CACHE_KEY_PREFIX", "lead-test")  # noqa: F405
