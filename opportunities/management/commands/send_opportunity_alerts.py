from django.core.management.base import BaseCommand

from opportunities.alerts import send_daily_alerts


class Command(BaseCommand):
    help = "Email each member who turned on role alerts the new matching roles (once a day)."

    def handle(self, *args, **options):
        queued = send_daily_alerts()
        self.stdout.write(f"Queued {queued} alert email{'s' if queued != 1 else ''}.")
