"""Request logging: one access record per request, a request id on every log line, and the
JSON formatter production uses (LOGGING in lead/settings/base.py).

The access record carries the method, the path without its query string (a search or a
directory filter can carry a name or a health detail) and without the segment that names a
person (/network/*/: lead/log_privacy.py), the status, the duration and the request id. The
id comes from the X-Request-ID header when a proxy in front sets a sane one, otherwise it is
made here; either way it is sent back in the response's X-Request-ID header, so a visitor's
error report can be matched with the log.
"""

import contextvars
import logging
import re
import time
import uuid

from django.db.models import Model
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

from .log_privacy import loggable_path

access_logger = logging.getLogger("lead.request")

# Letters, digits and a few separators, as load balancers and tracing systems make them; anything
# else (too long, spaces, control characters) is replaced rather than written into the log.
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
request_id_var = contextvars.ContextVar("request_id", default="-")


def request_id_from(request):
    given = request.headers.get("X-Request-ID", "")
    return given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


class RequestLogMiddleware:
    """First in MIDDLEWARE, so the duration covers every other middleware too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.request_id = request_id_from(request)
        token = request_id_var.set(request.request_id)
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.request_id
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            path = loggable_path(request.path)
            access_logger.info(
                "%s %s %s %sms",
                request.method,
                path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                },
            )
            return response
        finally:
            request_id_var.reset(token)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class ObjectsByIdFilter(logging.Filter):
    """Libraries log a record's repr, and a profile's repr is the member's name (modelsearch:
    "Exception raised while deleting <ProfilePage: Danielle Hartley>..." when the search server
    is down during an erasure). Such arguments are logged as their model and id instead."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(
                f"<{type(arg).__name__} {arg.pk}>" if isinstance(arg, Model) else arg
                for arg in record.args
            )
        return True


class JsonFormatter(BaseJsonFormatter):
    """One JSON object a line: time (ISO 8601, UTC), level, logger, message, then any extras.

    Django attaches the request object to its own records (django.request); it is left out, as
    its text includes the query string."""

    def __init__(self, fmt="%(levelname)s %(name)s %(message)s", **kwargs):
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("reserved_attrs", [*RESERVED_ATTRS, "request"])
        super().__init__(fmt, **kwargs)
