"""Messages visitors send to members through the site: stored first, then relayed."""

from django.db import models


class ContactPurpose(models.TextChoices):
    PAID = "paid", "A paid opportunity"
    SPEAKING = "speaking", "Speaking at an event"
    RESEARCH = "research", "Research"
    PEER = "peer", "Peer connection"
    OTHER = "other", "Something else"


class ContactStatus(models.TextChoices):
    NEW = "new", "New (not passed on yet)"
    FORWARDED = "forwarded", "Passed on to the member"
    INTRODUCED = "introduced", "Introduced"
    DECLINED = "declined", "Declined"
    CLOSED = "closed", "Closed"
    SPAM = "spam", "Spam"


class ContactRequest(models.Model):
    profile = models.ForeignKey(
        "network.ProfilePage",
        on_delete=models.CASCADE,
        related_name="contact_requests",
        help_text="The member the message is for.",
    )
    sender_name = models.CharField(max_length=120, help_text="Who sent it.")
    sender_email = models.EmailField(help_text="Where the member's reply goes.")
    organisation = models.CharField(max_length=160, blank=True)
    purpose = models.CharField(max_length=12, choices=ContactPurpose.choices)
    message = models.TextField(max_length=3000)
    status = models.CharField(
        max_length=10,
        choices=ContactStatus.choices,
        default=ContactStatus.NEW,
        help_text="'New' means the email to the member has not gone yet: forward it to the "
        "member, or mark it declined or spam.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    forwarded_at = models.DateTimeField(null=True, blank=True)
    # The contact form's one-time key (membership/once.py): a message sent twice is kept once.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "contact request"

    def __str__(self):
        # Log entries keep this label after a member's erasure: no names in it.
        return f"Contact request {self.pk}"

    def as_dict(self):
        return {
            "received_at": self.created_at,
            "sender_name": self.sender_name,
            "sender_email": self.sender_email,
            "organisation": self.organisation,
            "purpose": self.get_purpose_display(),
            "message": self.message,
            "status": self.get_status_display(),
            "forwarded_at": self.forwarded_at,
        }
