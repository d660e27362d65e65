"""The fair-pay calculator's form (/for-organisations/pay-calculator/): a GET form, so a result
has an address to share, that works out a cost at one level of LEAD's fair-pay table.

Every value arrives in the query string, typed or pasted by anyone, so each field reads its text
itself and answers with one plain message: a number it cannot read, a value under the least or
over the most the calculator takes, too many decimal places. Nothing here queries the database:
the page hands the form the rates it has already read."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.http import urlencode

from .pay import estimate_cost, pounds_and_pence

MAX_PEOPLE = 100
MAX_SESSIONS = 365
MAX_HOURS = Decimal(12)
MAX_EXPENSES = Decimal(1000)
# Longer text is not a number anyone meant: it is refused before it is parsed.
MAX_LENGTH = 40
FIELDS = ("level", "people", "sessions", "hours", "preparation", "expenses")


class NumberField(forms.Field):
    """A number typed as text (no browser spinner or silent rounding), read with Decimal and
    checked against a range, with messages that say what to type.

    `whole` asks for a whole number, otherwise up to two decimal places are taken; nothing
    below 0 is, nor 0 itself with `above_zero`. `pounds` also reads "£12.40" and "1,000"."""

    widget = forms.TextInput

    def __init__(self, *, noun, example, most, above_zero=False, whole=False, pounds=False, **kw):
        self.noun, self.example, self.most = noun, example, Decimal(most)
        self.above_zero, self.whole, self.pounds = above_zero, whole, pounds
        super().__init__(**kw)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            inputmode="numeric" if self.whole else "decimal", autocomplete="off", spellcheck="false"
        )
        return attrs

    def to_python(self, value):
        text = (value or "").strip()
        if self.pounds:
            text = text.removeprefix("£").replace(",", "").strip()
        if not text:
            return None
        kind = "a whole number" if self.whole else "a number"
        wrong = forms.ValidationError(
            f"Enter the {self.noun} as {kind}, for example {self.example}.", code="invalid"
        )
        if len(text) > MAX_LENGTH or not all(c in "0123456789.-" for c in text):
            raise wrong
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise wrong from None
        if not number.is_finite():
            raise wrong
        if self.whole and number != number.to_integral_value():
            raise forms.ValidationError(
                f"Enter the {self.noun} as a whole number, for example {self.example}.",
                code="whole",
            )
        # Read from the text: quantize() and normalize() round long numbers to 28 digits.
        if len(text.partition(".")[2].rstrip("0")) > 2:
            raise forms.ValidationError(
                f"Enter the {self.noun} with no more than 2 decimal places, for example "
                f"{self.example}.",
                code="decimal_places",
            )
        return int(number) if self.whole else number

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        if value < 0 or (self.above_zero and value == 0):
            raise forms.ValidationError(self.too_few(), code="min_value")
        if value > self.most:
            raise forms.ValidationError(self.too_many(), code="max_value")

    def too_few(self):
        if self.above_zero and self.whole:
            return f"Enter at least 1 for the {self.noun}."
        if self.above_zero:
            return f"Enter {self.noun} above 0, for example {self.example}."
        return f"The {self.noun} cannot be less than 0."

    def too_many(self):
        most = pounds_and_pence(self.most) if self.pounds else f"{self.most:,}"
        return f"Enter no more than {most} for the {self.noun}."


class PayCalculatorForm(forms.Form):
    """Read from `request.GET`; `rates` are the fair-pay rates, read once by the page."""

    level = forms.TypedChoiceField(
        label="Level of work",
        coerce=int,
        help_text="The kind of work, from LEAD's fair-pay table. 'What each level covers' "
        "below says more.",
        error_messages={
            "required": "Choose the level of work.",
            "invalid_choice": "Choose a level of work from the list.",
        },
    )
    people = NumberField(
        label="Number of people",
        noun="number of people",
        example="4",
        most=MAX_PEOPLE,
        above_zero=True,
        whole=True,
        help_text=f"People with lived experience you will involve, up to {MAX_PEOPLE}.",
        error_messages={"required": "Enter the number of people, for example 4."},
    )
    sessions = NumberField(
        label="Number of sessions",
        noun="number of sessions",
        example="6",
        most=MAX_SESSIONS,
        above_zero=True,
        whole=True,
        help_text="Meetings, workshops or days each person takes part in.",
        error_messages={"required": "Enter the number of sessions, for example 6."},
    )
    hours = NumberField(
        label="Hours per session",
        noun="hours per session",
        example="2.5",
        most=MAX_HOURS,
        above_zero=True,
        help_text="How long each session lasts, for example 2.5 for two and a half hours. "
        "Include time for breaks.",
        error_messages={"required": "Enter the hours per session, for example 2.5."},
    )
    preparation = NumberField(
        label="Paid preparation, hours per person for each session (optional)",
        noun="preparation hours",
        example="1",
        most=MAX_HOURS,
        required=False,
        help_text="Time each person spends reading and preparing before each session, paid at "
        "the same rate. Leave empty for none.",
    )
    expenses = NumberField(
        label="Expenses, £ per person for each session (optional)",
        noun="expenses",
        example="12.50",
        most=MAX_EXPENSES,
        pounds=True,
        required=False,
        help_text="Travel, care or a support worker's costs you repay each person for each "
        "session. Leave empty for none.",
    )

    def __init__(self, data, rates):
        super().__init__(data)
        self.rates = {rate.pk: rate for rate in rates}
        self.fields["level"].choices = [("", "Choose a level")] + [
            (rate.pk, f"{rate.level} ({pounds_and_pence(rate.hourly_rate)} an hour)")
            for rate in rates
        ]

    @property
    def rate(self):
        return self.rates.get(self.cleaned_data.get("level"))

    def estimate(self):
        """The cost, line by line (call after is_valid())."""
        data = self.cleaned_data
        return estimate_cost(
            self.rate.hourly_rate,
            data["people"],
            data["sessions"],
            data["hours"],
            data["preparation"] or 0,
            data["expenses"] or 0,
        )

    def query(self):
        """The result's query string, rebuilt from the values read (call after is_valid())."""
        values = []
        for name in FIELDS:
            value = self.cleaned_data.get(name)
            if value is not None:
                text = value if isinstance(value, int) else f"{value.normalize():f}"
                values.append((name, text))
        return urlencode(values)


def calculator_form(params, rates):
    """The form, bound when the address holds any of its fields (an address with only, say, a
    tracking parameter shows the empty form rather than a page of mistakes)."""
    asked = any(name in params for name in FIELDS)
    return PayCalculatorForm(params if asked else None, rates)
