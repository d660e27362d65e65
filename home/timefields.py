"""A recorded moment (when consent was given...) edited in UK time in the admin.

Django's DateTimeField refuses every time in the hour the clocks go back ("it may be ambiguous
or it may not exist"), and the admin shows times to the minute: a record made between 1am and
2am on that October night could not be saved again, even untouched. This field keeps the exact
saved instant when the time shown is sent back unchanged, and otherwise asks for a time outside
the repeated hour in plain words."""

from datetime import UTC, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

SECOND_OF_TWO = (
    "{moment} happened twice that night (the clocks went back from 2am to 1am), so it is not "
    "clear which one you mean. Give a time before 1am or from 2am."
)
MISSING = "There is no {moment}: the clocks went forward from 1am to 2am that night."


def _local(value):
    return timezone.localtime(value, timezone.get_default_timezone())


def _moment(naive):
    return f"{naive:%-I:%M%p on %-d %B %Y}".replace("AM", "am").replace("PM", "pm")


class RecordedMomentField(forms.DateTimeField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.saved = None  # the instant on record, set by the form

    def prepare_value(self, value):
        if isinstance(value, datetime) and timezone.is_aware(value):
            return _local(value).replace(tzinfo=None, second=0, microsecond=0)
        return value

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if isinstance(value, datetime) and timezone.is_aware(value):
            return value
        naive = value if isinstance(value, datetime) else parse_datetime(value)
        if naive is None:
            return super().to_python(value)  # Django's other formats and its own message
        if self.saved is not None and self.prepare_value(self.saved) == naive.replace(
            second=0, microsecond=0
        ):
            return self.saved  # shown and sent back unchanged: the exact instant on record
        zone = timezone.get_default_timezone()
        first, second = naive.replace(fold=0, tzinfo=zone), naive.replace(fold=1, tzinfo=zone)
        if _local(first.astimezone(UTC)).replace(tzinfo=None) != naive:
            raise ValidationError(MISSING.format(moment=_moment(naive)), code="missing_hour")
        if first.utcoffset() != second.utcoffset():
            raise ValidationError(SECOND_OF_TWO.format(moment=_moment(naive)), code="repeated")
        return first
