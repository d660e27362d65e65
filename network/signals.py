"""Keep the directory's cached filter options and the search index in step with what editors
and members change."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from home.seeding import index_pages

from .directory import options_cache_key
from .models import Expertise, LivedExperienceArea, PaymentRoute, ProfilePage, Region, Role


def clear_facet_options(sender, instance=None, **kwargs):
    cache.delete(options_cache_key(sender))
    if instance is not None and sender is not PaymentRoute:
        # A renamed term changes what its profiles are found by.
        profiles = ProfilePage.objects.live().filter(**{f"{_relation(sender)}": instance})
        index_pages(ProfilePage, profiles)


def _relation(model):
    return {
        LivedExperienceArea: "lived_experience",
        Expertise: "expertise",
        Role: "roles_sought",
        Region: "region",
    }[model]


def reindex_published_profile(sender, instance, **kwargs):
    """Index a profile again once it is published: the search backend indexes on save, before
    the profile's many-to-many values (areas, expertise, roles) are written, so without this
    the index would keep the previous publication's terms (an area a member removed, say)."""
    index_pages(ProfilePage, [ProfilePage.objects.get(pk=instance.pk)])


def connect():
    for model in (LivedExperienceArea, Expertise, Role, Region, PaymentRoute):
        post_save.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-{model}")
        post_delete.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-d-{model}")
    page_published.connect(
        reindex_published_profile, sender=ProfilePage, dispatch_uid="reindex-published-profile"
    )
