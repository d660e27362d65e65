"""Member accounts: made when a profile is first published, never with admin access."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from lead.mail import later
from network.models import MemberChoices, ProfilePage
from network.models.visibility import MEMBERS_GROUP

from . import emails
from .models import Membership

logger = logging.getLogger(__name__)


def ensure_member_account(profile, invite=True):
    """Give a published profile with a contact email its member account, in the Members group
    and with no usable password, and queue an email with a one-time link to set one.
    Returns the new user, or None when there was nothing to do."""
    membership = Membership.objects.of(profile)
    if membership is None or membership.member_id or not membership.contact_email:
        return None
    User = get_user_model()
    email = membership.contact_email.strip().lower()
    if User.objects.filter(username__iexact=email).exists() or (
        User.objects.filter(email__iexact=email).exists()
    ):
        logger.warning(
            "Profile %s: an account with its contact email already exists; not linked.",
            profile.pk,
        )
        return None
    user = User.objects.create_user(username=email, email=email, password=None)
    user.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    # From now on the member's choices (those of their application) bind the profile.
    choices = MemberChoices.capture(profile, member=user)
    Membership.objects.filter(pk=membership.pk).update(member=user)
    ProfilePage.objects.filter(pk=profile.pk).update(member_choices=choices)
    profile.member_choices = choices
    if invite:
        later(emails.invite_member, user.pk, profile.pk)
    return user


def profile_of(user):
    """The member's own profile, or None (an account without one, or no account at all)."""
    if not user.is_authenticated:
        return None
    return ProfilePage.objects.filter(membership__member=user).first()


def member_of(profile):
    """The account of the profile's member, or None."""
    membership = Membership.objects.of(profile)
    return membership.member if membership else None


def is_own_profile(page, user):
    """Whether `user` is the profile's member (declared to the directory in apps.py)."""
    return Membership.objects.filter(profile_id=page.pk, member_id=user.pk).exists()


DEMO_RECORDER = "Demo content loader"


def on_profile_published(sender, instance, **kwargs):
    # The demo's invented people get no accounts from publishing (their addresses cannot
    # receive mail); the demo loader makes the accounts it needs itself: the demo member's,
    # and password-less ones for the demo's mentors (membership/demo/mentoring.toml).
    if instance.consent_recorded_by != DEMO_RECORDER:
        ensure_member_account(instance)
