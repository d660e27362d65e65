"""What a role pays: the units pay is stated in, and the arithmetic that turns a rate into an
hourly figure. No models here (the fair-pay rates are models/pay.py), so the board, the
structured data and the templates read it without importing the models."""

from dataclasses import dataclass
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


def pounds_and_pence(value):
    """£1,650.00: always two decimals, for sums a reader adds up (the pay calculator)."""
    return f"£{money(value):,.2f}"


def hours_words(hours):
    """'1 hour', '2.5 hours', '0.25 hours'."""
    hours = Decimal(hours)
    text = f"{hours.normalize():f}"
    return f"{text} hour{'' if hours == 1 else 's'}"


@dataclass(frozen=True)
class CostLine:
    """One line of an estimate: what it is, how it is worked out, and what it comes to for each
    person and for everyone."""

    label: str
    working: str
    each: Decimal
    everyone: Decimal


@dataclass(frozen=True)
class CostEstimate:
    lines: tuple
    each: Decimal
    everyone: Decimal


def estimate_cost(hourly_rate, people, sessions, hours, preparation=0, expenses=0):
    """What involving `people` for `sessions` sessions of `hours` costs at `hourly_rate`, with
    paid preparation (hours per person per session) and expenses (pounds per person per session).

    Each person's amount is rounded to the penny (half up) first, because that is what each
    person is paid; everyone's is that amount times the people, and the totals are the sums of
    the rounded lines, so the figures on the page add up as printed."""
    rate = Decimal(hourly_rate)
    hours, preparation, expenses = Decimal(hours), Decimal(preparation), Decimal(expenses)
    of_sessions = f"{sessions} session{'' if sessions == 1 else 's'}"
    at_rate = f"{pounds_and_pence(rate)} an hour"
    none = "None entered"
    worked = [
        ("Session time", f"{of_sessions} × {hours_words(hours)} × {at_rate}", hours * rate),
        (
            "Paid preparation",
            f"{of_sessions} × {hours_words(preparation)} × {at_rate}" if preparation else none,
            preparation * rate,
        ),
        (
            "Expenses",
            f"{of_sessions} × {pounds_and_pence(expenses)}" if expenses else none,
            expenses,
        ),
    ]
    lines = []
    for label, working, per_session in worked:
        each = money(sessions * per_session)
        lines.append(CostLine(label, working, each, each * people))
    return CostEstimate(
        lines=tuple(lines),
        each=sum((line.each for line in lines), Decimal(0)),
        everyone=sum((line.everyone for line in lines), Decimal(0)),
    )
