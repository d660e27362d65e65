"""gunicorn settings for `make serve` (and every other way LEAD runs in production):
`gunicorn --config lead/gunicorn.conf.py`. Each value comes from the environment.

HOST, PORT            address to listen on (127.0.0.1:8000)
WEB_CONCURRENCY       worker processes (2); about one or two per CPU core
GUNICORN_THREADS      threads per worker (2); each thread may hold a database connection, so
                      PostgreSQL needs servers x WEB_CONCURRENCY x GUNICORN_THREADS connections
GUNICORN_TIMEOUT      seconds before a stuck worker is killed and replaced (30)
GUNICORN_GRACEFUL_TIMEOUT  seconds a worker gets to finish its requests on restart (30)
GUNICORN_MAX_REQUESTS requests before a worker is replaced, with jitter so they do not all
                      restart at once (1000; 0 turns it off)
FORWARDED_ALLOW_IPS   addresses of the proxies whose X-Forwarded-* headers are trusted
                      (127.0.0.1,::1: a web server on the same machine); never "*" unless
                      only the proxy can reach gunicorn
GUNICORN_PROXY_PROTOCOL  off (default), v1, v2 or auto: see below

Access records come from Django (lead.request_log: JSON lines on stdout, without query
strings, with the request id), so gunicorn's own access log is off; its error log goes to
stderr.
"""

import os


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "lead.wsgi:application"
bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8000)}"]
workers = _int("WEB_CONCURRENCY", 2)
threads = _int("GUNICORN_THREADS", 2)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max(1, max_requests // 10) if max_requests else 0
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Rate limits and sign-in lockouts count per visitor address (REMOTE_ADDR). Behind a proxy that
# is the proxy's, unless it passes the visitor's with the PROXY protocol (HAProxy, nginx
# `stream`): GUNICORN_PROXY_PROTOCOL=v1|v2|auto, accepted from FORWARDED_ALLOW_IPS only.
proxy_protocol = os.environ.get("GUNICORN_PROXY_PROTOCOL", "off")
proxy_allow_ips = forwarded_allow_ips

# Django is loaded once, before the workers fork: a worker replaced after max_requests starts
# at once instead of importing everything again (seconds on a busy machine, during which two
# workers replaced together leave no one to answer). Code changes need a full restart.
preload_app = True

accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Several servers may run on one machine (two in CI): the control socket would be shared.
control_socket_disable = True
