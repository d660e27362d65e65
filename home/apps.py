from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site core"

    def ready(self):
        # Not at the top: these import the models, which Django loads after apps.py.
        from . import navigation, pagecache
        from .editorial import signals as editorial_signals

        navigation.connect()
        pagecache.connect()
        editorial_signals.connect()
