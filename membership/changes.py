"""What a member changes from their account: edits go to review; hiding things is immediate."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import ReferenceIndex, Revision
from wagtail.search import index

from lead.cache import clear_site_cache
from network.models import MemberChoices, ProfilePage

from .applications import submit_for_review
from .consent import CURRENT_VERSION
from .erasure import delete_images, photo_ids
from .forms import STRICTNESS, VISIBILITY_FIELDS
from .models import ConsentRecord, Membership
from .photos import save_photo

VISIBILITY_NAMES = [name for name, _ in VISIBILITY_FIELDS]


def save_member_edit(profile, form, user):
    """A new revision from the member's answers, submitted for review. The live page is
    untouched until a moderator approves it."""
    with transaction.atomic():
        latest = profile.get_latest_revision_as_object()
        form.apply_to(latest)
        latest.save_revision(user=user)
        submit_for_review(latest)


def current_visibility(profile):
    latest = profile.get_latest_revision_as_object()
    initial = {name: getattr(latest, name) for name in VISIBILITY_NAMES}
    initial["accepts_messages"] = accepts_messages(profile)
    return initial


def change_visibility(profile, cleaned, user):
    """The member's new choices. They are recorded first, as the member's own (the ceiling no
    edit can loosen); stricter values then apply at once to the live page and every revision,
    looser ones go to a moderator in a new revision. Returns (hidden now: [field names], sent
    for review: [field names])."""
    latest = profile.get_latest_revision_as_object()
    stricter, looser = {}, {}
    for name in VISIBILITY_NAMES:
        new, old = cleaned[name], getattr(latest, name)
        if (
            STRICTNESS[new] > STRICTNESS[old]
            or STRICTNESS[new] > STRICTNESS[getattr(profile, name)]
        ):
            stricter[name] = new
        elif STRICTNESS[new] < STRICTNESS[old]:
            looser[name] = new
    with transaction.atomic():
        record_choices(profile, cleaned, user)
        if stricter:
            profile.restrict_now(stricter)
        _set_messages(profile, cleaned["accepts_messages"])
        if looser:
            latest = ProfilePage.objects.get(pk=profile.pk).get_latest_revision_as_object()
            for name, value in looser.items():
                setattr(latest, name, value)
            latest.save_revision(user=user)
            submit_for_review(latest)
    if stricter:
        clear_site_cache()
    return list(stricter), list(looser)


def accepts_messages(profile):
    membership = Membership.objects.of(profile)
    return bool(membership and membership.accepts_messages)


def record_choices(profile, cleaned, user):
    """Write the member's choices to their record (made now for a profile that has none)."""
    profile = ProfilePage.objects.get(pk=profile.pk)
    values = {name: cleaned[name] for name in VISIBILITY_NAMES}
    if profile.member_choices_id is None:
        record = MemberChoices.objects.create(member=user, **values)
        ProfilePage.objects.filter(pk=profile.pk).update(member_choices=record)
    else:
        MemberChoices.objects.filter(pk=profile.member_choices_id).update(
            chosen_at=timezone.now(), **values
        )


def _set_messages(profile, accepts):
    """Relayed messages on or off, at once (the member's own choice, kept by membership, so
    no revision can turn them back on), recorded on the consent record."""
    if accepts == accepts_messages(profile):
        return
    Membership.objects.set_for(profile, accepts_messages=accepts)
    now = timezone.now()
    record = ConsentRecord.objects.filter(profile=profile).first()
    if record is None:
        record = ConsentRecord(
            profile=profile,
            version=CURRENT_VERSION,
            recorded_by="the member's account",
            publishing_given_at=profile.consent_given_at or now,
        )
    if accepts:
        record.messages_given_at, record.messages_withdrawn_at = now, None
    else:
        record.messages_withdrawn_at = now
    record.save()


def remove_photo(profile):
    """Take the member's photo off the live page and out of every revision at once (so no
    later approval of an older draft can bring it back), then delete the image and its files,
    unless editors use it on another page. Returns False when there was no photo."""
    image_ids = photo_ids(profile)
    if not image_ids:
        return False
    with transaction.atomic():
        ProfilePage.objects.filter(pk=profile.pk).change(photo=None, photo_alt_text="")
        for revision in Revision.objects.filter(pk__in=profile.revisions.values("pk")):
            content = revision.content
            if content.get("photo") or content.get("photo_alt_text"):
                content.update(photo=None, photo_alt_text="")
                Revision.objects.filter(pk=revision.pk).update(content=content)
        page = ProfilePage.objects.get(pk=profile.pk)
        ReferenceIndex.create_or_update_for_object(page)
        delete_images(image_ids, profile.pk)
        if page.live:
            index.insert_or_update_object(page)
    clear_site_cache()
    return True


def propose_photo(profile, upload, alt_text, user):
    """A new photo (checked, stripped of metadata, in the private collection) in a new
    revision for a moderator: the live page keeps its current photo, or none, until then."""
    with transaction.atomic():
        latest = profile.get_latest_revision_as_object()
        latest.photo = save_photo(upload)
        latest.photo_alt_text = alt_text
        latest.save_revision(user=user)
        submit_for_review(latest)
