"""Directory search: keyword, faceted filters with counts, sorting and pagination.

Filters and their counts see only the values the viewer may see: public ones for everyone,
and members-only ones too for a signed-in member. A hidden value is never matched or counted,
so no count can reveal who holds it. AND across facets, OR within one. An option no profile
would match is not offered, unless it is chosen.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, F, Min, Q, Value
from django.db.models.functions import Lower
from django.utils.functional import cached_property

from lead.kept import kept
from search.query import clean_query, matching

from .models import (
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    ProfileLanguage,
    ProfilePage,
    Region,
    Role,
    Visibility,
)
from .models.profiles import Availability, ExpectsPayment
from .models.visibility import viewer_is_member
from .terms import cached_terms

PER_PAGE = 24
CARD_PHOTO = "fill-160x160"
SORTS = {"name": "Name A to Z", "recent": "Recently joined"}


def visible_levels(is_member):
    """The visibility values a viewer may see: members also see values shown to members."""
    return [Visibility.PUBLIC, Visibility.MEMBERS] if is_member else [Visibility.PUBLIC]


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    field: str  # the ProfilePage field
    model: type | None = None  # taxonomy model; None for a choice field
    visibility: str | None = None  # the field holding the member's visibility choice
    many: bool = False
    choices: tuple = ()  # (key, label) of a choice field

    # Who is looking is never assumed: a default would be a members-only leak waiting for the
    # first caller that forgets it.
    def visible_filter(self, *, is_member):
        if self.visibility:
            return Q(**{f"{self.visibility}__in": visible_levels(is_member)})
        return Q()

    def matching(self, values, *, is_member):
        """Profiles whose value the viewer may see is any of `values` (slugs, or choice keys)."""
        visible = self.visible_filter(is_member=is_member)
        if self.model is None:
            return Q(**{f"{self.field}__in": values}) & visible
        if self.many:
            through = getattr(ProfilePage, self.field).through
            term = self.model._meta.model_name
            ids = through.objects.filter(**{f"{term}__slug__in": values}).values("profilepage_id")
            return Q(pk__in=ids) & visible
        return Q(**{f"{self.field}__slug__in": values}) & visible

    def counts(self, queryset, *, is_member):
        """(option key, number of profiles) rows over the values of `queryset` the viewer may
        see: a query not yet run, so that the directory runs every filter's at once."""
        queryset = queryset.filter(self.visible_filter(is_member=is_member))
        if self.model is None:
            return queryset.values_list(self.field).annotate(n=Count("pk")).order_by()
        if self.many:
            through = getattr(ProfilePage, self.field).through
            term = self.model._meta.model_name
            return (
                through.objects.filter(profilepage__in=queryset.values("pk"))
                .values_list(f"{term}__slug")
                .annotate(n=Count("profilepage"))  # a profile holds a term once
                .order_by()
            )
        return (
            queryset.filter(**{f"{self.field}__isnull": False})
            .values_list(f"{self.field}__slug")
            .annotate(n=Count("pk"))
            .order_by()
        )

    def options(self, profiles):
        """Every option editors have defined (`profiles`, the directory's listed profiles, is
        for filters whose options depend on them: LanguageFacet)."""
        if self.model is None:
            return list(self.choices)
        return cached_terms(self.model)[0]


@dataclass(frozen=True)
class LanguageFacet:
    """Languages, as members write them: the options are the languages live, public profiles
    name (network/models/languages.py), so they are read afresh, not cached. Languages have no
    visibility of their own: they are public wherever the profile is."""

    param: str = "language"
    label: str = "Language"

    def option_rows(self, profiles):
        """The options, as read_terms reads them with the taxonomies' terms (one query)."""
        return (
            ProfileLanguage.objects.filter(profile__in=profiles.values("pk"))
            .values("slug")
            .annotate(name=Min("name"))
            # A to Z as a reader expects it: by the slug (lower case, accents dropped), as a
            # byte-order collation would put "Émakhuwa" after "Welsh" and "iTaukei" after "Urdu".
            .annotate(sort_order=Value(0), sort_key=F("slug"), term_pk=Value(0))
        )

    def options(self, profiles):
        return cached_terms(also=[self.option_rows(profiles)])[0]

    def matching(self, values, *, is_member):  # languages are public wherever the profile is
        return Q(pk__in=ProfileLanguage.objects.filter(slug__in=values).values("profile_id"))

    def counts(self, queryset, *, is_member):
        return (
            ProfileLanguage.objects.filter(profile__in=queryset.values("pk"))
            .values_list("slug")
            .annotate(n=Count("profile"))  # a profile names a language once
            .order_by()
        )


TOTAL = ""  # the key of the number of results among the counts (no filter is called "")
# Kept counts' name: "v2" since they hold the number of results too (an entry kept by the
# code before, without it, is never read).
COUNTS = "directory-counts-v2"

FACETS = [
    Facet("region", "Region", "region", Region, "region_visibility"),
    Facet(
        "experience",
        "Area of lived experience",
        "lived_experience",
        LivedExperienceArea,
        "lived_experience_visibility",
        many=True,
    ),
    Facet("expertise", "Expertise", "expertise", Expertise, many=True),
    Facet("role", "Role sought", "roles_sought", Role, many=True),
    Facet("availability", "Availability", "availability", choices=tuple(Availability.choices)),
    # Payment answers are shown as the member chooses (payment_visibility): public ones alone
    # are matched and counted.
    Facet(
        "payment",
        "Expects payment",
        "expects_payment",
        visibility="payment_visibility",
        choices=tuple(ExpectsPayment.choices),
    ),
    Facet(
        "payment-route",
        "Payment route",
        "payment_routes",
        PaymentRoute,
        "payment_visibility",
        many=True,
    ),
    LanguageFacet(),
]


