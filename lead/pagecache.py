"""Whole pages cached for anonymous visitors, in the shared cache (Redis in production).

One site-wide *generation* token decides what is fresh. Anything that can change a public page
(publish, unpublish, move, delete, privacy rules, site settings, taxonomies, snippets, images)
replaces the token, so every stored page, on every server, is stale at once: a new post shows on
/blog/, on the home page and on its category pages straight away. Publishing is rare next to
reading, so rebuilding the cache after a publish costs little, and no listing can be forgotten.

A page is served from or stored in the cache only when it is the same for everyone:
- GET or HEAD, outside the admin, accounts, search (it logs queries) and the health check;
- no session or messages cookie (signed-in members, editors, previews, password-protected pages
  and pending messages all carry one);
- a 200 answer that sets no cookie, did not use a CSRF token (pages with forms) and is not
  marked private or no-store (members-only and restricted pages are).

A stored page is compressed once, when it is stored, and sent compressed to every client that
accepts gzip (browsers do), so a hit costs no compression and a quarter of the bytes; the few
clients that do not accept it get it decompressed. Every stored answer varies on
Accept-Encoding. Only what this cache stores is compressed, and it stores no page with a CSRF
token or anything personal, so no secret is ever compressed beside text an attacker chose
(BREACH). Pages it does not store leave the middleware as they came.
"""

import functools
import gzip
import hashlib
import logging
import threading
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from lead.cache import retry_lost_clear
from lead.features import Feature

logger = logging.getLogger(__name__)

GENERATION_KEY = "lead:pagecache:generation"
HEADER = "X-Lead-Cache"
# Headers a stored copy never replays: cookies belong to one visitor; the length is the sent
# body's, set when it is sent.
UNSTORED_HEADERS = {"set-cookie", "content-length"}
MAX_BYTES = 5 * 1024 * 1024
GZIP_LEVEL = 6  # what proxies use: nearly level 9's size for a fraction of its time
MIN_GZIP_BYTES = 200  # below this gzip's own header and trailer eat what it saves


def seconds():
    return settings.LEAD_PAGE_CACHE_SECONDS


def current_generation(create=True):
    """The token stored pages must carry to be fresh (made anew if the cache lost it)."""
    token = cache.get(GENERATION_KEY)
    if token is None and create:
        token = uuid.uuid4().hex
        # add(): if another server made one first, use theirs.
        if not cache.add(GENERATION_KEY, token, None):
            token = cache.get(GENERATION_KEY) or token
    return token


# Set when this process could not store a new token (Redis unreachable: lead.cache answers a
# lost write with False). Pages stored before the outage still carry the old token, so without
# a retry they would be served again once Redis is back, for up to PAGE_CACHE_SECONDS.
_lost_invalidation = threading.Event()


def _bump():
    if cache.set(GENERATION_KEY, uuid.uuid4().hex, None) is False:
        _lost_invalidation.set()
    else:
        _lost_invalidation.clear()


def invalidate(**kwargs):
    """Make every stored page stale, now and again once the transaction commits (so a server
    that renders the old content between the two cannot keep it)."""
    _bump()
    transaction.on_commit(_bump)


def _retry_lost_writes():
    """Before trusting anything stored, do the clearing or invalidation an outage swallowed (a
    no-op costing nothing while lead.cache still knows Redis is down)."""
    retry_lost_clear()
    if _lost_invalidation.is_set():
        _bump()


def _page_key(request):
    """The stored page's key. It includes today's date in UK time, so nothing stored on one day
    is served the next: what depends on the date (a role past its closing date, "upcoming"
    events) never outlives midnight."""
    today = timezone.localdate()  # TIME_ZONE, Europe/London: nothing activates another
    location = f"{today.isoformat()}|{request.get_host()}{request.get_full_path()}"
    # v2: stored compressed. Copies an older release stored are never read.
    return "lead:page:v2:" + hashlib.sha256(location.encode()).hexdigest()


def _cache_applies(request):
    return request.method in ("GET", "HEAD") and not any(
        request.path.startswith(prefix) for prefix in settings.LEAD_PAGE_CACHE_SKIP_PATHS
    )


def _accepts_gzip(request):
    """Whether Accept-Encoding names gzip without refusing it (q=0)."""
    for coding in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = coding.partition(";")
        if name.strip().lower() == "gzip":
            weight = params.strip().lower().removeprefix("q=")
            try:
                return not weight or float(weight) > 0
            except ValueError:
                return False  # a garbled weight: not a clear yes
    return False


def _visitor_is_anonymous(request):
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies)


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page rendered a CSRF token: a form
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    return len(response.content) <= MAX_BYTES


