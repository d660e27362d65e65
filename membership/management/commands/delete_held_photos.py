"""manage.py delete_held_photos: delete photos the join form kept for more than a day."""

from django.core.management.base import BaseCommand

from ...held_photos import delete_expired


class Command(BaseCommand):
    help = (
        "Delete photos kept from join forms that did not go through, once they are a day old "
        "(and any such file left without its record). Run it hourly; safe to run at any time."
    )

    def handle(self, **options):
        deleted = delete_expired()
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} held photo{'s' if deleted != 1 else ''}.")
