"""Synthetic posts at scale for the benchmark (`manage.py seed_scale --posts N`)."""

import random

from django.utils import timezone
from taggit.models import Tag

from home.demo.sections import ensure_section
from home.seeding import PageSeeder, build_post, site_root

from .models import Author, BlogCategory, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag
from .models.pages import reading_minutes

SEED_TAGS = ["boards", "pay", "peer-support", "wellbeing", "research", "co-production"]


class PostSeeder(PageSeeder):
    """Real BlogPages with categories, tags and an author each, made in bulk."""

    def __init__(self):
        super().__init__(
            "posts", model=BlogPage, section_slug="blog", slug_prefix="seed-post", build=self.fields
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
