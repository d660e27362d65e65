"""Share links on posts, events and roles: plain links to email and the main networks carrying
the page's public address, and a "More ways to share" button left hidden for the Web Share API
script to show. Never on a page not everyone may read (login or members-only), a closed role,
or a preview of a draft: its title or address must not reach a network."""

from urllib.parse import parse_qs, quote, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from ..factories import blog_index, board, events_index, make_event, make_post, make_role

pytestmark = pytest.mark.django_db

NETWORKS = {
    "LinkedIn": "https://www.linkedin.com/sharing/share-offsite/",
    "Bluesky": "https://bsky.app/intent/compose",
    "X": "https://x.com/intent/post",
    "Facebook": "https://www.facebook.com/sharer/sharer.php",
    "WhatsApp": "https://wa.me/",
}


def make(kind, home_page, title, **fields):
    if kind == "post":
        return make_post(blog_index(home_page), title, **fields)
    if kind == "event":
        return make_event(events_index(home_page), title, **fields)
    return make_role(board(home_page), title, **fields)


def read(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def share_section(page):
    return page.select_one("section.share")


@pytest.mark.parametrize("kind", ["post", "event", "role"])
def test_a_public_page_offers_plain_share_links(client, home_page, kind):
    item = make(kind, home_page, "Paid roles & fair pay")
    page = read(client.get(item.url))
    section = share_section(page)
    assert section is not None
    assert section.find(["h2", "h3"]).get_text(strip=True) == f"Share this {kind}"
    full_url = f"http://testserver{item.url}"
    links = {a.get_text(" ", strip=True): a["href"] for a in section.select("a")}
    assert set(links) == {
        "Share by Email",
        *(f"Share on {name}" for name in NETWORKS),
    }
    for name, address in NETWORKS.items():
        href = links[f"Share on {name}"]
        assert href.startswith(f"{address}?"), href
        assert quote(full_url, safe="") in href  # the public address, encoded once
    email = parse_qs(urlsplit(links["Share by Email"]).query)
    assert email["subject"] == ["Paid roles & fair pay"]
    assert email["body"] == [f"Paid roles & fair pay\n\n{full_url}"]
    # The device's share sheet: a button the script shows only where navigator.share exists.
    button = section.select_one("button.share__button")
    assert button.has_attr("hidden") and button["type"] == "button"
    assert button["data-share-url"] == full_url
    assert button["data-share-title"] == "Paid roles & fair pay"
    # No network's script: only the site's own.
    scripts = [tag["src"] for tag in page.find_all("script", src=True)]
    assert "/static/js/share.js" in scripts
    assert all(src.startswith("/static/") for src in scripts), scripts


@pytest.mark.parametrize("kind", ["post", "event", "role"])
def test_no_share_links_on_a_page_for_signed_in_people_only(client, home_page, member_user, kind):
    shut = make(kind, home_page, "Members circle notes", restricted=True)
    client.force_login(member_user)
    page = read(client.get(shut.url))
    assert page.find("h1").get_text(strip=True) == "Members circle notes"  # it is shown...
    assert share_section(page) is None  # ...but offered to no network
    assert "linkedin.com" not in str(page) and "data-share-url" not in str(page)


def test_no_share_links_under_a_restricted_section(client, home_page, member_user):
    """A restriction on the blog covers every post in it."""
    blog = blog_index(home_page)
    PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.LOGIN)
    post = make_post(blog, "Inside a closed blog")
    client.force_login(member_user)
    page = read(client.get(post.url))
    assert page.find("h1").get_text(strip=True) == "Inside a closed blog"
    assert share_section(page) is None


@pytest.mark.parametrize("kind", ["post", "event", "role"])
def test_no_share_links_in_a_preview_of_a_draft(client, home_page, admin_user, kind):
    draft = make(kind, home_page, "Unannounced plans", live=False)
    client.force_login(admin_user)
    page = read(client.get(f"/admin/pages/{draft.pk}/view_draft/"))
    assert page.find("h1").get_text(strip=True) == "Unannounced plans"
    assert share_section(page) is None and "Unannounced%20plans" not in str(page)


def test_a_preview_of_a_live_page_offers_no_share_links_either(client, home_page, admin_user):
    post = make_post(blog_index(home_page), "Live post")
    post.title = "Retitled in a draft"
    post.save_revision()
    client.force_login(admin_user)
    preview = read(client.get(f"/admin/pages/{post.pk}/view_draft/"))
    assert preview.find("h1").get_text(strip=True) == "Retitled in a draft"
    assert share_section(preview) is None
    live = read(client.get(post.url))
    assert share_section(live) is not None and "Retitled" not in str(live)


def test_a_closed_role_offers_no_share_links(client, home_page, clock):
    from django.utils import timezone

    roles = board(home_page)
    open_role = make_role(roles, "Open panel seat")
    closed = make_role(roles, "Closed panel seat", closing_date=timezone.localdate())
    clock.shift(60 * 60 * 24 * 2)  # two days on: the second role has closed
    assert share_section(read(client.get(open_role.url))) is not None
    page = read(client.get(closed.url))
    assert "This role closed on" in page.get_text()
    assert share_section(page) is None
