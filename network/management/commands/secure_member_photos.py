"""manage.py secure_member_photos: move members' photos still at public file addresses into the
private store (network/private_photos.py). `migrate` does it too; safe to run again."""

from django.core.management.base import BaseCommand

from ...private_photos import secure_existing_photos


class Command(BaseCommand):
    help = (
        "Move every profile photo that is not public into the members' photo collection, and "
        "the files of every image in that collection into the private store."
    )

    def handle(self, **options):
        moved = secure_existing_photos()
        self.stdout.write(f"Moved the files of {moved} photo(s) into the private store.")
