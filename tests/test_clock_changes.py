"""The data builders the suite and the benchmark use (the demo loader, the quality harnesses'
growers, the seeders), run with the clock pinned at the awkward moments: just after the clocks
go back and forward, at midnight, and late on the day the October change first broke the suite.
None of them may depend on the day they run. The demo loader starts from a freshly migrated
database, as it does on a new install."""

import io
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Site

from blog.models import BlogIndexPage
from devtools.seeders import get_generators
from events.models import EventOccurrence, EventPage

from .quality.features.blog import add_posts
from .quality.features.events import add_events, add_past_events
from .quality.features.opportunities import add_roles

pytestmark = pytest.mark.django_db

MOMENTS = {
    "just after the clocks go back": datetime(2026, 10, 25, 1, 5, tzinfo=UTC),
    "40 days after the clocks go back, late evening": datetime(2026, 12, 4, 23, 30, tzinfo=UTC),
    "just after the clocks go forward": datetime(2027, 3, 28, 1, 5, tzinfo=UTC),
    "UK midnight in summer": datetime(2027, 6, 30, 23, 0, tzinfo=UTC),
}


@pytest.mark.parametrize("moment", MOMENTS.values(), ids=MOMENTS.keys())
def test_the_data_builders_work_at_any_moment(clock, client, freshly_migrated, moment):
    clock.move_to(moment)
    call_command("load_demo_content", stdout=io.StringIO())
    home_page = Site.objects.get(is_default_site=True).root_page.specific
    add_events(home_page, 4)
    add_past_events(home_page, 4)
    add_posts(home_page, 2)
    add_roles(home_page, 3)
    generators = get_generators()
    generators["events"](4, progress_stream=io.StringIO())
    generators["posts"](4, progress_stream=io.StringIO())
    generators["roles"](4, progress_stream=io.StringIO())

    # Every event with a revision publishes again from it (the seeder writes rows in bulk).
    for event in EventPage.objects.live().exclude(latest_revision=None):
        event.get_latest_revision().as_object().full_clean()
    rows = EventOccurrence.objects.all()
    assert rows.exists()
    assert all(row.end > row.start for row in rows)
    for url, listed in (
        ("/events/", ".event-card__title"),
        ("/events/past/", ".event-card__title"),
        ("/blog/", ".post-card__title"),
        ("/", ".post-card__title"),
        ("/opportunities/", ".role-card__title"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        # The pages list what the builders made.
        assert BeautifulSoup(response.content, "html.parser").select(listed), url
    assert BlogIndexPage.objects.get().get_children().live().count() >= 6
