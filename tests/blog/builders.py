"""Build blog content for tests (shared by the blog tests and the quality harnesses)."""

import io
import json
import uuid

from wagtail.models import PageViewRestriction

from blog.models import Author, BlogCategory, BlogIndexPage, BlogPage, BlogPageAuthor
from home.demo.sections import ensure_section


def blog_index(home_page):
    return ensure_section(
        home_page, "blog", BlogIndexPage, io.StringIO(), title="Blog", intro="Posts."
    )


def category(slug, name=None):
    return BlogCategory.objects.get_or_create(
        slug=slug, defaults={"name": name or slug.replace("-", " ").title()}
    )[0]


def author(name, profile=None, role_line=""):
    return Author.objects.get_or_create(
        name=name, defaults={"profile": profile, "role_line": role_line}
    )[0]


def paragraphs(*texts):
    return json.dumps(
        [
            {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
            for text in texts
        ]
    )


def make_post(
    blog,
    title,
    *,
    live=True,
    restricted=False,
    categories=(),
    tags=(),
    authors=("Test Author",),
    body="Some words about leadership.",
    **fields,
):
    fields.setdefault("standfirst", f"Standfirst of {title}.")
    post = BlogPage(title=title, body=paragraphs(body), **fields)
    post.categories = [category(slug) for slug in categories]
    post.tags.add(*tags)
    post.post_authors = [
        BlogPageAuthor(author=name if isinstance(name, Author) else author(name), sort_order=n)
        for n, name in enumerate(authors)
    ]
    post.live = live
    blog.add_child(instance=post)
    revision = post.save_revision()
    if live:
        revision.publish()
    if restricted:
        PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    return BlogPage.objects.get(pk=post.pk)
