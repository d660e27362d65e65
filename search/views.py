"""Site search across live, public pages. The search issue grows this into the full feature."""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    raw_query = request.GET.get("q", "")
    query = " ".join(raw_query.replace("\x00", "").split())
    truncated = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    results_page = None
    # The backend sees words only: quotes and operators would reach SQLite's FTS5 or
    # PostgreSQL's tsquery as syntax. The page still shows what the visitor typed.
    terms = " ".join(re.findall(r"\w+", query))
    if query:
        results = Page.objects.live().public().specific().search(terms) if terms else []
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    response = render(
        request,
        "search/search.html",
        {"search_query": query, "results": results_page, "truncated": truncated},
    )
    return response
