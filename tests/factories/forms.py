"""What people send in the site's forms: the answers, and the one-time key each form carries."""

import re

# The join form's answers, as an applicant would send them.
JOIN_ANSWERS = {
    "display_name": "Robin Example",
    "email": "robin@example.com",
    "pronouns": "they/them",
    "headline": "Peer trainer",
    "organisation": "Harbour Trust",
    "organisation_visibility": "members",
    "region_visibility": "public",
    "lived_experience_visibility": "members",
    "availability": "open",
    "summary": "Trains peer workers across the north.",
    "biography": "I have worked in peer support for ten years.",
    "photo_visibility": "public",
    "expects_payment": "yes",
    "payment_visibility": "hidden",
    "consent_publishing": "on",
}

# The "Edit my profile" form's answers, as a member changing their role would send them.
PROFILE_EDIT = {
    "display_name": "Robin Example",
    "headline": "Board member",
    "summary": "Now on two boards.",
    "biography": "New story.",
    "expects_payment": "yes",
    "availability": "open",
}


def submission_key(client, url):
    """The one-time key the form at `url` renders, read from the page as a browser would."""
    html = client.get(url).content.decode()
    match = re.search(r'<input type="hidden" name="submission_key" value="([^"]+)"', html)
    assert match, f"{url} renders no submission key"
    return match.group(1)
