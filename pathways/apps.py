from django.apps import AppConfig

from lead.features import Feature, SearchType


class PathwaysConfig(AppConfig):
    name = "pathways"
    verbose_name = "career pathways"
    feature = Feature(
        search_types=(
            SearchType(
                "pathways",
                "Career pathways",
                "pathways.PathwayStepPage",
                singular="Career step",
                select_related=("role",),
                order=47,
            ),
        ),
        demo_content="pathways.demo.loader.build_pathways",
        seeding="pathways.seeding",
        quality="tests.quality.features.pathways",
    )
