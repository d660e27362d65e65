"""The one StreamField block set shared by every body field on the site."""

import copy
import json

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from lead.features import each
from lead.kept import kept

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class DescribedPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser whose pages come with their own descriptions (home/descriptions.py),
    read in the one query that fetches the chosen pages."""

    def bulk_to_python(self, values):
        from .descriptions import with_own_descriptions  # the page models import this module

        found = with_own_descriptions(self.model_class.objects.all()).in_bulk(values)
        # A page chosen twice is two objects, as in Wagtail's own chooser.
        return [copy.copy(found[pk]) if pk in found else None for pk in values]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="Keep headings short and descriptive.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")],
        default="h2",
        help_text="Use sub-headings only under a section heading, so screen readers can follow.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = "A section heading, so readers and screen readers can find their way."
        help_text = "A heading that starts a new section of the page."
        preview_value = {"text": "How we work together", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The words quoted, without quotation marks.")
    attribution = blocks.CharBlock(
        required=False, max_length=140, help_text="Who said it, and their role if they agree."
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = "Someone's words, set apart from the text, with who said them."
        help_text = "A short quotation, shown set apart from the text."
        preview_value = {
            "quote": "Being paid for my time told me my experience counted as expertise.",
            "attribution": "A LEAD member, peer trainer",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it. Required.",
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the image.")

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = "A photo or picture, with a description for people who cannot see it."
        help_text = "An image with a text alternative and an optional caption."

    def get_preview_value(self):
        image = get_image_model().objects.order_by("pk").first()
        return self.to_python(
            {"image": image.pk if image else None, "alt_text": "An example image", "caption": ""}
        )


class LinkTargetBlock(blocks.StructBlock):
    """A link to a page on this site or to an address elsewhere; a page wins when both are set."""

    page = blocks.PageChooserBlock(required=False, help_text="A page on this site.")
    url = blocks.URLBlock(required=False, help_text="Or an address on another site.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError("Choose a page or enter an address.")}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="What the reader can do, in a few words.")
    text = blocks.TextBlock(required=False, help_text="One or two sentences of encouragement.")
    button_label = blocks.CharBlock(
        max_length=60, help_text="Say where the button goes, e.g. 'Join the network'."
    )
    link = LinkTargetBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = "A box with one button that asks the reader to do something."
        help_text = "A box that asks the reader to act, with one clear button."
        preview_value = {
            "heading": "Be part of the network",
            "text": "Make your leadership visible and meet peers doing the same work.",
            "button_label": "Join LEAD",
            "link": {"url": "https://example.org/join/"},
        }


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("important", "Important"), ("support", "Support")],
        default="info",
        help_text="Important is for things a reader must not miss; support is for wellbeing notes.",
    )
    heading = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        description = "A coloured box for information, warnings or wellbeing notes."
        help_text = "An inset box that sets a note apart from the main text."
        preview_value = {
            "tone": "support",
            "heading": "Look after yourself",
            "text": "<p>Take a break whenever you need one.</p>",
        }


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        max_length=200, help_text="Say what the table shows; screen readers announce it first."
    )
    table = TableBlock(table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        description = "Facts in rows and columns, with a caption saying what they show."
        help_text = "A table of facts. Turn on the header row so each column is labelled."
        preview_value = {
            "caption": "Payment rates for involvement",
            "table": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [
                    ["Activity", "Rate"],
                    ["Meeting (2 hours)", "£50"],
                    ["Training day", "£180"],
                ],
            },
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        help_text="Text. Short sentences and plain words work best.",
        description="Text, with links, lists and bold or italic words.",
        preview_value="<p>Lived experience is expertise, and it belongs at every level.</p>",
    )
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    callout = CalloutBlock()
    embed = blocks.StructBlock(
        [
            ("embed", EmbedBlock(help_text="The address of a video or audio clip.")),
            (
                "title",
                blocks.CharBlock(
                    max_length=200, help_text="What the clip is, for people using screen readers."
                ),
            ),
        ],
        icon="media",
        template="blocks/embed_block.html",
        description="A video or audio clip from YouTube, Vimeo and similar sites.",
        preview_template="blocks/embed_preview.html",
        help_text="A video or audio clip from a site such as YouTube or Vimeo.",
    )
    table = CaptionedTableBlock()


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=60, help_text="The link's accessible name, e.g. 'LEAD on Mastodon'."
    )
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
        description = "A link to the organisation's page on a social network."
        preview_value = {"label": "LEAD on Mastodon", "url": "https://mastodon.social/@lead"}


class CrisisLineBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80, help_text="e.g. Samaritans")
    contact = blocks.CharBlock(max_length=80, help_text="e.g. call 116 123")
    details = blocks.CharBlock(required=False, max_length=160, help_text="e.g. free, 24 hours")

    class Meta:
        icon = "help"
        description = "A helpline shown in the urgent-help box on every page."
        preview_value = {
            "name": "Samaritans",
            "contact": "call 116 123",
            "details": "free, 24 hours",
        }


class HomeSectionBlock(blocks.StructBlock):
    """A section of the home page a feature app provides ("Latest posts", "Upcoming events"):
    editors choose which sections show, in what order, with what heading and how many items.

    A subclass gives its heading a default, sets `Meta.template` and `Meta.heading_id`, and
    defines `section_context(value, request)`: the template's context, or None when there is
    nothing to show (the section is then left out, heading and all).
    """

    heading = blocks.CharBlock(max_length=80, help_text="The section's heading.")
    count = blocks.IntegerBlock(
        label="How many to show", min_value=1, max_value=12, default=3, help_text="From 1 to 12."
    )

    is_home_section = True  # laid out full width, outside the page's text column

    class Meta:
        heading_id = "home-section-heading"

    def section_context(self, value, request):
        raise NotImplementedError

    def render(self, value, context=None):
        """The section, kept in the shared cache until published content changes or the hour
        turns (what "upcoming" and "closing soon" mean moves with the clock): every section
        is the same for every viewer. A preview renders afresh."""
        request = (context or {}).get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.render_afresh(value, request)
        prepared = json.dumps(self.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder)
        hour = timezone.localtime().strftime("%Y-%m-%dT%H")
        parts = (type(self).__name__, prepared, request.get_host(), hour)
        return kept("home-section", parts, lambda: self.render_afresh(value, request))

    def render_afresh(self, value, request):
        extra = self.section_context(value, request)
        if not extra:
            return ""
        data = {**extra, "value": value, "heading_id": self.meta.heading_id, "request": request}
        return render_to_string(self.meta.template, data, request=request)


def home_body_block():
    """The home page's body: the shared blocks, and every feature's home sections
    (`Feature.home_blocks`), in INSTALLED_APPS order."""
    sections = [(name, import_string(path)()) for name, path in each("home_blocks")]
    once = {name: {"max_num": 1} for name, _ in sections}  # one of each: ids stay unique
    return BodyBlock(local_blocks=sections, block_counts=once)


def default_home_sections():
    """Every feature's home section with its default heading and count, in INSTALLED_APPS
    order: what a new home page (the demo's) starts with."""
    return [
        {"type": name, "value": block.get_prep_value(block.get_default())}
        for name, block in home_body_block().child_blocks.items()
        if getattr(block, "is_home_section", False)
    ]
