"""Synthetic posts at scale for the benchmark (`manage.py seed_scale --posts N`), and the blog's
page types it measures. Development only: read by devtools/registry.py, never imported by the
site."""

import random

from django.utils import timezone
from taggit.models import Tag

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PageSeeder, build_post, site_root
from home.demo.sections import ensure_section

from .models import Author, BlogCategory, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag
from .models.pages import reading_minutes

SEED_TAGS = ["boards", "pay", "peer-support", "wellbeing", "research", "co-production"]


class PostSeeder(PageSeeder):
    """Real BlogPages with categories, tags and an author each, made in bulk."""

    def __init__(self):
        super().__init__(
            "posts",
            model=BlogPage,
            section_slug="blog",
            slug_prefix="seed-post",
            build=self.fields,
            sizes={"small": 50, "default": 500, "large": 2_000},
        )

    def get_parent(self):
        """The blog index, replacing the core's placeholder /blog/ page if it is still there."""
        parent = super().get_parent().specific
        if isinstance(parent, BlogIndexPage):
            return parent
        return ensure_section(site_root(), "blog", BlogIndexPage, title="Blog") or parent

    def fields(self, number):
        base = build_post(number)
        page = BlogPage(body=base["body"])
        return {
            "title": base["title"],
            "standfirst": base["intro"][:300],
            "body": base["body"],
            "first_published_at": base["first_published_at"],
            "last_published_at": base["first_published_at"],
            "date": timezone.localdate(base["first_published_at"]),
            "reading_minutes": reading_minutes(page.body),
        }

    def _related(self):
        if not hasattr(self, "_cache"):
            categories = list(BlogCategory.objects.all()) or [
                BlogCategory.objects.create(name="Leadership", slug="leadership")
            ]
            authors = [
                Author.objects.get_or_create(name=f"Seed author {n}")[0] for n in range(1, 6)
            ]
            tags = [Tag.objects.get_or_create(slug=s, defaults={"name": s})[0] for s in SEED_TAGS]
            self._cache = categories, authors, tags
        return self._cache

    def after_create(self, pages):
        categories, authors, tags = self._related()
        through = BlogPage.categories.through
        category_rows, author_rows, tag_rows = [], [], []
        for page in pages:
            rng = random.Random(f"lead-seed-post-links-{page.slug}")  # noqa: S311 (test data)
            for category in rng.sample(categories, min(2, len(categories))):
                category_rows.append(through(blogpage_id=page.pk, blogcategory_id=category.pk))
            author_rows.append(BlogPageAuthor(page_id=page.pk, author=rng.choice(authors)))
            for tag in rng.sample(tags, 2):
                tag_rows.append(BlogPageTag(content_object_id=page.pk, tag_id=tag.pk))
        through.objects.bulk_create(category_rows)
        BlogPageAuthor.objects.bulk_create(author_rows)
        BlogPageTag.objects.bulk_create(tag_rows)


def seeders():
    """A fresh seeder per run: it keeps the categories, authors and tags it links."""
    return {"posts": PostSeeder()}


BENCH_PAGES = [
    BenchPage("blog index", "/blog/"),
    BenchPage("blog index, page 2", "/blog/?page=2"),
    BenchPage("blog category", "/blog/category/leadership/"),
    BenchPage("post", seeded_page_url("posts")),
    BenchPage("blog feed (RSS)", "/blog/feed/rss/", size_target=False, requests=50),
    BenchPage("sitemap, blog", "/sitemap-blog.xml", size_target=False, requests=50),
]
