"""The blog's section of the home page, placed by editors in the home page's body."""

from django.apps import apps
from wagtail import blocks

from home.blocks import HomeSectionBlock
from home.navigation import section_page


class LatestPostsBlock(HomeSectionBlock):
    heading = blocks.CharBlock(
        max_length=80, default="Latest from the blog", help_text="The section's heading."
    )

    class Meta:
        icon = "doc-full"
        label = "Latest posts"
        description = "The newest posts, with a link to the blog."
        template = "blog/includes/latest_posts.html"
        heading_id = "latest-posts-heading"
        preview_value = {"heading": "Latest from the blog", "count": 3}

    def section_context(self, value, request):
        index = section_page(request, apps.get_model("blog", "BlogIndexPage"))
        if index is None:
            return None
        posts = index.posts().with_card_data()[: value["count"]].attach_bylines(request)
        return {"posts": posts, "index": index} if posts else None
