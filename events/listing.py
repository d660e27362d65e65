"""The events listing (/events/ and /events/past/): filters read from the query string, the
occurrences they select (ordered and paginated by the database), and the filter form's options.

Bad values never reach the database: each filter is checked against what it may hold, and a
value that is not understood is dropped with a message saying so.

Access arrangements add up: a visitor who needs step-free access and a hearing loop needs both,
so each one ticked narrows the list, and each option's count is of the event dates shown that
also offer it. All those counts come from one aggregate query; an arrangement no event date
shown offers is left out, unless it is ticked.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode

from home.models import SiteSettings
from lead.kept import kept_until
from network.models import Region
from network.models.visibility import viewer_is_member
from network.terms import cached_terms

from . import recurrence
from .choices import ACCESS_FEATURES, Access, EventFormat

PER_PAGE = 20
MONTHS_SHOWN = 12
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
SLUG_PATTERN = re.compile(r"^[-a-z0-9_]{1,100}$")
# The months anyone may ask for (the date types' own range is far wider).
FIRST_YEAR, LAST_YEAR = 2000, 2100


ACCESS_LABELS = {name: label for name, label, _help in ACCESS_FEATURES}


@dataclass(frozen=True)
class Term:
    slug: str
    name: str


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    selected: bool
    count: int | None = None


def parse_month(value):
    """(year, month) for 'YYYY-MM' in range, else None."""
    match = MONTH_PATTERN.match(value or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return year, month


def month_bounds(year, month):
    first = recurrence.aware(datetime.combine(date(year, month, 1), time.min))
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, recurrence.aware(datetime.combine(following, time.min))


def month_label(year, month):
    return f"{date(year, month, 1):%B %Y}"


class EventListing:
    def __init__(self, index, request, *, past=False, now=None):
        self.index = index
        self.request = request
        self.past = past
        self.now = now or timezone.now()
        self.problems = []
        self.is_member = viewer_is_member(request)
        params = request.GET
        self.format = self._choice(params.get("format", ""), dict(EventFormat.choices), "format")
        # The regions as filters offer them, kept (network/terms.py): slug and name.
        self.regions = [Term(slug, name) for slug, name in cached_terms(Region)[0]]
        self.region = self._region(params.get("region", ""))
        self.month = self._month(params.get("month", ""))
        self.access = self._access(params.getlist("access"))
        self.page_number = params.get("page")

    # --- reading the query string ------------------------------------------------------------

    def _choice(self, value, choices, what):
        if not value:
            return ""
        if value in choices:
            return value
        self.problems.append(f"We do not know that {what}, so events of every {what} are shown.")
        return ""

    def _region(self, value):
        if not value:
            return None
        if SLUG_PATTERN.match(value):
            for region in self.regions:
                if region.slug == value:
                    return region
        self.problems.append("We do not know that region, so events in every region are shown.")
        return None

    def _month(self, value):
        if not value:
            return None
        parsed = parse_month(value)
        if parsed is None:
            self.problems.append(
                "We could not read that month (it should look like 2027-03), so every month "
                "is shown."
            )
        return parsed

    def _access(self, values):
        chosen = [value for value in dict.fromkeys(values) if value in ACCESS_LABELS]
        if any(value and value not in ACCESS_LABELS for value in values):
            self.problems.append(
                "We do not know one of those access arrangements, so it is not used to "
                "filter events."
            )
        return chosen

    # --- results -----------------------------------------------------------------------------

    def queryset(self):
        occurrences = self.index.occurrences(members=self.is_member)
        occurrences = occurrences.past(self.now) if self.past else occurrences.upcoming(self.now)
        if self.format:
            occurrences = occurrences.in_format(self.format)
        if self.region is not None:
            occurrences = occurrences.filter(event__region__slug=self.region.slug)
        if self.month:
            first, following = month_bounds(*self.month)
            occurrences = occurrences.filter(start__gte=first, start__lt=following)
        for name in self.access:
            occurrences = occurrences.filter(**{f"event__{name}": Access.YES})
        return occurrences.for_listing()

    # The count, the access counts and each page of cards are the same for every viewer of
    # the same kind (members see members-only events) and the same filters, so they are kept
    # until published content next changes, or the first event date shown ends (it moves from
    # coming up to past): a kept page costs no query of its own.

    def _kept(self, kind, parts, make):
        key = (self.index.pk, self.past, self.is_member, self.request.get_host(), *self._chosen())
        return kept_until(kind, (*key, *parts), lambda: (make(), self._next_change()), self.now)

    def _chosen(self):
        region = self.region.slug if self.region else ""
        return (self.format, region, self.month, tuple(sorted(self.access)))

    def _next_change(self):
        """When the listing next changes of itself: when the first event date not yet over
        ends. Read once however many answers are made."""
        if not hasattr(self, "_change"):
            self._change = self.index.occurrences(members=self.is_member).next_end(self.now)
        return self._change

    def _summary(self):
        """The number of event dates shown, and of those offering each access arrangement:
        one query."""
        counts = self.queryset().aggregate(
            total=Count("pk"),
            **{
                name: Count("pk", filter=Q(**{f"event__{name}": Access.YES}))
                for name in ACCESS_LABELS
            },
        )
        return counts

    @cached_property
    def counts(self):
        return self._kept("event-listing", (), self._summary)

    @cached_property
    def results(self):
        """The page of results asked for (a Django Page over the kept count, without rows:
        the cards are kept apart)."""
        return Paginator(range(self.counts["total"]), PER_PAGE).get_page(self.page_number)

    def cards(self):
        """The page's event dates as HTML, by month."""
        number = self.results.number
        return self._kept("event-cards", (number,), lambda: self._render_cards(number))

    def _render_cards(self, number):
        bottom = (number - 1) * PER_PAGE
        occurrences = list(self.queryset()[bottom : bottom + PER_PAGE])
        context = {"occurrences": occurrences}
        return render_to_string("events/includes/occurrence_list.html", context, self.request)

    @property
    def is_filtered(self):
        return bool(self.format or self.region or self.month or self.access)

    @property
    def selected_count(self):
        """How many filters are applied, for the collapsed panel's summary."""
        return sum(map(bool, (self.format, self.region, self.month))) + len(self.access)

    @property
    def noindex(self):
        """Filtered and later pages are not for search engines (the sitemap lists the rest)."""
        return self.is_filtered or bool(self.problems) or self.results.number > 1

    # --- the filter form ---------------------------------------------------------------------

    def format_options(self):
        return [Option(v, label, v == self.format) for v, label in EventFormat.choices]

    def region_options(self):
        chosen = self.region.slug if self.region else None
        return [Option(r.slug, r.name, r.slug == chosen) for r in self.regions]

    def access_options(self):
        """An Option with its count for each arrangement some event date shown offers, or that
        is ticked (counted with the results)."""
        counts = self.counts
        return [
            Option(name, label, name in self.access, counts[name])
            for name, label in ACCESS_LABELS.items()
            if counts[name] or name in self.access
        ]

    def month_options(self):
        today = timezone.localtime(self.now, recurrence.site_zone()).date()
        months = []
        year, month = today.year, today.month
        for _ in range(MONTHS_SHOWN):
            months.append((year, month))
            year, month = (year, month + 1) if not self.past else (year, month - 1)
            if month == 13:
                year, month = year + 1, 1
            if month == 0:
                year, month = year - 1, 12
        if self.month and self.month not in months:
            months.append(self.month)
            months.sort(reverse=self.past)
        return [Option(f"{y}-{m:02d}", month_label(y, m), (y, m) == self.month) for y, m in months]

    def active_filters(self):
        """(what, value, address without it) for each filter applied."""
        active = []
        if self.format:
            active.append(("Format", EventFormat(self.format).label, self._without("format")))
        if self.region:
            active.append(("Region", self.region.name, self._without("region")))
        if self.month:
            active.append(("Month", month_label(*self.month), self._without("month")))
        for name in self.access:
            active.append(("Access", ACCESS_LABELS[name], self._without("access", name)))
        return active

    def _without(self, name, value=None):
        """This listing's address without filter `name` (or without just its `value`)."""
        kept = [
            ("format", self.format),
            ("region", self.region.slug if self.region else ""),
            ("month", "{}-{:02d}".format(*self.month) if self.month else ""),
            *(("access", access) for access in self.access),
        ]
        query = urlencode(
            [
                (key, kept_value)
                for key, kept_value in kept
                if kept_value and not (key == name and value in (None, kept_value))
            ]
        )
        return f"?{query}" if query else self.request.path

    @property
    def heading(self):
        return "Past events" if self.past else self.index.title

    @property
    def archive_description(self):
        """What search engines and share previews say of /events/past/."""
        if self.index.past_intro:
            return self.index.past_intro
        organisation = SiteSettings.for_request(self.request).organisation_name
        return (
            f"Past events from {organisation}: talks, workshops and peer sessions that have "
            "already taken place."
        )

    @property
    def other_listing_url(self):
        base = self.index.get_url(self.request)
        return base if self.past else f"{base}past/"
