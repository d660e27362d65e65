"""Behind trusted proxies the visitor's own address counts (rate limits, lockouts); a forged
X-Forwarded-For from anyone else changes nothing."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from lead.client_ip import ClientAddressMiddleware
from network.models import ProfilePage


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


def test_a_proxy_range_written_with_its_host_bits_is_read_as_its_network(settings):
    # "10.1.2.3/8" as an operator might copy it from an interface: the whole 10.0.0.0/8.
    assert seen_address(settings, ["10.1.2.3/8"], "10.9.9.9", "198.51.100.7") == "198.51.100.7"


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
def test_join_limits_count_visitors_not_the_proxy(client, settings, application):
    """Through the whole stack, real applications to /join/ behind a trusted proxy: the limit
    counts each visitor (not the proxy they share), and a visitor at the limit gains nothing
    by writing another address into X-Forwarded-For, through the proxy or around it."""
    settings.LEAD_TRUSTED_PROXIES = ["10.0.0.0/8"]  # read when the client's stack is built
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "join": (2, 3600)}
    proxy, visitor, neighbour, forged = "10.0.0.5", "198.51.100.7", "198.51.100.8", "192.0.2.66"

    def join(n, forwarded_for, remote=proxy):
        data = application(display_name=f"Person {n}", email=f"p{n}@example.com")
        meta = {"REMOTE_ADDR": remote, "HTTP_X_FORWARDED_FOR": forwarded_for}
        return client.post("/join/", data, **meta).status_code

    assert [join(1, visitor), join(2, visitor), join(3, visitor)] == [302, 302, 429]
    assert join(4, neighbour) == 302  # the same proxy, another visitor: a whole allowance
    # The proxy appends the address it saw to whatever the visitor sent.
    assert join(5, f"{forged}, {visitor}") == 429
    # Straight to the server, from an address that is not a proxy.
    assert join(6, forged, remote=visitor) == 429
    joined = set(ProfilePage.objects.values_list("title", flat=True))
    assert {"Person 1", "Person 2", "Person 4"} <= joined
    assert not joined & {"Person 3", "Person 5", "Person 6"}


def test_a_site_without_the_setting_trusts_no_proxy(settings):
    """LEAD_TRUSTED_PROXIES left out of a settings module: the middleware still starts, and a
    forwarded address is ignored."""
    del settings.LEAD_TRUSTED_PROXIES
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.7")
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    ClientAddressMiddleware(view)(request)
    assert seen["address"] == "10.0.0.5"


def test_a_request_with_no_address_or_no_header_is_answered(settings):
    """A request that reached Django without REMOTE_ADDR (some servers and test clients), or
    from a trusted proxy that sent no X-Forwarded-For, is served with what it has."""
    settings.LEAD_TRUSTED_PROXIES = ["10.0.0.0/8"]
    seen = {}

    def view(request):
        seen["address"] = request.META.get("REMOTE_ADDR")
        return HttpResponse("ok")

    anonymous = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="198.51.100.7")
    del anonymous.META["REMOTE_ADDR"]
    assert ClientAddressMiddleware(view)(anonymous).content == b"ok"
    assert seen["address"] is None  # a forged header does not give it one

    from_proxy = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5")
    assert ClientAddressMiddleware(view)(from_proxy).content == b"ok"
    assert seen["address"] == "10.0.0.5"  # the proxy's own, as nothing was forwarded
