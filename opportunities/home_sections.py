"""The paid roles section of the home page, placed by editors in the home page's body."""

import hashlib

from django.apps import apps
from django.core.cache import cache
from django.utils.safestring import mark_safe
from wagtail import blocks

from home.blocks import HomeSectionBlock
from lead.pagecache import current_generation

from .dates import uk_today

SECTION_SECONDS = 24 * 60 * 60


def closing_soon(limit, now=None):
    """The next open roles to close, featured (never below the fair-pay rate) first."""
    roles = apps.get_model("opportunities", "OpportunityPage").objects.live().public()
    roles = roles.open(now).for_cards()
    return list(roles.order_by("closing_date", "-featured", "pk")[:limit])


class PaidRolesBlock(HomeSectionBlock):
    heading = blocks.CharBlock(max_length=80, default="Paid opportunities")

    class Meta:
        icon = "tag"
        label = "Paid opportunities"
        description = "The open paid roles closing soonest, with a link to the board."
        template = "opportunities/includes/home_section.html"
        heading_id = "paid-roles-heading"
        preview_value = {"heading": "Paid opportunities", "count": 3}

    def section_context(self, value, request):
        roles = closing_soon(value["count"])
        if not roles:
            return None
        # The board's address from one of its roles' (no query for the board).
        board_url = roles[0].get_url(request).removesuffix(f"{roles[0].slug}/")
        return {"roles": roles, "board_url": board_url}

    def render(self, value, context=None):
        """Cached, so the home page pays no query for it once rendered. The key changes
        whenever anything published changes (the page cache's generation: publishing,
        unpublishing, privacy, organisations…), at UK midnight, when roles close by themselves,
        and with the block's own heading and count."""
        request = (context or {}).get("request")
        heading = hashlib.md5(value["heading"].encode(), usedforsecurity=False).hexdigest()[:8]
        host = request.get_host() if request else ""
        key = (
            f"opportunities:home-section:{current_generation()}:{uk_today().isoformat()}:{host}:"
            f"{value['count']}:{heading}"
        )
        html = cache.get(key)
        if html is None:
            html = str(super().render(value, context))
            cache.set(key, html, SECTION_SECONDS)
        return mark_safe(html)  # noqa: S308 - rendered by the block's template, or empty
