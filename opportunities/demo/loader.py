"""The demo's paid-roles board (/opportunities/), from demo/content.toml: organisations, the
fair-pay table (example figures), roles around today's date, the members' guide to payments
and benefits that every role links to, and the fair-pay calculator under /for-organisations/.
Adds only what is missing."""

import json
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from home.demo.data import load, pick, rich_text
from home.demo.sections import ensure_section
from home.models import StandardPage
from network.models import PaymentRoute, Region, Role

from ..models import (
    FairPayRate,
    OpportunityIndexPage,
    OpportunityPage,
    Organisation,
    PayCalculatorPage,
)
from .pledge import build_pledge

CONTENT = Path(__file__).with_name("content.toml")


def content():
    return load(CONTENT)


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def build_opportunities(home, stdout):
    data = content()
    created = []
    guide = ensure_benefits_guide(home, data["benefits_guide"])
    board_spec = data["board"]
    board = ensure_section(
        home,
        "opportunities",
        OpportunityIndexPage,
        stdout,
        title=board_spec["title"],
        intro=board_spec["intro"],
        submit_intro=board_spec["submit_intro"],
    )
    if board is None:
        return created
    if guide is not None and board.benefits_guide_id is None:
        OpportunityIndexPage.objects.filter(pk=board.pk).update(benefits_guide=guide)
    rates = {}
    source = data["rates_source"]
    for order, spec in enumerate(data["rates"]):
        rates[spec["level"]], _ = FairPayRate.objects.get_or_create(
            level=spec["level"],
            defaults={
                "description": spec["description"],
                "hourly_rate": Decimal(spec["hourly"]),
                "daily_rate": Decimal(spec["daily"]),
                "source": source["name"],
                "source_url": source["url"],
                "applies_from": source["applies_from"],
                "is_example": True,
                "sort_order": order,
            },
        )
    regions = {region.slug: region for region in Region.objects.all()}
    organisations = {}
    for spec in data["organisations"]:
        organisations[spec["name"]], _ = Organisation.objects.get_or_create(
            name=spec["name"],
            defaults={
                "organisation_type": spec["type"],
                "region": regions.get(spec["region"]),
                "website": spec["website"],
                "contact_email": spec["email"],
            },
        )
    existing = set(board.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    roles = {role.slug: role for role in Role.objects.all()}
    routes = {route.slug: route for route in PaymentRoute.objects.all()}
    for spec in data["roles"]:
        if spec["slug"] in existing:
            continue
        make_role(board, spec, today, organisations, rates, regions, roles, routes)
        created.append(f"role {spec['slug']}")
    calculator = ensure_pay_calculator(home, data["pay_calculator"], stdout)
    pledge = build_pledge(home, stdout)
    if created:
        stdout.write(f"Paid roles added: {len(created)}.")
        created = ["paid roles"]
    return created + ([calculator] if calculator else []) + pledge


def make_role(board, spec, today, organisations, rates, regions, roles, routes):
    role = OpportunityPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=paragraphs(spec["description"]),
        organisation=pick(organisations, spec["organisation"], spec, "organisation"),
        role=roles.get(spec["role"]),
        activity_level=pick(rates, spec["level"], spec, "level"),
        work_mode=spec["mode"],
        region=regions.get(spec.get("region", "")),
        hours_per_session=Decimal(spec["hours"]),
        sessions=spec.get("sessions"),
        ongoing=spec.get("ongoing", False),
        start_date=today + timedelta(days=spec["start"]) if "start" in spec else None,
        closing_date=today + timedelta(days=spec["closing"]),
        pay_amount=Decimal(spec["pay"]),
        pay_amount_max=Decimal(spec["pay_max"]) if "pay_max" in spec else None,
        pay_unit=spec["unit"],
        preparation_hours=Decimal(spec["prep"]) if "prep" in spec else None,
        payment_timing=spec["timing"],
        how_to_apply=spec["how"],
        apply_url=spec.get("apply_url", ""),
        featured=spec.get("featured", False),
    )
    for name in spec["expenses"]:
        setattr(role, name, True)
    for name in spec["adjustments"]:
        setattr(role, name, True)
    role.payment_routes = [pick(routes, slug, spec, "routes") for slug in spec["routes"]]
    board.add_child(instance=role)
    role.save_revision().publish()
    # Published some days ago, so the board's "newest" order and the feeds look lived-in.
    published = timezone.now() - timedelta(days=max(1, 30 - spec["closing"]) % 29 + 1)
    OpportunityPage.objects.filter(pk=role.pk).update(
        first_published_at=published, last_published_at=published
    )
    return role


def ensure_benefits_guide(home, spec):
    """The members' guide to payments and benefits: the guide at /for-members/ that the guides
    app's demo wrote (it loads first), or a standard page of the same name without it."""
    existing = Page.objects.descendant_of(home).live().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    body = [
        {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
        for text in spec["body"]
    ]
    page = StandardPage(
        title=spec["title"], slug=spec["slug"], intro=spec["intro"], body=json.dumps(body)
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_pay_calculator(home, spec, stdout):
    """The calculator under the "For organisations" section (a guides.GuideIndexPage at
    /for-organisations/). The guides app loads after this one, so the section may not exist
    yet: it is found or made by slug, as `ensure_section` does for every section, and the
    guides loader then finds it there and keeps it. Returns what was added, or None."""
    if PayCalculatorPage.objects.exists():  # one calculator (max_count), wherever it is
        return None
    try:
        section_class = apps.get_model("guides", "GuideIndexPage")
    except LookupError:  # a site without the guides app has nowhere to put it
        return None
    section_spec = spec["section"]
    section = ensure_section(
        home,
        section_spec["slug"],
        section_class,
        stdout,
        title=section_spec["title"],
        intro=section_spec["intro"],
    )
    if section is None:
        return None
    calculator = PayCalculatorPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        notes=rich_text(spec["notes"], spec),
    )
    section.add_child(instance=calculator)
    calculator.save_revision().publish()
    stdout.write(f"Pay calculator added at {calculator.url}.")
    return "pay calculator"
