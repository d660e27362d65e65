"""Local development: debug on, a throwaway secret key, email to the console (of the mail
worker that `make run` starts beside the server)."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

# Seeding at scale and the benchmark (`manage.py seed_scale`, `manage.py bench`): development
# only, never installed by production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

DEBUG = env_bool("DEBUG", True)
# Development only: production refuses to start without a real SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY") or "django-insecure-lead-development-only"  # noqa: S105
