"""The "For organisations" section of the home page, placed by editors in the home page's
body: a few words and the pages an organisation needs (the directory, the guides, the pay
calculator, the pledge), each chosen by the editors."""

import hashlib

from django.core.cache import cache
from django.utils.safestring import mark_safe
from wagtail import blocks

from home.blocks import DescribedPageChooserBlock, HomeSectionBlock
from home.descriptions import description_of
from lead.pagecache import current_generation
from lead.view_restrictions import is_private

SECTION_SECONDS = 24 * 60 * 60
DEFAULT_TEXT = (
    "Want to involve lived-experience leaders in your work? Find people with the experience "
    "you need, learn how to pay and support them well, and commit to paying fairly."
)


class OrganisationLinkBlock(blocks.StructBlock):
    page = DescribedPageChooserBlock(
        help_text="A page organisations need: the directory, the guides, the pay calculator, "
        "the pledge."
    )
    description = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="A sentence under the link. Leave empty to use the page's own description.",
    )

    class Meta:
        icon = "link"
        label = "Link"


class ForOrganisationsBlock(HomeSectionBlock):
    heading = blocks.CharBlock(
        max_length=80, default="For organisations", help_text="The section's heading."
    )
    count = None  # the editors choose the links themselves
    text = blocks.TextBlock(
        required=False,
        default=DEFAULT_TEXT,
        help_text="One or two sentences for organisations, above the links.",
    )
    links = blocks.ListBlock(
        OrganisationLinkBlock(),
        default=[],
        help_text="The pages to point organisations to, in order. A page that is not live or "
        "not public is left out.",
    )

    class Meta:
        icon = "group"
        label = "For organisations"
        description = "Points organisations to the directory, the guides and fair-pay tools."
        template = "guides/includes/home_section.html"
        heading_id = "for-organisations-heading"
        preview_value = {"heading": "For organisations", "text": DEFAULT_TEXT, "links": []}

    def section_context(self, value, request):
        """The chosen pages that are live and public, as the body read them for its page
        choosers, with their own descriptions (no query): a link without words of its own
        shows its page's."""
        chosen = [(link["page"], link["description"]) for link in value["links"] if link["page"]]
        links = [
            {"page": page, "description": words or description_of(page)}
            for page, words in chosen
            if page.live and not is_private(page)
        ]
        return {"links": links} if links else None

    def render(self, value, context=None):
        """Cached, so the home page pays no query for it once rendered. The key changes
        whenever anything published changes (the page cache's generation) and with the
        block's own words and links."""
        request = (context or {}).get("request")
        words = repr(
            (
                value["heading"],
                value["text"],
                [(link["page"].pk if link["page"] else None, link["description"])
                 for link in value["links"]],
            )
        )  # fmt: skip
        digest = hashlib.md5(words.encode(), usedforsecurity=False).hexdigest()[:12]
        host = request.get_host() if request else ""
        key = f"guides:home-section:{current_generation()}:{host}:{digest}"
        html = cache.get(key)
        if html is None:
            html = str(super().render(value, context))
            cache.set(key, html, SECTION_SECONDS)
        return mark_safe(html)  # noqa: S308 - rendered by the block's template, or empty
