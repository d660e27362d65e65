"""Make sure a local admin account exists; print its generated password the first time only."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a random password if no superuser exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, **options):
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing:
            self.stdout.write(
                f"Admin account '{existing.get_username()}' already exists: sign in at /admin/ "
                "(forgotten the password? run: .venv/bin/python manage.py changepassword "
                f"{existing.get_username()})"
            )
            return
        password = secrets.token_urlsafe(15)
        User.objects.create_superuser(
            username=options["username"], email="admin@lead.localhost", password=password
        )
        self.stdout.write(
            self.style.SUCCESS(
                "Created a local admin account. Sign in at http://127.0.0.1:8000/admin/\n"
                f"  username: {options['username']}\n  password: {password}\n"
                "This password is shown only once; keep it somewhere safe."
            )
        )
