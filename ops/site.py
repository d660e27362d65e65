"""Run LEAD as production does, for the deployment test (tests/deploy) and the load and fault
checks (ops/loadcheck.py): a database of their own, gunicorn started with the same config file
as `make serve`, and a small HTTP client that keeps cookies.

The client keeps every cookie, Secure ones included: production marks the session and CSRF
cookies Secure, and these checks talk plain http to 127.0.0.1, as a TLS proxy in front would.
"""

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN_CONFIG = BASE_DIR / "lead" / "gunicorn.conf.py"


# --- the database ---------------------------------------------------------------------------


def database_url_for(url, name):
    """`url` (a PostgreSQL DATABASE_URL) with its database name replaced by `name`."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def recreate_database(url):
    """Drop and create the database `url` names (on its server, through the `postgres` one)."""
    import psycopg

    db = dj_database_url.parse(url)
    params = {k: db[k.upper()] for k in ("host", "port", "user", "password") if db.get(k.upper())}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db["NAME"]}"')


def production_env(**overrides):
    """Production settings over plain http on 127.0.0.1; DATABASE_URL, REDIS_URL and a
    SECRET_KEY (the same one for every server of a site) come in `overrides`."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="lead.settings.production",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        PYTHONUNBUFFERED="1",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(env, *args, timeout=900):
    """Run manage.py; raise with its output when it fails."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


@contextlib.contextmanager
def site_files(name):
    """A temporary STATIC_ROOT and MEDIA_ROOT for one site, as environment overrides; removed
    afterwards. Sites built at the same time (a test run beside `make loadcheck`, or two pytest
    workers) would otherwise collect into the same directory, and collectstatic replaces each
    hashed file in place: one run deletes a file the other has just written."""
    with tempfile.TemporaryDirectory(prefix=f"lead-{name}-") as root:
        yield {"STATIC_ROOT": f"{root}/static", "MEDIA_ROOT": f"{root}/media"}


def prepare_site(env, *, static=True):
    """Migrate, load the demo content and (optionally) collect static files."""
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    if static:
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")


# --- gunicorn -------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn as `make serve` starts it (`gunicorn --config lead/gunicorn.conf.py`), on a
    free port of 127.0.0.1; a context manager that always stops it."""

    def __init__(self, env, name="server", workers=2, threads=2):
        self.name = name
        self.port = free_port()
        self.env = {
            **env,
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_THREADS": str(threads),
        }
        handle, self.log_path = tempfile.mkstemp(prefix=f"lead-{name}-", suffix=".log")
        os.close(handle)
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self, timeout=90):
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
                [PYTHON, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG)],
                cwd=BASE_DIR,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() ends workers too
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError, http.client.HTTPException):
                if Client(self.port).get("/healthz").status in (200, 503):
                    return
            time.sleep(0.2)
        tail = self.log_tail()
        self.stop()
        raise RuntimeError(f"{self.name}: gunicorn did not answer on port {self.port}.\n{tail}")

    def log_tail(self, lines=40):
        text = Path(self.log_path).read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self):
        """Stop gunicorn and its workers, and remove the log (read it before)."""
        process, self.process = self.process, None
        with contextlib.suppress(OSError):
            os.unlink(self.log_path)
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)


# --- HTTP -----------------------------------------------------------------------------------


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Client:
    """A browser's minimum: cookies kept per client, one connection per request."""

    def __init__(self, port, timeout=30):
        self.port, self.timeout = port, timeout
        self.cookies = {}

    def request(self, method, path, data=None, headers=None):
        body = urlencode(data, doseq=True).encode() if data is not None else None
        sent = {"User-Agent": "lead-ops", **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for value in response.headers.get_all("Set-Cookie") or []:
            for morsel in SimpleCookie(value).values():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(morsel.key, None)
                else:
                    self.cookies[morsel.key] = morsel.value
        headers = {k.lower(): v for k, v in response.getheaders()}
        return Response(response.status, headers, content)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)

    def form(self, path):
        """GET a page with a form: its CSRF token (and the page, to read other fields)."""
        page = self.get(path)
        match = CSRF_FIELD.search(page.text)
        if page.status != 200 or not match:
            raise AssertionError(f"GET {path}: {page.status}, no form with a CSRF token")
        return match.group(1), page

    def sign_in(self, path, username, password, next_url="/"):
        token, _page = self.form(path)
        response = self.post(
            path,
            {
                "csrfmiddlewaretoken": token,
                "username": username,
                "password": password,
                "next": next_url,
            },
        )
        if response.status != 302:
            raise AssertionError(f"Signing in at {path} as {username}: {response.status}")
        return response
