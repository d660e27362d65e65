"""The blog: its index, categories, authors and posts."""

import factory
import wagtail_factories

from blog.models import Author, BlogCategory, BlogIndexPage, BlogPage, BlogPageAuthor

from .home import blocks
from .publishing import add_page


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"
    intro = "Posts."
    show_in_menus = True

    class Meta:
        model = BlogIndexPage


def blog_index(home_page):
    """The blog at /blog/, added under the home page if the site has none."""
    return BlogIndexPage.objects.first() or add_page(home_page, BlogIndexPageFactory.build())


class BlogCategoryFactory(factory.django.DjangoModelFactory):
    """A category, found by its slug when it exists."""

    slug = factory.Sequence(lambda n: f"category-{n}")
    name = factory.LazyAttribute(lambda category: category.slug.replace("-", " ").title())

    class Meta:
        model = BlogCategory
        django_get_or_create = ("slug",)


class AuthorFactory(factory.django.DjangoModelFactory):
    """A byline, found by its name when it exists."""

    name = factory.Sequence(lambda n: f"Author {n}")
    profile = None
    role_line = ""

    class Meta:
        model = Author
        django_get_or_create = ("name",)


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Post {n}")
    standfirst = factory.LazyAttribute(lambda post: f"Standfirst of {post.title}.")

    class Meta:
        model = BlogPage


def category(slug, name=None):
    return BlogCategoryFactory(slug=slug, **({"name": name} if name else {}))


def author(name, profile=None, role_line=""):
    return AuthorFactory(name=name, profile=profile, role_line=role_line)


def paragraphs(*texts):
    """A body of paragraph blocks, one per text."""
    return blocks(*(("paragraph", f"<p>{text}</p>") for text in texts))


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
    steps=(),
    **fields,
):
    """A post in `blog`: categories by slug, tags by name, authors by name or as Author rows,
    `steps` the career pathway steps it describes (pages). Published unless live=False."""
    post = BlogPageFactory.build(title=title, body=paragraphs(body), **fields)
    post.categories = [category(slug) for slug in categories]
    post.pathway_steps = list(steps)
    post.tags.add(*tags)
    post.post_authors = [
        BlogPageAuthor(author=name if isinstance(name, Author) else author(name), sort_order=n)
        for n, name in enumerate(authors)
    ]
    return add_page(blog, post, live=live, restricted=restricted)
