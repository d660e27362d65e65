"""The blog's demo content: enough original posts to show every feature, loaded once."""

import io
from html import unescape

import pytest
from django.core.management import call_command

from blog.models import BlogIndexPage, BlogPage

pytestmark = pytest.mark.django_db


def test_demo_blog_has_posts_with_references_notes_and_member_bylines(client, full_demo_site):
    blog = BlogIndexPage.objects.get()
    posts = blog.posts()
    assert posts.count() >= 8
    assert blog.featured_post is not None and blog.featured_post.live
    with_references = [p for p in posts if len(p.references)]
    assert len(with_references) >= 6
    for post in with_references:
        for reference in post.references:
            assert reference.value["authors"] and reference.value["year"]
            assert reference.value["title"]
    assert sum(1 for p in posts if p.content_note) >= 2
    linked = posts.filter(post_authors__author__profile__isnull=False).distinct()
    assert linked.count() >= 5
    assert all(p.categories.exists() and p.tags.exists() for p in posts)
    # Every demo post renders, and the index, a category and the feeds list them.
    for post in posts:
        response = client.get(post.url)
        assert response.status_code == 200, post.url
        assert f"<h1>{post.title}</h1>" in unescape(response.content.decode()), post.url
    newest = posts.first()
    leading = posts.filter(categories__slug="leadership").first()
    for url, shown in (
        ("/blog/", ["<h1>Blog</h1>", newest.title]),
        ("/blog/category/leadership/", ["<h1>Leadership</h1>", leading.title]),
        ("/blog/feed/rss/", ["<rss", newest.title]),
        ("/blog/feed/atom/", ["<feed", newest.title]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = unescape(response.content.decode())
        for part in shown:
            assert part in text, (url, part)


def test_loading_the_demo_twice_adds_no_posts(full_demo_site):
    before = BlogPage.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert BlogPage.objects.count() == before
