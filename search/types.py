"""The kinds of result the site search filters by: All, then each feature's types (Posts,
People, Events, Paid roles, …) and Pages.

Each feature app declares its types on its AppConfig (`Feature(search_types=(SearchType(…),))`,
lead/features.py). A type names its page model as "app_label.ModelName" and is resolved lazily,
so a type whose model does not exist is simply left out. "Pages" (the core's) is every other page
type. For its own card, a page model sets a class attribute:

    class BlogPage(Page):
        search_result_template = "blog/includes/search_result.html"

The card template is included with `page` (the specific page), `snippet` (HTML-safe text with
the search words in <mark>), `query` (what the visitor searched for), `result_type` (below) and
`request`, and nothing else. Its title is an <h2 class="search-result__title"> linking to the
page. Pages are fetched one query per type for a page of results, with the type's
`select_related`, and through the type's `card_queryset` (a method of the model's queryset
that annotates what the card works out, such as an event's next date): a card reads nothing
else from the database. A model without the attribute gets the type's `template`, or the plain
card, search/includes/result.html.
"""

import functools

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page

from lead.features import SearchType, each

ResultType = SearchType  # the name the search code has always used
ALL = "all"
DEFAULT_TEMPLATE = "search/includes/result.html"


def result_types():
    """Every declared type, in filter order (by `order`, then INSTALLED_APPS order)."""
    return sorted(each("search_types"), key=lambda t: t.order)


def available_types():
    """The types that exist now: those with a model, and the catch-all."""
    return [t for t in result_types() if t.model is None or t.get_model() is not None]


def get_type(key):
    return next((t for t in available_types() if t.key == key), None)


def content_type_ids(result_type):
    """Content type ids of a type's model and its subclasses (cached by Django: no query once
    warm)."""
    model = result_type.get_model()
    return set(get_descendants_content_types_pks(model)) if model else set()


def modelled_content_type_ids():
    """{content type id: type} for every type with a model: worked out once for each set of
    types (a search asks for every result and count; content types never change while the
    site runs)."""
    return _modelled(tuple(available_types()))


@functools.cache
def _modelled(types):
    mapping = {}
    for result_type in types:
        for pk in content_type_ids(result_type):
            mapping[pk] = result_type
    return mapping


def filter_by_type(queryset, result_type):
    """Pages of one type; for the catch-all, pages of no other type."""
    if result_type is None:
        return queryset
    if result_type.model is None:
        return queryset.exclude(content_type_id__in=list(modelled_content_type_ids()))
    return queryset.filter(content_type_id__in=list(content_type_ids(result_type)))


def type_for(content_type_id):
    """The type a page belongs to, from its content type id."""
    return modelled_content_type_ids().get(content_type_id) or next(
        t for t in result_types() if t.model is None
    )


def joined_name(model):
    """The name a Wagtail page row reaches the row of its own type by, in a query
    (`select_related("blogpage")`): for a type directly under Page; None for any other (Page
    itself, or a subclass of another page type)."""
    if model is Page or model._meta.get_parent_list() != [Page]:
        return None
    return model._meta.parents[Page].related_query_name()


def card_template(page):
    """The card for a (specific) page: its model's own, its type's, or the plain card."""
    own = getattr(type(page), "search_result_template", None)
    if own:
        return own
    return type_for(page.content_type_id).template or DEFAULT_TEMPLATE
