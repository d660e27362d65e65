"""The blocks only guides use: a guide's list of sources."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class SourceBlock(blocks.StructBlock):
    """One source a guide's facts come from, listed under the guide. Pay rates and benefit
    rules change: the date the editor last checked the source tells readers how fresh a
    figure is."""

    authors = blocks.CharBlock(
        max_length=300,
        help_text="Who published it: an organisation such as 'NHS England', or the authors as "
        "they are cited.",
    )
    year = blocks.CharBlock(
        max_length=20, help_text="The year it was published, e.g. 2024. Write 'n.d.' if undated."
    )
    title = blocks.CharBlock(max_length=300, help_text="The title of the page, guide or report.")
    source = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text="Where it was published, if not obvious from who published it.",
    )
    url = blocks.URLBlock(required=False, help_text="The web address, if it is online.")
    accessed = blocks.DateBlock(
        required=False,
        help_text="The day you last checked the source. Fill this in for any figure or rule "
        "that may change, such as pay rates or benefit limits.",
    )

    class Meta:
        icon = "link"
        label = "Source"
        template = "guides/blocks/source_block.html"
        help_text = "A source the guide draws on. Sources are listed, in order, under the guide."
        description = "A source: who published it, when, its title and web address."
        preview_value = {
            "authors": "NHS England",
            "year": "2023",
            "title": "Patient and public voice partners policy",
            "source": "NHS England",
            "url": "https://www.england.nhs.uk/",
        }

    def clean(self, value):
        value = super().clean(value)
        accessed = value.get("accessed")
        if accessed and accessed > timezone.localdate():
            raise StructBlockValidationError(
                block_errors={"accessed": ValidationError("This date is in the future.")}
            )
        return value


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
