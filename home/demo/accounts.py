"""Demo accounts for trying the editorial workflow: one editor and one moderator."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.editorial.roles import EDITORS, MODERATORS

TEAM = [
    ("editor", "Eddie", "Editor", EDITORS),
    ("moderator", "Mo", "Moderator", MODERATORS),
]


def ensure_team_accounts():
    """Create the accounts that are missing; returns (username, role, password) for each new
    one, so its password can be shown once."""
    User = get_user_model()
    created = []
    for username, first, last, role in TEAM:
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
