"""The site search page's logic: everything the template shows, from the request.

The query cost is fixed whatever the number of hits: one query for view restrictions, one for
the counts per type (a facet on content type), one for the page of ten results (with their
indexed text, for the snippets), one per page type on that page for the specific pages, one for
promoted results, and the query log's few.
"""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from lead.features import call_each
from lead.kept import kept_until, next_listed_change
from lead.ratelimit import client_address, first_in_window

from . import types
from .highlight import snippet
from .models import count_search
from .query import clean_query, ranked
from .spelling import did_you_mean

PER_PAGE = 10
LOG_ONCE_PER = 60  # seconds: a visitor's repeats of one search within this are logged once


@dataclass
class Result:
    page: Page  # the specific page
    template: str
    snippet: str
    result_type: types.ResultType


@dataclass
class TypeOption:
    key: str
    label: str
    count: int
    selected: bool
    url: str


def public_pages():
    """Live pages outside any login- or password-restricted section: the only pages search
    ever looks at. (`.public()` reads the view restrictions once, here.) The tree's root
    (depth 1) is never a page anyone visits. Feature apps leave out live pages that are no
    longer listed (a role past its closing date) by declaring `Feature.unlisted_pages`: each
    returns a queryset of page ids, kept as a subquery."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    for unlisted in call_each("unlisted_pages"):
        pages = pages.exclude(pk__in=unlisted)
    return pages


def _no_counts():
    counts = dict.fromkeys([t.key for t in types.available_types()], 0)
    counts[types.ALL] = 0
    return counts


class SiteSearch:
    def __init__(self, request):
        self.request = request
        self.query = clean_query(request.GET.get("q", ""))
        self.requested_type = request.GET.get("type", types.ALL)
        self.result_type = types.get_type(self.requested_type)
        self.type_key = self.result_type.key if self.result_type else types.ALL
        self._now = timezone.now()

    @property
    def is_search(self):
        return bool(self.query.terms)

    @property
    def is_first_view(self):
        """A search someone typed: the first page of all types (not a filter or a later page)."""
        return "page" not in self.request.GET and "type" not in self.request.GET

    @cached_property
    def scope(self):
        return public_pages()

    # What a search finds is the same for everyone (live, public pages only), so the counts,
    # each page of results and the "did you mean" are kept (lead/kept.py, under digests of the
    # words) until published content next changes or a listed page changes by itself (an
    # event date ends, a role closes).

    def _kept(self, kind, parts, make):
        key = (self.query.text, self.request.get_host(), *parts)
        return kept_until(kind, key, lambda: (make(), self._next_change()), self._now)

    def _next_change(self):
        if not hasattr(self, "_change"):
            self._change = next_listed_change(self._now)
        return self._change

    @cached_property
    def counts(self):
        """{type key: number of results}, with the total under "all"."""
        if not self.is_search:
            return _no_counts()
        return self._kept("search-counts", (), self._count)

    def _count(self):
        counts = _no_counts()
        facet = ranked(self.scope, self.query).facet("content_type_id")
        for content_type_id, count in facet.items():
            counts[types.type_for(content_type_id).key] += count
            counts[types.ALL] += count
        return counts

    @property
    def total(self):
        return self.counts[types.ALL]

    @property
    def count(self):
        """Results of the selected type."""
        return self.counts[self.type_key]

    @cached_property
    def type_options(self):
        params = self.request.GET.copy()
        params.pop("page", None)
        options = []
        for key, label in [(types.ALL, "All")] + [
            (t.key, t.label) for t in types.available_types()
        ]:
            if key == types.ALL:
                params.pop("type", None)
            else:
                params["type"] = key
            url = f"?{params.urlencode()}"
            options.append(TypeOption(key, label, self.counts[key], key == self.type_key, url))
        return options

    @cached_property
    def page(self):
        """The paginator page asked for (ten a page; bad page numbers give the last or first
        page), over the kept count: its results are `results_html()`."""
        if not self.is_search:
            return None
        return Paginator(range(self.count), PER_PAGE).get_page(self.request.GET.get("page"))

    def results_html(self):
        """The page's result cards, rendered once and kept."""
        number = self.page.number
        return self._kept(
            "search-results", (self.type_key, number), lambda: self._render_results(number)
        )

    def _render_results(self, number):
        results = ranked(types.filter_by_type(self.scope, self.result_type), self.query)
        if hasattr(results, "as_queryset"):
            # The database backend: each page comes with its indexed text, for the snippet,
            # in the same query.
            results = results.as_queryset(with_text=True)
        bottom = (number - 1) * PER_PAGE
        context = {
            "results": self._results(list(results[bottom : bottom + PER_PAGE])),
            "search_query": self.query.text,
        }
        return render_to_string("search/includes/results.html", context, self.request)

    def _results(self, pages):
        """Specific pages for a page of results: a type whose card works something out
        (`card_queryset`) in one query of its own; every other type together in one query,
        each page's own row joined to Wagtail's (types.joined_name)."""
        own_queries, joined, related = defaultdict(list), [], []
        for page in pages:
            model = ContentType.objects.get_for_id(page.content_type_id).model_class()
            result_type = types.type_for(page.content_type_id)
            name = types.joined_name(model) if model else None
            if model is None or result_type.card_queryset or name is None:
                own_queries[page.content_type_id].append(page.pk)
            else:
                joined.append(page.pk)
                related += [name, *(f"{name}__{path}" for path in result_type.select_related)]
        specific = {}
        if joined:
            rows = Page.objects.filter(pk__in=joined).select_related(*set(related))
            for row in rows:
                own = getattr(row, types.joined_name(row.specific_class), None)
                if own is not None:
                    specific[row.pk] = own
        for content_type_id, ids in own_queries.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue
            queryset = model._default_manager.filter(pk__in=ids)
            result_type = types.type_for(content_type_id)
            if result_type.select_related:
                queryset = queryset.select_related(*result_type.select_related)
            if result_type.card_queryset:
                queryset = getattr(queryset, result_type.card_queryset)()
            specific.update((page.pk, page) for page in queryset)
        results = []
        for base in pages:
            page = specific.get(base.pk)
            if page is None:  # deleted since the search: leave it out
                continue
            results.append(
                Result(
                    page=page,
                    template=types.card_template(page),
                    snippet=self._snippet(page, getattr(base, "search_text", "") or ""),
                    result_type=types.type_for(base.content_type_id),
                )
            )
        return results

    def _snippet(self, page, indexed):
        """From the page's description when a search word is in it, else from its indexed text
        (where the match is); both hold public values only."""
        description = getattr(page, "get_meta_description", lambda: "")() or ""
        terms = self.query.terms
        for text in (description, indexed):
            if any(term in unicodedata.normalize("NFC", text).lower() for term in terms):
                return snippet(text, terms)
        return snippet(description or indexed, terms)

    @cached_property
    def promotions(self):
        """Editors' promoted results for this query, on the first page of "All": only live,
        public pages (or external links)."""
        if not self.is_search or self.result_type or self.page.number != 1:
            return []
        normalised = normalise_query_string(self.query.text)
        return list(
            SearchPromotion.objects.filter(query__query_string=normalised)
            .filter(Q(page__isnull=True) | Q(page__in=self.scope.values("pk")))
            .select_related("page")
            .order_by("sort_order", "pk")
        )

    @cached_property
    def suggestion(self):
        """'Did you mean' for a search that found nothing."""
        if not self.is_search or self.total:
            return None
        return self._kept("search-suggestion", (), self._did_you_mean)

    def _did_you_mean(self):
        return did_you_mean(self.scope, self.query, lambda q: ranked(self.scope, q)[:1].count() > 0)

    def log(self):
        """Record a search someone typed (Wagtail's query hits), and whether it found nothing.
        Filters, later pages, empty queries and the suggestions endpoint are not logged, nor the
        same search from the same address again within the minute (reloads, a script), so the
        reports count people searching rather than requests."""
        if not self.is_search or not self.is_first_view:
            return
        visitor = f"{client_address(self.request)}|{normalise_query_string(self.query.text)}"
        if not first_in_window("search-logged", visitor, LOG_ONCE_PER):
            return
        # No transaction around these: on SQLite a read-then-write transaction can fail at
        # once ("database is locked") when two workers log together; single statements wait.
        count_search(self.query.text, found=bool(self.total))
