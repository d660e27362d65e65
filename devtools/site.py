"""Run LEAD as production does: the one gunicorn harness, for the benchmark (`make bench`), the
load and fault checks (`make loadcheck`) and the deployment test (tests/deploy). A database of
their own, gunicorn started with the same config file as `make serve`, the mail worker beside
it, and a small HTTP client that keeps cookies.

The client keeps every cookie, Secure ones included: production marks the session and CSRF
cookies Secure, and these checks talk plain http to 127.0.0.1, as a TLS proxy in front would.
No Django import at module level: `make loadcheck` runs this outside any Django process.
"""

import contextlib
import http.client
import os
import re
import secrets
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


class Tree:
    """A checkout of LEAD and the interpreter of its virtualenv: this tree, or another revision
    checked out beside it (`make bench-compare`)."""

    def __init__(self, base_dir, python):
        self.base_dir, self.python = Path(base_dir), str(python)

    @property
    def gunicorn_config(self):
        return self.base_dir / "lead" / "gunicorn.conf.py"


THIS_TREE = Tree(BASE_DIR, PYTHON)


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


def production_env(base=None, **overrides):
    """The environment gunicorn runs in: production settings over plain http on 127.0.0.1, a
    throwaway SECRET_KEY, and otherwise `base` (our own environment, DATABASE_URL and REDIS_URL
    included). `overrides` win: servers of one site need the same SECRET_KEY, say."""
    env = dict(os.environ if base is None else base)
    env.update(
        DJANGO_SETTINGS_MODULE="lead.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        PYTHONUNBUFFERED="1",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


# Run by `manage.py shell -c` of either revision (`make bench-compare` serves an older one), so
# only Django's own API: a session signed in as a member of the "Members" group (the first
# with a password, i.e. the demo member, else any), saved in the database the server reads and
# signed with its SECRET_KEY. Prints "<user pk> <cookie name> <session key>", or nothing
# without a member.
MEMBER_SESSION_CODE = """
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
backend = settings.AUTHENTICATION_BACKENDS[-1]  # the model backend: Django's, or lead.viewer's
members = get_user_model().objects.filter(groups__name="Members", is_active=True).order_by("pk")
user = members.exclude(password__startswith="!").first() or members.first()
if user is not None:
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = backend
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    print(user.pk, settings.SESSION_COOKIE_NAME, session.session_key)
"""


def member_session(env, tree=None):
    """(user pk, {cookie name: session key}): a member signed in on the site `env` serves (its
    database and SECRET_KEY), for measuring members' pages; None when the site has none."""
    lines = manage(env, "shell", "-c", MEMBER_SESSION_CODE, tree=tree).strip().splitlines()
    if not lines:
        return None
    pk, name, key = lines[-1].split()
    return int(pk), {name: key}


def development_env(env):
    """`env` with the development settings, for the devtools commands (`seed_scale`) on the
    same database: production settings do not install devtools."""
    return {**env, "DJANGO_SETTINGS_MODULE": "lead.settings.dev"}


def manage(env, *args, timeout=900, tree=None):
    """Run manage.py (of `tree`, a `Tree`; this one by default); raise with its output when it
    fails."""
    tree = tree or THIS_TREE
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [tree.python, "manage.py", *args],
        cwd=tree.base_dir,
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
    """A temporary STATIC_ROOT, MEDIA_ROOT and PRIVATE_MEDIA_ROOT for one site, as environment
    overrides; removed afterwards. Sites built at the same time (a test run beside `make
    loadcheck`, or two pytest workers) would otherwise collect into the same directory, and
    collectstatic replaces each hashed file in place: one run deletes a file the other has just
    written."""
    with tempfile.TemporaryDirectory(prefix=f"lead-{name}-") as root:
        yield {
            "STATIC_ROOT": f"{root}/static",
            "MEDIA_ROOT": f"{root}/media",
            "PRIVATE_MEDIA_ROOT": f"{root}/private-media",
        }


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


# Worker pid, status, microseconds, path, query: what the benchmark reads (AccessLog).
ACCESS_LOG_FORMAT = "%(p)s\t%(s)s\t%(D)s\t%(U)s\t%(q)s"


def stop_process(process, sig, grace):
    """Send `sig` to a started process, wait up to `grace` seconds, then kill its group."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(sig)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


class Server:
    """gunicorn as `make serve` starts it (`gunicorn --config lead/gunicorn.conf.py`), on a
    free port of 127.0.0.1; a context manager that always stops it (on errors and Ctrl-C too).

    `workers`, `threads`, `timeout` and `max_requests` are passed through the config file's own
    variables (WEB_CONCURRENCY, GUNICORN_THREADS, GUNICORN_TIMEOUT, GUNICORN_MAX_REQUESTS).
    With `access_log`, gunicorn also writes an access log (ACCESS_LOG_FORMAT) that
    `server.access_log` reads in step with the requests: the benchmark's server-side timings.
    """

    def __init__(
        self,
        env,
        name="server",
        *,
        workers=2,
        threads=2,
        timeout=None,
        max_requests=None,
        access_log=False,
        start_timeout=90,
        tree=None,
    ):
        self.name = name
        self.tree = tree or THIS_TREE
        self.env = {
            **env,
            "HOST": "127.0.0.1",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_THREADS": str(threads),
        }
        if timeout is not None:
            self.env["GUNICORN_TIMEOUT"] = str(timeout)
        if max_requests is not None:
            self.env["GUNICORN_MAX_REQUESTS"] = str(max_requests)
        self.start_timeout = start_timeout
        self.tempdir = tempfile.TemporaryDirectory(prefix=f"lead-{name}-")
        self.log_path = Path(self.tempdir.name) / "server.log"
        self.access_log_path = Path(self.tempdir.name) / "access.log" if access_log else None
        self.access_log = AccessLog(self.access_log_path) if access_log else None
        self.process = None
        self.port = None

    def command(self):
        command = [self.tree.python, "-m", "gunicorn", "--config", str(self.tree.gunicorn_config)]
        if self.access_log_path:
            command += [
                "--access-logfile", str(self.access_log_path),
                "--access-logformat", ACCESS_LOG_FORMAT,
            ]  # fmt: skip
        return command

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        for _attempt in range(3):
            self.port = free_port()
            with self.log_path.open("ab") as log:
                self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
                    self.command(),
                    cwd=self.tree.base_dir,
                    env={**self.env, "PORT": str(self.port)},
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own process group: Ctrl-C reaches us only
                )
            if self.wait_until_ready():
                return
            if self.process.poll() is None or "already in use" not in self.log_tail():
                break  # a real failure, not a port taken between choosing and binding
        tail = self.log_tail()
        self.stop()
        raise RuntimeError(f"{self.name}: gunicorn did not answer on port {self.port}.\n{tail}")

    def wait_until_ready(self):
        """Poll /healthz until gunicorn answers; the probe's access-log line is read here."""
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                status = Client(self.port, timeout=10).get("/healthz").status
            except (OSError, http.client.HTTPException):
                time.sleep(0.2)
                continue
            if self.access_log:
                self.access_log.collect(1)
            if status in (200, 503):  # 503: up, with the database or cache down
                return True
            time.sleep(0.2)
        return False

    def worker_pids(self):
        return child_pids(self.process.pid) if self.process else []

    def worker_memory(self):
        return summarise_memory([process_memory(pid) for pid in self.worker_pids()])

    def log_text(self):
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def log_tail(self, lines=40):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def worker_timeouts(self):
        """How many times gunicorn killed a worker for taking longer than its timeout."""
        return self.log_text().count("WORKER TIMEOUT")

    def stop(self):
        """Stop gunicorn and its workers at once (no waiting for requests still running), and
        remove its logs (read them before)."""
        process, self.process = self.process, None
        stop_process(process, signal.SIGINT, grace=10)  # gunicorn's quick shutdown
        self.tempdir.cleanup()


class MailWorker:
    """The mail worker beside gunicorn, as production runs it (`manage.py db_worker --backend
    mail`): a context manager that stops it gracefully (SIGTERM: it finishes the email in hand)
    and removes its log."""

    def __init__(self, env, name="mail-worker", interval=0.2):
        self.name, self.env, self.interval = name, env, interval
        self.tempdir = tempfile.TemporaryDirectory(prefix=f"lead-{name}-")
        self.log_path = Path(self.tempdir.name) / "worker.log"
        self.process = None

    def __enter__(self):
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
                [PYTHON, "manage.py", "db_worker", "--backend", "mail", "--no-reload",
                 "--interval", str(self.interval)],
                cwd=BASE_DIR,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def running(self):
        return self.process is not None and self.process.poll() is None

    def log_text(self):
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self):
        process, self.process = self.process, None
        stop_process(process, signal.SIGTERM, grace=20)  # the worker finishes the email in hand
        self.tempdir.cleanup()


