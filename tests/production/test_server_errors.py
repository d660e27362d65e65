"""Unhandled errors get the static 500 page; a database that cannot be reached (a restart, a
failover) gets the same page as a 503 with Retry-After, so clients come back shortly."""

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import path

from lead import urls as site_urls


def database_gone(request):
    raise OperationalError("connection refused")


def bug(request):
    raise ValueError("a bug")


urlpatterns = [path("database-gone/", database_gone), path("bug/", bug)]
handler500 = site_urls.handler500


@pytest.fixture
def client_without_raising(settings):
    settings.ROOT_URLCONF = __name__
    return Client(raise_request_exception=False)


def test_database_unavailable_is_503_with_retry_after(client_without_raising):
    response = client_without_raising.get("/database-gone/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Please try again in a few minutes" in response.content.decode()
    assert "connection refused" not in response.content.decode()


def test_other_errors_stay_500(client_without_raising):
    response = client_without_raising.get("/bug/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Sorry, something went wrong" in response.content.decode()
    assert "a bug" not in response.content.decode()
