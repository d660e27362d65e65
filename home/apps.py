from django.apps import AppConfig

from lead.features import Feature, SearchType


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site core"
    # The core's own pages are the search's catch-all type.
    feature = Feature(
        search_types=(SearchType("pages", "Pages", None, singular="Page", order=100),)
    )

    def ready(self):
        # Not at the top: these import the models, which Django loads after apps.py.
        from lead import (
            checks,  # noqa: F401 - registers the project's system checks
            mail,
            pagecache,
            serving,
            view_restrictions,
        )

        from . import navigation
        from .editorial import exports
        from .editorial import signals as editorial_signals
        from .models import SiteSettings

        serving.SITE_RELATED.extend(SiteSettings.site_relations())
        serving.SITE_ANNOTATIONS.update(SiteSettings.site_annotations())
        mail.connect()
        navigation.connect()
        pagecache.connect()
        view_restrictions.connect()
        editorial_signals.connect()
        exports.protect_exports()
