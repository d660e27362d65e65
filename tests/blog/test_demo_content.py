"""The blog's demo content: enough original posts to show every feature, loaded once."""

import io

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
    # Every demo post renders, and the index, a category and the feeds answer.
    for post in posts:
        assert client.get(post.url).status_code == 200
    for url in ("/blog/", "/blog/category/leadership/", "/blog/feed/rss/", "/blog/feed/atom/"):
        assert client.get(url).status_code == 200


def test_loading_the_demo_twice_adds_no_posts(full_demo_site):
    before = BlogPage.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert BlogPage.objects.count() == before
