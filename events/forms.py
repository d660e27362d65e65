"""The event editing form: UK date-times read without guessing at the clock changes, and
cancelled dates checked against the series."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from . import recurrence
from .recurrence import WallClock

FIRST, SECOND = "first", "second"
CLOCK_CHOICES = [
    ("", "Not needed"),
    (FIRST, "The first time round (BST, before the clocks go back)"),
    (SECOND, "The second time round (GMT, after the clocks go back)"),
]
CLOCK_HELP = (
    "Only for a time between 1am and 2am on the night the clocks go back in October, when "
    "that hour happens twice. Leave 'Not needed' at any other time."
)


def _moment(value):
    """'1:30am on Sunday 25 October 2026' for a naive local time."""
    hour = value.hour % 12 or 12
    clock = f"{hour}:{value.minute:02d}{'am' if value.hour < 12 else 'pm'}"
    return f"{clock} on {recurrence.long_date(value)}"


class UKDateTimeField(forms.DateTimeField):
    """A date and time typed in UK time.

    Django's own field refuses every time in the hour the clocks go back with "it may be
    ambiguous or it may not exist", so an editor could not enter a real event at 1:30am that
    night. This field explains a time that never happens (the hour the clocks go forward) and
    reads a repeated time as the first of the two; the form then asks which one was meant."""

    def prepare_value(self, value):
        # Shown in UK time whatever time zone the editor's admin account uses.
        if isinstance(value, datetime) and timezone.is_aware(value):
            return recurrence.local(value)
        return value

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if not isinstance(value, datetime):
            try:
                parsed = parse_datetime(value)
            except ValueError:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
            # The admin's date picker writes "2026-10-25 01:30", which parse_datetime reads;
            # other accepted formats go through Django's own parsing.
            value = parsed or forms.BaseTemporalField.to_python(self, value)
        if timezone.is_aware(value):
            return value
        state = recurrence.wall_clock(value)
        if state == WallClock.MISSING:
            raise ValidationError(
                f"There is no {_moment(value)}: the clocks go forward from 1am to 2am that "
                "night. Choose a time before 1am or from 2am.",
                code="missing_hour",
            )
        return recurrence.aware(value.replace(fold=0))


class RepeatedHourPanel(FieldPanel):
    """A "which of the two 1:30s" choice, shown only when it is needed: the time entered is in
    the repeated hour (the form asks, with an error), or the event's saved time is."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            if not super().is_shown():
                return False
            field = self.bound_field
            return bool(field.errors or field.value())


class EventPageForm(WagtailAdminPageForm):
    """Asks which time was meant when a time falls in the hour the clocks go back, and checks
    that each cancelled date is a date the series actually meets, so a typo cannot leave an
    occurrence going ahead that editors meant to cancel."""

    start_clock = forms.ChoiceField(
        label="If the start is in the repeated hour",
        choices=CLOCK_CHOICES,
        required=False,
        help_text=CLOCK_HELP,
    )
    end_clock = forms.ChoiceField(
        label="If the end is in the repeated hour",
        choices=CLOCK_CHOICES,
        required=False,
        help_text=CLOCK_HELP,
    )

    # Wagtail's Meta holds the admin's widgets (the slug field that cleans what the title
    # fills in, the date pickers): a Meta of our own must extend it, not replace it.
    class Meta(WagtailAdminPageForm.Meta):
        field_classes = {"start": UKDateTimeField, "end": UKDateTimeField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            value = getattr(self.instance, name, None)
            if value and recurrence.wall_clock(recurrence.local(value)) == WallClock.REPEATED:
                second = recurrence.is_second_of_repeated(value)
                self.initial[f"{name}_clock"] = SECOND if second else FIRST

    def clean(self):
        cleaned = super().clean()
        for name in ("start", "end"):
            self._resolve_repeated_hour(cleaned, name)
        self._check_cancelled_dates(cleaned)
        return cleaned

    def _resolve_repeated_hour(self, cleaned, name):
        value = cleaned.get(name)
        if value is None or cleaned.get("all_day"):
            return
        naive = recurrence.local(value)
        if recurrence.wall_clock(naive) != WallClock.REPEATED:
            return
        choice = cleaned.get(f"{name}_clock")
        if not choice:
            self.add_error(
                f"{name}_clock",
                f"{_moment(naive)} happens twice, because the clocks go back at 2am. Choose "
                "the first time round (BST) or the second (GMT).",
            )
            return
        exact = recurrence.aware(naive.replace(fold=1 if choice == SECOND else 0))
        cleaned[name] = recurrence.utc(exact)

    def _check_cancelled_dates(self, cleaned):
        formset = self.formsets.get("cancelled_dates")
        start, end = cleaned.get("start"), cleaned.get("end")
        if formset is None or not (start and end) or not formset.is_valid():
            return
        probe = self._meta.model(
            start=start,
            end=end,
            all_day=cleaned.get("all_day", False),
            repeat=cleaned.get("repeat", ""),
            repeat_until=cleaned.get("repeat_until"),
            repeat_count=cleaned.get("repeat_count"),
        )
        for form in formset.forms:
            day = form.cleaned_data.get("date")
            if not day or form.cleaned_data.get("DELETE"):
                continue
            try:
                matches = recurrence.occurs_on(probe, day)
            except (TypeError, ValueError):
                continue  # the model's own checks explain a broken rule
            if not matches:
                form.add_error(
                    "date",
                    f"The event does not happen on {recurrence.long_date(day)}. Choose one of "
                    "the dates the series meets.",
                )
