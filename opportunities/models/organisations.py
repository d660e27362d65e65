"""Organisations that offer paid roles. Editors manage them under Opportunities."""

from django.db import models

from ..choices import OrganisationType


class Organisation(models.Model):
    name = models.CharField(
        max_length=160, unique=True, help_text="As the organisation calls itself."
    )
    organisation_type = models.CharField(
        "type",
        max_length=20,
        choices=OrganisationType.choices,
        help_text="Visitors can filter roles by the kind of organisation offering them.",
    )
    website = models.URLField(blank=True, help_text="Optional, starting https://")
    region = models.ForeignKey(
        "network.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the organisation is based.",
    )
    contact_email = models.EmailField(
        "private contact email",
        help_text="Private: where expressions of interest are sent. Never shown anywhere on "
        "the website.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
