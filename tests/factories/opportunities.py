"""Paid roles: the board, organisations, fair-pay rates and roles; the fair-pay calculator."""

from datetime import timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from guides.models import GuideIndexPage
from network.models import PaymentRoute
from opportunities.models import (
    FairPayRate,
    OpportunityIndexPage,
    OpportunityPage,
    Organisation,
    PayCalculatorPage,
)

from .publishing import add_page


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Paid opportunities"
    slug = "opportunities"
    show_in_menus = True

    class Meta:
        model = OpportunityIndexPage


def board(home_page):
    """The board at /opportunities/, added under the home page if the site has none (the
    tests' site has none: most tests never need it)."""
    existing = OpportunityIndexPage.objects.first()
    return existing or add_page(home_page, OpportunityIndexPageFactory.build())


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    organisation_type = "charity"
    contact_email = factory.Sequence(lambda n: f"roles{n}@organisation.example")

    class Meta:
        model = Organisation


class FairPayRateFactory(factory.django.DjangoModelFactory):
    level = factory.Sequence(lambda n: f"Level {n}")
    hourly_rate = Decimal("25.00")
    daily_rate = Decimal("175.00")
    source = "Test figures"
    applies_from = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = FairPayRate


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """An open, remote role paying £30 an hour for six 2-hour sessions, closing in 14 days."""

    title = factory.Sequence(lambda n: f"Role {n}")
    summary = "Help shape a service with your lived experience."
    description = "<p>What the role involves.</p>"
    organisation = factory.LazyFunction(OrganisationFactory)  # saved: pages are built unsaved
    work_mode = "remote"
    hours_per_session = Decimal("2")
    sessions = 6
    closing_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))
    pay_amount = Decimal("30")
    pay_unit = "hour"
    payment_timing = "30_days"
    how_to_apply = "lead"

    class Meta:
        model = OpportunityPage


def make_role(board, title=None, *, live=True, restricted=False, routes=("payroll",), **fields):
    """A role on the board, paid through the given routes (by slug). Published unless
    live=False."""
    if title is not None:
        fields["title"] = title
    role = OpportunityPageFactory.build(**fields)
    role.payment_routes = [PaymentRoute.objects.get(slug=slug) for slug in routes]
    return add_page(board, role, live=live, restricted=restricted)


class PayCalculatorPageFactory(wagtail_factories.PageFactory):
    title = "Fair-pay calculator"
    slug = "pay-calculator"
    intro = "Work out what involving people costs at LEAD's fair-pay rates."
    notes = "<p>Your budget may also need employer's National Insurance and holiday pay.</p>"

    class Meta:
        model = PayCalculatorPage


def pay_calculator(home_page, **fields):
    """The calculator at /for-organisations/pay-calculator/, added with its section (a guide
    section, found by its slug or added) if the site has none."""
    existing = PayCalculatorPage.objects.first()
    if existing is not None:
        return existing
    section = GuideIndexPage.objects.filter(slug="for-organisations").first()
    if section is None:
        section = add_page(
            home_page,
            GuideIndexPage(
                title="For organisations",
                slug="for-organisations",
                intro="Guides for organisations that involve people with lived experience.",
            ),
        )
    return add_page(section, PayCalculatorPageFactory.build(**fields))
