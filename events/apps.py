from django.apps import AppConfig

from lead.features import Feature, SearchType, Section


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"
    feature = Feature(
        search_types=(
            SearchType(
                "events",
                "Events",
                "events.EventPage",
                singular="Event",
                order=30,
                card_queryset="with_next_date",
            ),
        ),
        home_blocks=(("upcoming_events", "events.home_sections.UpcomingEventsBlock"),),
        profile_sections=(
            Section("events/includes/speaker_events.html", "events.sections.speaker_events"),
        ),
        demo_content="events.demo.loader.build_events",
        dashboard_items="events.dashboard.events_dashboard_items",
        subscriptions="events.sections.subscriptions",
        next_change="events.sections.next_change",
        seeding="events.seeding",
        quality="tests.quality.features.events",
    )

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
