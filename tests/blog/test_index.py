"""The blog index, its category and tag views, and what they must never list."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from ..sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in html.select(".post-list .post-card__title")]


def test_index_lists_live_public_posts_newest_first(client, blog, post):
    post("Older", date=date(2026, 1, 5))
    post("Newest", date=date(2026, 3, 1))
    post("Middle", date=date(2026, 2, 1))
    post("Draft one", live=False, date=date(2026, 4, 1))
    post("Private one", restricted=True, date=date(2026, 4, 2))
    assert titles(client.get(blog.url)) == ["Newest", "Middle", "Older"]


def test_index_paginates_twelve_a_page(client, blog, post):
    start = date(2025, 1, 1)
    for n in range(14):
        post(f"Post {n:02d}", date=start + timedelta(days=n))
    first = titles(client.get(blog.url))
    assert len(first) == 12 and first[0] == "Post 13"
    second = titles(client.get(blog.url, {"page": 2}))
    assert second == ["Post 01", "Post 00"]
    html = client.get(blog.url, {"page": 2}).content.decode()
    assert "Page 2 of 2" in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "999999", "1e9", "", "2" * 40])
def test_bad_page_numbers_still_answer(client, blog, post, page):
    post("Only post")
    response = client.get(blog.url, {"page": page})
    assert response.status_code == 200
    assert "Only post" in response.content.decode()


def test_featured_post_shows_first_on_page_one_only_once(client, blog, post):
    featured = post("Chosen one", date=date(2025, 5, 1))
    post("Newer", date=date(2026, 1, 1))
    blog.featured_post = featured
    blog.save_revision().publish()
    html = BeautifulSoup(client.get(blog.url).content, "html.parser")
    box = html.select_one(".blog-index__featured")
    assert "Chosen one" in box.get_text()
    assert titles(client.get(blog.url)) == ["Newer"]


def test_a_featured_post_that_is_unpublished_is_not_shown(client, blog, post):
    featured = post("Pulled post")
    post("Still live")
    blog.featured_post = featured
    blog.save_revision().publish()
    featured.unpublish()
    response = client.get(blog.url)
    assert titles(response) == ["Still live"]  # the index still lists the live posts
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text(strip=True) == "Blog"
    assert html.select_one(".blog-index__featured") is None
    assert "Pulled post" not in response.content.decode()


def test_category_view_lists_only_that_category(client, blog, post):
    post("Pay post", categories=["pay"])
    post("Board post", categories=["boards"])
    post("Pay draft", categories=["pay"], live=False)
    response = client.get(f"{blog.url}category/pay/")
    assert titles(response) == ["Pay post"]
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Pay"
    feed = html.find("link", type="application/rss+xml", href=f"{blog.url}category/pay/feed/rss/")
    assert feed is not None


def test_tag_view_lists_only_that_tag(client, blog, post):
    post("Tagged", tags=["fair-pay"])
    post("Untagged")
    response = client.get(f"{blog.url}tag/fair-pay/")
    assert titles(response) == ["Tagged"]
    assert "Posts tagged “fair-pay”" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "category/no-such-category/",
        "tag/no-such-tag/",
        "category/no-such-category/feed/rss/",
        "category/no-such-category/feed/atom/",
        "category/",
        "tag/",
        "category/pay/extra/",
    ],
)
def test_unknown_slugs_give_404(client, blog, post, path):
    post("Pay post", categories=["pay"])
    assert titles(client.get(f"{blog.url}category/pay/")) == ["Pay post"]  # the known one works
    response = client.get(f"{blog.url}{path}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_tag_used_only_on_drafts_is_not_revealed(client, blog, post):
    post("Secret draft", tags=["secret-plan"], live=False)
    post("Private post", tags=["private-plan"], restricted=True)
    post("Open post", tags=["open-plan"])
    assert titles(client.get(f"{blog.url}tag/open-plan/")) == ["Open post"]  # the control
    for tag in ("secret-plan", "private-plan"):
        response = client.get(f"{blog.url}tag/{tag}/")
        assert response.status_code == 404, tag
        html = response.content.decode()
        assert "Page not found" in html and "Posts tagged" not in html, tag


def test_empty_category_says_so(client, blog, post):
    from ..factories import category

    category("empty-cat", "Empty cat")
    response = client.get(f"{blog.url}category/empty-cat/")
    assert response.status_code == 200
    assert "No posts here yet" in response.content.decode()


def test_sitemap_lists_live_posts_and_used_categories_only(client, blog, post):
    post("Mapped", categories=["pay"])
    post("Unmapped draft", categories=["secret-cat"], live=False)
    sitemap = sitemap_text(client)
    assert "/blog/mapped/" in sitemap
    assert "/blog/category/pay/" in sitemap
    assert "unmapped-draft" not in sitemap and "secret-cat" not in sitemap


def test_a_kept_page_of_cards_changes_with_what_is_published(client, blog, post):
    """Pages of cards are kept (BlogIndexPage.listing_context) until published content next
    changes: a post published, withdrawn or restricted shows on the very next view."""
    post("First", date=date(2026, 1, 1))
    assert titles(client.get(blog.url)) == ["First"]
    second = post("Second", date=date(2026, 2, 1))
    assert titles(client.get(blog.url)) == ["Second", "First"]
    second.unpublish()
    assert titles(client.get(blog.url)) == ["First"]
    second.save_revision().publish()
    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client.get(blog.url)) == ["First"]


def test_a_featured_post_is_not_listed_again_on_a_later_page(client, blog, post):
    featured = post("Chosen one", date=date(2024, 1, 1))
    for n in range(13):
        post(f"Post {n:02d}", date=date(2025, 1, 1) + timedelta(days=n))
    blog.featured_post = featured
    blog.save_revision().publish()
    first = client.get(blog.url)
    assert len(titles(first)) == 12 and "Chosen one" not in titles(first)
    assert "Page 1 of 2" in first.content.decode()
    assert titles(client.get(blog.url, {"page": 2})) == ["Post 00"]


def test_another_visitors_query_string_never_reaches_a_kept_page(client, blog, post):
    for n in range(13):
        post(f"Post {n:02d}", date=date(2025, 1, 1) + timedelta(days=n))
    planted = client.get(blog.url, {"page": "1", "ref": "planted-by-someone"})
    assert "planted-by-someone" in planted.content.decode()  # the pager keeps it for them
    assert "planted-by-someone" not in client.get(blog.url).content.decode()
