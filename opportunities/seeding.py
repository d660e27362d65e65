"""Synthetic paid roles at scale for the benchmark (`manage.py seed_scale --roles N`): real
OpportunityPages made in bulk, a tenth of them closed, with their payment routes; and the
page types it measures (the board, a role, the pay calculator and one of its results).
Development only: read by devtools/registry.py, never imported by the site."""

import random
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PageSeeder, build_post
from network.models import PaymentRoute, Region, Role

from .models import (
    ADJUSTMENTS,
    FairPayRate,
    OpportunityPage,
    Organisation,
    PayCalculatorPage,
    PayUnit,
    WorkMode,
)
from .models.pay import hourly_equivalent

UNITS = [PayUnit.HOUR] * 4 + [PayUnit.DAY, PayUnit.HALF_DAY, PayUnit.SESSION, PayUnit.FIXED]
AMOUNTS = {
    PayUnit.HOUR: (14, 45),
    PayUnit.DAY: (120, 320),
    PayUnit.HALF_DAY: (60, 160),
    PayUnit.SESSION: (40, 150),
    PayUnit.FIXED: (150, 900),
}


class OpportunitySeeder(PageSeeder):
    def __init__(self):
        super().__init__(
            "roles",
            model=OpportunityPage,
            section_slug="opportunities",
            slug_prefix="seed-role",
            build=self.build_fields,
            sizes={"small": 20, "default": 300, "large": 2_000},
        )
        self._terms = None

    def terms(self):
        if self._terms is None:
            organisation, _ = Organisation.objects.get_or_create(
                name="Seeded Organisation",
                defaults={"organisation_type": "charity", "contact_email": "seed@example.com"},
            )
            self._terms = {
                "organisation": organisation,
                "regions": list(Region.objects.all()),
                "roles": list(Role.objects.all()),
                "levels": list(FairPayRate.objects.all()),
                "routes": list(PaymentRoute.objects.exclude(slug__startswith="declines")),
            }
        return self._terms

    def build_fields(self, number):
        rng = random.Random(f"lead-seed-role-{number}")  # noqa: S311 (test data)
        base = build_post(number)
        terms = self.terms()
        unit = rng.choice(UNITS)
        low, high = AMOUNTS[unit]
        amount = Decimal(rng.randrange(low, high))
        hours = Decimal(rng.choice([1, 2, 3, 4, 6]))
        sessions = rng.choice([1, 3, 6, 10, 12])
        mode = rng.choice([WorkMode.IN_PERSON, WorkMode.REMOTE, WorkMode.HYBRID])
        closing = timezone.localdate() + timedelta(days=(number % 60) - 6)
        fields = {
            "title": f"Seeded role: {base['title']}",
            "first_published_at": base["first_published_at"],
            "summary": base["intro"][:280],
            "description": "<p>Seeded for the benchmark.</p>",
            "organisation": terms["organisation"],
            "role": rng.choice(terms["roles"]) if terms["roles"] else None,
            "activity_level": rng.choice(terms["levels"]) if terms["levels"] else None,
            "work_mode": mode,
            "region": None if mode == WorkMode.REMOTE else rng.choice(terms["regions"]),
            "hours_per_session": hours,
            "sessions": sessions,
            "closing_date": closing,
            "pay_amount": amount,
            "pay_unit": unit,
            "payment_timing": "30_days",
            "hourly_pay": hourly_equivalent(amount, unit, hours, hours * sessions),
        }
        for name, _label, _help in ADJUSTMENTS:
            fields[name] = rng.random() < 0.4
        return fields

    def after_create(self, pages):
        routes = self.terms()["routes"]
        through = OpportunityPage.payment_routes.through
        through.objects.bulk_create(
            through(opportunitypage_id=page.pk, paymentroute_id=route.pk)
            for page in pages
            for route in routes[: 1 + page.pk % len(routes)]
        )


def pay_calculator_result():
    """A result at the first level of the fair-pay table, from the demo's calculator (None, so
    not measured, when the site has no calculator or no rates)."""
    page = PayCalculatorPage.objects.live().first()
    rate = FairPayRate.objects.first()
    if page is None or rate is None:
        return None
    figures = "people=4&sessions=6&hours=2.5&preparation=1&expenses=12.40"
    return f"{page.url}?level={rate.pk}&{figures}"


def seeders():
    """A fresh seeder per run: it keeps the organisation and terms it links."""
    return {"roles": OpportunitySeeder()}


BENCH_PAGES = [
    BenchPage("opportunities board", "/opportunities/"),
    BenchPage("opportunities, filtered", "/opportunities/?region=remote&min_pay=20&sort=pay"),
    BenchPage("paid role", seeded_page_url("roles")),
    BenchPage("opportunities feed (RSS)", "/opportunities/feed/rss/", size_target=False),
    BenchPage("pay calculator", "/for-organisations/pay-calculator/"),
    BenchPage("pay calculator, result", pay_calculator_result),
]
