"""Email alerts for members about new roles that match them: off until they turn them on, one
digest a day at most, erased with the member's account."""

from django.conf import settings
from django.db import models


class RoleAlert(models.Model):
    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_alert"
    )
    enabled = models.BooleanField("email me new roles", default=False)
    use_profile = models.BooleanField(
        "match the roles and regions on my profile",
        default=True,
        help_text="Or choose roles and regions below instead.",
    )
    roles = models.ManyToManyField("network.Role", blank=True, related_name="+")
    regions = models.ManyToManyField("network.Region", blank=True, related_name="+")
    include_remote = models.BooleanField("include remote roles", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Role alert {self.pk}"


class AlertDigest(models.Model):
    """One row per member per day a digest was queued: sending twice in a day sends nothing
    new."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    roles = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "day"], name="one_digest_a_day")]

    def __str__(self):
        return f"Digest {self.pk}"
