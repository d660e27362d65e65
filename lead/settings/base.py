"""Settings shared by every environment. Values that differ between deployments come from
the environment (see the table in README.md); dev.py, test.py and production.py adjust the rest."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .env import (
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_backends,
    media_storage,
    private_media_storage,
    search_backends,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "network",
    "blog",
    "events",
    # Before membership: its header link ("Members' space") comes before "Your account".
    "members",
    "membership",
    # Before opportunities: its demo builds the guide sections the calculator and pledge sit in.
    "guides",
    "opportunities",
    # After the directory and the board: a step lists their profiles and roles.
    "pathways",
    "search",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks",
    "django_tasks_db",  # the mail queue's table and its worker, `manage.py db_worker`
    "csp",  # only for its system checks (e.g. settings left in the pre-4.0 format)
]

MIDDLEWARE = [
    # First, so its access record (LOG_REQUESTS) times everything below it.
    "lead.request_log.RequestLogMiddleware",
    # The visitor's address behind trusted proxies (TRUSTED_PROXIES), for rate limits and axes.
    "lead.client_ip.ClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Security headers on every response, cached pages and static files included (see below).
    "lead.security.LeadCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 for feeds and calendar files the reader already has, stored copies included
    # (lead/conditional.py): above the page cache.
    "lead.conditional.ConditionalGetMiddleware",
    # View restrictions read once per request, not at every .public() (lead/view_restrictions.py).
    "lead.view_restrictions.ViewRestrictionsMiddleware",
    # Anonymous visitors' pages from the shared cache, before sessions and CSRF (lead/pagecache.py).
    "lead.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# --- Security headers --------------------------------------------------------------------------
# Every environment (dev, tests, the browser tests' server, production) runs under the same
# policies, so a template that breaks them fails long before it reaches production.
#
# Content-Security-Policy (django-csp 4). The public site is strict: no inline script or style,
# no eval, no nonces (anonymous pages are cached whole, so a nonce would be shared by everyone).
# JSON-LD <script type="application/ld+json"> blocks are data, which CSP does not block.
# CSP_MEDIA_ORIGINS: where uploaded images and media are served from when not this site (an S3
# bucket or CDN), e.g. https://media.lead.example. CSP_EMBED_ORIGINS: the video players that
# editors' embeds may frame (fullscreen is allowed for them too).
LEAD_CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
if env_str("AWS_S3_CUSTOM_DOMAIN"):  # media on S3 behind its own domain: allowed without asking
    LEAD_CSP_MEDIA_ORIGINS.append(f"https://{env_str('AWS_S3_CUSTOM_DOMAIN')}")
LEAD_CSP_EMBED_ORIGINS = env_list(
    "CSP_EMBED_ORIGINS",
    ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *LEAD_CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *LEAD_CSP_MEDIA_ORIGINS],
        "frame-src": ["'self'", *LEAD_CSP_EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail shows page previews in a same-origin iframe.
        "frame-ancestors": ["'self'"],
        "upgrade-insecure-requests": False,  # production.py turns it on
    },
}
# The Wagtail admin (and its previews) and the Django admin render inline scripts and styles;
# these sources are added to the policy above on those paths only (lead/security.py).
LEAD_ADMIN_CSP_PATHS = ["/admin/", "/django-admin/"]
LEAD_ADMIN_CSP_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    # A superuser's dashboard asks Wagtail's release server whether an upgrade is out.
    "connect-src": ["'self'", "https://releases.wagtail.org"],
}
# A feed opened in a browser is drawn by an XSLT stylesheet (home/feeds.py). Chromium then adds
# its own notice that XSLT is going away, built with inline styles and an inline click handler
# (its close button), which the strict policy would block, leaving the notice unstyled over the
# page and impossible to close. On XML responses only (lead/security.py), exactly those
# attribute values are allowed, by hash: nothing else inline runs or styles. If a Chromium update
# changes the notice, tests/browser/test_feeds_in_browser.py fails: the console messages give
# the styles' new hashes; a handler's hash is the base64 SHA-256 of its text.
LEAD_FEED_CSP_ADDITIONS = {
    "style-src-attr": [
        "'unsafe-hashes'",
        "'sha256-k7We2NkL52dzxJ7Onuayib0w0pIae+gF2hnqjj9zNCY='",  # the notice's box
        "'sha256-/3RHWtS7UXAcmJ7lSnklScB2fo7FSVHjVnJfEDpBmZs='",  # its links
        "'sha256-wigbdYYtFNuCCF2AjANk4urC670LJtVGgGmNcceTXJY='",  # "never show" label
        "'sha256-Vc6YdsPwJmyOyOWY3K0+DEFqLyvNxfsrADVC0UvQkxI='",  # its checkbox
        "'sha256-V2GycOVmq9EBDz8q16MG+o/Q8CCO+BnfgeyYK/ij3Tc='",  # the close button
    ],
    "script-src-attr": [
        "'unsafe-hashes'",
        # The close button's onclick: this.getRootNode().host.remove();
        "'sha256-TXA+6usvAyONGFuiE99/kgV7JxYXAtQaottQ4sJDSIw='",
    ],
}
# No Gravatar in the admin: it would send a hash of each editor's email address to a third party
# (and need an exception in the policy). Editors can upload their own avatar in Account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Permissions-Policy (django-permissions-policy): powerful features nothing on the site uses are
# switched off for the page and anything it frames; fullscreen stays for the video players.
PERMISSIONS_POLICY = {
    **dict.fromkeys(
        [
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ],
        [],
    ),
    "fullscreen": ["self", *LEAD_CSP_EMBED_ORIGINS],
}
# Django's SecurityMiddleware; HSTS and the HTTPS redirect are set in production.py.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# X-Frame-Options is only for old browsers (frame-ancestors above replaces it). DENY, as
# `check --deploy` asks: Wagtail's preview views answer SAMEORIGIN themselves, so previews still
# show in the editor.
X_FRAME_OPTIONS = "DENY"
# -------------------------------------------------------------------------------------------------

ROOT_URLCONF = "lead.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "lead.wsgi.application"

# DATABASE_URL picks the database; without it, an SQLite file in the project.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A PostgreSQL that accepts connections but does not answer (overloaded, half failed) would
    # otherwise hold each request, and /healthz, for as long as TCP waits: give up in seconds,
    # so the probe says 503 and the load balancer moves visitors on.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5)
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A transaction takes SQLite's write lock when it begins, waiting up to 20 s for it. With
    # SQLite's default ("deferred"), two requests that each read and then write (an admin
    # autosave while the image chooser stores thumbnails) fail at once with "database is
    # locked", whatever the timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL gives a shared cache (needed by more than one server); otherwise local memory.
# lead.cache.ResilientRedisCache answers as a miss when Redis is down or slow (short timeouts),
# so a Redis outage slows the site instead of breaking it.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "lead.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "lead"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in is protected against guessing (django-axes, on /account/login/ and /admin/login/ alike):
# five failures for one username from one address lock that pair out for an hour. With REDIS_URL
# the counts live in the shared cache (every server sees them, nothing is written to the
# database); without it, in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading the user's groups with the user (lead/viewer.py).
    "lead.viewer.ViewerBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not logged: collect the minimum
AXES_LOCKOUT_TEMPLATE = "membership/locked_out.html"
AXES_HANDLER = "axes.handlers.{}".format(
    "cache.AxesCacheHandler" if REDIS_URL else "database.AxesDatabaseHandler"
)
# Proxies in front of the site (addresses or networks, comma-separated) whose X-Forwarded-For
# gives the visitor's address; empty: REMOTE_ADDR is the visitor's (lead/client_ip.py).
LEAD_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
LOGIN_URL = "membership:login"
# Pages under a view restriction send visitors to the site's own sign-in page, not Wagtail's.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "membership:account"
LOGOUT_REDIRECT_URL = "/"
# Membership: limits are (requests, seconds) per visitor address (join, contact, password
# reset) or per profile (contact), counted in the cache so they hold across servers.
LEAD_RATE_LIMITS = {
    "join": (5, 60 * 60),
    # Photos the join form keeps across a try with mistakes (membership/held_photos.py).
    "join-photo": (10, 60 * 60),
    "contact-ip": (10, 24 * 60 * 60),
    "contact-profile": (10, 24 * 60 * 60),
    # Requests for an introduction to a member (/network/<slug>/introduce/): per address, and
    # per profile, as for the contact relay.
    "introduce-ip": (10, 24 * 60 * 60),
    "introduce-profile": (10, 24 * 60 * 60),
    # The general contact page (/contact/), per address.
    "enquiry": (10, 24 * 60 * 60),
    # Mentoring requests between members (/account/mentors/<slug>/ask/): per requesting
    # account, and per mentor.
    "mentoring-member": (5, 24 * 60 * 60),
    "mentoring-mentor": (10, 24 * 60 * 60),
    "password-reset": (5, 60 * 60),
    # Organisations sending roles (/opportunities/submit/), per address.
    "role-submit": (5, 60 * 60),
    # Interest in a role, relayed through LEAD: per address, and per role.
    "interest-ip": (10, 24 * 60 * 60),
    "interest-role": (30, 24 * 60 * 60),
    # Organisations signing the fair-pay pledge (/for-organisations/pledge/), per address.
    "pledge-sign": (5, 60 * 60),
    # The site search (lead/ratelimit.py), per address: generous for typing and paging, short of
    # a script. Suggestions come as you type (one per pause), so they get twice as many.
    "search": (60, 60),
    "search-suggest": (120, 60),
}
# RATE_LIMITS_SCALE multiplies every allowance above. Only for load checks (devtools/loadcheck.py
# sends hundreds of forms from one address); never set it on a live site.
LEAD_RATE_LIMITS = {
    scope: (limit * env_int("RATE_LIMITS_SCALE", 1), period)
    for scope, (limit, period) in LEAD_RATE_LIMITS.items()
}
# Where new join applications and introduction requests are announced (comma-separated);
# empty: the Moderators group.
LEAD_MEMBERSHIP_NOTIFY = env_list("MEMBERSHIP_NOTIFY_EMAILS")
# Contact and introduction requests older than this many days are deleted, with their history,
# by `manage.py delete_old_requests` (scheduled daily; membership/request_actions.py).
LEAD_REQUEST_RETENTION_DAYS = env_int("REQUEST_RETENTION_DAYS", 365)
# How long the accept and decline links in a mentoring request's email work (signed, expiring);
# the mentor can always answer from their account.
LEAD_MENTORING_LINK_DAYS = env_int("MENTORING_LINK_DAYS", 14)

# Whole pages for anonymous visitors, in the shared cache, for PAGE_CACHE_SECONDS (0: off; on in
# production). Publishing, unpublishing, moving or deleting anything makes every copy stale at
# once (lead/pagecache.py). With a CDN in front, FRONTEND_CACHE_SECONDS lets it keep pages too.
LEAD_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
LEAD_PAGE_CACHE_SKIP_PATHS = [
    "/admin/",
    "/django-admin/",
    "/account/",
    "/search/",
    "/healthz",
    "/documents/",
    "/static/",
    "/media/",
]
LEAD_FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 0)
# Purging that CDN or proxy on publish (FRONTEND_CACHE_BACKEND; see env.frontend_cache_backends).
WAGTAILFRONTENDCACHE = frontend_cache_backends()

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
# The feeds' XSLT stylesheet (static/xsl/feed.xsl) under the type browsers expect for it:
# whitenoise has no type for .xsl and would send application/octet-stream.
WHITENOISE_MIMETYPES = {".xsl": "text/xsl"}
# Where collectstatic writes. Separate sites on one machine (the deployment test, the load
# checks) each collect into a directory of their own.
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
# Let Django itself serve uploaded files (the dev server and the browser tests; in production a
# web server or object storage does).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# Private files (members' photos): outside MEDIA_ROOT, never served at /media/; only the
# permission-checked views send them (lead/private_media.py).
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")

# Uploaded files: MEDIA_ROOT, or a shared S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set
# (needed once more than one server runs; see env.media_storage); names under "private/" go to
# the private store instead (env.private_media_storage).
STORAGES = {
    "default": {
        "BACKEND": "lead.private_media.PrivateMediaStorage",
        "OPTIONS": {"public": media_storage(), "private": private_media_storage()},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email leaves the request (lead/mail.py): every email is a task on the "mail" queue, stored in
# the database and sent by its worker (`manage.py db_worker --backend mail`, beside the web
# servers; `make run` starts one). Wagtail's own tasks (reference index, focal points, file
# deletions, CDN purges) stay on "default", run at once as before: erasure and privacy changes
# must not wait for a worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Whatever Django or Wagtail sends is queued whole; the worker sends it, and LEAD's own emails,
# through LEAD_EMAIL_TRANSPORT: the console in development, SMTP in production.
EMAIL_BACKEND = "lead.mail.QueuedEmailBackend"
LEAD_EMAIL_TRANSPORT = "django.core.mail.backends.console.EmailBackend"
# An email the mail server fails is tried again after MAIL_RETRY_SECONDS, then twice as long
# each time, at most MAIL_RETRY_MAX_SECONDS apart, until it goes.
LEAD_MAIL_RETRY_SECONDS = env_int("MAIL_RETRY_SECONDS", 60)
LEAD_MAIL_RETRY_MAX_SECONDS = env_int("MAIL_RETRY_MAX_SECONDS", 60 * 60)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "LEAD <hello@lead.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Complex page editors can post more than Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "LEAD"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin's password reset only queues the address: the worker looks it up and sends.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "lead.admin_password_reset.QueuedPasswordResetForm"  # noqa: S105
WAGTAIL_I18N_ENABLED = False
# Search: the database's own full-text search (SQLite FTS5, or PostgreSQL when DATABASE_URL is
# PostgreSQL) unless SEARCH_BACKEND names Elasticsearch or OpenSearch (see env.search_backends).
WAGTAILSEARCH_BACKENDS = search_backends()
# --- Uploads (lead/uploads.py) ---------------------------------------------------------------
# Images: Wagtail opens each upload and refuses one whose content is not the format its name says
# (an HTML or SVG file renamed .png), one over 5 MB and one over 20 megapixels. No SVG: it can
# carry script.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000_000
# Documents: office formats, PDF and plain text only, up to 10 MB (Wagtail's document field), and
# their content must match their extension (lead.uploads.DocumentForm).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lead.uploads.DocumentForm"
# Always through Wagtail's view (/documents/<id>/<name>), even from S3: it applies collection
# privacy, which a direct file or bucket address would bypass.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Content types by extension (not by guessing); only PDF and plain text open in the browser,
# everything else downloads. Every served document carries nosniff and
# `Content-Security-Policy: default-src 'none'` (WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT).
WAGTAILDOCS_CONTENT_TYPES = {
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Request sizes. Form fields (everything but files) may total 2.5 MB, Django's default: more is
# refused with 400. Files over 2.5 MB are streamed to a temporary file, not held in memory. A
# multipart request over the largest upload allowed plus 2 MB is refused with 400 before any of
# it is stored (lead.uploads.CappedUploadHandler); set the web server's limit (nginx
# client_max_body_size) to the same.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
LEAD_MAX_UPLOAD_REQUEST_SIZE = (
    max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE) + 2 * 1024 * 1024
)
FILE_UPLOAD_HANDLERS = [
    "lead.uploads.CappedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# -------------------------------------------------------------------------------------------------
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Logs go to stdout, one line a record. LOG_FORMAT: text (readable; the default here) or json
# (one JSON object a line: production's default, see production.py). LOG_LEVEL: the threshold
# (WARNING). LOG_REQUESTS=true adds one access record per request (lead.request_log; on by
# default in production). Every line carries the request id, echoed as X-Request-ID.
LOG_FORMAT = env_str("LOG_FORMAT", "text").lower()
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "lead.request_log.RequestIdFilter"},
        "objects_by_id": {"()": "lead.request_log.ObjectsByIdFilter"},
        "personal_details": {"()": "lead.log_privacy.PersonalDetailsFilter"},
    },
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "lead.request_log.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING").upper()},
    "loggers": {
        "lead.request": {"level": "INFO" if env_bool("LOG_REQUESTS", False) else "WARNING"},
        # The search index logs the objects it fails on; a profile's repr is a member's name.
        "modelsearch.index": {"filters": ["objects_by_id"]},
        # "Not Found: /network/<name>/", and Wagtail's page titles and addresses: logged without
        # the member's name (lead/log_privacy.py).
        "django.request": {"filters": ["personal_details"]},
        "wagtail": {"filters": ["personal_details"]},
        "wagtail.frontendcache": {"filters": ["personal_details"]},
        "wagtail.contrib.redirects.signal_handlers": {"filters": ["personal_details"]},
    },
}
