"""Site search: the results page (/search/) and as-you-type suggestions (/search/suggest/)."""

import json

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lead import ratelimit

from . import types
from .query import MAX_QUERY_LENGTH, clean_query
from .site_search import SiteSearch, public_pages

SUGGESTIONS = 8  # at most this many suggestions
SUGGEST_MIN_LENGTH = 2  # characters typed before suggesting
# <, > and & as JSON escapes, so no markup appears even in the raw JSON (as json_script does).
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@require_GET
def search(request):
    if not ratelimit.allow("search", request):
        return ratelimit.too_many_requests("search", "searches")
    site_search = SiteSearch(request)
    if site_search.is_search:
        site_search.log()
    response = render(
        request,
        "search/search.html",
        {
            "search": site_search,
            "search_query": site_search.query.text,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggest(request):
    """{"query": ..., "results": [{"title", "url", "type"}]}: live, public pages whose title
    has words starting with what was typed (the backend's autocomplete), best first. Over the
    rate limit: 429 with no results (the script shows none; the form still searches)."""
    query = clean_query(request.GET.get("q", ""))
    limited = not ratelimit.allow("search-suggest", request)
    results = []
    if not limited and len(query.text) >= SUGGEST_MIN_LENGTH and query.terms:
        pages = public_pages().autocomplete(query.backend_query, operator="and")[:SUGGESTIONS]
        results = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": types.type_for(page.content_type_id).singular,
            }
            for page in pages
        ]
    body = json.dumps({"query": query.text, "results": results}).translate(JSON_ESCAPES)
    response = HttpResponse(body, content_type="application/json", status=429 if limited else 200)
    if limited:
        response["Retry-After"] = str(ratelimit.period("search-suggest"))
    response["X-Robots-Tag"] = "noindex"
    return response
