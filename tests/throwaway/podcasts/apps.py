from django.apps import AppConfig

from lead.features import Feature, SearchType


class PodcastsConfig(AppConfig):
    name = "tests.throwaway.podcasts"
    label = "podcasts"
    default_auto_field = "django.db.models.BigAutoField"
    feature = Feature(
        private_models=("podcasts.Listen",),
        search_types=(
            SearchType("podcasts", "Podcasts", "podcasts.PodcastPage", singular="Podcast"),
        ),
        quality="tests.throwaway.podcasts.quality",
    )
