"""The visitor's own address when LEAD runs behind proxies (a load balancer, nginx, a CDN).

Rate limits, sign-in lockouts (django-axes) and the access log read REMOTE_ADDR. Behind a proxy
that is the proxy's address, so every visitor would share one allowance. TRUSTED_PROXIES lists
the proxies' addresses or networks; when a request comes from one of them, the address its
X-Forwarded-For names is used instead: reading from the right, the first address that is not
itself a trusted proxy (anything further left was written by the client and could be forged).
With TRUSTED_PROXIES empty (the default) the header is ignored, so nobody can pick an address.
"""

import ipaddress

from django.conf import settings


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.proxies = [
            ipaddress.ip_network(network, strict=False)
            for network in getattr(settings, "LEAD_TRUSTED_PROXIES", [])
        ]

    def _trusted(self, address):
        return address is not None and any(address in network for network in self.proxies)

    def __call__(self, request):
        if self.proxies and self._trusted(_address(request.META.get("REMOTE_ADDR", ""))):
            hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            for hop in reversed(hops):
                address = _address(hop)
                if address is None:
                    break  # a garbled header: keep the proxy's address
                if not self._trusted(address):
                    request.META["REMOTE_ADDR"] = str(address)
                    break
        return self.get_response(request)
