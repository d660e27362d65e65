"""People credited on other pages (post bylines, event speakers) who may be network members.

A credit keeps its own name and role line, so it survives when a member withdraws their profile;
the link to the profile shows only while that profile is live and public.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel


class ProfileCredit(models.Model):
    name = models.CharField(
        max_length=120, help_text="The name to show, as the person wants it shown."
    )
    role_line = models.CharField(
        max_length=160,
        blank=True,
        help_text="A short line under the name, for example 'Peer trainer, Leeds'.",
    )
    profile = models.ForeignKey(
        "network.ProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional: the person's profile in the network. The name links to it only while "
            "the profile is published and public."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("role_line"), FieldPanel("profile")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


def public_profile_urls(profile_ids, request=None):
    """{profile id: url} for those of `profile_ids` that are live and public, in two queries
    however many ids there are (the page query and the view-restriction check)."""
    from .profiles import ProfilePage

    ids = {pk for pk in profile_ids if pk}
    if not ids:
        return {}
    pages = ProfilePage.objects.live().public().filter(pk__in=ids).only("id", "url_path", "path")
    return {page.pk: page.get_url(request) for page in pages}


def link_credits(credits, request=None):
    """Give each credit a `profile_url` (None unless its profile is live and public)."""
    credits = list(credits)
    urls = public_profile_urls((credit.profile_id for credit in credits), request)
    for credit in credits:
        credit.profile_url = urls.get(credit.profile_id)
    return credits
