"""The account page's two views of a profile: what is live on the site now, and what the
member changed that is still waiting for a moderator (the latest revision, where it differs).
A member must never mistake their pending words for what visitors see."""

from dataclasses import dataclass

from .forms import VISIBILITY_FIELDS, rich_text_to_text


def _names(field):
    return lambda page: ", ".join(term.name for term in getattr(page, field).all())


def _display(field):
    return lambda page: getattr(page, f"get_{field}_display")()


def _text(field):
    return lambda page: getattr(page, field) or ""


# (label, how to read the value from a version of the profile). The first few are shown as
# "what your profile shows now"; every one is compared for "waiting for review".
FACTS = [
    ("Display name", lambda page: page.title),
    ("Current role", _text("headline")),
    ("Availability", _display("availability")),
    ("Summary", _text("summary")),
]
MORE = [
    ("Pronouns", _text("pronouns")),
    ("Organisation", _text("organisation")),
    ("Region", lambda page: page.region.name if page.region_id else ""),
    ("Areas of lived experience", _names("lived_experience")),
    ("Expertise", _names("expertise")),
    ("Roles sought or held", _names("roles_sought")),
    ("About your work", lambda page: rich_text_to_text(page.biography)),
    ("Paid for involvement", _display("expects_payment")),
    ("How you prefer to be paid", _names("payment_routes")),
    ("Languages", _text("languages")),
    ("Your website", _text("website_url")),
    ("LinkedIn", _text("linkedin_url")),
]


@dataclass(frozen=True)
class Choice:
    label: str
    live: str
    waiting: str | None  # the member's looser choice, still in review


def shown_now(live, latest):
    """[(label, value)] of the version visitors see (or, offline, the latest)."""
    page = live if live.live else latest
    return [(label, read(page)) for label, read in FACTS]


def waiting_for_review(live, latest):
    """[(label, new value)] of what the latest revision changes, plus a new photo."""
    if not live.live:
        return []
    changes = [
        (label, read(latest) or "(left empty)")
        for label, read in FACTS + MORE
        if read(latest) != read(live)
    ]
    if latest.photo_id and latest.photo_id != live.photo_id:
        changes.append(("Photo", "A new photo"))
    return changes


def visibility_choices(live, latest):
    """Who sees each part now, and the member's choice still in review where it differs."""
    if not live.live:
        live = latest
    choices = []
    for name, label in VISIBILITY_FIELDS:
        now = getattr(live, f"get_{name}_display")()
        asked = getattr(latest, f"get_{name}_display")()
        choices.append(Choice(label, now, asked if asked != now else None))
    return choices
