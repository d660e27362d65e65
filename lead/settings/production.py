"""Production: everything from the environment; refuses to start without what it needs."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required, env_str

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_required(
    "SECRET_KEY",
    "Production needs a long random SECRET_KEY in the environment, for example from "
    "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`.",
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. List the site's host names, comma-separated."
    )

# Whitenoise serves compressed files with hashed names, cached forever by browsers.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# Anonymous visitors' pages come from the shared cache for up to 10 minutes (lead/pagecache.py).
LEAD_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# The mail server the worker sends through (never the web servers: lead/mail.py).
LEAD_EMAIL_TRANSPORT = "django.core.mail.backends.smtp.EmailBackend"
# Seconds the worker waits for the mail server before trying again later.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe /healthz on the plain-HTTP port: answer there rather than redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Logs: JSON lines, one access record per request, unless LOG_FORMAT / LOG_REQUESTS say otherwise.
if not env_str("LOG_FORMAT"):
    LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
LOGGING["loggers"]["lead.request"]["level"] = (  # noqa: F405
    "INFO" if env_bool("LOG_REQUESTS", True) else "WARNING"
)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS: browsers keep to HTTPS for this long (a year by default; SECURE_HSTS_SECONDS=0 turns it
# off, e.g. while first trying HTTPS out). Preload only once every subdomain serves HTTPS.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is a deliberate opt-in, not a default: once the header allows it, anyone can
    # submit the domain to the browsers' preload list, and leaving the list takes months.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# The other security headers (CSP, Permissions-Policy, Referrer-Policy...) are in base.py; here,
# browsers also fetch any stray http:// resource over HTTPS (CSP_UPGRADE_INSECURE_REQUESTS=false
# only to try production settings over plain HTTP on your own machine).
CONTENT_SECURITY_POLICY = {  # a copy: base.py's dict stays as it was
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": env_bool("CSP_UPGRADE_INSECURE_REQUESTS", True),
    },
}
