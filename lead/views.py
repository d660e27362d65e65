"""Small site-wide views that are not pages: robots.txt."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from lead.addresses import absolute


@require_GET
@cache_control(max_age=60 * 60, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        "",
        f"Sitemap: {absolute(reverse('sitemap'), request)}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The static 500 page for any unhandled error; but 503 with Retry-After when the database
    could not be reached (a restart or a failover), so load balancers, crawlers and feed readers
    know to come back shortly rather than treat the page as broken."""
    body = loader.get_template("500.html").render()
    response = HttpResponseServerError(body)
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response.status_code = 503
        response["Retry-After"] = "30"
    return response
