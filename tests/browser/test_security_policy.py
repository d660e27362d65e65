"""The Content-Security-Policy holds in a real browser: no page type on the public site, and
nothing an editor does in the admin (dashboard, page editor, live preview), makes Chromium
report a violation. Chromium enforces the policy, so a violation is something broken for a
visitor (a script that did not run, a style that did not apply)."""

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .conftest import TEAM_PASSWORD
from .pages import page_type_params

pytestmark = pytest.mark.browser

# Runs in every frame before the page's own scripts: keeps each violation the frame reports.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile + ":" + event.lineNumber,
        sample: event.sample,
    });
}, true);
"""


class ViolationWatch:
    """Collects violations from the in-page listener (every frame) and from the console."""

    def __init__(self, page):
        self.page = page
        self.console = []
        self.documents = []
        page.context.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._on_console)
        page.on("response", self._on_response)

    def _on_console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def _on_response(self, response):
        if response.request.resource_type == "document":
            self.documents.append(response)

    def violations(self):
        found = []
        for frame in self.page.frames:
            if not frame.is_detached():
                found += frame.evaluate("() => window.__cspViolations || []")
        return found + self.console

    def assert_none(self, where):
        found = self.violations()
        assert found == [], f"{where}: " + "\n".join(map(str, found))

    def policy_of_last_document(self):
        return self.documents[-1].headers.get("content-security-policy", "")


@pytest.fixture
def watch(page):
    return ViolationWatch(page)


@pytest.mark.parametrize(("name", "path"), page_type_params())
def test_public_page_causes_no_policy_violation(watch, visit, name, path):
    page = visit(path)
    # The strict policy was really in force on this page...
    policy = watch.policy_of_last_document()
    directives = {name: sources for name, *sources in (p.split() for p in policy.split(";") if p)}
    assert directives["script-src"] == directives["style-src"] == ["'self'"], policy
    # ...its stylesheet and scripts still loaded (visit() checks site.css applied)...
    page.wait_for_load_state("load")
    # ...and nothing on it was blocked.
    watch.assert_none(f"{name} ({path})")


def test_json_ld_is_data_and_causes_no_violation(watch, visit):
    page = visit("/events/peer-leadership-circle/")
    blocks = page.locator('script[type="application/ld+json"]')
    assert blocks.count() >= 1
    assert '"@type"' in blocks.first.text_content()
    watch.assert_none("event page")


def test_the_watch_sees_what_the_policy_blocks(watch, visit):
    """The listener works and the policy is enforced: an inline script and an inline style
    added to a public page are refused, and reported."""
    page = visit("/")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true;";
        document.body.append(script);
        document.body.setAttribute("style", "outline: 5px solid red");
    }""")
    page.wait_for_function("() => window.__cspViolations.length >= 2")
    assert page.evaluate("() => window.__inlineRan") is None
    directives = {v["directive"] for v in page.evaluate("() => window.__cspViolations")}
    assert {"script-src-elem", "style-src-attr"} <= directives


def sign_in_as_editor(page, site_url):
    page.goto(urljoin(site_url, "/admin/login/"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", TEAM_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name=re.compile("LEAD"))).to_be_visible()


def test_the_editor_works_in_the_admin_without_violations(watch, page, site_url):
    sign_in_as_editor(page, site_url)
    assert "'unsafe-inline'" in watch.policy_of_last_document()  # the admin's own policy
    watch.assert_none("dashboard")

    # On the public site, a signed-in editor gets the user bar, under the strict policy.
    page.goto(urljoin(site_url, "/blog/why-lived-experience-belongs-on-boards/"))
    assert "'unsafe-inline'" not in watch.policy_of_last_document()
    edit_link = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first
    edit_url = edit_link.get_attribute("href")
    watch.assert_none("public page with the user bar")

    # The page editor, then its live preview (an iframe under /admin/).
    page.goto(urljoin(site_url, edit_url))
    expect(page.locator("#id_title")).to_be_visible()
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("main h1")).to_contain_text("board", ignore_case=True)
    # The block picker shows a block's preview in an iframe too (/admin/block-preview/).
    page.locator("#panel-child-content-body-section").get_by_role(
        "button", name="Insert a block"
    ).first.click()
    option_row = page.get_by_role("option", name="Embed", exact=True).locator("xpath=..")
    option_row.get_by_role("button", name="Preview").click()
    block_preview = page.frame_locator("iframe[src*='/admin/block-preview/']")
    expect(block_preview.locator(".block-embed-preview__player")).to_be_visible()
    watch.assert_none("page editor and preview")
