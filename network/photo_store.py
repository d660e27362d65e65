"""Where members' photos are kept: the members' photo collection, and the private store.

Every photo a member sends (the join form, the account's photo page) goes into the collection
"Member photos (private)", and so does a library image once it is a profile's photo that is not
public (network/private_photos.py). The files of an image in that collection (or one inside
it) are kept in the private store (lead/private_media.py): the original and every rendition,
which no public address reaches. Profile pages show these photos through the checked photo
view; the image library shows them only to people allowed the private fields
(network/photo_library.py).

Wagtail names an image's files in get_upload_to; the site uses Wagtail's own image model (a
model of its own would mean migrating every image reference), so install() wraps that method
of its Image and Rendition, which every way Wagtail writes a file goes through (renditions
made one at a time or several at once):
- an original uploaded into the collection is written to the private store from the start;
- a rendition is written where its original is.
"""

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.models import Collection

from lead.private_media import is_private, private_name

COLLECTION = "Member photos (private)"


def photo_collection():
    """The members' photo collection, made on first use."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION).first()
    return existing or root.add_child(name=COLLECTION)


def private_collections():
    """The members' photo collection and every collection inside it."""
    roots = Collection.objects.filter(depth=2, name=COLLECTION).values_list("path", flat=True)
    paths = Q(pk__in=[])
    for path in roots:
        paths |= Q(path__startswith=path)
    return Collection.objects.filter(paths)


def belongs_private(image):
    """Whether the image's files belong in the private store (it is in the collection)."""
    return private_collections().filter(pk=image.collection_id).exists()


def _original_upload_to(get_upload_to):
    def upload_to(image, filename):
        name = get_upload_to(image, filename)
        return private_name(name) if belongs_private(image) else name

    return upload_to


def _rendition_upload_to(get_upload_to):
    def upload_to(rendition, filename):
        name = get_upload_to(rendition, filename)
        return private_name(name) if is_private(rendition.image.file.name) else name

    return upload_to


def install():
    """Wrap get_upload_to of the image and rendition models (once; from NetworkConfig.ready)."""
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    for model, wrap in ((Image, _original_upload_to), (Rendition, _rendition_upload_to)):
        if not getattr(model.get_upload_to, "keeps_private_files", False):
            model.get_upload_to = wrap(model.get_upload_to)
            model.get_upload_to.keeps_private_files = True
