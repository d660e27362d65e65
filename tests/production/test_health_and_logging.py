"""/healthz for load balancers, and the access log production writes to stdout."""

import json
import logging
import os
import socket
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings as django_settings
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    # Exactly these keys: no version, host name or error text for anyone to read.
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_healthz_is_never_served_from_the_page_cache(client, settings):
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    for _ in range(3):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.get("X-Lead-Cache") != "hit"


def test_healthz_answers_get_and_head_only(client):
    assert client.head("/healthz").status_code == 200
    for method in (client.post, client.put, client.delete):
        assert method("/healthz").status_code == 405


def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    class DownConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("lead.health.connection", DownConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert "connection refused" not in response.content.decode()


def test_healthz_is_degraded_when_the_cache_fails(client, monkeypatch):
    class LosingCache:  # stores nothing, as lead.cache does while Redis is down
        def set(self, *args, **kwargs):
            return None

        get = delete = set

    monkeypatch.setattr("lead.health.cache", LosingCache())
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["cache"] == "unavailable"


def test_one_access_record_per_request_without_the_query_string(client, caplog):
    caplog.set_level(logging.INFO, logger="lead.request")
    response = client.get("/healthz?name=Robin+Example", HTTP_X_REQUEST_ID="lb-1234.abc")
    assert response["X-Request-ID"] == "lb-1234.abc"
    [record] = [r for r in caplog.records if r.name == "lead.request"]
    assert (record.method, record.path, record.status) == ("GET", "/healthz", 200)
    assert record.request_id == "lb-1234.abc"
    assert record.duration_ms >= 0
    assert "Robin" not in record.getMessage()


@pytest.mark.parametrize(
    ("logger", "logged", "written"),
    [
        (
            "wagtail.frontendcache",
            ("[%s] Purging URL: %s", "cdn", "https://lead.example/network/dana-wells/photo/small/"),
            "[cdn] Purging URL: https://lead.example/network/*/photo/small/",
        ),
        (
            "wagtail.contrib.redirects.signal_handlers",
            ("Creating redirects for page: 'Dana Wells' id=42",),
            "Creating redirects for page: '[title]' id=42",
        ),
        (
            "wagtail",
            ('Page moved: "%s" id=%d path=%s', "Dana Wells", 42, "/home/network/dana-wells/"),
            'Page moved: "[title]" id=42 path=[path]',
        ),
        (
            "django.request",
            ("Not Found: %s", "/network/dana-wells/contact/"),
            "Not Found: /network/*/contact/",
        ),
    ],
    ids=["cdn-purge", "redirects", "page-moved", "not-found"],
)
def test_wagtail_and_django_lines_name_no_member(caplog, logger, logged, written):
    """What Wagtail and Django write about pages and addresses, without a profile's title or
    slug (the member's name): LOGGING puts lead.log_privacy's filter on their loggers."""
    caplog.set_level(logging.INFO, logger=logger)
    logging.getLogger(logger).info(*logged)
    assert [record.getMessage() for record in caplog.records] == [written]


def test_a_bad_request_id_is_replaced_not_logged(client, caplog):
    caplog.set_level(logging.INFO, logger="lead.request")
    response = client.get("/healthz", HTTP_X_REQUEST_ID="evil\nforged line " + "x" * 200)
    request_id = response["X-Request-ID"]
    assert "evil" not in request_id and len(request_id) == 32
    assert caplog.records[-1].request_id == request_id


def test_the_request_logger_is_first_so_it_times_every_middleware():
    assert django_settings.MIDDLEWARE[0] == "lead.request_log.RequestLogMiddleware"


PRODUCTION_SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.test import Client
    client = Client()
    health = client.get("/healthz?name=Robin+Example", HTTP_X_REQUEST_ID="probe-1")
    home = client.get("/?q=Robin+Example")
    print("RESULT", health.status_code, health["X-Request-ID"], home.status_code)
    """
)


def run_production(script, timeout=120, **environ):
    """`script` under production settings in a process of its own; the environment is this
    one's, without the logging, HTTPS and Redis choices, plus `environ`."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lead.settings.production",
        "SECRET_KEY": "production-process-test-" + "x" * 40,
        "ALLOWED_HOSTS": "testserver",
    }
    for name in ("LOG_FORMAT", "LOG_REQUESTS", "LOG_LEVEL", "SECURE_SSL_REDIRECT", "REDIS_URL"):
        env.pop(name, None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env={**env, **environ},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_production_logs_json_lines_and_health_checks_skip_the_https_redirect(tmp_path):
    """Production settings in a process of their own: what an operator's log collector reads."""
    result = run_production(
        PRODUCTION_SCRIPT, DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    )
    lines = result.stdout.splitlines()
    # /healthz answers over plain http; every other page redirects to https.
    assert "RESULT 200 probe-1 301" in lines
    records = [json.loads(line) for line in lines if line.startswith("{")]
    access = [r for r in records if r["logger"] == "lead.request"]
    assert [(r["method"], r["path"], r["status"]) for r in access] == [
        ("GET", "/healthz", 200),
        ("GET", "/", 301),
    ]
    assert access[0]["request_id"] == "probe-1"
    for record in access:
        assert {"time", "level", "message", "duration_ms"} <= record.keys()
    assert "Robin" not in result.stdout  # query strings never reach the log


HUNG_DATABASE_SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.test import Client
    health = Client().get("/healthz")
    print("RESULT", health.status_code, health.json()["database"])
    """
)


def test_healthz_gives_up_on_a_database_that_accepts_connections_but_never_answers():
    """A half-failed PostgreSQL: the kernel completes the connection, nothing ever replies.
    Without a connect timeout the probe would hang (and this test with it) instead of saying
    503 so that the load balancer moves visitors to a healthy server."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # queued, never accepted or answered
        port = silent.getsockname()[1]
        result = run_production(
            HUNG_DATABASE_SCRIPT,
            timeout=60,
            DATABASE_URL=f"postgres://lead@127.0.0.1:{port}/lead",
            DATABASE_CONNECT_TIMEOUT="2",
            LOG_REQUESTS="false",
        )
    assert "RESULT 503 unavailable" in result.stdout.splitlines()
