"""What the quality harnesses check. Each later feature registers its pages here by adding
an entry to a list — never by copying a test.

- LISTING_BUDGETS: listing pages whose query count must not grow with their items.
- PUBLIC_OUTPUTS: every public output an anonymous visitor can fetch (the leak check reads all of
  them, plus every page in the sitemap). "{key}" in a URL is replaced by a search word planted
  beside the token (never the token itself, which a search page would echo).
- LEAK_PLANTERS: where each feature hides the token (hidden and members-only values, drafts).
- GET_PARAMETERS: every public GET parameter, fed the hostile corpus in bad_input.py;
  SITE_BUILDERS make the sections those parameters belong to.
- FORMS: public forms (url, field names) posted the same corpus.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .growers import add_menu_pages, add_profiles, add_search_matches
from .planters import plant_in_profiles


@dataclass(frozen=True)
class ListingBudget:
    name: str
    url: str
    grow: Callable  # grow(home_page, count): add `count` more items the listing shows
    ceiling: int  # the most queries the page may make, at any size
    sizes: tuple = (3, 60)  # the two data sizes compared


LISTING_BUDGETS = [
    ListingBudget("home page (navigation)", "/", add_menu_pages, ceiling=12),
    ListingBudget("standard page (navigation)", "/about/", add_menu_pages, ceiling=12),
    ListingBudget("search results", "/search/?q=budgetmatch", add_search_matches, ceiling=12),
    ListingBudget("directory", "/network/", add_profiles, ceiling=24, sizes=(5, 200)),
    ListingBudget(
        "directory, filtered",
        "/network/?q=budgetmatch&expertise=peer-support&expertise=writing&sort=recent",
        add_profiles,
        ceiling=24,
        sizes=(5, 200),
    ),
    ListingBudget("home page (featured profiles)", "/", add_profiles, ceiling=16),
]

PUBLIC_OUTPUTS = [
    "/",
    "/network/",
    "/network/?q={key}",
    "/sitemap.xml",
    "/robots.txt",
    "/search/?q={key}",
    "/search/?q={key}&page=2",
]

DIRECTORY_PARAMETERS = ["q", "region", "experience", "expertise", "role", "availability", "sort"]

GET_PARAMETERS = [
    ("/search/", ["q", "page"]),
    ("/network/", [*DIRECTORY_PARAMETERS, "page"]),
    ("/", ["page", "q"]),
    ("/about/", ["page"]),
    ("/sitemap.xml", ["p"]),
]

FORMS: list[tuple[str, list[str]]] = []

# Each feature's sections, built before the bad-input checks: build(home_page).
SITE_BUILDERS = [lambda home_page: add_profiles(home_page, 3)]

# Beyond the core's own planting (a draft revision, a never-published page, a withdrawn page and
# a login-restricted page), each feature hides the token where only it can: plant(home, text).
LEAK_PLANTERS = [plant_in_profiles]
