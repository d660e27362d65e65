"""Synthetic career pathway steps for the benchmark (`manage.py seed_scale --pathways N`):
real PathwayStepPages made in bulk under /pathways/, each pointing at one of the network's
roles, so a step's "People in this role" reads the seeded profiles; and the pages measured.
Development only: read by devtools/registry.py, never imported by the site."""

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PageSeeder, build_post, site_root
from home.demo.sections import ensure_section
from network.models import Role

from .models import PathwayIndexPage, PathwayStepPage


class PathwayStepSeeder(PageSeeder):
    def __init__(self):
        super().__init__(
            "pathways",
            model=PathwayStepPage,
            section_slug="pathways",
            slug_prefix="seed-step",
            build=self.fields,
            sizes={"small": 6, "default": 6, "large": 12},
        )
        self._roles = None

    def get_parent(self):
        """The overview, added when the site has none yet (a database seeded before it)."""
        existing = site_root().get_children().filter(slug=self.section_slug).first()
        if existing is not None and isinstance(existing.specific, PathwayIndexPage):
            return existing.specific
        section = ensure_section(
            site_root(),
            self.section_slug,
            PathwayIndexPage,
            title="Career pathways",
            intro="Where lived-experience work can lead.",
        )
        return section or super().get_parent()

    def fields(self, number):
        if self._roles is None:
            self._roles = list(Role.objects.order_by("pk"))
        base = build_post(number)
        return {
            "title": f"Step: {base['title']}",
            "intro": base["intro"][:400],
            "body": base["body"],
            "competences": "<ul><li>Listening.</li><li>Sharing lived experience well.</li></ul>",
            "role": self._roles[number % len(self._roles)] if self._roles else None,
            "first_published_at": base["first_published_at"],
        }


def seeders():
    return {"pathways": PathwayStepSeeder()}


BENCH_PAGES = [
    BenchPage("career pathways", "/pathways/"),
    BenchPage("career pathway step", seeded_page_url("pathways")),
]
