"""Keep the directory's cached filter options in step with the taxonomies editors manage."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .directory import options_cache_key
from .models import Expertise, LivedExperienceArea, PaymentRoute, Region, Role


def clear_facet_options(sender, **kwargs):
    cache.delete(options_cache_key(sender))


def connect():
    for model in (LivedExperienceArea, Expertise, Role, Region, PaymentRoute):
        post_save.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-{model}")
        post_delete.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-d-{model}")
