"""The directory's section of the home page, placed by editors in the home page's body."""

from django.apps import apps
from wagtail import blocks

from home.blocks import HomeSectionBlock
from home.navigation import section_page


class FeaturedProfilesBlock(HomeSectionBlock):
    heading = blocks.CharBlock(
        max_length=80, default="Meet lived-experience leaders", help_text="The section's heading."
    )
    count = blocks.IntegerBlock(
        label="How many to show", min_value=1, max_value=12, default=4, help_text="From 1 to 12."
    )

    class Meta:
        icon = "group"
        label = "Featured profiles"
        description = "Profiles editors picked (Featured on the directory page), then the newest."
        template = "network/includes/featured_profiles.html"
        heading_id = "featured-profiles-heading"
        preview_value = {"heading": "Meet lived-experience leaders", "count": 3}

    def section_context(self, value, request):
        directory = section_page(request, apps.get_model("network", "DirectoryIndexPage"))
        profiles = directory.featured(limit=value["count"]) if directory else []
        return {"profiles": profiles, "directory": directory} if profiles else None
