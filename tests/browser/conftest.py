"""Browser fixtures: Debian's Chromium, driven by Playwright, against pytest-django's live server.

One browser per session (starting Chromium is the slow part), a fresh context and page per test
(no cookies, focus or history leak between tests), and the demo content rebuilt for every test,
because the live server needs a transactional database that is flushed after each test.
"""

import io
import os
from urllib.parse import urljoin

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright

from .pages import EXPECTED_STATUS

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


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium for the whole session; never a downloaded browser.

    Playwright's sync API keeps an asyncio loop running on this thread, which has two effects:
    - Django refuses ORM calls from the test (flushes, demo content) with
      SynchronousOnlyOperation; DJANGO_ALLOW_ASYNC_UNSAFE lifts that only while the browser is
      alive, so the rest of the suite keeps Django's check.
    - asgiref then keeps Django's connections per context instead of per thread, so the tests
      get new connection objects lacking the snapshot serialized_rollback restores from: every
      test after the first would silently start from an empty database (no root page, no
      default site). The snapshot is handed over to them here.
    """
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"Chromium not found at {CHROMIUM} (make test-browser installs it)")
    snapshots = {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all()
        if hasattr(connection, "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, snapshot in snapshots.items():
            connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
        connections.close_all()  # the loop's own connections, so none outlives the test database


@pytest.fixture(scope="session", autouse=True)
def _restore_migrated_data(django_db_setup, django_db_blocker):
    """After the last browser test, put back what the migrations created.

    serialized_rollback reloads Wagtail's root page, locale and default site at the *start* of
    each transactional test, and every such test ends with a flush. Without this, a database kept
    with --reuse-db (PostgreSQL) would start the next run empty and break the other tests.
    """
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture
def site_url(live_server, django_db_serialized_rollback):
    """The live server's address, serving the demo site.

    live_server makes the test transactional; a plain flush would also delete the root page,
    locale and default site the migrations create, hence the serialized rollback. The demo Site
    is named after WAGTAILADMIN_BASE_URL (testserver); Wagtail answers the live server's
    localhost:port with the default site, which `visit` confirms by asserting 200s.
    """
    call_command("load_demo_content", stdout=io.StringIO())
    return live_server.url


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
