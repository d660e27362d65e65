from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
