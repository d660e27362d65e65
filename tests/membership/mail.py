"""A mail backend whose server is always down."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("the mail server is down")


class BrokenOnOpenBackend(BaseEmailBackend):
    def open(self):
        raise smtplib.SMTPAuthenticationError(535, b"bad credentials")

    def send_messages(self, email_messages):
        self.open()
