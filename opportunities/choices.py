"""The fixed lists a role's fields choose from. No models here: the board, its structured data
and the forms read them without importing the models (which import those modules)."""

from django.db import models


class OrganisationType(models.TextChoices):
    NHS_TRUST = "nhs_trust", "NHS trust"
    ICB = "icb", "Integrated care board"
    CHARITY = "charity", "Charity or voluntary organisation"
    RESEARCH = "research", "Research team"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    OTHER = "other", "Other"


class WorkMode(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    REMOTE = "remote", "Remote (UK-wide)"
    HYBRID = "hybrid", "Hybrid (some in person, some remote)"


class HowToApply(models.TextChoices):
    LEAD = "lead", "Express interest through LEAD (we pass it on)"
    LINK = "link", "Apply on the organisation's own website"


# (field name, what visitors read, help for editors). In this order on the page.
ADJUSTMENTS = [
    (
        "questions_in_advance",
        "Interview questions sent in advance",
        "People get the questions before any interview or conversation.",
    ),
    (
        "support_worker_welcome",
        "Support worker or companion welcome",
        "People can bring someone with them.",
    ),
    ("flexible_hours", "Flexible hours", "Times can fit around health, care and other work."),
    (
        "paid_preparation",
        "Paid preparation time",
        "Reading and preparing are paid, not expected for free.",
    ),
    (
        "debrief_supervision",
        "Debrief or supervision",
        "A debrief after sessions, or supervision from someone with lived experience.",
    ),
    (
        "peer_support",
        "Peer support from others in the role",
        "People in the role can meet and support each other.",
    ),
]
EXPENSES = [
    ("expenses_travel", "Travel"),
    ("expenses_care", "Care costs (children or someone you care for)"),
    ("expenses_support_worker", "A support worker's costs"),
]
