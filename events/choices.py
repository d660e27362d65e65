"""The fixed lists an event's fields choose from. No models here: the calendar files, structured
data and listing read them without importing the models (which import those modules)."""

from django.db import models


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"
    HYBRID = "hybrid", "Hybrid (in person and online)"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Going ahead"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"
    MOVED_ONLINE = "moved_online", "Moved online"


class LinkSharing(models.TextChoices):
    AFTER_BOOKING = "after_booking", "Sent to people after they book (the link is never shown)"
    PUBLIC = "public", "Shown on the event page for anyone to use"


class Access(models.TextChoices):
    NOT_STATED = "", "Not stated"
    YES = "yes", "Yes"
    NO = "no", "No"


# (field name, what visitors read, help for editors). In this order on the page.
ACCESS_FEATURES = [
    ("step_free", "Step-free access", "Step-free from the street to the room, toilets included."),
    ("accessible_toilets", "Accessible toilets", "An accessible toilet at the venue."),
    ("bsl", "British Sign Language interpretation", "BSL interpreters for the whole event."),
    ("captions", "Live captions", "Live captions (human or automatic) for the whole event."),
    ("hearing_loop", "Hearing loop", "A working hearing loop in the room."),
    ("quiet_space", "Quiet space", "A quiet room people can use at any time."),
    ("regular_breaks", "Regular breaks", "A break at least every hour."),
    ("camera_optional", "Camera optional", "Online: people can keep their camera off."),
    (
        "materials_in_advance",
        "Materials sent in advance",
        "Slides and papers sent before the event, for people who like to read ahead.",
    ),
]
