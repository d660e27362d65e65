"""Rebuild the occurrence rows of every live repeating event (or every live event with --all).

Repeating events are listed up to two years ahead; run this now and then (a weekly cron job is
plenty) so an open-ended series keeps its next two years listed as time moves on."""

from django.core.management.base import BaseCommand

from events.models import EventPage, rebuild_occurrences


class Command(BaseCommand):
    help = "Rebuild listed occurrences of live events, moving the two-year horizon on."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Every live event, not only repeating ones."
        )

    def handle(self, *args, **options):
        events = EventPage.objects.live().prefetch_related("cancelled_dates").defer("body")
        if not options["all"]:
            events = events.exclude(repeat="")
        written = 0
        count = 0
        for start in range(0, events.count(), 200):
            batch = list(events.order_by("pk")[start : start + 200])
            written += rebuild_occurrences(batch)
            count += len(batch)
        self.stdout.write(f"Rebuilt {written} occurrences of {count} events.")
