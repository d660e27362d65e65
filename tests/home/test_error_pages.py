"""Every error page renders from fixed text: with no database (pytest-django refuses any query
in a test without the django_db mark) and for a request whose Host header is itself the error,
each still shows what went wrong and where to get urgent help."""

import pytest
from django.core.exceptions import DisallowedHost, PermissionDenied
from django.db import OperationalError
from django.http import Http404
from django.test import RequestFactory, override_settings
from django.views import csrf, defaults

from lead.views import server_error


def server_error_with(exception):
    """The 500 handler as Django calls it: while `exception` is being handled."""

    def view(request):
        try:
            raise exception
        except type(exception):
            return server_error(request)

    return view


ERROR_PAGES = {
    "400": (lambda r: defaults.bad_request(r, DisallowedHost("evil")), 400, "Something was wrong"),
    "403": (lambda r: defaults.permission_denied(r, PermissionDenied()), 403, "cannot see this"),
    "403 form": (lambda r: csrf.csrf_failure(r), 403, "That form could not be sent"),
    "404": (lambda r: defaults.page_not_found(r, Http404()), 404, "Page not found"),
    "500": (server_error_with(ValueError("bug")), 500, "Sorry, something went wrong"),
    "503": (server_error_with(OperationalError("gone")), 503, "Sorry, something went wrong"),
}


@pytest.mark.parametrize("name", sorted(ERROR_PAGES))
@override_settings(DEBUG=False, ALLOWED_HOSTS=["lead.example"])
def test_error_pages_render_without_the_database_or_the_host(name):
    view, status, heading = ERROR_PAGES[name]
    request = RequestFactory().get("/", HTTP_HOST="evil.example")
    response = view(request)
    assert response.status_code == status
    html = response.content.decode()
    assert heading in html
    assert "116 123" in html and 'class="skip-link"' in html
    assert '<meta name="robots" content="noindex">' in html
