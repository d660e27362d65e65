"""The admin dashboard's "at a glance" panel: what waits for the team, each count linking to
the screen that acts on it. Feature apps add their lines by declaring `Feature.dashboard_items`
(lead/features.py): fn(request) -> iterable of DashboardItem."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

from lead.features import call_each

# A line names the things waiting, each linked, when there are at most this many.
NAMED_AT_MOST = 5


@dataclass(frozen=True)
class DashboardEntry:
    """One thing waiting, named and linked to the screen that deals with it."""

    label: str  # "Peer leadership circle"
    url: str


@dataclass(frozen=True)
class DashboardItem:
    singular: str  # the words after a count of one: "profile awaiting review"
    plural: str  # after any other count: "profiles awaiting review"
    count: int
    url: str  # the screen that acts on them all
    action: str  # what to do there, for a count of one: "Review it"
    order: int = 100
    action_plural: str = ""  # for any other count, when it differs: "Review them"
    # The things themselves, when the line names them (at most NAMED_AT_MOST of them).
    entries: tuple[DashboardEntry, ...] = ()

    @property
    def text(self):
        """The words after the count, in the plural form the count needs."""
        return ngettext(self.singular, self.plural, self.count)

    @property
    def action_text(self):
        return ngettext(self.action, self.action_plural or self.action, self.count)

    @property
    def unnamed(self):
        """How many waiting things the line does not name."""
        return self.count - len(self.entries) if self.entries else 0


def edit_from_dashboard(page_id, tab=""):
    """A page's edit view that returns to the dashboard after saving or submitting, open at
    `tab` (a tab's identifier, e.g. "booking_and_access") when given."""
    url = reverse("wagtailadmin_pages:edit", args=[page_id])
    url += "?" + urlencode({"next": reverse("wagtailadmin_home")})
    return f"{url}#tab-{tab}" if tab else url


class AtAGlancePanel(Component):
    name = "network_at_a_glance"
    template_name = "home/editorial/at_a_glance.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        items = [item for items in call_each("dashboard_items", request) for item in items or []]
        return {"items": sorted(items, key=lambda item: item.order)}
