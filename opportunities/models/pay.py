"""LEAD's fair-pay rates, which roles are compared with. The units and the arithmetic of pay are
opportunities/pay.py."""

from django.db import models

from ..pay import hourly_equivalent  # noqa: F401 (seeding.py reads it from here)


class FairPayRate(models.Model):
    """One level of LEAD's fair-pay benchmark, which roles are compared with. Editors keep the
    table up to date with its source (the one table: the pay calculator reads it too)."""

    level = models.CharField(
        max_length=120,
        unique=True,
        help_text="The kind of work, e.g. 'Advising or co-producing'.",
    )
    description = models.TextField(
        blank=True, help_text="What work at this level looks like, in a sentence or two."
    )
    hourly_rate = models.DecimalField(
        "rate per hour (£)",
        max_digits=7,
        decimal_places=2,
        help_text="The least LEAD thinks fair for an hour of this work, in pounds.",
    )
    daily_rate = models.DecimalField(
        "rate per day (£)",
        max_digits=8,
        decimal_places=2,
        help_text="The rate for a full day of this work, in pounds.",
    )
    source = models.CharField(
        max_length=200,
        help_text="Where the figure comes from, e.g. 'NIHR payment guidance'.",
    )
    source_url = models.URLField("source address", blank=True, help_text="Optional link.")
    applies_from = models.DateField(help_text="The date the figure applies from.")
    is_example = models.BooleanField(
        "example figure",
        default=False,
        help_text="Tick while the figure is an illustration rather than a checked rate: the "
        "site then says so wherever it shows it.",
    )
    sort_order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")

    class Meta:
        ordering = ["sort_order", "level"]
        verbose_name = "fair-pay rate"

    def __str__(self):
        return self.level
