"""WSGI entry point (gunicorn lead.wsgi). Uses production settings unless told otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lead.settings.production")

application = get_wsgi_application()
