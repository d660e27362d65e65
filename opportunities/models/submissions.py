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

    @property
    def unknown_sender(self):
        """Sent in the name of an organisation on record, from another address: anyone can type
        an organisation's name, so moderators check before the role goes live under it."""
        organisation = self.page.organisation
        on_record = (organisation.contact_email or "").lower() if organisation else ""
        return bool(on_record) and on_record != self.contact_email.lower()
