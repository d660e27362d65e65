"""manage.py erase_member <profile id or slug>: withdraw a member on their request."""

from django.core.management.base import BaseCommand, CommandError

from network.models import ProfilePage

from ...erasure import erase_member
from ...models import ErasureReceipt


class Command(BaseCommand):
    help = (
        "Take a member's profile offline and erase everything the site holds about them "
        "(profile, revisions, photo, messages, account, search entries, caches). Keeps an "
        "anonymous erasure receipt."
    )

    def add_arguments(self, parser):
        parser.add_argument("profile", help="The profile's page id or its slug.")
        parser.add_argument(
            "--former-member",
            action="store_true",
            help="Show 'Former member' instead of their name on posts and events.",
        )
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, profile, former_member=False, yes=False, **options):
        found = ProfilePage.objects.filter(slug=profile)
        if profile.isdigit():
            found = ProfilePage.objects.filter(pk=int(profile)) | found
        matches = list(found)
        if not matches:
            raise CommandError(f"No profile with the id or slug {profile!r}.")
        if len(matches) > 1:
            raise CommandError(f"{profile!r} matches more than one profile: use its page id.")
        page = matches[0]
        if not yes:
            answer = input(f"Erase the profile {page.pk} and everything linked to it? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("Nothing was erased.")
        receipt = erase_member(
            page, erased_by=ErasureReceipt.ErasedBy.MODERATOR, former_member=former_member
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased. Receipt {receipt.reference} ({receipt.erased_at:%Y-%m-%d})."
            )
        )
