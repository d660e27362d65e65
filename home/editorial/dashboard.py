"""The admin dashboard's "at a glance" panel: what waits for the team, each count linking to
the screen that acts on it. Feature apps add their lines by declaring `Feature.dashboard_items`
(lead/features.py): fn(request) -> iterable of DashboardItem."""

from dataclasses import dataclass

from wagtail.admin.ui.components import Component

from lead.features import call_each


@dataclass(frozen=True)
class DashboardItem:
    label: str  # "profiles awaiting review"
    count: int
    url: str  # the screen that acts on it
    action: str  # what to do there, e.g. "Review them"
    order: int = 100
    singular: str = ""  # the label for a count of one: "profile awaiting review"

    @property
    def text(self):
        return self.singular if self.count == 1 and self.singular else self.label


class AtAGlancePanel(Component):
    name = "network_at_a_glance"
    template_name = "home/editorial/at_a_glance.html"
    order = 50  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        items = [item for items in call_each("dashboard_items", request) for item in items or []]
        return {"items": sorted(items, key=lambda item: item.order)}
