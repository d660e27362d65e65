"""The starting taxonomies, from the network's brief. Editors manage them afterwards."""

from django.utils.text import slugify


def terms(*names):
    return [(slugify(name.replace("/", " ")), name) for name in names]


LIVED_EXPERIENCE = terms(
    "Mental distress",
    "Psychosis and hearing voices",
    "Self-harm",
    "Eating difficulties",
    "Inpatient care",
    "Detention under the Mental Health Act",
    "Crisis services",
    "Perinatal mental health",
    "Substance use",
    "Bereavement",
    "Long-term physical illness",
    "Neurodivergence",
    "Homelessness",
    "Criminal justice system",
    "Caring for someone",
)

EXPERTISE = terms(
    "Co-production",
    "Peer support",
    "Board governance",
    "Service design",
    "Training and education",
    "Recovery colleges",
    "Research and evaluation",
    "Policy and campaigning",
    "Commissioning",
    "Workforce development",
    "Public speaking",
    "Writing",
)

ROLES = terms(
    "Non-executive / board member",
    "Lived experience director",
    "Patient director",
    "Advisory group member",
    "Peer trainer",
    "Speaker",
    "Mentor",
    "Research partner",
    "Interview panel member",
    "Consultant / facilitator",
)

REGIONS = terms(
    "North East and Yorkshire",
    "North West",
    "Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "UK-wide / remote",
)

PAYMENT_ROUTES = terms("Payroll", "Invoice (self-employed)", "Vouchers", "Declines payment")
