"""The membership demo: the join page at /join/ (its words in content.toml beside this module)
and one member account to try /account/."""

import secrets
from pathlib import Path

from home.demo.data import load, rich_text, stream
from home.demo.sections import ensure_section
from network.models import MemberChoices, ProfilePage

from ..accounts import ensure_member_account
from ..models import JoinPage

CONTENT = Path(__file__).with_name("content.toml")
DEMO_MEMBER_PROFILE = "danielle-hartley"


def build_membership(home, stdout):
    created = []
    words = load(CONTENT)["join"]
    ensure_section(
        home,
        "join",
        JoinPage,
        stdout,
        title=words["title"],
        intro=words["intro"],
        body=[(block["type"], block["value"]) for block in stream(words.get("body", []))],
        thank_you=rich_text(words["thank_you"], words),
    )
    password = ensure_demo_member()
    if password:
        profile = ProfilePage.objects.get(slug=DEMO_MEMBER_PROFILE)
        stdout.write(
            f"Created a demo member account (sign in at /account/login/): username "
            f"{profile.member.username}, password {password} (shown only once)."
        )
        created.append("a demo member account")
    return created


def ensure_demo_member():
    """Link the demo member account to one demo profile; returns its new password, or None."""
    profile = ProfilePage.objects.filter(slug=DEMO_MEMBER_PROFILE).first()
    if profile is None or profile.member_id:
        return None
    user = ensure_member_account(profile, invite=False)
    if user is None:
        return None
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save()
    # The demo member accepts relayed messages: their own choice, recorded as theirs.
    MemberChoices.objects.filter(pk=profile.member_choices_id).update(accepts_messages=True)
    ProfilePage.objects.filter(pk=profile.pk).change(accepts_messages=True)
    return password
