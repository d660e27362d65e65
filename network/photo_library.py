"""The admin's image library shows members' photos only to people allowed members' private
details (the private-fields permission: moderators, superusers).

Anyone else never meets an image of the members' photo collection: not in the listing, the
chooser, the admin API, an image's edit, delete, usage, URL or preview pages, nor at its file
addresses (lead/private_media.py asks the same policy); nor can they upload into that
collection or move images into it. Wagtail's image views all ask the image model's permission
policy, so the policy registered here (Wagtail's own, narrowed) is the one rule. The admin API
lists images without asking it, so its images endpoint is narrowed the same way.
"""

from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models.profiles import PRIVATE_FIELDS_PERMISSION
from .photo_store import belongs_private, private_collections


def sees_member_photos(user):
    return user.is_active and user.has_perm(PRIVATE_FIELDS_PERMISSION)


class MemberPhotoPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images, without the members' photo collection for anyone who may
    not see members' private details."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not sees_member_photos(user) and belongs_private(instance):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        images = super().instances_user_has_any_permission_for(user, actions)
        if sees_member_photos(user):
            return images
        return images.exclude(collection__in=private_collections())

    def collections_user_has_any_permission_for(self, user, actions):
        collections = super().collections_user_has_any_permission_for(user, actions)
        if sees_member_photos(user):
            return collections
        return collections.exclude(pk__in=private_collections())


class ImagesAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images, without members' photos for those who may not see them."""

    def get_queryset(self):
        images = super().get_queryset()
        if sees_member_photos(self.request.user):
            return images
        return images.exclude(collection__in=private_collections())


def register():
    """In place of Wagtail's policy for its image model (NetworkConfig.ready): registered for
    the exact class, it wins whichever app registers first."""
    Image = get_image_model()
    register_permission_policy(
        Image,
        MemberPhotoPermissionPolicy(
            Image, auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
