from django.apps import AppConfig

from lead.features import Editorial, Feature

ALL = ("add", "change", "delete", "view")


class SearchConfig(AppConfig):
    name = "search"
    feature = Feature(
        private_models=("search.ZeroResultQuery",),  # the searches that found nothing
        editorial=Editorial(
            managed={
                ("wagtailsearchpromotions", "searchpromotion"): ALL,
                ("wagtailsearchpromotions", "query"): ("view",),
            }
        ),
        seeding="search.seeding",
    )

    def ready(self):
        from .indexing import index_text_as_nfc

        index_text_as_nfc()
