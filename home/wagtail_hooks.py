"""Admin hooks for the site core."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from .editorial import guide, reports, return_to  # noqa: F401 (register the guide, reports, returns)
from .editorial.dashboard import AtAGlancePanel

# axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class WCAG22ContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, running the whole WCAG 2.2 AA rule set rather than the small
    default subset, on live pages and in the editor's preview alike."""

    axe_run_only = WCAG_22_AA_TAGS
    # Keep Wagtail's own editorial checks (alt text quality, meta description) beside the tags.
    axe_rules = {
        "alt-text-quality": {"enabled": True},
        "empty-meta-description": {"enabled": True},
    }


@hooks.register("construct_wagtail_userbar")
def run_full_accessibility_checks(request, items, page):
    # Wagtail adds its checker (as AccessibilityItem, a ContentCheckerItem subclass) to live
    # pages, revisions and the editor's preview panel alike; swap each for ours.
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, WCAG22ContentCheckerItem):
            items[index] = WCAG22ContentCheckerItem(in_editor=item.in_editor)


@hooks.register("construct_homepage_panels")
def add_at_a_glance_panel(request, panels):
    panels.append(AtAGlancePanel())
