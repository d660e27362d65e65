"""Membership's signal handlers."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from lead.pagecache import invalidate
from network.models import ProfilePage

from .accounts import on_profile_published


def on_account_change(sender, update_fields=None, **kwargs):
    """An account opened, closed (is_active) or deleted changes who is listed as a mentor (and
    what is kept of that listing). A sign-in, which only records its time, changes nothing."""
    if update_fields is None or "is_active" in update_fields:
        invalidate()


def connect():
    page_published.connect(
        on_profile_published, sender=ProfilePage, dispatch_uid="membership-invite-member"
    )
    User = get_user_model()
    post_save.connect(on_account_change, sender=User, dispatch_uid="membership-account-saved")
    post_delete.connect(on_account_change, sender=User, dispatch_uid="membership-account-gone")
