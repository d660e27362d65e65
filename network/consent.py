"""Which consent wordings a profile's consent record may name.

The wording itself, its text and versions, is membership's, kept beside the consent record
(membership/consent.py). The directory only records which version a member agreed to, so it
asks: an app that holds consent wordings declares them (`Feature.consent_wordings`, a function
returning `[(version, label)]`, oldest first). With none declared no consent can be recorded,
so no profile can be published: the gate stays shut rather than open.
"""

from lead.features import call_each


def wording_choices():
    """[(version, label)] of every declared wording, oldest first."""
    return [choice for choices in call_each("consent_wordings") for choice in choices]


def current_version():
    """The newest declared wording: what profiles the site makes itself (demo, seeding) record."""
    choices = wording_choices()
    return choices[-1][0] if choices else ""
