"""Private media: uploaded files kept where no public address reaches them.

STORAGES["default"] is PrivateMediaStorage. A file whose name starts "private/" is kept in a
second store that nothing serves publicly: locally PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT (so
neither /media/ nor a web server pointed at MEDIA_ROOT reaches it); on S3 a "private/" prefix
(or a bucket of its own), written with a private ACL, without the CDN's domain, read only with
the site's own credentials (settings.env.private_media_storage). Every other name goes to the
public store, as before. Which files are private is the apps' choice: the network keeps member
photos there (network/photo_store.py).

A private file's address is /private-media/<name>: serve_private_file sends it only to a
signed-in user whom Wagtail's permission policy for images lets change or choose the image the
file belongs to (its original or a rendition), which is what the admin's image library shows
them; anyone else gets 404, as for a file that does not exist. Public pages never use these
addresses.
"""

import mimetypes
import os
import posixpath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, Storage, default_storage
from django.http import FileResponse, Http404
from django.urls import path as route
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.deconstruct import deconstructible
from django.utils.module_loading import import_string
from django.views.decorators.http import require_safe

PREFIX = "private/"


def is_private(name):
    """Whether a stored file's name puts it in the private store."""
    return bool(name) and str(name).startswith(PREFIX)


def private_name(name):
    """The name `name` (a public one, or a bare one) would have in the private store."""
    return name if is_private(name) else PREFIX + name


def public_name(name):
    return name[len(PREFIX) :] if is_private(name) else name


@deconstructible(path="lead.private_media.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """The local private store: PRIVATE_MEDIA_ROOT (read when used, so a test may move it),
    with no address of its own."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("A private file has no public address.")


def _build(config):
    return import_string(config["BACKEND"])(**config.get("OPTIONS", {}))


@deconstructible(path="lead.private_media.PrivateMediaStorage")
class PrivateMediaStorage(Storage):
    """Two stores behind Django's one: "private/…" names in `private`, the rest in `public`
    (each a STORAGES-style {"BACKEND": …, "OPTIONS": {…}})."""

    def __init__(self, public=None, private=None):
        self.public = _build(public or {"BACKEND": "django.core.files.storage.FileSystemStorage"})
        self.private = _build(private or {"BACKEND": f"{__name__}.PrivateFileSystemStorage"})

    def _split(self, name):
        if is_private(name):
            return self.private, public_name(name)
        return self.public, name

    def _join(self, store, name):
        return PREFIX + name if store is self.private else name

    def _open(self, name, mode="rb"):
        store, inner = self._split(name)
        return store.open(inner, mode)

    def save(self, name, content, max_length=None):
        name = content.name if name is None else name
        store, inner = self._split(name)
        if max_length and store is self.private:
            max_length -= len(PREFIX)
        return self._join(store, store.save(inner, content, max_length=max_length))

    def get_available_name(self, name, max_length=None):
        store, inner = self._split(name)
        if max_length and store is self.private:
            max_length -= len(PREFIX)
        return self._join(store, store.get_available_name(inner, max_length=max_length))

    def get_valid_name(self, name):
        return self.public.get_valid_name(name)

    def delete(self, name):
        store, inner = self._split(name)
        store.delete(inner)

    def exists(self, name):
        store, inner = self._split(name)
        return store.exists(inner)

    def listdir(self, path):
        store, inner = self._split(path)
        return store.listdir(inner)

    def size(self, name):
        store, inner = self._split(name)
        return store.size(inner)

    def path(self, name):
        store, inner = self._split(name)
        return store.path(inner)

    def url(self, name):
        if is_private(name):
            return reverse("private_media", kwargs={"path": public_name(name)})
        return self.public.url(name)

    def get_accessed_time(self, name):
        store, inner = self._split(name)
        return store.get_accessed_time(inner)

    def get_created_time(self, name):
        store, inner = self._split(name)
        return store.get_created_time(inner)

    def get_modified_time(self, name):
        store, inner = self._split(name)
        return store.get_modified_time(inner)


def image_of(name):
    """The image a stored file belongs to (its original or one of its renditions), or None."""
    from wagtail.images import get_image_model  # the storage loads before the models

    Image = get_image_model()
    image = Image.objects.filter(file=name).first()
    if image is None:
        rendition = Image.get_rendition_model().objects.filter(file=name).first()
        image = rendition.image if rendition else None
    return image


def may_open(user, name):
    """Whether the image library lets `user` see the image the private file belongs to."""
    from wagtail.permissions import policy_registry

    if not (user.is_authenticated and user.is_active):
        return False
    image = image_of(name)
    if image is None:
        return False
    policy = policy_registry.get_by_type(type(image))
    return policy.user_has_any_permission_for_instance(user, ["change", "choose"], image)


@require_safe
def serve_private_file(request, path):
    """404, never 403, to anyone else: the answer must not tell whether the file exists."""
    from .uploads import INLINE_MEDIA_TYPES  # uploads.py needs the models; storages load first

    name = PREFIX + posixpath.normpath(path).lstrip("/")
    if ".." in name.split("/") or not may_open(request.user, name):
        raise Http404("No such file.")
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, SuspiciousFileOperation):
        raise Http404("No such file.") from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    if content_type not in INLINE_MEDIA_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    return with_private_file_headers(response)


def with_private_file_headers(response):
    """The headers of every file only some viewers may fetch (here and the checked photo
    view): never kept by a shared cache or the browser's disk, since who may see it depends on
    the viewer; never sniffed, run or indexed."""
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Robots-Tag"] = "noindex"
    return response


def private_media_urlpatterns():
    """The /private-media/ route for lead/urls.py."""
    return [route("private-media/<path:path>", serve_private_file, name="private_media")]
