"""Membership's signal handlers."""

from wagtail.signals import page_published

from network.models import ProfilePage

from .accounts import on_profile_published


def connect():
    page_published.connect(
        on_profile_published, sender=ProfilePage, dispatch_uid="membership-invite-member"
    )
