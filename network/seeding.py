"""Synthetic profiles at scale for the benchmark (`manage.py seed_scale --profiles N`), and the
directory's page types it measures. Development only: read by devtools/registry.py, never
imported by the site."""

import random

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PageSeeder, build_profile

from . import consent
from .models import (
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    ProfileLanguage,
    ProfilePage,
    Region,
    Role,
    Visibility,
    split_languages,
)

VISIBILITIES = [Visibility.PUBLIC] * 6 + [Visibility.MEMBERS] * 3 + [Visibility.HIDDEN]
LANGUAGES = ["English"] * 6 + ["English, Welsh", "English and BSL", "Urdu, Punjabi", "Polish"]


class ProfileSeeder(PageSeeder):
    """Real ProfilePages with mixed visibility, regions and taxonomy links, made in bulk."""

    def __init__(self):
        super().__init__(
            "profiles",
            model=ProfilePage,
            section_slug="network",
            slug_prefix="seed-profile",
            build=self.build_fields,
            sizes={"small": 100, "default": 1_000, "large": 10_000},
        )

    def build_fields(self, number):
        rng = random.Random(f"lead-seed-profile-terms-{number}")  # noqa: S311 (test data)
        base = build_profile(number)
        regions = self._terms(Region)
        return {
            "title": base["title"],
            "first_published_at": base["first_published_at"],
            "headline": base["intro"][:120],
            "summary": base["intro"][:280],
            "biography": "<p>Seeded profile for the benchmark.</p>",
            "region": rng.choice(regions) if regions else None,
            "region_visibility": rng.choice(VISIBILITIES),
            "organisation": f"Organisation {number % 97}",
            "organisation_visibility": rng.choice(VISIBILITIES),
            "lived_experience_visibility": rng.choice(VISIBILITIES),
            "payment_visibility": rng.choice(VISIBILITIES),
            "availability": rng.choice(["open", "open", "limited", "not_now"]),
            "expects_payment": rng.choice(["yes", "yes", "yes", "no", "prefer_not"]),
            "languages": rng.choice(LANGUAGES),
            "consent_given_at": base["first_published_at"],
            "consent_wording_version": consent.current_version(),
            "consent_recorded_by": "seed_scale",
        }

    def _terms(self, model):
        cache = self.__dict__.setdefault("_term_cache", {})
        if model not in cache:
            cache[model] = list(model.objects.all())
        return cache[model]

    def after_create(self, pages):
        """Link each profile to a few terms, one bulk insert per relation, and list its
        languages for the directory (a bulk insert skips ProfilePage.save, which does that)."""
        ProfileLanguage.objects.bulk_create(
            ProfileLanguage(profile_id=page.pk, slug=slug, name=name)
            for page in pages
            for slug, name in split_languages(page.languages)
        )
        for field, model, how_many in (
            ("expertise", Expertise, 3),
            ("roles_sought", Role, 2),
            ("lived_experience", LivedExperienceArea, 2),
            ("payment_routes", PaymentRoute, 1),
        ):
            terms = self._terms(model)
            if not terms:
                continue
            through = getattr(ProfilePage, field).through
            term_field = f"{model._meta.model_name}_id"
            rows = []
            for page in pages:
                rng = random.Random(f"lead-seed-{field}-{page.slug}")  # noqa: S311
                for term in rng.sample(terms, min(how_many, len(terms))):
                    rows.append(through(profilepage_id=page.pk, **{term_field: term.pk}))
            through.objects.bulk_create(rows)


def seeders():
    """A fresh seeder per run: it keeps the taxonomy terms it links."""
    return {"profiles": ProfileSeeder()}


BENCH_PAGES = [
    BenchPage("directory", "/network/"),
    BenchPage(
        "directory, filtered",
        "/network/?expertise=peer-support&expertise=writing&region=london&sort=recent",
    ),
    BenchPage("directory, keyword", "/network/?q=leadership", requests=50),
    # A member sees values members may see, with counts to match (network/directory.py).
    BenchPage("directory, as a member", "/network/", viewer="member"),
    BenchPage("directory, payment and language", "/network/?payment=yes&language=welsh"),
    BenchPage("profile", seeded_page_url("profiles")),
    # The largest section's sitemap: up to 10,000 profiles in one document.
    BenchPage("sitemap, directory", "/sitemap-network.xml", size_target=False, requests=50),
]
