"""Demo accounts for trying the editorial workflow (content.toml: one editor, one moderator)."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.editorial.roles import EDITORS, MODERATORS

from . import copy
from .data import DemoContentError, load


def team():
    """(username, first name, last name, role) for each demo account in content.toml."""
    accounts = load(copy.CONTENT).get("accounts", [])
    for spec in accounts:
        if spec["role"] not in (EDITORS, MODERATORS):
            raise DemoContentError(
                f"{spec.source}: {spec.where} has role {spec['role']!r}; use "
                f"{EDITORS!r} or {MODERATORS!r}."
            )
    return [
        (spec["username"], spec["first_name"], spec["last_name"], spec["role"]) for spec in accounts
    ]


def ensure_team_accounts():
    """Create the accounts that are missing; returns (username, role, password) for each new
    one, so its password can be shown once."""
    User = get_user_model()
    created = []
    for username, first, last, role in team():
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username,
            email=f"{username}@lead.localhost",
            password=password,
            first_name=first,
            last_name=last,
        )
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        created.append((username, role, password))
    return created
