"""The network's directory and profiles in the quality harnesses."""

from ..growers import add_profiles
from ..listing import ListingBudget
from ..planters import plant_in_profiles

LISTING_BUDGETS = [
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

PUBLIC_OUTPUTS = ["/network/", "/network/?q={key}"]

DIRECTORY_PARAMETERS = ["q", "region", "experience", "expertise", "role", "availability", "sort"]

GET_PARAMETERS = [("/network/", [*DIRECTORY_PARAMETERS, "page"])]

SITE_BUILDERS = [lambda home_page: add_profiles(home_page, 3)]

LEAK_PLANTERS = [plant_in_profiles]
