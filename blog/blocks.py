"""The blocks only posts use: a post's reference list."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class ReferenceBlock(blocks.StructBlock):
    """One source a post draws on, shown in the reference list under the post."""

    authors = blocks.CharBlock(
        max_length=300,
        help_text="Who wrote it, as they are cited: 'Davidson L., Bellamy C.' or an organisation "
        "such as 'NHS England'.",
    )
    year = blocks.CharBlock(
        max_length=20, help_text="The year it was published, e.g. 2021. Write 'n.d.' if undated."
    )
    title = blocks.CharBlock(max_length=300, help_text="The title of the article, report or page.")
    source = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text="Where it was published: the journal with volume and pages, or the publisher.",
    )
    url = blocks.URLBlock(required=False, help_text="The web address, if it is online.")
    accessed = blocks.DateBlock(
        required=False,
        help_text="The day you last checked the web address. Fill this in when there is one.",
    )

    class Meta:
        icon = "link"
        label = "Reference"
        template = "blog/blocks/reference_block.html"
        help_text = "A source the post draws on. References are listed, in order, under the post."
        description = "A source: who wrote it, when, its title, publisher and web address."
        preview_value = {
            "authors": "National Institute for Health and Care Excellence",
            "year": "2021",
            "title": "Shared decision making (NICE guideline NG197)",
            "source": "NICE",
            "url": "https://www.nice.org.uk/guidance/ng197",
        }

    def clean(self, value):
        value = super().clean(value)
        accessed = value.get("accessed")
        if accessed and accessed > timezone.localdate():
            raise StructBlockValidationError(
                block_errors={"accessed": ValidationError("This date is in the future.")}
            )
        return value


class ReferencesBlock(blocks.StreamBlock):
    reference = ReferenceBlock()
