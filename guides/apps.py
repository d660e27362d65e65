from django.apps import AppConfig

from lead.features import Editorial, Feature, SearchType


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "guides"
    feature = Feature(
        search_types=(
            SearchType(
                "guides",
                "Guides",
                "guides.GuidePage",
                singular="Guide",
                order=45,
            ),
        ),
        editorial=Editorial(
            workflows={
                ("guides", "guideindexpage"): ("Guide review", "Moderator review of a guide"),
            },
        ),
        home_blocks=(("for_organisations", "guides.home_sections.ForOrganisationsBlock"),),
        demo_content="guides.demo.loader.build_guides",
        demo_links="guides.demo.loader.link_guides",
        dashboard_items="guides.dashboard.guides_dashboard_items",
        seeding="guides.seeding",
        quality="tests.quality.features.guides",
    )
