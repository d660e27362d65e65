"""Put stuck mail back in the queue (lead/mail.py): what a worker killed mid-send left marked
as running, and, with --failed, what failed on an error that was not the mail server's."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from lead.mail import requeue


class Command(BaseCommand):
    help = (
        "Queue again the mail tasks a killed worker left running for over --minutes (and, with "
        "--failed, the failed ones). Safe to run from cron: the worker sends each once more."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=30,
            help="running for longer than this (default 30; a send gives up within seconds)",
        )
        parser.add_argument("--failed", action="store_true", help="failed tasks too")

    def handle(self, *args, **options):
        stalled_before = timezone.now() - timedelta(minutes=options["minutes"])
        count = requeue(stalled_before, failed=options["failed"])
        self.stdout.write(f"Queued {count} mail task{'s' if count != 1 else ''} again.")