# --- the server's access log and workers ----------------------------------------------------


def parse_access_line(line):
    """(worker pid, status, milliseconds, path with query) from one access-log line, or None."""
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 5:
        return None
    pid, status, micros, path, query = parts
    try:
        return (
            int(pid.strip("<>")),
            int(status),
            int(micros) / 1000,
            path + (f"?{query}" if query and query != "-" else ""),
        )
    except ValueError:
        return None


class AccessLog:
    """Reads gunicorn's access log in step with the requests made.

    A worker writes the line just after sending the response, so after each batch of requests
    `collect(n)` waits until the batch's n lines are there before the next batch starts.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.offset = 0

    def collect(self, count, timeout=15):
        entries, deadline = [], time.monotonic() + timeout
        while True:
            with contextlib.suppress(FileNotFoundError), self.path.open("rb") as log:
                log.seek(self.offset)
                for raw in log:
                    if not raw.endswith(b"\n") or len(entries) >= count:
                        break
                    self.offset += len(raw)
                    entry = parse_access_line(raw.decode("utf-8", "replace"))
                    if entry:
                        entries.append(entry)
            if len(entries) >= count or time.monotonic() > deadline:
                return entries
            time.sleep(0.02)


def process_memory(pid):
    """{'rss_kb', 'hwm_kb'} from /proc/<pid>/status, or None when unreadable."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", text, re.MULTILINE))
    if "VmRSS" not in values:
        return None
    return {"pid": pid, "rss_kb": int(values["VmRSS"]), "hwm_kb": int(values.get("VmHWM", 0))}


def child_pids(pid):
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: read after the last ')'.
        fields = text[text.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[1] == str(pid):
            children.append(int(stat.parent.name))
    return sorted(children)


def summarise_memory(samples):
    samples = [s for s in samples if s]
    return {
        "workers": samples,
        "max_rss_mb": max(s["rss_kb"] for s in samples) / 1024 if samples else None,
        "max_hwm_mb": max(s["hwm_kb"] for s in samples) / 1024 if samples else None,
    }


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
        sent = {"User-Agent": "lead-devtools", **(headers or {})}
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
