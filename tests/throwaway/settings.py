"""The test settings with the throwaway "podcasts" feature app installed beside the others."""

from lead.settings.test import *  # noqa: F403
from lead.settings.test import DATABASES, INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS]
INSTALLED_APPS.insert(INSTALLED_APPS.index("search"), "tests.throwaway.podcasts")
# Its own test database beside the main run's (PostgreSQL in CI).
DATABASES["default"].setdefault("TEST", {})["NAME"] = (
    None if "sqlite" in DATABASES["default"]["ENGINE"] else "test_lead_throwaway"
)
