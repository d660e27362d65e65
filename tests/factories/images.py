"""Images for tests: small PNGs drawn on the fly, stored as Wagtail images or sent as uploads."""

import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify
from PIL import Image, PngImagePlugin
from wagtail.models import Collection


def png(name, size=(60, 60), colour="#1d3b53"):
    """A PNG file named `name`.png, ready for an ImageField."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return ImageFile(buffer, name=f"{name}.png")


def photo_upload(fmt="PNG", size=(80, 60), name="face.png", text=None):
    """A photo as a browser uploads it, with `text` in its metadata when given (PNG only)."""
    buffer = io.BytesIO()
    image = Image.new("RGB", size, "#1f6b4f")
    options = {}
    if text and fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", text)
        options["pnginfo"] = info
    image.save(buffer, format=fmt, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class ImageFactory(wagtail_factories.ImageFactory):
    """A stored image in the root collection, where editors' uploads go (wagtail-factories'
    own default makes a new root collection for every image)."""

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(lambda image: png(slugify(image.title) or "image"))
