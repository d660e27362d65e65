"""What the opportunities board holds about a member: in their data export, and erased with
them (declared in OpportunitiesConfig.feature)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ModelLogEntry

from .models import (
    AlertDigest,
    ExpressionOfInterest,
    RoleAlert,
)


def _interest_of(user):
    """Interest the member sent: linked to their account, or sent from its address."""
    mine = Q(member=user)
    if user.email:
        mine |= Q(sender_email__iexact=user.email)
    return ExpressionOfInterest.objects.filter(mine)


def role_data_for_export(user, profile):
    alert = RoleAlert.objects.filter(member=user).first()
    return {
        "role_alerts": {
            "on": alert.enabled,
            "match_my_profile": alert.use_profile,
            "roles": [role.name for role in alert.roles.all()],
            "regions": [region.name for region in alert.regions.all()],
            "include_remote": alert.include_remote,
            "changed_at": alert.updated_at,
        }
        if alert
        else None,
        "interest_in_roles": [
            {
                "role": interest.opportunity.title,
                "sent_at": interest.created_at,
                "name": interest.sender_name,
                "email": interest.sender_email,
                "message": interest.message,
                "profile_link": interest.profile_url,
                "status": interest.get_status_display(),
            }
            for interest in _interest_of(user).select_related("opportunity")
        ],
    }


def erase_role_data(user):
    interest = _interest_of(user)
    ids = [str(pk) for pk in interest.values_list("pk", flat=True)]
    content_type = ContentType.objects.get_for_model(ExpressionOfInterest)
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=ids).delete()
    interest.delete()
    RoleAlert.objects.filter(member=user).delete()
    AlertDigest.objects.filter(member=user).delete()
