"""A join application becomes a draft profile, submitted for review, in one transaction."""

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from lead.mail import later
from network.models import DirectoryIndexPage, ProfilePage

from . import emails, once
from .models import ConsentRecord, Membership
from .photos import save_photo

logger = logging.getLogger(__name__)
RECORDED_BY = "the join form"


def directory_for(join_page):
    directory = DirectoryIndexPage.objects.live().first()
    if directory is None:
        directory = DirectoryIndexPage.objects.first()
    return directory


def free_slug(directory, name):
    base = slugify(name)[:60].strip("-") or "member"
    taken = set(
        directory.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_application(form, directory):
    """Store the application (draft profile, consent record, photo) and submit it for review;
    the emails are queued with it (lead.mail.later). Returns the draft profile, or None when this
    submission (its key) was already stored: then nothing new is saved or sent."""
    key = form.cleaned_data["submission_key"]
    return once.store_once(ConsentRecord, key, partial(_store_application, form, directory))


def _store_application(form, directory):
    data = form.cleaned_data
    now = timezone.now()
    # Applications take their turn under the directory: locking its row (PostgreSQL) stops two
    # at once from taking the same tree position or slug, and a repeat of this form that
    # waited here sees the first one's committed record.
    directory = Page.objects.select_for_update().get(pk=directory.pk)
    if once.stored(ConsentRecord, data["submission_key"]):
        raise once.AlreadyStored
    profile = ProfilePage(
        slug=free_slug(directory, data["display_name"]),
        live=False,
        consent_given_at=now,
        consent_wording_version=form.consent_version,
        consent_recorded_by=RECORDED_BY,
        photo_alt_text=data.get("photo_alt_text", "").strip() if data.get("photo") else "",
    )
    form.apply_to(profile)
    for name in (
        "photo_visibility",
        "region_visibility",
        "organisation_visibility",
        "lived_experience_visibility",
        "payment_visibility",
    ):
        setattr(profile, name, data[name])
    if data.get("photo"):
        profile.photo = save_photo(data["photo"])
    directory.add_child(instance=profile)
    Membership.objects.create(
        profile=profile,
        contact_email=data["email"],
        accepts_messages=bool(data["consent_messages"]),
    )
    ConsentRecord.objects.create(
        profile=profile,
        version=form.consent_version,
        recorded_by=RECORDED_BY,
        publishing_given_at=now,
        lived_experience_given_at=now if data["consent_lived_experience"] else None,
        messages_given_at=now if data["consent_messages"] else None,
        submission_key=data["submission_key"],
    )
    profile.save_revision(log_action=False)
    submit_for_review(profile)
    later(emails.notify_editors_of_application, profile.pk)
    later(emails.acknowledge_application, profile.pk)
    return profile


def submit_for_review(profile, user=None):
    """Start the profile's review workflow (the directory's "Profile review"), restarting one
    already in progress so moderators review the latest revision. Moderators' notices are only
    queued here (lead/mail.py; for profiles, the nameless one of home/editorial/notifications.py);
    should the workflow start fail anyway, it is rolled back alone (savepoint) and logged, and
    the draft is kept."""
    workflow = profile.get_workflow()
    if workflow is None:
        return None
    try:
        with transaction.atomic():
            state = profile.current_workflow_state
            if state is not None:
                state.cancel(user=user)
            return workflow.start(profile, user=user)
    except Exception:
        logger.exception("Could not submit profile %s for review; the draft is kept.", profile.pk)
        return None
