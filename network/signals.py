"""Keep the directory's cached filter options, the search index and where photos' files are kept
in step with what editors and members change. (Private photos' files are otherwise the
profile's own business: ProfilePage.save() and ProfilePageQuerySet.change() call
ProfilePage.secure_photo.)"""

from django.apps import apps as django_apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.images import get_image_model
from wagtail.signals import page_published

from lead.private_media import is_private
from search.indexing import index_pages

from .models import (
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    ProfilePage,
    Region,
    Role,
    enforce_member_choices,
)
from .photo_store import belongs_private
from .private_photos import place_files_after_commit, secure_existing_photos
from .terms import options_cache_key


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


def place_photo_files(sender, instance, raw=False, **kwargs):
    """An image saved into or out of the members' photo collection (an editor moving it, or
    uploading into it): its files move to the store the collection calls for."""
    if not raw and belongs_private(instance) != is_private(instance.file.name):
        place_files_after_commit(instance.pk)


def enforce_choices_after_migrate(sender, apps=django_apps, **kwargs):
    """A data migration writes through historical models, which skip ProfilePage.save(): put
    every profile back under its member's choices once migrations have run (only when the
    database is at the schema this code expects)."""
    try:
        migrated = apps.get_model("network", "ProfilePage")
    except LookupError:
        return
    names = {field.attname for field in migrated._meta.concrete_fields}
    if names >= {field.attname for field in ProfilePage._meta.concrete_fields}:
        enforce_member_choices()


def secure_photos_after_migrate(sender, apps=django_apps, **kwargs):
    """Photos stored before the private store existed move into it after the next migrate
    (manage.py secure_member_photos does the same), when the schema is this code's."""
    try:
        migrated = apps.get_model("network", "ProfilePage")
    except LookupError:
        return
    if {f.attname for f in migrated._meta.concrete_fields} >= {"photo_id", "photo_visibility"}:
        secure_existing_photos()


def connect():
    for model in (LivedExperienceArea, Expertise, Role, Region, PaymentRoute):
        post_save.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-{model}")
        post_delete.connect(clear_facet_options, sender=model, dispatch_uid=f"facets-d-{model}")
    post_migrate.connect(
        enforce_choices_after_migrate,
        sender=django_apps.get_app_config("network"),
        dispatch_uid="enforce-member-choices",
    )
    post_migrate.connect(
        secure_photos_after_migrate,
        sender=django_apps.get_app_config("network"),
        dispatch_uid="secure-member-photos",
    )
    post_save.connect(place_photo_files, sender=get_image_model(), dispatch_uid="photo-files")
    page_published.connect(
        reindex_published_profile, sender=ProfilePage, dispatch_uid="reindex-published-profile"
    )
