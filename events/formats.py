"""The format an event takes now: one rule, in Python and in the database.

Editors record the format an event was planned in (`event_format`) and, when plans change, its
status. An event marked "moved online" is online whatever it was planned as: its card, the search
card, the format filter, the calendar files and the structured data all read the current format,
never `event_format` on its own. The Python rule serves pages; the expression serves filters and
counts in the database. tests/events/test_current_format.py checks that the two agree.
"""

from django.db.models import Case, CharField, F, Value, When

from .choices import EventFormat, EventStatus


def current_format(event_format, status):
    """The format people take part in now, as an EventFormat."""
    if status == EventStatus.MOVED_ONLINE:
        return EventFormat.ONLINE
    return EventFormat(event_format)


def current_format_expression(prefix=""):
    """The same rule as a database expression; `prefix` reaches the event from another model
    (for an occurrence, "event__")."""
    return Case(
        When(**{f"{prefix}status": EventStatus.MOVED_ONLINE}, then=Value(EventFormat.ONLINE.value)),
        default=F(f"{prefix}event_format"),
        output_field=CharField(),
    )
