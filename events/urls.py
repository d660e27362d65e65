"""Calendar files (`/events/calendar.ics`, `/events/<slug>/event.ics`).

Wagtail's page URL pattern accepts only letters, digits, hyphens and underscores between
slashes, so an address ending in `.ics` never reaches the page tree. This one pattern passes
such addresses to the site's `serve` view (lead/serving.py: Wagtail's, with its lookups kept)
unchanged: routing, the site, privacy checks (`before_serve_page`) and the page's
`calendar.ics` / `event.ics` routes do the rest.
lead/urls.py includes it just before Wagtail's catch-all.
"""

from django.urls import re_path

from lead import serving

CALENDAR_PATH = r"^((?:[\w\-]+/)*[\w\-]+\.ics)$"


def serve_calendar(request, path):
    return serving.serve(request, path)


urlpatterns = [re_path(CALENDAR_PATH, serve_calendar, name="events_calendar_file")]
