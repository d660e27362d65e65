"""The page types the browser tests visit: one registry, so coverage grows by one line.

Every test in tests/browser/ that checks "each kind of page" is parametrized over PAGE_TYPES, so
adding a page type (blog index, post, directory, profile, events...) means appending one
("name", "path") tuple below; the accessibility and narrow-screen tests then cover it. The path
must exist in the demo content that `manage.py load_demo_content` builds, because that is what the
live server serves. A path that should not answer 200 goes in EXPECTED_STATUS too.
"""

import pytest

PAGE_TYPES = [
    ("home", "/"),
    ("standard page", "/about/"),
    ("search results", "/search/?q=network"),
    ("search, empty", "/search/"),
    ("search, no results", "/search/?q=nothingmatchesthisword"),
    ("search, one type", "/search/?q=peer&type=people"),
    ("not found (404)", "/no-such-page/"),
    ("directory", "/network/"),
    ("directory, filtered", "/network/?region=wales&expertise=writing&sort=recent"),
    ("directory, no results", "/network/?q=nobodyhasthisword"),
    ("profile with photo", "/network/danielle-hartley/"),
    ("profile, pseudonym without photo", "/network/wren/"),
]

# Each feature appends its own list here (kept apart so features never edit the same lines).
BLOG_PAGES: list[tuple[str, str]] = [
    ("blog index", "/blog/"),
    ("blog category", "/blog/category/leadership/"),
    ("blog tag", "/blog/tag/boards/"),
    ("blog post with references", "/blog/why-lived-experience-belongs-on-boards/"),
    ("blog post with a content note", "/blog/looking-after-yourself-as-a-lived-experience-leader/"),
]
EVENT_PAGES: list[tuple[str, str]] = [
    ("events", "/events/"),
    ("events, filtered", "/events/?format=online&region=uk-wide-remote"),
    ("events, bad filter", "/events/?month=2027-13"),
    ("events, past", "/events/past/"),
    ("event, repeating", "/events/peer-leadership-circle/"),
    ("event, hybrid with a price", "/events/co-production-in-commissioning/"),
    ("event, cancelled", "/events/spring-network-social-belfast/"),
]
MEMBERSHIP_PAGES: list[tuple[str, str]] = [
    ("join", "/join/"),
    ("join, thank you", "/join/thanks/"),
    ("sign in", "/account/login/"),
    ("forgotten password", "/account/password/"),
    ("contact a member", "/network/danielle-hartley/contact/"),
]
OPPORTUNITY_PAGES: list[tuple[str, str]] = [
    ("paid roles board", "/opportunities/"),
    ("paid roles, filtered", "/opportunities/?region=remote&min_pay=20&sort=pay"),
    ("paid role", "/opportunities/lived-experience-board-member/"),
    ("paid role, closed", "/opportunities/closed-board-observer/"),
    ("offer a paid role", "/opportunities/submit/"),
    ("express interest in a role", "/opportunities/peer-trainer-recovery-college/interest/"),
]
PAGE_TYPES += BLOG_PAGES + EVENT_PAGES + MEMBERSHIP_PAGES + OPPORTUNITY_PAGES

# Every other path must answer 200, so a mistyped path fails instead of quietly testing the 404.
EXPECTED_STATUS = {"/no-such-page/": 404}


def page_type_params():
    """PAGE_TYPES as pytest params for ("name", "path"), each test id being the page's name."""
    return [pytest.param(name, path, id=name) for name, path in PAGE_TYPES]
