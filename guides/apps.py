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
    )
