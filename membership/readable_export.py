"""The member's record (export.member_record) as a page a person can read or print: every value
of the JSON download, under plain labels, with dates written out, choices in words and rich
text as paragraphs. Nothing in it is markup: the template escapes every value.

The page walks the same record as the download, so nothing can be in one and not the other;
a section another feature adds (`member_data` in its declaration) is shown under its own key
until it is given a label here."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.dateformat import format as format_date

from network.models import Visibility
from network.models.profiles import Availability, ExpectsPayment

from .forms import rich_text_to_text

# Labels by the key's full path first (the same key can mean different things), then by key.
LABELS = {
    ("account",): "Your account",
    ("account", "username"): "Username (you sign in with it)",
    ("account", "email"): "Email address",
    ("account", "date_joined"): "Account made",
    ("account", "last_login"): "Last signed in",
    ("profile",): "Your profile",
    ("profile", "published"): "As it is on the site now",
    ("profile", "latest_version"): "As you last sent it",
    ("profile", "awaiting_review"): "Changes waiting for a moderator",
    ("profile", "first_published_at"): "First on the site",
    ("profile", "editor_notes"): "Notes the LEAD team keeps about you",
    ("consent",): "Your consent",
    ("consent", "given_at"): "Given",
    ("consent", "wording_version"): "Wording version",
    ("consent", "wording"): "What you agreed to",
    ("consent", "recorded_by"): "Recorded by",
    ("consent", "parts"): "Each part of your consent",
    ("consent", "parts", "publishing"): "Publishing your profile",
    ("consent", "parts", "lived_experience"): "Holding your areas of lived experience",
    ("consent", "parts", "messages"): "Passing on messages",
    ("privacy_choices",): "Your privacy choices",
    ("restrictions_by_the_team",): "What the LEAD team restricted",
    ("messages",): "Messages passed on to you",
    ("introduction_requests",): "Requests to be introduced to you",
    ("mentoring",): "Peer mentoring",
    ("mentoring", "choices"): "Your mentoring choices (members see them)",
    ("mentoring", "requests_sent"): "Mentoring requests you sent",
    ("mentoring", "requests_received"): "Mentoring requests to you",
    ("mentoring", "requests_sent", "member"): "To",
    ("mentoring", "requests_received", "member"): "From",
    ("role_alerts",): "Role alerts",
    ("interest_in_roles",): "Interest you sent in paid roles",
    "display_name": "Display name",
    "address": "Address on the site",
    "pronouns": "Pronouns",
    "headline": "Current role",
    "organisation": "Organisation",
    "organisation_visibility": "Who can see your organisation",
    "region": "Region",
    "region_visibility": "Who can see your region",
    "photo": "Photo (opens while you are signed in)",
    "photo_alt_text": "Description of your photo",
    "photo_visibility": "Who can see your photo",
    "summary": "Summary",
    "biography": "About your work",
    "lived_experience": "Areas of lived experience",
    "lived_experience_visibility": "Who can see your areas of lived experience",
    "expertise": "Expertise",
    "roles_sought": "Roles sought or held",
    "availability": "Availability",
    "expects_payment": "Expects to be paid for involvement",
    "payment_routes": "How you prefer to be paid",
    "payment_visibility": "Who can see your payment preferences",
    "languages": "Languages",
    "website_url": "Your website",
    "linkedin_url": "LinkedIn",
    "other_url": "Other link",
    "contact_email": "Your private email address",
    "accepts_messages": "Accepts messages through the site",
    "selected_work": "Selected work",
    "kind": "Kind",
    "title": "Title",
    "year": "Year",
    "url": "Link",
    "description": "Description",
    "version": "Wording version",
    "wording": "Wording",
    "given_at": "Given",
    "withdrawn_at": "Withdrawn",
    "chosen_at": "Chosen",
    "part": "Part of your profile",
    "set_to": "Set to",
    "reason": "Reason",
    "at": "When",
    "received_at": "Received",
    "sender_name": "From",
    "sender_email": "Their email address",
    "purpose": "About",
    "message": "Message",
    "status": "Status",
    "forwarded_at": "Passed on",
    "requester_name": "From",
    "requester_email": "Their email address",
    "request": "The role or request",
    "paid": "Paid",
    "pay_details": "Pay offered",
    "on": "Alerts on",
    "match_my_profile": "Match my profile",
    "roles": "Roles",
    "regions": "Regions",
    "include_remote": "Include remote roles",
    "changed_at": "Last changed",
    "role": "Role",
    "sent_at": "Sent",
    "name": "Name",
    "email": "Email address",
    "profile_link": "Profile link",
    "offers_mentoring": "You offer mentoring",
    "looking_for_a_mentor": "You are looking for a mentor",
    "other_topics": "Other topics",
    "time": "How much time",
    "online": "Can meet online",
    "note": "Your words to other members",
    "answered_at": "Answered",
}
RICH_TEXT = {"biography"}
CHOICES = {"availability": Availability, "expects_payment": ExpectsPayment}
NOTHING = "Nothing given"  # in words: a bare "None" reads like code


@dataclass
class Entry:
    """One labelled value: a line of text, paragraphs, a group of entries, or a list of
    groups of entries."""

    label: str
    text: str = ""
    paragraphs: list = field(default_factory=list)
    entries: list = field(default_factory=list)
    groups: list = field(default_factory=list)


def readable(record):
    """(introduction, [section Entry]) from a member's record."""
    intro = record.get("about", "")
    sections = [_entry((key,), value) for key, value in record.items() if key != "about"]
    return intro, sections


def label_for(path):
    return LABELS.get(path) or LABELS.get(path[-1]) or path[-1].replace("_", " ").capitalize()


def _entry(path, value):
    entry = Entry(label_for(path))
    key = path[-1]
    if key == "selected_work" and isinstance(value, list):
        value = [block.get("value", block) for block in value if isinstance(block, dict)]
    if isinstance(value, dict):
        entry.entries = [_entry((*path, k), v) for k, v in value.items()]
    elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
        entry.groups = [
            [_entry((*path, k), v) for k, v in item.items()]
            for item in value
            if isinstance(item, dict)
        ]
    elif key in RICH_TEXT and isinstance(value, str):
        entry.paragraphs = _paragraphs(rich_text_to_text(value))
    elif isinstance(value, str) and "\n" in value.strip():
        entry.paragraphs = _paragraphs(value)
    else:
        entry.text = _words(key, value)
    if not (entry.text or entry.paragraphs or entry.entries or entry.groups):
        entry.text = NOTHING
    return entry


def _paragraphs(text):
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _words(key, value):
    """A single value in words."""
    if value is None or value == "" or value == []:
        return NOTHING
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.datetime):
        moment = timezone.localtime(value) if timezone.is_aware(value) else value
        return format_date(moment, "j F Y, H:i")
    if isinstance(value, datetime.date):
        return format_date(value, "j F Y")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if key.endswith("_visibility") and value in Visibility.values:
        return Visibility(value).label
    if key in CHOICES and value in CHOICES[key].values:
        return CHOICES[key](value).label
    if key == "kind" and isinstance(value, str):
        return value.capitalize()  # a selected work's kind: talk, publication, project
    return str(value)
