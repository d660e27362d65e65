"""The daily digest of new roles for members who turned alerts on (`manage.py
send_opportunity_alerts`, run once a day by cron). Each member gets at most one email a day,
however often the command runs: the day's digest is recorded (a unique row) and its email
queued with it (`send_alert_digest`); the mail queue tries again until the server takes it."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from lead.mail import later, mail_task
from membership.accounts import profile_of
from membership.emails import site_url

from . import emails
from .dates import uk_today
from .models import AlertDigest, OpportunityPage, RoleAlert, WorkMode

FIRST_DIGEST_DAYS = 1
UNSUBSCRIBE_SALT = "lead.opportunities.alerts.unsubscribe"


def matching_roles(alert, since, now=None):
    """Open, live, public roles first published after `since` (and by `now`) that match the
    member's choices (or their profile's roles and region)."""
    now = now or timezone.now()
    roles = (
        OpportunityPage.objects.live()
        .public()
        .open(now)
        .filter(first_published_at__gt=since, first_published_at__lte=now)
    )
    if alert.use_profile:
        profile = profile_of(alert.member)
        role_ids = list(profile.roles_sought.values_list("pk", flat=True)) if profile else []
        region_ids = [profile.region_id] if profile and profile.region_id else []
    else:
        role_ids = list(alert.roles.values_list("pk", flat=True))
        region_ids = list(alert.regions.values_list("pk", flat=True))
    if role_ids:
        roles = roles.filter(role__in=role_ids)
    if region_ids:
        places = Q(region__in=region_ids)
        if alert.include_remote:
            places |= Q(work_mode=WorkMode.REMOTE)
        roles = roles.filter(places)
    elif not alert.include_remote:
        roles = roles.exclude(work_mode=WorkMode.REMOTE)
    return roles.select_related("organisation").order_by("closing_date", "pk")


def unsubscribe_token(user):
    """The one-click unsubscribe link's proof that it is this member's: signed, never guessable."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(user.pk))


def member_for_token(token):
    """The member an unsubscribe token was made for, or None when it is not one of ours."""
    try:
        pk = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk).first()


def send_daily_alerts(now=None):
    """Returns the number of digests queued."""
    now = now or timezone.now()
    today = uk_today(now)
    sent = 0
    alerts = RoleAlert.objects.filter(enabled=True, member__is_active=True).select_related("member")
    for alert in alerts:
        member = alert.member
        if not member.email or AlertDigest.objects.filter(member=member, day=today).exists():
            continue
        last = AlertDigest.objects.filter(member=member).order_by("-sent_at").first()
        since = last.sent_at if last else now - timedelta(days=FIRST_DIGEST_DAYS)
        roles = list(matching_roles(alert, since, now))
        if not roles:
            continue
        try:
            with transaction.atomic():
                digest = AlertDigest.objects.create(member=member, day=today, roles=len(roles))
                # The digest covers roles published up to `now`: the next one starts there, so
                # a role published while this run goes on is in the next digest, not lost.
                AlertDigest.objects.filter(pk=digest.pk).update(sent_at=now)
                later(send_alert_digest, digest.pk, [role.pk for role in roles])
        except IntegrityError:
            continue  # another run queued today's digest first
        sent += 1
    return sent


@mail_task
def send_alert_digest(digest_id, role_ids):
    """Send one recorded digest: the roles still live, public and open when it goes (a role
    withdrawn meanwhile is left out; with none left, nothing is sent)."""
    digest = AlertDigest.objects.filter(pk=digest_id).select_related("member").first()
    member = digest.member if digest else None
    if member is None or not member.is_active or not member.email:
        return False
    roles = list(
        OpportunityPage.objects.live()
        .public()
        .open(timezone.now())
        .filter(pk__in=role_ids)
        .select_related("organisation")
        .order_by("closing_date", "pk")
    )
    if not roles:
        return False
    # The template reads each role's address from Page.full_url (a property, read-only).
    token = unsubscribe_token(member)
    unsubscribe_url = site_url(reverse("opportunities:unsubscribe", args=[token]))
    return emails.send_digest(member, roles, unsubscribe_url)
