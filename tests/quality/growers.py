"""Functions that add items to a listing, for the query-budget harness."""

from wagtail.images import get_image_model

from home.models import StandardPage
from network.models import Expertise, PaymentRoute, Region

from ..factories import ImageFactory, ProfilePageFactory, add_page, png
from ..factories import directory as directory_section

# Languages as members write them: every profile adds rows, some shared, some new.
LANGUAGES = ["English", "English, Welsh", "english and BSL", "Urdu; Punjabi", "Polish"]


def add_menu_pages(home_page, count):
    """Live pages shown in the main navigation."""
    start = home_page.get_children().count()
    for n in range(start, start + count):
        home_page.add_child(
            instance=StandardPage(title=f"Menu page {n}", slug=f"menu-page-{n}", show_in_menus=True)
        )


def add_search_matches(home_page, count):
    """Live pages that all match the query 'budgetmatch' (more than one results page at 60)."""
    start = home_page.get_children().count()
    for n in range(start, start + count):
        home_page.add_child(
            instance=StandardPage(
                title=f"Budget match {n}", slug=f"budget-match-{n}", intro="budgetmatch words"
            )
        )


def budget_photos():
    """Ten distinct photos shared round: renditions are fetched per image, so this still shows
    whether photos cost a query each. Made the first time they are asked for."""
    photos = list(get_image_model().objects.filter(title__startswith="budget photo"))
    for n in range(len(photos), 10):
        photos.append(ImageFactory(title=f"budget photo {n}", file=png(f"budget-{n}")))
    return photos


def add_profiles(home_page, count):
    """Live profiles with a photo, a region and expertise, all matching 'budgetmatch'."""
    directory = directory_section(home_page)
    regions = list(Region.objects.all())
    expertise = list(Expertise.objects.all())
    routes = list(PaymentRoute.objects.all())
    start = directory.get_children().count()
    photos = budget_photos()
    for n in range(start, start + count):
        profile = ProfilePageFactory.build(
            title=f"Budget person {n:04d}",
            summary="budgetmatch summary",
            photo=photos[n % len(photos)],
            photo_alt_text="A portrait",
            region=regions[n % len(regions)],
            languages=LANGUAGES[n % len(LANGUAGES)],
            expects_payment=["yes", "no", "prefer_not"][n % 3],
        )
        profile.expertise = expertise[n % 5 : n % 5 + 3]
        profile.payment_routes = routes[n % 2 : n % 2 + 2]
        add_page(directory, profile)
