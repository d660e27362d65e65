from django.apps import AppConfig

from lead.features import Editorial, Feature, SearchType, Section

ALL = ("add", "change", "delete", "view")


class BlogConfig(AppConfig):
    name = "blog"
    feature = Feature(
        search_types=(SearchType("posts", "Posts", "blog.BlogPage", singular="Post", order=10),),
        editorial=Editorial(
            managed={("blog", "blogcategory"): ALL, ("blog", "author"): ALL},
            workflows={("blog", "blogindexpage"): ("Post review", "Moderator review of a post")},
        ),
        home_blocks=(("latest_posts", "blog.home_sections.LatestPostsBlock"),),
        profile_sections=(
            Section("blog/includes/member_posts.html", "blog.sections.member_posts"),
        ),
        head_sections=(Section("blog/includes/feed_links.html", "blog.sections.feed_links"),),
        demo_content="blog.demo.loader.build_blog",
        demo_links="blog.demo.loader.link_career_stories",
        dashboard_items="blog.dashboard.blog_dashboard_items",
        subscriptions="blog.sections.subscriptions",
        seeding="blog.seeding",
        quality="tests.quality.features.blog",
    )

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
