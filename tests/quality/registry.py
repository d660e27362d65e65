"""What the quality harnesses check. Each feature app names its module of entries in its
declaration (`Feature.quality`, lead/features.py; ours are in features/), and the lists below
gather them from every installed feature — never by copying a test.

- LISTING_BUDGETS: listing pages whose query count must not grow with their items.
- PUBLIC_OUTPUTS: every public output an anonymous visitor can fetch (the leak check reads all of
  them, plus every page in the sitemap). "{key}" in a URL is replaced by a search word planted
  beside the token (never the token itself, which a search page would echo).
- LEAK_PLANTERS: where each feature hides the token (hidden and members-only values, drafts).
- GET_PARAMETERS: every public GET parameter, fed the hostile corpus in bad_input.py;
  SITE_BUILDERS make the sections those parameters belong to.
- FORMS: public forms (url, field names) posted the same corpus.
- SIGNED_IN_GET_PARAMETERS / SIGNED_IN_FORMS: the same for pages only members reach, as
  (url, names, viewer), where viewer(home_page) returns the account signed in to send them.
- BROWSER_PAGES: pages the browser suite visits (tests/browser/pages.py).
"""

from importlib import import_module

from wagtail.models import Page

from lead.features import declared

from ..factories import follow_page
from .growers import add_menu_pages, add_search_matches
from .listing import ListingBudget
from .planters import plant_in_follow_page

FEATURES = [import_module(path) for path in declared("quality")]

LISTING_BUDGETS = [
    ListingBudget("home page (navigation)", "/", add_menu_pages, ceiling=7),
    ListingBudget("standard page (navigation)", "/about/", add_menu_pages, ceiling=5),
    # A search's counts and each page of its results are kept (search/site_search.py): warm,
    # only the logging of the search (or nothing, for a filter or a later page).
    ListingBudget(
        "search results", "/search/?q=budgetmatch", add_search_matches, ceiling=9, warm_ceiling=1
    ),
    ListingBudget(
        "search results, one type",
        "/search/?q=budgetmatch&type=pages&page=2",
        add_search_matches,
        ceiling=7,
        warm_ceiling=0,
    ),
    ListingBudget("search suggestions", "/search/suggest/?q=budg", add_search_matches, ceiling=4),
    ListingBudget(
        "search, nothing found (did you mean)",
        "/search/?q=budgetmtch",
        add_search_matches,
        ceiling=10,
        warm_ceiling=1,
    ),
    ListingBudget("sitemap index", "/sitemap.xml", add_menu_pages, ceiling=5),
    ListingBudget("sitemap, home", "/sitemap-home.xml", add_menu_pages, ceiling=4),
]

PUBLIC_OUTPUTS = [
    "/",
    "/sitemap.xml",
    "/robots.txt",
    "/search/?q={key}",
    "/search/?q={key}&page=2",
    "/search/?q={key}&type=pages",
    "/search/?q={key}&type=people",
    "/search/suggest/?q={key}",
    "/follow/",
]

GET_PARAMETERS = [
    ("/search/", ["q", "page", "type"]),
    ("/search/suggest/", ["q"]),
    ("/", ["page", "q"]),
    ("/about/", ["page"]),
    ("/sitemap.xml", ["p"]),
    ("/sitemap-home.xml", ["p"]),
    ("/follow/", ["page", "q"]),
]

FORMS: list[tuple[str, list[str]]] = []

SIGNED_IN_GET_PARAMETERS: list = []
SIGNED_IN_FORMS: list = []

# Each feature's sections, built before the bad-input checks: build(home_page).
SITE_BUILDERS: list = [follow_page]

# Beyond the core's own planting (a draft revision, a never-published page, a withdrawn page and
# a login-restricted page), each feature hides the token where only it can: plant(home, text).
LEAK_PLANTERS: list = [plant_in_follow_page]

BROWSER_PAGES: list[tuple[str, str]] = []

for _feature in FEATURES:
    LISTING_BUDGETS += getattr(_feature, "LISTING_BUDGETS", [])
    PUBLIC_OUTPUTS += getattr(_feature, "PUBLIC_OUTPUTS", [])
    GET_PARAMETERS += getattr(_feature, "GET_PARAMETERS", [])
    FORMS += getattr(_feature, "FORMS", [])
    SIGNED_IN_GET_PARAMETERS += getattr(_feature, "SIGNED_IN_GET_PARAMETERS", [])
    SIGNED_IN_FORMS += getattr(_feature, "SIGNED_IN_FORMS", [])
    SITE_BUILDERS += getattr(_feature, "SITE_BUILDERS", [])
    LEAK_PLANTERS += getattr(_feature, "LEAK_PLANTERS", [])
    BROWSER_PAGES += getattr(_feature, "BROWSER_PAGES", [])


def grow_every_home_section(home_page, count):
    """Every feature's home-page section at its fullest (`HOME_SECTION_GROWERS`)."""
    for feature in FEATURES:
        for grow in getattr(feature, "HOME_SECTION_GROWERS", []):
            grow(home_page, count)


HEADLINE = "Budgetmatch headline"


def grow_every_search_type(home_page, count):
    """Pages of every type (each feature's `SEARCH_GROWERS`, and standard pages). One of each
    type has the search word in its title, so it ranks above the rest: the first page of
    results shows every type, however many there are."""
    growers = [add_search_matches]
    for feature in FEATURES:
        growers += getattr(feature, "SEARCH_GROWERS", [])
    for grow in growers:
        before = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        grow(home_page, count)
        grown = Page.objects.filter(pk__gt=before).order_by("-pk").first().specific
        if not type(grown).objects.filter(title__startswith=HEADLINE).exists():
            grown.title = f"{HEADLINE} {grown.title}"
            grown.save_revision().publish()


# Each home budget above counts one section alone; this one, the whole page as visitors get it.
# Search results cards come in a fixed number of queries whatever their types.
LISTING_BUDGETS += [
    ListingBudget(
        "home page (every section)", "/", grow_every_home_section, ceiling=12, sizes=(3, 15)
    ),
    ListingBudget(
        "search results, every type",
        "/search/?q=budgetmatch",
        grow_every_search_type,
        ceiling=11,
        sizes=(3, 15),
        warm_ceiling=1,
    ),
]
