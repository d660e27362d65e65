"""An editor writes a post in the real admin and submits it; a moderator approves it; readers
then find it on the blog, in the feed and in search."""

import re
import uuid
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .conftest import TEAM_PASSWORD

pytestmark = pytest.mark.browser


def sign_in(page, site_url, username):
    page.goto(urljoin(site_url, "/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", TEAM_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name=re.compile("LEAD"))).to_be_visible()


def insert_block(page, stream_panel, label):
    """Open the block picker at the end of a StreamField and choose a block by its label."""
    stream_panel.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def test_editor_writes_a_post_and_a_moderator_publishes_it(browser, site_url, tmp_path):
    word = f"journey{uuid.uuid4().hex[:8]}"
    title = f"Peer leadership notes {word}"

    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    editor.set_default_timeout(15_000)
    sign_in(editor, site_url, "editor")
    # From the blog itself, the user bar leads into the admin (its address holds the page id).
    editor.goto(urljoin(site_url, "/blog/"))
    edit_link = editor.locator("a[href*='/admin/pages/'][href$='/edit/']").first
    blog_id = re.search(r"/admin/pages/(\d+)/edit/", edit_link.get_attribute("href")).group(1)
    # Posts are the blog's only child type, so "Add child page" opens the post form at once.
    editor.goto(urljoin(site_url, f"/admin/pages/{blog_id}/add_subpage/"))

    try:
        _write_and_submit(editor, title, word)
    except Exception as error:
        editor.screenshot(path=tmp_path / "editor.png", full_page=True)
        problems = editor.locator(".error-message").all_inner_texts()
        raise AssertionError(f"the post was not submitted: {problems}") from error
    editor.context.close()
    _approve_and_read(browser, site_url, title, word)


def _write_and_submit(editor, title, word):
    editor.fill("#id_title", title)
    editor.fill("#id_standfirst", f"What we learned this month ({word}).")
    # A post needs an author, so the form starts with one author row.
    editor.locator("select[name='post_authors-0-author']").select_option(
        label="LEAD editorial team"
    )

    body = editor.locator("#panel-child-content-body-section")
    insert_block(editor, body, "Heading")
    body.locator("input[name$='-value-text']").last.fill("What we heard")
    insert_block(editor, body, "Paragraph")
    body.locator("[contenteditable='true']").last.click()
    editor.keyboard.type(f"Members asked for paid supervision. {word}")
    insert_block(editor, body, "Image")
    body.get_by_role("button", name=re.compile("Choose an image")).last.click()
    editor.locator(".modal a[data-chooser-modal-choice], .modal .listing a").first.click()
    body.locator("input[name$='-value-alt_text']").last.fill("Circles in the LEAD colours")

    references = editor.locator("#panel-child-content-references-section")
    references.get_by_role("button", name="Insert a block").last.click()
    references.locator("input[name$='-value-authors']").last.fill("NHS England")
    references.locator("input[name$='-value-year']").last.fill("2019")
    references.locator("input[name$='-value-title']").last.fill("The NHS Long Term Plan")

    # The address is normally filled from the title as you type; set it so nothing races.
    editor.get_by_role("tab", name=re.compile("Promote")).click()
    editor.fill("#id_slug", f"peer-leadership-notes-{word}")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name=re.compile("Submit to")).click()
    # expect() waits 5 s by default, not the page's 15: saving a post with an image takes longer
    # on a busy machine.
    expect(editor.get_by_text(re.compile("submitted"))).to_be_visible(timeout=15_000)


def _approve_and_read(browser, site_url, title, word):
    moderator = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    moderator.set_default_timeout(15_000)
    sign_in(moderator, site_url, "moderator")
    moderator.goto(urljoin(site_url, "/admin/"))
    moderator.get_by_role("link", name=title).first.click()
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve and Publish", exact=True).click()
    moderator.wait_for_load_state("networkidle")
    moderator.context.close()

    reader = browser.new_context().new_page()
    reader.goto(urljoin(site_url, "/blog/"))
    expect(reader.get_by_role("link", name=title)).to_be_visible()
    feed = reader.goto(urljoin(site_url, "/blog/feed/rss/"))
    assert title in feed.text()
    reader.goto(urljoin(site_url, f"/search/?q={word}"))
    expect(reader.get_by_role("link", name=title)).to_be_visible()
    reader.context.close()
