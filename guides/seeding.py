"""Synthetic guides at scale for the benchmark (`manage.py seed_scale --guides N`): real
GuidePages made in bulk in the "For organisations" section, each pointing to three others as
related guides; and the section's page types it measures. Development only: read by
devtools/registry.py, never imported by the site."""

from datetime import timedelta

from django.utils import timezone

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PageSeeder, build_post, site_root
from home.demo.sections import ensure_section

from .models import GuideIndexPage, GuidePage

RELATED = 3


class GuideSeeder(PageSeeder):
    def __init__(self):
        super().__init__(
            "guides",
            model=GuidePage,
            section_slug="for-organisations",
            slug_prefix="seed-guide",
            build=self.fields,
            sizes={"small": 10, "default": 50, "large": 200},
        )

    def get_parent(self):
        """The section, added when the site has none yet (a database seeded before guides)."""
        existing = site_root().get_children().filter(slug=self.section_slug).first()
        if existing is not None and isinstance(existing.specific, GuideIndexPage):
            return existing.specific
        section = ensure_section(
            site_root(),
            self.section_slug,
            GuideIndexPage,
            title="For organisations",
            intro="Guides for organisations that involve lived-experience leaders.",
        )
        return section or super().get_parent()

    def fields(self, number):
        base = build_post(number)
        # Reviewed every six months; a few are past it, as on a real site.
        reviewed = timezone.localdate() - timedelta(days=number % 200)
        return {
            "title": f"Guide: {base['title']}",
            "intro": base["intro"][:400],
            "summary": "<ul><li>Pay people for their time.</li><li>Say what you pay.</li></ul>",
            "body": base["body"],
            "content_owner": "Seeded working group",
            "last_reviewed": reviewed,
            "next_review_due": reviewed + timedelta(days=180),
            "first_published_at": base["first_published_at"],
        }

    def after_create(self, pages):
        """Each guide points to the next three guides of the batch."""
        through = GuidePage.related_guides.through
        rows = []
        for index, page in enumerate(pages):
            others = [pages[(index + step) % len(pages)] for step in range(1, RELATED + 1)]
            rows += [
                through(from_guidepage_id=page.pk, to_guidepage_id=other.pk)
                for other in others
                if other.pk != page.pk
            ]
        through.objects.bulk_create(rows, ignore_conflicts=True)


def seeders():
    return {"guides": GuideSeeder()}


BENCH_PAGES = [
    BenchPage("guide section", "/for-organisations/"),
    BenchPage("guide", seeded_page_url("guides")),
]
