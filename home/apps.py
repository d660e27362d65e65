from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site core"

    def ready(self):
        from . import navigation, pagecache
        from .editorial import signals as editorial_signals

        navigation.connect()
        pagecache.connect()
        editorial_signals.connect()
