"""Keep the members' space under its Members restriction whenever it is saved."""

from django.db.models.signals import post_save

from network.members_restriction import restrict_to_members

from .models import MembersSpacePage


def space_saved(sender, instance, **kwargs):
    restrict_to_members(instance)


def connect():
    post_save.connect(space_saved, sender=MembersSpacePage, dispatch_uid="members-space-saved")
