"""The membership demo: the join page at /join/ and one member account to try /account/."""

import secrets

from home.demo.sections import ensure_section
from network.models import MemberChoices, ProfilePage

from ..accounts import ensure_member_account
from ..models import JoinPage

DEMO_MEMBER_PROFILE = "danielle-hartley"
INTRO = "Apply to be listed in the directory and to join our peer community."
BODY = [
    (
        "paragraph",
        "<p>Joining is free. You choose your display name, what your profile shows, and who can "
        "see each part of it. You can change your mind or leave at any time, and when you leave "
        "we erase your details.</p>"
        "<p>You do not need to share anything you are not comfortable sharing. Your region is "
        "all we ask about where you live.</p>",
    )
]
THANK_YOU = (
    "<p>We have your application. A moderator will read it soon, usually within a week. "
    "We will email you when your profile is published, with a link to set your password.</p>"
)


def build_membership(home, stdout):
    created = []
    ensure_section(
        home,
        "join",
        JoinPage,
        stdout,
        title="Join the network",
        intro=INTRO,
        body=BODY,
        thank_you=THANK_YOU,
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
