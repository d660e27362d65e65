"""The consent wording members agree to. A new wording gets a new version; records keep the
version they were given under."""

CURRENT_VERSION = "2026-11"

WORDING = {
    "2026-11": (
        "I agree that LEAD may publish my profile in its directory, showing each part only to "
        "the people I choose. I agree that LEAD may hold the areas of lived experience I list, "
        "which are health information, to run the directory. I can change my choices or "
        "withdraw at any time, and LEAD will then erase my personal data."
    ),
}

VERSION_CHOICES = [(version, f"Version {version}") for version in WORDING]
