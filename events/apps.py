from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
