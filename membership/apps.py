from django.apps import AppConfig


class MembershipConfig(AppConfig):
    name = "membership"
    verbose_name = "membership"

    def ready(self):
        from . import signals

        signals.connect()
