"""Run by tests/architecture/test_new_feature_app.py with the throwaway podcasts app installed
(tests/throwaway/settings.py): its pages and records reach the page cache, the site search and
the quality harnesses through its declaration alone. Not collected by the main run (the file
name does not start with test_)."""

import pytest
from bs4 import BeautifulSoup

from lead.features import features
from lead.pagecache import current_generation
from tests.quality import registry
from tests.throwaway.podcasts.models import Host, Listen, PodcastPage
from tests.throwaway.podcasts.quality import add_episodes, podcasts_index


def test_podcast_declared_among_the_features():
    assert "podcasts" in [config.label for config, _ in features()]


@pytest.mark.django_db
def test_podcast_pages_and_public_records_clear_the_page_cache(home_page):
    index = podcasts_index(home_page)
    before = current_generation()
    episode = PodcastPage(title="Episode one", slug="episode-one")
    index.add_child(instance=episode)
    assert current_generation() == before  # a page saved, not published: nothing public changed
    episode.save_revision().publish()
    published = current_generation()
    assert published != before
    Listen.objects.create(episode=episode)
    assert current_generation() == published  # a private record
    Host.objects.create(name="A host")
    assert current_generation() != published  # a record pages show


@pytest.mark.django_db
def test_podcast_pages_found_by_search_with_their_own_filter(client, home_page):
    add_episodes(home_page, 2)
    response = client.get("/search/", {"q": "budgetmatch"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert "2 results" in soup.get_text()
    filters = [" ".join(a.get_text().split()) for a in soup.select(".search-types a")]
    assert "Podcasts (2)" in filters
    typed = client.get("/search/", {"q": "budgetmatch", "type": "podcasts"}).content.decode()
    assert "Episode 000" in typed and "Episode 001" in typed
    pages_only = client.get("/search/", {"q": "budgetmatch", "type": "pages"}).content.decode()
    assert "Episode 000" not in pages_only and "0 results" in pages_only


def test_podcast_entries_reach_every_harness():
    assert ("/podcasts/", ["page"]) in registry.GET_PARAMETERS
    assert "/podcasts/" in registry.PUBLIC_OUTPUTS
    assert "podcasts index" in [budget.name for budget in registry.LISTING_BUDGETS]
    assert any(p.__name__ == "plant_draft_episode" for p in registry.LEAK_PLANTERS)
    assert ("podcasts", "/podcasts/") in registry.BROWSER_PAGES
