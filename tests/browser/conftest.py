"""Browser fixtures: Debian's Chromium, driven by Playwright, against the demo site.

The demo site is built once per session into its own SQLite file (`migrate`, then the whole of
`load_demo_content`) and served by `manage.py runserver` in a separate process with DEBUG off,
so the browser sees exactly what `make run` shows, styled 404 included. The test process never
touches that database, which keeps Playwright's event loop away from Django's ORM.
One browser per session; a fresh context and page per test (no cookies, focus or history leak).
"""

import email
import email.policy
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin

import pytest
from playwright.sync_api import sync_playwright

from .pages import EXPECTED_STATUS

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# True once site.css has loaded and applied: its custom properties exist and the header is painted.
STYLESHEET_APPLIED = """() => {
    const root = getComputedStyle(document.documentElement).getPropertyValue("--colour-ink");
    const header = document.querySelector(".site-header");
    const ground = header ? getComputedStyle(header).backgroundColor : "rgba(0, 0, 0, 0)";
    return root.trim() !== "" && ground !== "rgba(0, 0, 0, 0)";
}"""


# The demo's editor and moderator accounts, and its member, get passwords the tests know.
TEAM_PASSWORD = "journey-pass-1234"
MEMBER_USERNAME = "danielle-hartley@members.lead.example"
TEAM_SETUP = f"""
from django.contrib.auth import get_user_model
names = ["editor", "moderator", "{MEMBER_USERNAME}"]
for user in get_user_model().objects.filter(username__in=names):
    user.set_password("{TEAM_PASSWORD}")
    user.save()
"""


def sign_in_member(page, site_url):
    """Sign the demo member in through /account/login/, as a person would."""
    page.goto(urljoin(site_url, "/account/login/"))
    page.get_by_label("Email address").fill(MEMBER_USERNAME)
    page.get_by_label("Password").fill(TEAM_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/account/")
    return page


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the demo server stopped (exit {server.returncode})")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (our own loopback server)
            return
        except HTTPError:
            return
        except (URLError, OSError):
            time.sleep(0.3)
    raise RuntimeError(f"the demo server did not answer at {url}")


@pytest.fixture(scope="session")
def site_env(tmp_path_factory):
    """The environment the demo site's commands and server run with: its own database, media
    and outbox (the emails it sends, as files: see `outbox`)."""
    workdir = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lead.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "true",
        "TEST_OUTBOX_DIR": str(workdir / "outbox"),
    }
    env.pop("REDIS_URL", None)  # its own local-memory cache: nothing shared with the suite
    return env


def manage_py(site_env, *command):
    """Run a manage.py command against the demo site's database, in its own process (the test
    process never touches that database); returns its output."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=site_env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def outbox(site_env):
    """Every email the demo site has sent so far, oldest first (parsed from its outbox files)."""
    folder = Path(site_env["TEST_OUTBOX_DIR"])
    messages = []
    for path in sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if raw.strip():
                messages.append(email.message_from_bytes(raw, policy=email.policy.default))
    return messages


def sent_to(site_env, address):
    """The emails the demo site has sent to `address`, oldest first."""
    return [message for message in outbox(site_env) if message["To"] == address]


@pytest.fixture(scope="session")
def site_url(site_env):
    """The whole demo site, built once and served on a free loopback port."""
    env = site_env
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["load_demo_content"], ["shell", "-c", TEAM_SETUP]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_serving(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium for the whole session: Debian's, never a downloaded browser."""
    # Playwright's sync API leaves its event loop registered as running in this thread, so
    # Django would refuse database access to every later test in this worker (a module-scoped
    # fixture sees it first). The code under test here is synchronous, so lift that guard.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh context and page per test, desktop-sized unless the test resizes it."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def visit(page, site_url):
    """Open a path on the live site; fail unless it answers as expected with site.css applied.

    Without the stylesheet, colour-contrast and layout checks would test the browser's defaults.
    """

    def _visit(path):
        response = page.goto(urljoin(site_url, path))
        expected = EXPECTED_STATUS.get(path, 200)
        assert response is not None and response.status == expected, (
            f"{path} answered {response and response.status}, expected {expected}"
        )
        assert page.evaluate(STYLESHEET_APPLIED), f"site.css did not apply on {path}"
        return page

    return _visit


def pytest_terminal_summary(terminalreporter):
    """Repeat each page's axe summary at the end of the run, ready to paste into a note."""
    lines = [
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for key, value in getattr(report, "user_properties", ())
        if key == "axe summary"
    ]
    if lines:
        terminalreporter.write_sep("-", "axe summary (WCAG 2.2 AA tags)")
        for line in lines:
            terminalreporter.write_line(line)
