"""What a role pays: the units pay is stated in, LEAD's fair-pay rates, and the arithmetic that
turns a rate into an hourly figure and a total for the whole commitment."""

from decimal import ROUND_HALF_UP, Decimal

from django.db import models

# Working hours behind the day-based units, so every role compares by the hour.
HOURS_IN_HALF_DAY = Decimal("3.5")
HOURS_IN_DAY = Decimal("7")
FULL_TIME_HOURS_A_WEEK = Decimal("37.5")
WEEKS_IN_YEAR = Decimal("52")
PENNY = Decimal("0.01")


class PayUnit(models.TextChoices):
    HOUR = "hour", "per hour"
    HALF_DAY = "half_day", "per half day"
    DAY = "day", "per day"
    SESSION = "session", "per session"
    FIXED = "fixed", "fixed fee for the whole role"
    SALARY = "salary", "a year (salary, pro rata)"


class PaymentTiming(models.TextChoices):
    WITHIN_14_DAYS = "14_days", "Within 14 days of each session"
    WITHIN_30_DAYS = "30_days", "Within 30 days of each session"
    MONTHLY_PAYROLL = "payroll", "Monthly, through payroll"
    ON_INVOICE = "invoice", "Within 30 days of an invoice"


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


def money(value):
    return Decimal(value).quantize(PENNY, rounding=ROUND_HALF_UP)


def pounds(value):
    """£25, £27.50, £1,250: pence only when there are some."""
    value = money(value)
    return f"£{value:,.0f}" if value == value.to_integral_value() else f"£{value:,.2f}"


def hourly_equivalent(amount, unit, hours_per_session=None, total_hours=None):
    """What `amount` in `unit` comes to for an hour's work, or None when the hours needed to
    work it out are not known."""
    if amount is None or not unit:
        return None
    amount = Decimal(amount)
    if unit == PayUnit.HOUR:
        return money(amount)
    if unit == PayUnit.HALF_DAY:
        return money(amount / HOURS_IN_HALF_DAY)
    if unit == PayUnit.DAY:
        return money(amount / HOURS_IN_DAY)
    if unit == PayUnit.SALARY:
        return money(amount / (FULL_TIME_HOURS_A_WEEK * WEEKS_IN_YEAR))
    if unit == PayUnit.SESSION and hours_per_session:
        return money(amount / Decimal(hours_per_session))
    if unit == PayUnit.FIXED and total_hours:
        return money(amount / Decimal(total_hours))
    return None
