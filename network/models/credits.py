"""People credited on other pages (post bylines, event speakers) who may be network members.

A credit keeps its own name and role line, so it survives when a member withdraws their profile;
the link to the profile shows only while that profile is live and public.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Revision

from lead.view_restrictions import is_private

from .profiles import ProfilePage


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
    ids = {pk for pk in profile_ids if pk}
    if not ids:
        return {}
    pages = ProfilePage.objects.live().public().filter(pk__in=ids).only("id", "url_path", "path")
    return {page.pk: page.get_url(request) for page in pages}


# What link_credits reads of a profile read with its credit: select_related(...).only(...) these
# (prefixed with the path to the profile), not the whole profile.
PROFILE_LINK_FIELDS = ("url_path", "path", "depth", "live")


def profile_link_fields(prefix):
    return [f"{prefix}__{name}" for name in PROFILE_LINK_FIELDS]


def link_credits(credits, request=None):
    """Give each credit a `profile_url` (None unless its profile is live and public). Credits
    read with their profiles (`select_related("profile")`) need no query of their own."""
    credits = list(credits)
    unread = {id(credit) for credit in credits if not type(credit).profile.is_cached(credit)}
    urls = public_profile_urls((c.profile_id for c in credits if id(c) in unread), request)
    for credit in credits:
        if id(credit) in unread:
            credit.profile_url = urls.get(credit.profile_id)
        else:
            profile = credit.profile
            public = profile is not None and profile.live and not is_private(profile)
            credit.profile_url = profile.get_url(request) if public else None
    return credits


FORMER_MEMBER = "Former member"


def credit_models():
    """Every concrete credit model (blog authors, event speakers, ...), found through the app
    registry so the network never imports the features that credit people."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ProfileCredit) and not model._meta.abstract
    ]


def release_profile_credits(profile_id, former_member=False):
    """Before a profile is erased: unlink every credit pointing at it and, if the member asked,
    replace the name and role line with "Former member" — on the credits and in the revisions
    of the pages that hold them inline (an event's speakers), so no draft keeps the name either.
    Returns how many credits changed."""
    changed = 0
    for model in credit_models():
        credits = model._default_manager.filter(profile_id=profile_id)
        parents = _inline_parent(model)
        page_ids = list(credits.values_list(f"{parents[1]}_id", flat=True)) if parents else []
        update = {"profile": None}
        if former_member:
            update.update(name=FORMER_MEMBER, role_line="")
        changed += credits.update(**update)
        if parents:
            parent_model, _, relation = parents
            _scrub_revisions(parent_model, relation, profile_id, page_ids, former_member)
    return changed


def _inline_parent(model):
    """(parent model, ParentalKey name, relation name) for an inline credit, else None."""
    for field in model._meta.fields:
        if isinstance(field, ParentalKey):
            return field.related_model, field.name, field.remote_field.related_name
    return None


def _scrub_revisions(parent_model, relation, profile_id, page_ids, former_member):
    content_type = ContentType.objects.get_for_model(parent_model)
    revisions = Revision.objects.filter(content_type=content_type)
    for revision in revisions.iterator():
        rows = revision.content.get(relation) or []
        touched = False
        for row in rows:
            if row.get("profile") == profile_id:
                row["profile"] = None
                if former_member:
                    row["name"], row["role_line"] = FORMER_MEMBER, ""
                touched = True
        if touched:
            Revision.objects.filter(pk=revision.pk).update(content=revision.content)
