"""Small images made on the fly for tests."""

import io

from django.core.files.images import ImageFile
from PIL import Image


def png(name, size=(60, 60), colour="#1d3b53"):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return ImageFile(buffer, name=f"{name}.png")
