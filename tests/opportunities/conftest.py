"""Fixtures for paid roles: the board, and roles on it (live, draft, closed or private)."""

import io

import pytest
from wagtail.models import PageViewRestriction

from home.demo.sections import ensure_section
from network.demo.loader import seed_taxonomies
from network.models import PaymentRoute
from opportunities.models import OpportunityIndexPage, OpportunityPage

from .factories import OpportunityPageFactory


@pytest.fixture
def board(home_page):
    seed_taxonomies()
    return ensure_section(
        home_page, "opportunities", OpportunityIndexPage, io.StringIO(), title="Paid opportunities"
    )


@pytest.fixture
def make_role(board):
    """make_role(title, live=True, restricted=False, routes=("payroll",), **fields): a role on
    the board, published unless live=False."""

    def _make(title=None, *, live=True, restricted=False, routes=("payroll",), **fields):
        if title is not None:
            fields["title"] = title
        role = OpportunityPageFactory.build(**fields)
        role.payment_routes = list(PaymentRoute.objects.filter(slug__in=routes))
        role.live = live
        board.add_child(instance=role)
        revision = role.save_revision()
        if live:
            revision.publish()
        if restricted:
            PageViewRestriction.objects.create(
                page=role, restriction_type=PageViewRestriction.LOGIN
            )
        return OpportunityPage.objects.get(pk=role.pk)

    return _make