class PageCacheMiddleware:
    """Serve and store anonymous pages (see the module docstring). Each request costs one cache
    round trip: the generation token and the stored page are read together."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _retry_lost_writes()  # fragments ({% wagtailcache %}) follow the token too
        timeout = seconds()
        if not timeout or not _cache_applies(request):
            return self.get_response(request)
        if not _visitor_is_anonymous(request):
            response = self.get_response(request)
            response[HEADER] = "bypass"
            return response

        key = _page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        stored = found.get(key)
        if stored and stored["generation"] == generation:
            return self._replay(stored, request)

        response = self.get_response(request)
        if not _response_is_cacheable(request, response):
            response[HEADER] = "bypass"
            return response
        self._add_frontend_cache_headers(response)
        stored = self._store(response, generation)
        cache.set(key, stored, timeout)
        return self._send(response, stored, request, "miss", plain=response.content)

    @staticmethod
    def _store(response, generation):
        headers = [
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in UNSTORED_HEADERS
        ]
        body, encoding = response.content, ""
        if len(body) >= MIN_GZIP_BYTES and not response.has_header("Content-Encoding"):
            packed = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            if len(packed) < len(body):
                body, encoding = packed, "gzip"
        # Only 200 answers are stored (_response_is_cacheable), so no status is kept.
        return {"generation": generation, "headers": headers, "body": body, "encoding": encoding}

    @classmethod
    def _replay(cls, stored, request):
        response = HttpResponse()
        for name, value in stored["headers"]:
            response[name] = value
        return cls._send(response, stored, request, "hit")

    @staticmethod
    def _send(response, stored, request, state, plain=None):
        """`response` carrying the stored page in the coding the client takes: compressed if
        it takes gzip, otherwise as rendered (`plain`, or the stored copy decompressed)."""
        body, encoding = stored["body"], stored["encoding"]
        if encoding and not _accepts_gzip(request):
            body, encoding = (gzip.decompress(body) if plain is None else plain), ""
        response.content = body
        if encoding:
            response["Content-Encoding"] = encoding
            # A validator names one representation: the compressed body is another, equal
            # only weakly (If-None-Match on GET compares weakly, so readers still get 304).
            etag = response.get("ETag", "")
            if etag.startswith('"'):
                response["ETag"] = "W/" + etag
        response["Content-Length"] = str(len(body))
        patch_vary_headers(response, ["Accept-Encoding"])
        response[HEADER] = state
        if request.method == "HEAD":
            response.content = b""
        return response

    @staticmethod
    def _add_frontend_cache_headers(response):
        """With a CDN in front (FRONTEND_CACHE_SECONDS), let it keep the anonymous copy too;
        publishing purges it through wagtail.contrib.frontend_cache."""
        cdn_seconds = settings.LEAD_FRONTEND_CACHE_SECONDS
        if cdn_seconds:
            patch_cache_control(response, public=True, max_age=0, s_maxage=cdn_seconds)


# What changes public pages. Page saves are left to the publishing signals: a draft saved in the
# editor changes nothing the public sees. Every other model of an app that declares a Feature
# (lead/features.py) changes what pages show (settings, taxonomies, authors, occurrences…), except
# the records its declaration names private. Of the libraries' models, these do:
LIBRARY_MODELS = {"taggit", "wagtailimages", "wagtaildocs"}
IGNORED_MODELS = {"wagtailimages.rendition"}
WAGTAIL_CORE_MODELS = {"pageviewrestriction", "site", "collectionviewrestriction", "collection"}


@functools.cache
def _changes_public_pages(sender):
    """Asked on every save and delete of any record; the answer is fixed per model, so it is
    worked out once."""
    meta = sender._meta
    if issubclass(sender, Page) or meta.label_lower in IGNORED_MODELS:
        return False
    if meta.app_label == "wagtailcore":
        return meta.model_name in WAGTAIL_CORE_MODELS
    if meta.app_label in LIBRARY_MODELS:
        return True
    config = apps.app_configs.get(meta.app_label)  # None for Django's own migration records
    feature = getattr(config, "feature", None)
    if not isinstance(feature, Feature):
        return False
    return meta.label_lower not in {label.lower() for label in feature.private_models}


def _on_model_change(sender, **kwargs):
    if _changes_public_pages(sender):
        invalidate()


def _on_relation_change(sender, action, **kwargs):
    """A many-to-many change (a mentor's topics, say) saves no record of the model holding it:
    its link table's rows count as a change of that model."""
    owner = sender._meta.auto_created or sender
    if action.startswith("post_") and _changes_public_pages(owner):
        invalidate()


def purge_listings_from_frontend_cache(instance, **kwargs):
    """Wagtail's frontend_cache purges a published page's own addresses from the CDN; the pages
    that list it are its ancestors (the section index, the home page): purge those too."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    purge_pages_from_cache(instance.get_ancestors().filter(depth__gt=1).specific())


def connect():
    """Called once at start-up (HomeConfig.ready). Receivers are module functions, so Django
    keeps each once however often this runs."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate)
    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings_from_frontend_cache)
    post_save.connect(_on_model_change)
    # Deleting a live page unpublishes it first (Wagtail's pre_delete handler): page_unpublished.
    post_delete.connect(_on_model_change)
    m2m_changed.connect(_on_relation_change)
