"""The board (/opportunities/): open roles, filtered by GET parameters that work without
JavaScript, with counts, sorted and paginated by the database.

Each option's count is worked out over the roles the other filters select (AND across filters,
OR within one). Adjustments add up (every one asked for must be offered), so an adjustment's
count includes the other adjustments chosen. All the counts, and the number of roles matching,
come from one aggregate query, whatever the number of roles or options; the role types and
regions are the network's cached filter options. A value that is not understood is dropped
with a message saying so, never an error.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlencode

from lead.kept import kept_until
from network.models import Region, Role
from network.terms import cached_terms

from .choices import ADJUSTMENTS, OrganisationType, WorkMode
from .dates import next_change, uk_today
from .pay import pounds

PER_PAGE = 20
REMOTE = "remote"
MIN_PAY_CHOICES = [15, 20, 25, 30, 40]
SORTS = {
    "closing": "Closing soonest",
    "newest": "Newest",
    "pay": "Highest pay per hour",
}
CLOSING_SOON_DAYS = 7


@dataclass
class Filter:
    param: str
    label: str
    options: list = field(default_factory=list)  # (value, label, count, selected)
    selected: list = field(default_factory=list)
    many: bool = True


class Board:
    def __init__(self, index, request, now=None):
        self.index = index
        self.request = request
        self.now = now
        self.problems = []
        params = request.GET
        self.roles_terms, self.region_terms = cached_terms(Role, Region)
        self.role = self._choices(params, "role", dict(self.roles_terms), "role type")
        regions = dict(self.region_terms) | {REMOTE: "Remote (UK-wide)"}
        self.region = self._choices(params, "region", regions, "region")
        self.org_type = self._choices(
            params, "organisation", dict(OrganisationType.choices), "kind of organisation"
        )
        adjustments = {name: label for name, label, _help in ADJUSTMENTS}
        self.adjustment = self._choices(params, "adjustment", adjustments, "adjustment")
        self.min_pay = self._min_pay(params.get("min_pay", ""))
        self.closing_soon = params.get("closing") == "soon"
        if params.get("closing") not in (None, "", "soon"):
            self.problems.append("We did not understand the closing filter, so it is left off.")
        sort = params.get("sort", "closing")
        if sort not in SORTS:
            self.problems.append("We do not know that order, so roles closing soonest come first.")
            sort = "closing"
        self.sort = sort
        self.page_number = params.get("page")

    # --- reading the query string ------------------------------------------------------------

    def _choices(self, params, name, known, what):
        values = [value for value in params.getlist(name) if value]
        kept = list(dict.fromkeys(value for value in values if value in known))
        if len(kept) < len(values):
            self.problems.append(f"We do not know that {what}, so it is left out of the filters.")
        return kept

    def _min_pay(self, value):
        if not value:
            return None
        try:
            amount = Decimal(value)
        except (InvalidOperation, ValueError):
            amount = None
        if amount is None or not amount.is_finite() or not (0 < amount <= 1000):
            self.problems.append(
                "The lowest pay should be a number of pounds an hour, so every rate is shown."
            )
            return None
        return amount.quantize(Decimal("0.01"))

    # --- the roles ---------------------------------------------------------------------------

    def base(self):
        """Open, live, public roles on the board. Built once: `.public()` reads the view
        restrictions when it is called."""
        if not hasattr(self, "_base"):
            self._base = self.index.open_roles(self.now)
        return self._base

    @property
    def closing_soon_by(self):
        return uk_today(self.now) + timedelta(days=CLOSING_SOON_DAYS)

    @property
    def conditions(self):
        """{filter: Q} for each filter applied."""
        if hasattr(self, "_conditions"):
            return self._conditions
        conditions = {}
        if self.role:
            conditions["role"] = Q(role__slug__in=self.role)
        if self.region:
            places = Q(region__slug__in=[r for r in self.region if r != REMOTE])
            if REMOTE in self.region:
                places |= Q(work_mode=WorkMode.REMOTE)
            conditions["region"] = places
        if self.org_type:
            conditions["organisation"] = Q(organisation__organisation_type__in=self.org_type)
        if self.adjustment:  # each adjustment asked for must be offered
            conditions["adjustment"] = Q(**dict.fromkeys(self.adjustment, True))
        if self.min_pay is not None:
            conditions["min_pay"] = Q(hourly_pay__gte=self.min_pay)
        if self.closing_soon:
            conditions["closing"] = Q(closing_date__lte=self.closing_soon_by)
        self._conditions = conditions
        return conditions

    def _where(self, skip=None):
        where = Q()
        for name, condition in self.conditions.items():
            if name != skip:
                where &= condition
        return where

    def _matching(self, skip=None):
        return self.base().filter(self._where(skip))

    # The counts and each page of cards are the same for every viewer (open, live, public
    # roles), so they are kept until published content next changes or the UK day ends (the
    # roles closing that day close, and "closing within 7 days" moves on): a kept page costs
    # no query of its own.

    def _kept(self, kind, parts, make):
        now = self.now or timezone.now()
        key = (self.index.pk, self.request.get_host(), *self._chosen(), *parts)
        return kept_until(kind, key, lambda: (make(), next_change(now)), now)

    def _chosen(self):
        """The filters and order, the same however the query string lists them."""
        chosen = (self.role, self.region, self.org_type, self.adjustment)
        return (*(tuple(sorted(values)) for values in chosen), self.min_pay, self.closing_soon,
                self.sort)  # fmt: skip

    @property
    def results(self):
        """The page of results asked for (a Django Page over the kept count, without rows:
        the cards are kept apart, `cards()`)."""
        if not hasattr(self, "_results"):
            paginator = Paginator(range(self.counts["total"]), PER_PAGE)
            self._results = paginator.get_page(self.page_number)
        return self._results

    def cards(self):
        """The page's role cards as HTML list items."""
        number = self.results.number
        return self._kept("role-board-cards", (number,), lambda: self._render_cards(number))

    def _render_cards(self, number):
        bottom = (number - 1) * PER_PAGE
        roles = self._matching().for_cards().sorted_by(self.sort)[bottom : bottom + PER_PAGE]
        context = {"roles": list(roles)}
        return render_to_string("opportunities/includes/role_cards.html", context, self.request)

    @property
    def is_filtered(self):
        return bool(self.conditions)

    @property
    def noindex(self):
        return bool(self.request.GET)

    # --- the counts --------------------------------------------------------------------------

    @property
    def counts(self):
        """{"total": roles matching, (filter, option): roles matching the other filters and
        that option}, from one aggregate query (kept)."""
        if not hasattr(self, "_counts"):
            self._counts = self._kept("role-board-counts", (), self._count_each)
        return self._counts

    def _count_each(self):
        wanted = {"total": self._where()}
        for slug, _name in self.roles_terms:
            wanted["role", slug] = self._where("role") & Q(role__slug=slug)
        for slug, _name in self.region_terms:
            wanted["region", slug] = self._where("region") & Q(region__slug=slug)
        wanted["region", REMOTE] = self._where("region") & Q(work_mode=WorkMode.REMOTE)
        for value, _label in OrganisationType.choices:
            wanted["organisation", value] = self._where("organisation") & Q(
                organisation__organisation_type=value
            )
        for name, _label, _help in ADJUSTMENTS:
            # Adjustments add up (AND): each counts with the other chosen ones.
            also = {other: True for other in self.adjustment if other != name}
            wanted["adjustment", name] = self._where("adjustment") & Q(**also, **{name: True})
        for amount in self._min_pay_amounts():
            wanted["min_pay", amount] = self._where("min_pay") & Q(hourly_pay__gte=amount)
        wanted["closing", "soon"] = self._where("closing") & Q(
            closing_date__lte=self.closing_soon_by
        )
        return self.base().count_each(wanted)

    def _min_pay_amounts(self):
        amounts = [Decimal(amount) for amount in MIN_PAY_CHOICES]
        if self.min_pay is not None and self.min_pay not in amounts:
            amounts = sorted([*amounts, self.min_pay])
        return amounts

    # --- the filter form ---------------------------------------------------------------------

    def _options(self, param, choices, selected):
        counts = self.counts
        return self._visible(
            (value, label, counts[param, value], value in selected) for value, label in choices
        )

    @property
    def filters(self):
        if hasattr(self, "_filters"):
            return self._filters
        self._filters = [
            Filter("role", "Role type", self._options("role", self.roles_terms, self.role)),
            Filter(
                "region",
                "Region",
                self._options(
                    "region", [*self.region_terms, (REMOTE, "Remote (UK-wide)")], self.region
                ),
            ),
            Filter(
                "organisation",
                "Kind of organisation",
                self._options("organisation", OrganisationType.choices, self.org_type),
            ),
            Filter(
                "adjustment",
                "Adjustments offered",
                self._options(
                    "adjustment",
                    [(name, label) for name, label, _help in ADJUSTMENTS],
                    self.adjustment,
                ),
            ),
        ]
        return self._filters

    @staticmethod
    def _visible(options):
        """Options with no open role are left out, unless chosen (so they can be unchosen)."""
        return [option for option in options if option[2] or option[3]]

    @property
    def min_pay_options(self):
        """(amount, label, count, selected): amounts no open role pays are left out, unless
        chosen."""
        chosen = self.min_pay
        return [
            (f"{amount.normalize():f}", f"{pounds(amount)} an hour", count, selected)
            for amount in self._min_pay_amounts()
            for count, selected in [(self.counts["min_pay", amount], amount == chosen)]
            if count or selected
        ]

    @property
    def closing_soon_count(self):
        return self.counts["closing", "soon"]

    @property
    def sort_options(self):
        return [(key, label, key == self.sort) for key, label in SORTS.items()]

    def active_filters(self):
        """(what, value, address without it) for each filter applied."""
        active = []
        labels = {f.param: {o[0]: o[1] for o in f.options} for f in self.filters}
        for param, chosen in (
            ("role", self.role),
            ("region", self.region),
            ("organisation", self.org_type),
            ("adjustment", self.adjustment),
        ):
            for value in chosen:
                what = next(f.label for f in self.filters if f.param == param)
                active.append((what, labels[param].get(value, value), self._without(param, value)))
        if self.min_pay is not None:
            active.append(
                ("Pays at least", f"{pounds(self.min_pay)} an hour", self._without("min_pay", None))
            )
        if self.closing_soon:
            active.append(("Closing", "within 7 days", self._without("closing", None)))
        return active

    def _without(self, param, value):
        params = self.request.GET.copy()
        params.pop("page", None)
        if value is None:
            params.pop(param, None)
        else:
            params.setlist(param, [v for v in params.getlist(param) if v != value])
        encoded = urlencode([(k, v) for k in params for v in params.getlist(k)])
        return f"?{encoded}" if encoded else self.request.path


def closed_role_ids():
    """Roles past their closing date stay readable at their address (saying they closed) but
    leave site search (`Feature.unlisted_pages`)."""
    return apps.get_model("opportunities", "OpportunityPage").objects.closed().values("pk")
