"""The network's directory and profiles in the quality harnesses."""

from wagtail.models import Page

from ...factories import ImageFactory, ProfilePageFactory, UserFactory, add_page, png
from ...factories import directory as directory_section
from ..growers import add_profiles
from ..listing import ListingBudget
from ..planters import plant_in_profiles

LISTING_BUDGETS = [
    # Warm, the counts and the page of cards are kept (network/directory.py, directory_cards).
    ListingBudget(
        "directory", "/network/", add_profiles, ceiling=9, sizes=(5, 200), warm_ceiling=1
    ),
    ListingBudget(
        "directory, filtered",
        "/network/?q=budgetmatch&expertise=peer-support&expertise=writing&sort=recent",
        add_profiles,
        ceiling=9,
        sizes=(5, 200),
        warm_ceiling=1,
    ),
    ListingBudget(
        "directory, by payment and language",
        "/network/?payment=yes&payment-route=payroll&language=english&language=welsh",
        add_profiles,
        ceiling=9,
        sizes=(5, 200),
        warm_ceiling=1,
    ),
    ListingBudget(
        "directory, as a member",
        "/network/",
        add_profiles,
        ceiling=11,
        sizes=(5, 200),
        warm_ceiling=3,  # the session, the account with its groups, the page
        viewer=lambda home_page: UserFactory(username="budget-member", groups=["Members"]),
    ),
    ListingBudget("home page (featured profiles)", "/", add_profiles, ceiling=9),
    ListingBudget(
        "profile", "/network/budget-person-0000/", add_profiles, ceiling=12, warm_ceiling=2
    ),
    ListingBudget(
        "search results, people",
        "/search/?q=budgetmatch&type=people",
        add_profiles,
        ceiling=7,
        warm_ceiling=0,
    ),
    ListingBudget("sitemap, network", "/sitemap-network.xml", add_profiles, ceiling=5),
]

PHOTO_SIZES = ("small", "medium", "large")
# Profiles planted with a photo that is not public (planted-member by plant_in_profiles).
PRIVATE_PHOTO_PROFILES = {
    "planted-member": "members",
    "planted-photo-members": "members",
    "planted-photo-hidden": "hidden",
}

# The photo address of every profile planted with a members-only or hidden photo: anonymous
# visitors get a 404 that says nothing. (The photo view reads no GET parameter; its path
# segments are checked in tests/network/test_private_photos.py.)
HOME_SECTION_GROWERS = [add_profiles]
SEARCH_GROWERS = [add_profiles]  # the search of every type (tests/quality/registry.py)

PUBLIC_OUTPUTS = [
    "/network/",
    "/network/?q={key}",
    *(f"/network/{slug}/photo/{size}/" for slug in PRIVATE_PHOTO_PROFILES for size in PHOTO_SIZES),
]

DIRECTORY_PARAMETERS = [
    "q",
    "region",
    "experience",
    "expertise",
    "role",
    "availability",
    "payment",
    "payment-route",
    "language",
    "sort",
]

GET_PARAMETERS = [
    ("/network/", [*DIRECTORY_PARAMETERS, "page"]),
    ("/sitemap-network.xml", ["p"]),
]

SITE_BUILDERS = [lambda home_page: add_profiles(home_page, 3)]


def plant_private_photos(home_page, text):
    """Live profiles with a members-only and a hidden photo, described with the token and
    stored under the token's name: showing the photo to anonymous visitors, or giving its
    original's file address anywhere public, shows as the token. (Rendition file names are cut
    to 59 characters, shorter than the token: tests/network/test_private_photos.py checks
    those addresses by the image's own name.)"""
    directory = directory_section(home_page)
    token = text.split()[0]
    planted = []
    for slug, visibility in PRIVATE_PHOTO_PROFILES.items():
        if slug == "planted-member":
            continue  # plant_in_profiles' own profile
        photo = ImageFactory(title="Portrait", file=png(f"{token}-{slug}"))
        profile = ProfilePageFactory.build(
            title=f"Photo {visibility}",
            slug=slug,
            photo=photo,
            photo_alt_text=f"Alt {text}",
            photo_visibility=visibility,
        )
        planted.append(Page.objects.get(pk=add_page(directory, profile).pk))
    return planted


def plant_in_filters(home_page, text):
    """Languages, which the directory offers as filters by name, named only by a profile never
    published and by a draft of a live profile: counted from anything but live, public
    profiles as published, they would be offered under the token's name. (Payment answers are
    chosen from public names, so no token can stand in them: tests/network/test_hidden_values.py
    checks that hidden and members-only ones are neither matched nor counted.)"""
    directory = directory_section(home_page)
    word = text.split()[0]
    never_published = ProfilePageFactory.build(
        title="Language draft", slug="planted-language-draft", languages=f"Lang{word}"
    )
    never_published = add_page(directory, never_published, live=False)
    drafted = ProfilePageFactory.build(
        title="Language live", slug="planted-language-live", languages="English"
    )
    drafted = add_page(directory, drafted)
    drafted.languages = f"English, Draftlang{word}"
    drafted.save_revision()
    return [Page.objects.get(pk=page.pk) for page in (never_published, drafted)]


LEAK_PLANTERS = [plant_in_profiles, plant_private_photos, plant_in_filters]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("directory", "/network/"),
    ("directory, filtered", "/network/?region=wales&expertise=writing&sort=recent"),
    ("directory, by payment and language", "/network/?payment=yes&language=welsh"),
    ("directory, no results", "/network/?q=nobodyhasthisword"),
    ("profile with photo", "/network/danielle-hartley/"),
    ("profile, pseudonym without photo", "/network/wren/"),
]
