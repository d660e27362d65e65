"""The throwaway podcasts app's entries for the quality harnesses."""

from ...factories import add_page
from ...quality.listing import ListingBudget


def podcasts_index(home_page):
    from .models import PodcastIndexPage

    index = PodcastIndexPage.objects.first()
    return index or add_page(home_page, PodcastIndexPage(title="Podcasts", slug="podcasts"))


def add_episodes(home_page, count):
    from .models import PodcastPage

    index = podcasts_index(home_page)
    start = index.get_children().count()
    for n in range(start, start + count):
        episode = PodcastPage(
            title=f"Episode {n:03d}", slug=f"episode-{n:03d}", summary="budgetmatch"
        )
        add_page(index, episode)


def plant_draft_episode(home_page, token):
    from .models import PodcastPage

    index = podcasts_index(home_page)
    episode = PodcastPage(title="A draft episode", slug="draft-episode", summary=token)
    return [add_page(index, episode, live=False)]


LISTING_BUDGETS = [ListingBudget("podcasts index", "/podcasts/", add_episodes, ceiling=12)]
PUBLIC_OUTPUTS = ["/podcasts/"]
GET_PARAMETERS = [("/podcasts/", ["page"])]
SITE_BUILDERS = [podcasts_index]
LEAK_PLANTERS = [plant_draft_episode]
BROWSER_PAGES = [("podcasts", "/podcasts/")]
