"""StreamField blocks for profiles."""

from wagtail import blocks


class SelectedWorkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("talk", "Talk"), ("publication", "Publication"), ("project", "Project")],
        default="project",
    )
    title = blocks.CharBlock(max_length=200)
    year = blocks.IntegerBlock(required=False, min_value=1950, max_value=2100)
    url = blocks.URLBlock(required=False, help_text="Where people can see or read it, if online.")
    description = blocks.TextBlock(
        required=False, max_length=400, help_text="One or two sentences about it."
    )

    class Meta:
        icon = "doc-full"
        template = "network/blocks/selected_work.html"
        help_text = "A talk, publication or project the member wants to show."
        description = "A talk, publication or project, with a link if it is online."
        preview_value = {
            "kind": "talk",
            "title": "Lived experience on the board: the first year",
            "year": 2025,
            "description": "Joining an NHS trust board as a lived-experience director.",
        }
