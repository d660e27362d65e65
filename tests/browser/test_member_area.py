"""The member area in a real browser: sign in as the demo member, then axe on each page of
/account/ and the members-only pages (these need a signed-in member, so they are not in
PAGE_TYPES)."""

from urllib.parse import urljoin

import pytest

from .conftest import STYLESHEET_APPLIED, sign_in_member
from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser

ACCOUNT_PAGES = [
    ("my profile", "/account/"),
    ("edit my profile", "/account/edit/"),
    ("who sees what", "/account/visibility/"),
    ("my photo", "/account/photo/"),
    ("withdraw", "/account/withdraw/"),
    ("my data, to read", "/account/my-data/"),
    ("role alerts", "/account/alerts/"),
    ("members' space", "/members/"),
    ("members' post", "/members/winter-members-update/"),
    ("events, as a member (members-only event)", "/events/"),
    ("members-only event", "/events/members-peer-reflection-session/"),
    # Peer mentoring, for members only.
    ("your mentoring", "/account/mentoring/"),
    ("find a mentor", "/account/mentors/"),
    ("find a mentor, filtered", "/account/mentors/?topic=board-governance&online=on"),
    ("ask a mentor", "/account/mentors/tendai-moyo/ask/"),
]


@pytest.fixture
def signed_in(page, site_url):
    return sign_in_member(page, site_url)


@pytest.mark.parametrize(("name", "path"), ACCOUNT_PAGES, ids=[n for n, _ in ACCOUNT_PAGES])
def test_the_member_area_has_no_serious_axe_violations(signed_in, site_url, request, name, path):
    response = signed_in.goto(urljoin(site_url, path))
    assert response.status == 200, f"{path} answered {response.status}"
    assert signed_in.evaluate(STYLESHEET_APPLIED)
    violations = AXE.run(signed_in, options=AXE_OPTIONS).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    advisory = [v for v in violations if v["impact"] not in BLOCKING]
    ids = ", ".join(v["id"] for v in advisory) or "none"
    summary = (
        f"{name} ({path}): serious/critical {len(blocking)}, moderate/minor {len(advisory)} ({ids})"
    )
    request.node.user_properties.append(("axe summary", summary))
    assert not blocking, f"axe on {path}:\n" + "\n".join(describe(v) for v in blocking)


def test_the_member_sees_their_own_profile_and_a_signed_out_visitor_does_not(signed_in, site_url):
    assert "Danielle Hartley" in signed_in.content()
    signed_in.get_by_role("button", name="Sign out").click()
    signed_in.goto(urljoin(site_url, "/account/"))
    assert "/account/login/" in signed_in.url
