"""Local development: debug on, a throwaway secret key, email to the console."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
# Development only: production refuses to start without a real SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY") or "django-insecure-lead-development-only"  # noqa: S105
