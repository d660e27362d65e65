"""Peer mentoring between members: what a member offers or looks for (members only, never
public), and the requests one member sends another through the site.

Both belong to the member's account (their `Membership`), not to the profile page: no page
revision holds them, no public page, feed, sitemap, search index or structured data reads them,
and they go with the membership when the member is erased."""

from django.db import models


class MentoringTime(models.TextChoices):
    ONE_OFF = "one-off", "A single conversation"
    MONTHLY = "monthly", "About one hour a month"
    FORTNIGHTLY = "fortnightly", "About one hour a fortnight"
    FLEXIBLE = "flexible", "Flexible: we agree it together"


class MentoringChoiceQuerySet(models.QuerySet):
    def of(self, membership):
        return self.filter(membership=membership).first() if membership else None


class MentoringChoice(models.Model):
    """A member's mentoring: whether they offer it, look for it, on which topics and with how
    much time. Only signed-in members see it (the "Find a mentor" listing); there is no
    visibility choice because it is never public."""

    membership = models.OneToOneField(
        "membership.Membership", on_delete=models.CASCADE, related_name="mentoring"
    )
    offers = models.BooleanField("offers mentoring", default=False)
    seeks = models.BooleanField("looking for a mentor", default=False)
    expertise = models.ManyToManyField(
        "network.Expertise", blank=True, related_name="+", verbose_name="topics (expertise)"
    )
    roles = models.ManyToManyField(
        "network.Role", blank=True, related_name="+", verbose_name="topics (roles)"
    )
    other_topics = models.CharField(
        max_length=200, blank=True, help_text="Other topics, in the member's own words."
    )
    time = models.CharField(
        "how much time", max_length=12, choices=MentoringTime.choices, blank=True
    )
    online = models.BooleanField(
        "can meet online", default=True, help_text="By video or phone, wherever they are."
    )
    note = models.TextField(
        max_length=600, blank=True, help_text="A few words for other members, in their words."
    )
    changed_at = models.DateTimeField(auto_now=True)

    objects = MentoringChoiceQuerySet.as_manager()

    class Meta:
        verbose_name = "mentoring choice"

    def __str__(self):
        # No names: log entries and admin messages may keep this label.
        return f"Mentoring choice {self.pk}"

    def topic_names(self):
        """Every topic's name, expertise then roles then the member's own words."""
        names = [term.name for term in self.expertise.all()]
        names += [term.name for term in self.roles.all()]
        return names + ([self.other_topics] if self.other_topics else [])

    def as_dict(self):
        return {
            "offers_mentoring": self.offers,
            "looking_for_a_mentor": self.seeks,
            "expertise": [term.name for term in self.expertise.all()],
            "roles": [term.name for term in self.roles.all()],
            "other_topics": self.other_topics,
            "time": self.get_time_display(),
            "online": self.online,
            "note": self.note,
            "changed_at": self.changed_at,
        }


class MentoringStatus(models.TextChoices):
    WAITING = "waiting", "Waiting for an answer"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class MentoringRequestQuerySet(models.QuerySet):
    def involving(self, memberships):
        """Requests sent or received by any of these memberships (ids or a queryset)."""
        return self.filter(models.Q(mentor__in=memberships) | models.Q(requester__in=memberships))

    def waiting(self):
        return self.filter(status=MentoringStatus.WAITING)


class MentoringRequest(models.Model):
    """One member asking another for mentoring. Relayed by the site: neither sees the other's
    address until the mentor accepts, when the site introduces them by email."""

    mentor = models.ForeignKey(
        "membership.Membership", on_delete=models.CASCADE, related_name="mentoring_received"
    )
    requester = models.ForeignKey(
        "membership.Membership", on_delete=models.CASCADE, related_name="mentoring_sent"
    )
    message = models.TextField(max_length=2000, help_text="What the requester wrote.")
    status = models.CharField(
        max_length=10, choices=MentoringStatus.choices, default=MentoringStatus.WAITING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # The form's one-time key (membership/once.py): a request sent twice is kept once.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = MentoringRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "mentoring request"

    def __str__(self):
        return f"Mentoring request {self.pk}"

    @property
    def is_waiting(self):
        return self.status == MentoringStatus.WAITING
