"""Mail in tests: mail servers that are down, and the mail queue as production runs it (tasks
stored in the database, worked by `manage.py db_worker`'s own worker)."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from lead.mail import MAIL

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("the mail server is down")


class BrokenOnOpenBackend(BaseEmailBackend):
    def open(self):
        raise smtplib.SMTPAuthenticationError(535, b"bad credentials")

    def send_messages(self, email_messages):
        self.open()


class MailQueue:
    """The "mail" tasks queue in the test database; `run()` works it as the worker does."""

    def __init__(self, settings, monkeypatch):
        self.settings = settings
        settings.TASKS = {**settings.TASKS, MAIL: {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        # The worker closes "old" connections between tasks; the test's is inside its
        # transaction, which must stay open.
        monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def server_down(self):
        self.settings.LEAD_EMAIL_TRANSPORT = "tests.mail.BrokenBackend"

    def server_up(self):
        self.settings.LEAD_EMAIL_TRANSPORT = LOCMEM

    def waiting(self):
        """The tasks queued and not yet done, in the order they were queued."""
        queued = DBTaskResult.objects.filter(backend_name=MAIL).exclude(status="SUCCESSFUL")
        return list(queued.order_by("enqueued_at"))

    def run(self):
        """Run every task due now, as `manage.py db_worker --backend mail --batch` does."""
        db_worker.Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name=MAIL,
            startup_delay=False,
            max_tasks=None,
            worker_id="tests",
            excluded_queue_names=[],
        ).run()
