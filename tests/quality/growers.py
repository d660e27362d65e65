"""Functions that add items to a listing, for the query-budget harness."""

from home.models import StandardPage


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


def add_profiles(home_page, count):
    """Live profiles with a photo, a region and expertise, all matching 'budgetmatch'."""
    import io

    from wagtail.images import get_image_model

    from home.demo.sections import ensure_section
    from network.demo.loader import seed_taxonomies
    from network.models import DirectoryIndexPage, Expertise, Region

    from ..factories import ProfilePageFactory
    from ..images import png

    seed_taxonomies()
    directory = ensure_section(
        home_page, "network", DirectoryIndexPage, io.StringIO(), title="Network"
    )
    regions = list(Region.objects.all())
    expertise = list(Expertise.objects.all())
    start = directory.get_children().count()
    # Ten distinct photos shared round: renditions are fetched per image, so this still shows
    # whether photos cost a query each.
    photos = list(get_image_model().objects.filter(title__startswith="budget photo"))
    for n in range(len(photos), 10):
        photos.append(
            get_image_model().objects.create(title=f"budget photo {n}", file=png(f"budget-{n}"))
        )
    for n in range(start, start + count):
        photo = photos[n % len(photos)]
        profile = ProfilePageFactory.build(
            title=f"Budget person {n:04d}",
            summary="budgetmatch summary",
            photo=photo,
            photo_alt_text="A portrait",
            region=regions[n % len(regions)],
        )
        profile.expertise = expertise[n % 5 : n % 5 + 3]
        directory.add_child(instance=profile)
        profile.save_revision().publish()
