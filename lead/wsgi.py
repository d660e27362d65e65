"""WSGI entry point (gunicorn lead.wsgi). Uses production settings unless told otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lead.settings.production")

application = get_wsgi_application()

from lead.warmup import warm_up  # noqa: E402 (needs the settings and apps set up above)

warm_up()
