"""What is left after a member's data is erased: that it happened, and nothing about whom."""

import uuid

from django.db import models


class ErasureReceipt(models.Model):
    class ErasedBy(models.TextChoices):
        MEMBER = "member", "The member (withdrew from their account)"
        MODERATOR = "moderator", "A moderator (on the member's request)"

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    erased_at = models.DateTimeField(auto_now_add=True)
    erased_by = models.CharField(max_length=10, choices=ErasedBy.choices)

    class Meta:
        ordering = ["-erased_at"]
        verbose_name = "erasure receipt"
        permissions = [("erase_member", "Can withdraw a member and erase their data")]

    def __str__(self):
        return f"Erasure {self.reference}"
