"""Behind trusted proxies the visitor's own address counts (rate limits, lockouts); a forged
X-Forwarded-For from anyone else changes nothing."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import override_settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from lead.client_ip import ClientAddressMiddleware
from membership.ratelimit import client_address


def seen_address(settings, proxies, remote, forwarded=None):
    settings.LEAD_TRUSTED_PROXIES = proxies
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/", **meta)
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    ClientAddressMiddleware(view)(request)
    return seen["address"]


def test_without_trusted_proxies_the_header_is_ignored(settings):
    assert seen_address(settings, [], "203.0.113.9", "198.51.100.1") == "203.0.113.9"


def test_a_trusted_proxy_passes_on_the_visitors_address(settings):
    assert seen_address(settings, ["10.0.0.0/8"], "10.0.0.5", "198.51.100.7") == "198.51.100.7"


def test_addresses_the_client_wrote_itself_are_not_believed(settings):
    # The visitor sent "X-Forwarded-For: 192.0.2.66" hoping for a fresh allowance; the proxy
    # appended the address it really saw.
    forwarded = "192.0.2.66, 198.51.100.7"
    assert seen_address(settings, ["10.0.0.0/8"], "10.0.0.5", forwarded) == "198.51.100.7"


def test_chains_of_trusted_proxies_are_walked(settings):
    forwarded = "198.51.100.7, 10.1.2.3"
    proxies = ["10.0.0.0/8"]
    assert seen_address(settings, proxies, "10.0.0.5", forwarded) == "198.51.100.7"


@pytest.mark.parametrize("forwarded", ["", "not-an-address", "198.51.100.7, <script>"])
def test_a_missing_or_garbled_header_keeps_the_proxys_address(settings, forwarded):
    assert seen_address(settings, ["10.0.0.0/8"], "10.0.0.5", forwarded) == "10.0.0.5"


def test_a_request_not_from_a_proxy_keeps_its_own_address(settings):
    assert seen_address(settings, ["10.0.0.0/8"], "203.0.113.9", "198.51.100.1") == "203.0.113.9"


@pytest.mark.django_db
def test_join_limits_count_visitors_not_the_proxy(client, settings):
    """Through the whole middleware stack: the address rate limits count is the visitor's."""
    settings.LEAD_TRUSTED_PROXIES = ["10.0.0.0/8"]
    seen = []

    @csrf_exempt
    def echo(request):
        seen.append(client_address(request))
        return HttpResponse()

    urls = type("urls", (), {"urlpatterns": [path("echo/", echo)]})
    with override_settings(ROOT_URLCONF=urls):
        client.post("/echo/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.7")
        client.post("/echo/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert seen == ["198.51.100.7", "198.51.100.8"]
