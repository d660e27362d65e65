"""Delete old search logs: Wagtail's daily query hits and queries nobody searches for any more
(its searchpromotions_garbage_collect), and the days searches found nothing. Run it daily."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from search.models import ZeroResultQuery


class Command(BaseCommand):
    help = "Delete search logs older than WAGTAILSEARCH_HITS_MAX_AGE days (default 7)."

    def handle(self, *args, **options):
        ZeroResultQuery.garbage_collect()
        call_command("searchpromotions_garbage_collect", stdout=self.stdout)
