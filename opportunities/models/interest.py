"""Expressions of interest in a role: stored first, then relayed to the organisation with the
sender as Reply-To. The organisation's address is never shown to the sender."""

from django.conf import settings
from django.db import models


class InterestStatus(models.TextChoices):
    NEW = "new", "New (not passed on yet)"
    RELAYED = "relayed", "Passed on to the organisation"
    CLOSED = "closed", "Closed"
    SPAM = "spam", "Spam"


class ExpressionOfInterest(models.Model):
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        on_delete=models.CASCADE,
        related_name="expressions_of_interest",
        help_text="The role it is about.",
    )
    sender_name = models.CharField(max_length=120)
    sender_email = models.EmailField(help_text="Where the organisation's reply goes.")
    message = models.TextField(max_length=3000)
    # A signed-in member may link their LEAD profile; both go when the member is erased.
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="expressions_of_interest",
    )
    profile_url = models.URLField("sender's LEAD profile", blank=True)
    status = models.CharField(
        max_length=10,
        choices=InterestStatus.choices,
        default=InterestStatus.NEW,
        help_text="'New' means the email to the organisation has not gone yet.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    relayed_at = models.DateTimeField(null=True, blank=True)
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "expression of interest"
        verbose_name_plural = "expressions of interest"

    def __str__(self):
        return f"Expression of interest {self.pk}"
