"""The consent wording members agree to, beside the consent record that names it
(membership/models/consent.py). A new wording gets a new version; records keep the version they
were given under. The directory learns the versions from membership's declaration
(`consent_wordings` in membership/apps.py), for the consent fields on a profile's Private tab.

From version 2026-11-28 consent is given in three separate parts (the join form shows each
beside its own checkbox): publishing the profile, holding lived-experience information (health
data, UK GDPR article 9), and receiving messages relayed by the site. `WORDING` holds each
version's full text; `PARTS` each part of the versions that have them.
"""

PUBLISHING = "publishing"
LIVED_EXPERIENCE = "lived_experience"
MESSAGES = "messages"

PARTS = {
    "2026-11-28": {
        PUBLISHING: (
            "I agree that LEAD may publish my profile in its directory, showing each part only "
            "to the people I choose. I can change my choices, or withdraw and have my personal "
            "data erased, at any time."
        ),
        LIVED_EXPERIENCE: (
            "I agree that LEAD may hold the areas of lived experience I list, which are health "
            "information, to run the directory and show them only as I choose."
        ),
        MESSAGES: (
            "I agree that LEAD may pass on to me messages that visitors send through my profile. "
            "My email address is never shown to them; I decide whether to reply."
        ),
    },
}

CURRENT_VERSION = "2026-11-28"

WORDING = {
    "2026-11": (
        "I agree that LEAD may publish my profile in its directory, showing each part only to "
        "the people I choose. I agree that LEAD may hold the areas of lived experience I list, "
        "which are health information, to run the directory. I can change my choices or "
        "withdraw at any time, and LEAD will then erase my personal data."
    ),
    **{version: " ".join(parts.values()) for version, parts in PARTS.items()},
}

# Oldest first: the last is the current wording.
VERSION_CHOICES = [(version, f"Version {version}") for version in WORDING]


def wording_choices():
    return VERSION_CHOICES


def wording(purpose, version=CURRENT_VERSION):
    """The words of one part of the consent, as the member saw them."""
    return PARTS[version][purpose]
