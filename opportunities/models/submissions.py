"""A role an organisation sent through /opportunities/submit/, kept once by its one-time key."""

from django.db import models


class RoleSubmission(models.Model):
    page = models.OneToOneField(
        "opportunities.OpportunityPage", on_delete=models.CASCADE, related_name="submission"
    )
    contact_email = models.EmailField(help_text="Private: who sent the role.")
    created_at = models.DateTimeField(auto_now_add=True)
    submission_key = models.UUIDField(unique=True, editable=False)

    class Meta:
        verbose_name = "role sent by an organisation"

    def __str__(self):
        return f"Role submission {self.pk}"
