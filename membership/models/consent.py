"""The private record of what a member agreed to, part by part, and when."""

from django.db import models

from ..consent import PARTS, VERSION_CHOICES


class ConsentRecord(models.Model):
    """One per profile that came through the join form. Erased with the profile."""

    profile = models.OneToOneField(
        "network.ProfilePage", on_delete=models.CASCADE, related_name="consent_record"
    )
    version = models.CharField(max_length=20, choices=VERSION_CHOICES)
    recorded_by = models.CharField(max_length=120, default="the join form")
    publishing_given_at = models.DateTimeField(
        help_text="When the member agreed to their profile being published."
    )
    lived_experience_given_at = models.DateTimeField(
        null=True, blank=True, help_text="When they agreed to LEAD holding lived-experience data."
    )
    messages_given_at = models.DateTimeField(
        null=True, blank=True, help_text="When they agreed to receive relayed messages."
    )
    messages_withdrawn_at = models.DateTimeField(
        null=True, blank=True, help_text="When they stopped relayed messages, if they did."
    )
    # The join form's one-time key (membership/once.py): one application, one record, however
    # often the form is sent. Empty for consent recorded any other way.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = "consent record"

    def __str__(self):
        return f"Consent record {self.pk}"

    def as_dict(self):
        parts = PARTS.get(self.version, {})
        return {
            "version": self.version,
            "recorded_by": self.recorded_by,
            "publishing": {
                "given_at": self.publishing_given_at,
                "wording": parts.get("publishing"),
            },
            "lived_experience": {
                "given_at": self.lived_experience_given_at,
                "wording": parts.get("lived_experience"),
            },
            "messages": {
                "given_at": self.messages_given_at,
                "withdrawn_at": self.messages_withdrawn_at,
                "wording": parts.get("messages"),
            },
        }
