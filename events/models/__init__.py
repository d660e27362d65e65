from .events import (
    ACCESS_FEATURES,
    CalendarSequence,
    CancelledDate,
    EventFormat,
    EventPage,
    EventSpeaker,
    EventStatus,
    LinkSharing,
    record_publication,
    sequence_of,
)
from .index import EventIndexPage
from .occurrences import EventOccurrence, rebuild_occurrences

__all__ = [
    "ACCESS_FEATURES",
    "CalendarSequence",
    "CancelledDate",
    "EventFormat",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "EventSpeaker",
    "EventStatus",
    "LinkSharing",
    "rebuild_occurrences",
    "record_publication",
    "sequence_of",
]
