"""Everything the site keeps about a member: one record, downloaded as JSON (member_data) or
read as a page (membership/readable_export.py)."""

import json

from django.core.serializers.json import DjangoJSONEncoder

from lead.features import call_each
from network.models import CHOICE_FIELDS
from network.private_photos import photo_url

from . import mentoring
from .consent import WORDING
from .models import ConsentRecord, Membership

PROFILE_FIELDS = [
    "pronouns", "headline", "organisation", "organisation_visibility", "region_visibility",
    "photo_alt_text", "photo_visibility", "summary", "biography", "lived_experience_visibility",
    "availability", "expects_payment", "payment_visibility", "languages", "website_url",
    "linkedin_url", "other_url",
]  # fmt: skip


def _photo_address(version, live):
    """The photo's permission-checked address, which always answers the member themself when
    signed in: never a file address, which would show a members-only or hidden photo to anyone
    it reaches. None when the version's photo is not the one on the live profile (a new photo
    still awaiting review, or a profile offline): the site does not serve it yet."""
    if not version.photo_id or live is None or not live.live or live.photo_id != version.photo_id:
        return None
    root = live.get_url_parts()
    return (root[1] if root else "") + photo_url(live, "large")


def _profile(page, live, membership):
    data = {"display_name": page.title, "address": page.full_url if page.live else None}
    data.update({name: getattr(page, name) for name in PROFILE_FIELDS})
    # The member's own, kept off the page: the same in every version.
    data["contact_email"] = membership.contact_email if membership else ""
    data["accepts_messages"] = bool(membership and membership.accepts_messages)
    data["region"] = page.region.name if page.region_id else None
    for name in ("lived_experience", "expertise", "roles_sought", "payment_routes"):
        data[name] = [term.name for term in getattr(page, name).all()]
    data["selected_work"] = page.selected_work.get_prep_value()
    data["photo"] = _photo_address(page, live)
    return data


def _choices(profile, membership):
    record = profile.member_choices
    if record is None:
        return None
    data = {name: getattr(record, f"get_{name}_display")() for name in CHOICE_FIELDS}
    accepts = bool(membership and membership.accepts_messages)
    data.update(accepts_messages=accepts, chosen_at=record.chosen_at)
    return data


def member_data(profile, user):
    """The member's record as JSON, for computers."""
    return json.dumps(
        member_record(profile, user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )


def member_record(profile, user):
    """The profile as published and as last edited (pending review), the consent record, the
    messages relayed to the member, the requests to be introduced to them, their mentoring
    (choices and requests) and their account."""
    latest = profile.get_latest_revision_as_object()
    record = ConsentRecord.objects.filter(profile=profile).first()
    membership = Membership.objects.of(profile)
    data = {
        "about": "Everything LEAD holds about you. Editors' private notes are included.",
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "profile": {
            "published": _profile(profile, profile, membership) if profile.live else None,
            "latest_version": _profile(latest, profile, membership),
            "awaiting_review": bool(profile.has_unpublished_changes),
            "first_published_at": profile.first_published_at,
            "editor_notes": profile.editor_notes,
        },
        "consent": {
            "given_at": profile.consent_given_at,
            "wording_version": profile.consent_wording_version,
            "wording": WORDING.get(profile.consent_wording_version),
            "recorded_by": profile.consent_recorded_by,
            "parts": record.as_dict() if record else None,
        },
        "privacy_choices": _choices(profile, membership),
        "restrictions_by_the_team": [
            {
                "part": restriction.get_field_display(),
                "set_to": restriction.get_visibility_display(),
                "reason": restriction.reason,
                "at": restriction.made_at,
            }
            for restriction in profile.staff_restrictions.all()
        ],
        "messages": [message.as_dict() for message in profile.contact_requests.all()],
        "introduction_requests": [
            introduction.as_dict() for introduction in profile.introduction_requests.all()
        ],
    }
    data.update(mentoring.member_record(membership))
    # What features hold about the member (role alerts, interest sent...).
    for held in call_each("member_data", user, profile):
        data.update(held or {})
    return data
