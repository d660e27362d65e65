"""The languages a profile names, one row apiece, so the directory filters and counts profiles
by language in the database. Members write their languages in their own words ("English,
Welsh and BSL"); the rows are kept from that text on every save of the profile, so they always
hold what the stored page says (a draft revision changes neither)."""

import re

from django.db import models
from django.utils.text import slugify

# Between two languages in a member's own words: a comma, a semicolon, a slash, an ampersand,
# a new line or the word "and".
SEPARATORS = re.compile(r"\s*(?:[,;/&\n]|\band\b)\s*", re.IGNORECASE)
NAME_LENGTH = 100


def split_languages(text):
    """[(slug, name), ...] for the languages `text` names, in its order, each once. A name
    written all in lower case gets a capital letter ("welsh" is listed as "Welsh")."""
    found = {}
    for part in SEPARATORS.split(text or ""):
        name = " ".join(part.split()).strip(" .")[:NAME_LENGTH]
        if name.islower():
            name = name[0].upper() + name[1:]
        slug = slugify(name)[:NAME_LENGTH]
        if slug and slug not in found:
            found[slug] = name
    return list(found.items())


class ProfileLanguageQuerySet(models.QuerySet):
    def keep_up_with(self, profile):
        """Make `profile`'s rows the languages its stored text names (two queries)."""
        self.filter(profile=profile).delete()
        self.bulk_create(
            ProfileLanguage(profile=profile, slug=slug, name=name)
            for slug, name in split_languages(profile.languages)
        )

    def keep_up_with_each(self, profiles):
        """keep_up_with() for each of `profiles` (a queryset), as stored now."""
        for profile in profiles.order_by().only("pk", "languages"):
            self.keep_up_with(profile)


class ProfileLanguage(models.Model):
    """One language a profile names. Languages are public wherever the profile is, so the
    directory counts them over its live, public profiles alone."""

    profile = models.ForeignKey(
        "network.ProfilePage", on_delete=models.CASCADE, related_name="language_rows"
    )
    slug = models.SlugField(max_length=NAME_LENGTH)
    name = models.CharField(max_length=NAME_LENGTH)

    objects = ProfileLanguageQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["profile", "slug"], name="one_row_per_language")
        ]

    def __str__(self):
        return self.name
