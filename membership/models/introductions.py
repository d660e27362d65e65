"""Requests to be introduced to a member who cannot be written to directly: stored for the
editorial team, who decide whether and how to pass them on."""

from django.db import models


class IntroductionPaid(models.TextChoices):
    PAID = "paid", "Yes, it is paid"
    UNPAID = "unpaid", "No, it is unpaid"
    UNSURE = "unsure", "Not decided yet"


class IntroductionStatus(models.TextChoices):
    NEW = "new", "New (not acted on yet)"
    FORWARDED = "forwarded", "Passed on to the member"
    INTRODUCED = "introduced", "Introduced"
    DECLINED = "declined", "Declined"
    SPAM = "spam", "Spam"


class IntroductionRequest(models.Model):
    profile = models.ForeignKey(
        "network.ProfilePage",
        on_delete=models.CASCADE,
        related_name="introduction_requests",
        help_text="The member the requester would like to meet.",
    )
    requester_name = models.CharField("name", max_length=120)
    organisation = models.CharField(max_length=160, blank=True)
    requester_email = models.EmailField("email", help_text="Where LEAD's answer goes.")
    request = models.TextField(
        "the role or request", max_length=3000, help_text="What the requester is asking for."
    )
    paid = models.CharField("is it paid?", max_length=8, choices=IntroductionPaid.choices)
    pay_details = models.CharField(
        "how much", max_length=200, blank=True, help_text="The pay offered, in their words."
    )
    status = models.CharField(
        max_length=12, choices=IntroductionStatus.choices, default=IntroductionStatus.NEW
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The form's one-time key (membership/once.py): a request sent twice is kept once.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "introduction request"

    def __str__(self):
        # Log entries keep this label after a member's erasure: no names in it.
        return f"Introduction request {self.pk}"

    def as_dict(self):
        return {
            "received_at": self.created_at,
            "requester_name": self.requester_name,
            "organisation": self.organisation,
            "requester_email": self.requester_email,
            "request": self.request,
            "paid": self.get_paid_display(),
            "pay_details": self.pay_details,
            "status": self.get_status_display(),
        }
