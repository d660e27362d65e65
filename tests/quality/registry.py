"""What the quality harnesses check. Each later feature registers its pages here by adding
an entry to a list — never by copying a test.

- LISTING_BUDGETS: listing pages whose query count must not grow with their items.
- PUBLIC_OUTPUTS: every public output an anonymous visitor can fetch (the leak check reads all of
  them, plus every page in the sitemap). "{key}" in a URL is replaced by a search word planted
  beside the token (never the token itself, which a search page would echo).
- GET_PARAMETERS: every public GET parameter, fed the hostile corpus in bad_input.py.
- FORMS: public forms (url, field names) posted the same corpus.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .growers import add_menu_pages, add_search_matches


@dataclass(frozen=True)
class ListingBudget:
    name: str
    url: str
    grow: Callable  # grow(home_page, count): add `count` more items the listing shows
    ceiling: int  # the most queries the page may make, at any size


LISTING_BUDGETS = [
    ListingBudget("home page (navigation)", "/", add_menu_pages, ceiling=12),
    ListingBudget("standard page (navigation)", "/about/", add_menu_pages, ceiling=12),
    ListingBudget("search results", "/search/?q=budgetmatch", add_search_matches, ceiling=12),
]

PUBLIC_OUTPUTS = [
    "/",
    "/sitemap.xml",
    "/robots.txt",
    "/search/?q={key}",
    "/search/?q={key}&page=2",
]

GET_PARAMETERS = [
    ("/search/", ["q", "page"]),
    ("/", ["page", "q"]),
    ("/about/", ["page"]),
    ("/sitemap.xml", ["p"]),
]

FORMS: list[tuple[str, list[str]]] = []
