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
