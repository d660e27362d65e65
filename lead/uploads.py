"""Uploads: what may come in, and how uploaded files go out.

- CappedUploadHandler: a multipart request larger than settings.LEAD_MAX_UPLOAD_REQUEST_SIZE is
  refused with 400 before any of it is written to disk (Django itself caps only the non-file
  part of a request, DATA_UPLOAD_MAX_MEMORY_SIZE).
- DocumentForm (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail checks a document's extension and size;
  this also checks that the content is what the extension says, so a PDF is a PDF.
- serve_media: MEDIA_ROOT served by Django (SERVE_MEDIA: development and the browser tests).
  Only raster images are shown inline; anything else (an SVG or HTML file that found its way
  into MEDIA_ROOT) downloads as an opaque attachment. Documents are never served from here:
  only through Wagtail's /documents/ view, which applies collection privacy.
"""

import posixpath

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import Http404
from django.urls import re_path
from django.views.static import serve
from wagtail.documents.forms import BaseDocumentForm


class CappedUploadHandler(FileUploadHandler):
    """First in FILE_UPLOAD_HANDLERS: looks at the request's declared size, stores nothing."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        limit = settings.LEAD_MAX_UPLOAD_REQUEST_SIZE
        if limit is not None and content_length > limit:
            # A SuspiciousOperation: Django answers 400 Bad Request and logs it.
            raise RequestDataTooBig(
                f"Upload of {content_length} bytes exceeds LEAD_MAX_UPLOAD_REQUEST_SIZE."
            )

    def receive_data_chunk(self, raw_data, start):
        return raw_data  # the next handler stores it

    def file_complete(self, file_size):
        return None


# What the first bytes of each allowed document type must be. A text file must simply be text.
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"csv", "txt"}


def content_matches_extension(upload):
    """True when the upload's first bytes fit its extension (unknown extensions pass here:
    Wagtail's WAGTAILDOCS_EXTENSIONS check refuses them)."""
    extension = posixpath.splitext(upload.name)[1].lower().lstrip(".")
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head
    return True


class DocumentForm(BaseDocumentForm):
    """The Wagtail admin's document form, refusing a file whose content is not what its name
    says (e.g. a web page or a program renamed to .pdf)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile) and not content_matches_extension(upload):
            raise ValidationError(
                "This file's content does not match its name: it is not a real %(ext)s file. "
                "Please upload the original document.",
                code="content_mismatch",
                params={"ext": posixpath.splitext(upload.name)[1].lower() or "document"},
            )
        return upload


# Shown inline by browsers; every other type is sent as an opaque download.
INLINE_MEDIA_TYPES = {"image/avif", "image/gif", "image/jpeg", "image/png", "image/webp"}


def serve_media(request, path):
    """django.views.static.serve for MEDIA_ROOT, with safe content types (see module doc)."""
    if posixpath.normpath(path).lstrip("/").split("/")[0] == "documents":
        raise Http404("Documents are served at /documents/.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    if response.status_code == 200 and content_type not in INLINE_MEDIA_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    # Whatever a file is, opened directly it may run nothing and load nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def media_urlpatterns():
    """The /media/ route for lead/urls.py (added only when SERVE_MEDIA or DEBUG)."""
    return [re_path(r"^media/(?P<path>.*)$", serve_media, name="media")]