@dataclass
class FacetState:
    facet: Facet
    choices: list  # (key, label) for every option the filter knows
    selected: list
    # (key, label, count, checked) for each option offered: a count of 0 only when chosen
    options: list = field(default_factory=list)


class DirectorySearch:
    """Everything the directory template shows, computed from the request's GET parameters."""

    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        params = request.GET
        self.is_member = viewer_is_member(request)
        # The site search's machinery: the same trimming, cap and words-only query.
        self.search_query = clean_query(params.get("q", ""))
        self.query_truncated = self.search_query.truncated
        self.query = self.search_query.text
        self.sort = params.get("sort") if params.get("sort") in SORTS else "name"
        self.facets = []
        options = kept("directory-options", (index_page.pk,), self._options)
        for facet in FACETS:
            choices = options[facet.param]
            known = {key for key, _ in choices}
            # Unknown values (a removed region, a mistyped address) are ignored, not an error.
            chosen = [value for value in params.getlist(facet.param) if value in known]
            self.facets.append(FacetState(facet, choices, list(dict.fromkeys(chosen))))

    def _options(self):
        """Every filter's options: the taxonomies' (those not kept) and the languages' from one
        query."""
        listed = self.index_page.profiles()
        taxonomies = [facet for facet in FACETS if getattr(facet, "model", None) is not None]
        read = [facet for facet in FACETS if hasattr(facet, "option_rows")]
        terms = cached_terms(
            *(facet.model for facet in taxonomies),
            also=[facet.option_rows(listed) for facet in read],
        )
        found = dict(zip(taxonomies + read, terms, strict=True))
        return {
            facet.param: found[facet] if facet in found else facet.options(listed)
            for facet in FACETS
        }

    @property
    def selection(self):
        """What the counts and the number of results depend on: who is looking (members see
        values shown to members), the words and the options chosen."""
        chosen = tuple((state.facet.param, tuple(sorted(state.selected))) for state in self.facets)
        return (self.index_page.pk, self.is_member, self.query, chosen)

    @property
    def is_filtered(self):
        return bool(self.query or any(state.selected for state in self.facets))

    @property
    def selected_count(self):
        """How many filter options are chosen, for the collapsed panel's summary."""
        return sum(len(state.selected) for state in self.facets)

    @property
    def noindex(self):
        return bool(self.request.GET)

    @cached_property
    def base(self):
        profiles = self.index_page.profiles()
        if self.query:
            # The search index holds public values only, so hidden words find nothing. The
            # matches stay a subquery: sorting and facet counts happen in the database.
            profiles = matching(profiles, self.search_query)
        return profiles

    def filtered(self, skip=None):
        queryset = self.base
        for state in self.facets:
            if state.selected and state.facet is not skip:
                queryset = queryset.filter(
                    state.facet.matching(state.selected, is_member=self.is_member)
                )
        return queryset

    @cached_property
    def results(self):
        queryset = self.filtered()
        if self.sort == "recent":
            queryset = queryset.order_by("-first_published_at", "pk")
        else:
            queryset = queryset.order_by(Lower("title"), "pk")
        paginator = Paginator(queryset.with_card_data(), PER_PAGE)
        paginator.count = kept(COUNTS, self.selection, self._counts)[TOTAL]
        return paginator.get_page(self.request.GET.get("page"))

    def _counts(self):
        """{filter: {option key: number of profiles}}, each over the profiles the other filters
        select, and {TOTAL: number of results}, all from one UNION ALL query (a query per
        filter would grow with the filters)."""
        parts = []
        for n, state in enumerate(self.facets):
            rows = state.facet.counts(self.filtered(skip=state.facet), is_member=self.is_member)
            parts.append(rows.annotate(facet=Value(n)))
        # The results' number: one row, counted without grouping (a constant groups nothing).
        total = self.filtered().order_by().annotate(key=Value("")).values_list("key")
        parts.append(total.annotate(n=Count("pk"), facet=Value(len(self.facets))))
        counts = {state.facet.param: {} for state in self.facets}
        counts[TOTAL] = 0
        for key, number, n in parts[0].union(*parts[1:], all=True):
            if n == len(self.facets):
                counts[TOTAL] = number
            else:
                counts[self.facets[n].facet.param][key] = number
        return counts

    @cached_property
    def facet_states(self):
        counts_by_facet = kept(COUNTS, self.selection, self._counts)
        for state in self.facets:
            counts = counts_by_facet[state.facet.param]
            # An option nobody would match is not offered, unless it was chosen: unticking
            # it must stay possible.
            state.options = [
                (key, label, counts.get(key, 0), key in state.selected)
                for key, label in state.choices
                if counts.get(key) or key in state.selected
            ]
        return self.facets

    @cached_property
    def active_filters(self):
        """(facet label, option label, URL without it) for the 'you filtered by' summary."""
        active = []
        if self.query:
            active.append(("Keywords", self.query, self._url_without("q", None)))
        for state in self.facet_states:
            labels = {key: label for key, label, _, _ in state.options}
            for value in state.selected:
                active.append(
                    (state.facet.label, labels[value], self._url_without(state.facet.param, value))
                )
        return active

    def _url_without(self, param, value):
        params = self.request.GET.copy()
        params.pop("page", None)
        if value is None:
            params.pop(param, None)
        else:
            params.setlist(param, [v for v in params.getlist(param) if v != value])
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else self.request.path

    @property
    def sort_options(self):
        return [(key, label, key == self.sort) for key, label in SORTS.items()]
