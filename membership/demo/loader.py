"""The membership demo: the join page at /join/ (its words in content.toml beside this module)
and one member account to try /account/."""

import secrets
from pathlib import Path

from home.demo.data import load, rich_text, stream
from home.demo.sections import ensure_section
from network.models import ProfilePage

from ..accounts import DEMO_RECORDER, ensure_member_account, member_of
from ..models import JoinPage, Membership

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
    give_demo_profiles_contact_emails()
    password = ensure_demo_member()
    if password:
        profile = ProfilePage.objects.get(slug=DEMO_MEMBER_PROFILE)
        stdout.write(
            f"Created a demo member account (sign in at /account/login/): username "
            f"{member_of(profile).username}, password {password} (shown only once)."
        )
        created.append("a demo member account")
    return created


def give_demo_profiles_contact_emails():
    """Each demo profile's (invented, undeliverable) private contact email, as moderators see
    it on the Private tab. Relayed messages stay off: only the demo member accepts them."""
    demo = ProfilePage.objects.filter(consent_recorded_by=DEMO_RECORDER, membership=None)
    Membership.objects.bulk_create(
        Membership(profile=profile, contact_email=f"{profile.slug}@members.lead.example")
        for profile in demo.only("pk", "slug")
    )


def ensure_demo_member():
    """Link the demo member account to one demo profile; returns its new password, or None."""
    profile = ProfilePage.objects.filter(slug=DEMO_MEMBER_PROFILE).first()
    if profile is None or member_of(profile):
        return None
    user = ensure_member_account(profile, invite=False)
    if user is None:
        return None
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save()
    # The demo member accepts relayed messages: their own choice, recorded as theirs.
    Membership.objects.set_for(profile, accepts_messages=True)
    return password
