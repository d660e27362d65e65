"""The page types the browser tests visit: one registry, so coverage grows by one line.

Every test in tests/browser/ that checks "each kind of page" is parametrized over PAGE_TYPES, so
adding a page type (blog index, post, directory, profile, events...) means appending one
("name", "path") tuple to the core's list below or to the feature's BROWSER_PAGES (its quality
module, tests/quality/features/); the accessibility and narrow-screen tests then cover it. The path
must exist in the demo content that `manage.py load_demo_content` builds, because that is what the
live server serves. A path that should not answer 200 goes in EXPECTED_STATUS too.
"""

import pytest

from ..quality import registry

PAGE_TYPES = [
    ("home", "/"),
    ("standard page", "/about/"),
    ("follow page", "/follow/"),
    ("search results", "/search/?q=network"),
    ("search, empty", "/search/"),
    ("search, no results", "/search/?q=nothingmatchesthisword"),
    ("search, one type", "/search/?q=peer&type=people"),
    ("not found (404)", "/no-such-page/"),
]

# Each feature's own pages: BROWSER_PAGES in its quality module (Feature.quality).
PAGE_TYPES += registry.BROWSER_PAGES

# Every other path must answer 200, so a mistyped path fails instead of quietly testing the 404.
EXPECTED_STATUS = {"/no-such-page/": 404}


def page_type_params():
    """PAGE_TYPES as pytest params for ("name", "path"), each test id being the page's name."""
    return [pytest.param(name, path, id=name) for name, path in PAGE_TYPES]
