"""Editors' journeys in the real admin: an editor writes a post and submits it, a moderator
approves it, and readers find it on the blog, in the feed and in search; an editor adds a
repeating event; editors return to the listing they came from; the dashboard opens an event at
its booking tab. No journey may meet a console error or a refused request (ConsoleWatch)."""

import re
import uuid
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .conftest import TEAM_PASSWORD
from .console import ConsoleWatch

pytestmark = pytest.mark.browser


def sign_in(page, site_url, username):
    page.goto(urljoin(site_url, "/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", TEAM_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name=re.compile("LEAD"))).to_be_visible()


def admin_page(browser, site_url, username):
    """A signed-in admin page in a fresh context, and the watch on what it meets."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    watch = ConsoleWatch(page)
    sign_in(page, site_url, username)
    return page, watch


def insert_block(page, stream_panel, label):
    """Open the block picker at the end of a StreamField and choose a block by its label."""
    stream_panel.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def tab(page, name):
    return page.get_by_role("tab", name=re.compile(f"^{name}"))


def submit(page, workflow):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=f"Submit to {workflow}").click()


def test_editor_writes_a_post_and_a_moderator_publishes_it(browser, site_url, tmp_path):
    word = f"journey{uuid.uuid4().hex[:8]}"
    title = f"Peer leadership notes {word}"

    editor, watch = admin_page(browser, site_url, "editor")
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
    watch.assert_none("writing and submitting a post")
    editor.context.close()
    _approve_and_read(browser, site_url, title, word)


def _write_and_submit(editor, title, word):
    # Typed as a person types it: the address fills in from the title.
    editor.locator("#id_title").press_sequentially(title)
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

    # Categories are ticked on the Content tab, beside the tags.
    content = editor.get_by_role("tabpanel", name=re.compile("^Content"))
    content.get_by_role("checkbox", name="Peer support", exact=True).check()
    content.get_by_role("checkbox", name="Leadership").check()

    tab(editor, "Promote").click()
    expect(editor.locator("#id_slug")).to_have_value(f"peer-leadership-notes-{word}")
    submit(editor, "Post review")
    # expect() waits 5 s by default, not the page's 15: saving a post with an image takes longer
    # on a busy machine.
    expect(editor.get_by_text(re.compile("submitted"))).to_be_visible(timeout=15_000)


def _approve_and_read(browser, site_url, title, word):
    moderator, watch = admin_page(browser, site_url, "moderator")
    moderator.goto(urljoin(site_url, "/admin/"))
    moderator.get_by_role("link", name=title).first.click()
    moderator.get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve and Publish", exact=True).click()
    moderator.wait_for_load_state("networkidle")
    watch.assert_none("approving the post")
    moderator.context.close()

    reader = browser.new_context().new_page()
    reader.goto(urljoin(site_url, "/blog/"))
    expect(reader.get_by_role("link", name=title)).to_be_visible()
    feed = reader.goto(urljoin(site_url, "/blog/feed/rss/"))
    assert title in feed.text()
    reader.goto(urljoin(site_url, f"/search/?q={word}"))
    expect(reader.get_by_role("link", name=title)).to_be_visible()
    post = reader.get_by_role("link", name=title)
    post.click()
    expect(reader.get_by_role("link", name="Peer support", exact=True)).to_be_visible()
    reader.context.close()


def test_editor_adds_a_repeating_event_and_returns_to_the_events_list(browser, site_url):
    editor, watch = admin_page(browser, site_url, "editor")
    editor.goto(urljoin(site_url, "/admin/events/eventpage/"))
    editor.get_by_role("link", name="Add event").click()
    editor.wait_for_url(re.compile(r".*/admin/pages/add/events/eventpage/\d+/"))

    name = f"Peer supervision circle {uuid.uuid4().hex[:6]}"
    editor.get_by_role("textbox", name=re.compile("^Event name")).press_sequentially(name)
    editor.get_by_role("textbox", name=re.compile("^Summary")).fill("A monthly circle.")
    tab(editor, "Promote").click()
    slug = editor.locator("#id_slug")
    expect(slug).to_have_value(name.lower().replace(" ", "-"))  # filled from the name

    # An address left empty is reported where it is: "Go to the first error" opens its tab.
    slug.fill("")
    tab(editor, "Event").click()
    editor.fill("#id_start", "2027-03-02 18:00")
    editor.keyboard.press("Escape")
    editor.fill("#id_end", "2027-03-02 19:30")
    editor.keyboard.press("Escape")
    editor.locator("button[aria-controls='panel-child-event-repeats-content']").click()
    editor.select_option("#id_repeat", value="monthly")
    editor.fill("#id_repeat_count", "6")
    editor.fill("#id_venue_name", "Brindle Community Centre")
    editor.get_by_role("button", name="Save draft").click()
    editor.get_by_role("button", name="Go to the first error").click()
    expect(tab(editor, "Promote")).to_have_attribute("aria-selected", "true")
    promote = editor.get_by_role("tabpanel", name=re.compile("^Promote"))
    expect(promote).to_contain_text("This field is required")

    editor.locator("#id_slug").fill("peer-supervision-circle-monthly")
    submit(editor, "Moderators approval")
    editor.wait_for_url(re.compile(r".*/admin/events/eventpage/$"))
    expect(editor.get_by_text(re.compile("submitted for moderation"))).to_be_visible()
    watch.assert_none("adding a repeating event")
    editor.context.close()


def test_editor_returns_to_the_filtered_list_after_submitting(browser, site_url):
    editor, watch = admin_page(browser, site_url, "editor")
    listing = "/admin/events/eventpage/?when=upcoming&event_format=online"
    editor.goto(urljoin(site_url, listing))
    editor.locator("td.field-title a").first.click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/\?next=.*"))
    submit(editor, "Moderators approval")
    editor.wait_for_url(re.compile(r".*/admin/events/eventpage/\?.*"))
    assert editor.url.endswith(listing)
    expect(editor.get_by_text(re.compile("submitted for moderation"))).to_be_visible()
    watch.assert_none("submitting from a filtered list")
    editor.context.close()


def test_the_dashboard_opens_an_event_at_its_booking_tab(browser, site_url):
    moderator, watch = admin_page(browser, site_url, "moderator")
    glance = moderator.locator("#network-at-a-glance-section")
    line = glance.locator(".lead-glance__item").filter(has_text="without booking details")
    expect(line).to_contain_text("Add booking details:")
    event = line.locator(".lead-glance__entries a").first
    event_name = event.inner_text().split("(")[0].strip()  # less "(add booking details)"
    event.click()
    expect(tab(moderator, "Booking and access")).to_have_attribute("aria-selected", "true")
    expect(moderator.locator("#id_title")).to_have_value(event_name)  # on the hidden Event tab
    expect(moderator.locator("#id_booking_url")).to_be_visible()
    watch.assert_none("opening an event from the dashboard")
    moderator.context.close()
