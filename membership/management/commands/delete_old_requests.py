"""manage.py delete_old_requests: delete contact and introduction requests and contact-page
enquiries older than the retention period (LEAD_REQUEST_RETENTION_DAYS), with their history."""

from django.conf import settings
from django.core.management.base import BaseCommand

from ...request_actions import delete_old_requests


class Command(BaseCommand):
    help = (
        "Delete contact, introduction and mentoring requests and enquiries received more than "
        "LEAD_REQUEST_RETENTION_DAYS ago (365 unless set), with the log entries of what editors "
        "did with them. Run it daily; safe to run at any time."
    )

    def handle(self, **options):
        deleted = delete_old_requests()
        if options["verbosity"]:
            days = settings.LEAD_REQUEST_RETENTION_DAYS
            self.stdout.write(
                f"Deleted {deleted['contact']} contact and {deleted['introduction']} "
                f"introduction request(s), {deleted['enquiry']} enquiry(ies) and "
                f"{deleted['mentoring']} mentoring request(s) older than {days} days."
            )
