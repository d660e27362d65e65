"""Uploads through the real admin views: size and pixel limits, safe types judged by content,
documents served with safe headers, request-size limits on public forms, and uploaded files
served by Django (SERVE_MEDIA) never shown inline unless they are raster images."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from lead import urls as site_urls
from lead.uploads import media_urlpatterns

from ..factories import JOIN_ANSWERS

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

# The site's URLs with the /media/ route that lead/urls.py adds when SERVE_MEDIA is on (the
# suite runs with it off): used through the `urls` mark below.
urlpatterns = media_urlpatterns() + site_urls.urlpatterns

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.com", "pw-root-123")
    client.force_login(user)
    return client


def png_bytes(size=(64, 48), noise=False):
    if noise:  # incompressible: the file is as big as its pixels
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, "#1d3b53")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def add_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Uploaded image",
            "file": SimpleUploadedFile(name, content, content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def add_document(client, name, content, content_type="application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": f"Document {name}",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_errors(response):
    assert response.status_code == 200, "the form should be shown again with its errors"
    return " ".join(response.context["form"].errors.get("file", []))


class TestImages:
    def test_a_normal_image_is_accepted(self, admin_client):
        response = add_image(admin_client, "photo.png", png_bytes())
        assert response.status_code == 302
        assert get_image_model().objects.filter(title="Uploaded image").exists()

    def test_an_image_over_5_mb_is_refused_with_wagtails_message(self, admin_client):
        content = png_bytes((1450, 1450), noise=True)
        assert len(content) > 5 * MB
        response = add_image(admin_client, "big.png", content)
        assert "This file is too big" in file_errors(response)
        assert "Maximum filesize 5.0" in response.content.decode()
        assert not get_image_model().objects.filter(title="Uploaded image").exists()

    def test_an_image_over_20_megapixels_is_refused(self, admin_client):
        response = add_image(admin_client, "wide.png", png_bytes((5000, 4100)))
        assert "This file has too many pixels (20500000)" in file_errors(response)
        assert not get_image_model().objects.filter(title="Uploaded image").exists()

    def test_svg_is_refused(self, admin_client):
        response = add_image(admin_client, "drawing.svg", SVG)
        assert "Not a supported image format" in file_errors(response)
        assert "SVG" not in file_errors(response)  # the formats listed never include it
        assert not get_image_model().objects.filter(title="Uploaded image").exists()

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            # No image library can read a web page: Django's "not an image".
            (
                HTML,
                "Upload a valid image. The file you uploaded was either not an image or a "
                "corrupted image.",
            ),
            # An SVG is read as one, and its format is not the PNG its name claims.
            (SVG, "Not a valid .png image. The extension does not match the file format (svg)"),
        ],
        ids=["html", "svg"],
    )
    def test_markup_named_png_is_refused(self, admin_client, content, message):
        errors = file_errors(add_image(admin_client, "innocent.png", content))
        assert errors == message
        assert not get_image_model().objects.filter(title="Uploaded image").exists()


class TestDocuments:
    def test_a_pdf_is_accepted_and_served_inline_with_safe_headers(self, admin_client, client):
        assert add_document(admin_client, "report.pdf", PDF).status_code == 302
        document = get_document_model().objects.get()
        client.logout()
        response = client.get(document.url)
        assert response.status_code == 200
        assert document.url.startswith("/documents/")  # the serve view, with privacy checks
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("inline")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert b"".join(response.streaming_content) == PDF

    @pytest.mark.parametrize(
        ("name", "content", "content_type"),
        [
            ("minutes.docx", docx_bytes(), "application/vnd.openxmlformats-officedocument"),
            ("figures.csv", b"region,members\nLondon,12\n", "text/csv"),
        ],
    )
    def test_other_documents_download_as_attachments(
        self, admin_client, client, name, content, content_type
    ):
        assert add_document(admin_client, name, content).status_code == 302
        response = client.get(get_document_model().objects.get().url)
        assert response["Content-Type"].startswith(content_type)
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_plain_text_is_shown_as_text(self, admin_client, client):
        assert add_document(admin_client, "notes.txt", b"<b>not markup</b>").status_code == 302
        response = client.get(get_document_model().objects.get().url)
        assert response["Content-Type"].startswith("text/plain")
        assert response["X-Content-Type-Options"] == "nosniff"

    @pytest.mark.parametrize(
        ("name", "content"),
        [("page.html", HTML), ("drawing.svg", SVG), ("script.js", b"alert(1)")],
    )
    def test_web_content_is_refused(self, admin_client, name, content):
        errors = file_errors(add_document(admin_client, name, content))
        extension = name.rsplit(".", 1)[1]
        assert f"File extension “{extension}” is not allowed" in errors
        assert not get_document_model().objects.exists()

    @pytest.mark.parametrize(
        ("name", "content"),
        [("report.pdf", HTML), ("minutes.docx", PDF), ("data.csv", b"\x00\x01binary")],
        ids=["html-named-pdf", "pdf-named-docx", "binary-named-csv"],
    )
    def test_a_document_whose_content_is_not_its_type_is_refused(self, admin_client, name, content):
        errors = file_errors(add_document(admin_client, name, content))
        assert "content does not match its name" in errors
        assert not get_document_model().objects.exists()

    def test_a_document_over_10_mb_is_refused_with_wagtails_message(self, admin_client):
        content = PDF + b"0" * (10 * MB)
        errors = file_errors(add_document(admin_client, "huge.pdf", content))
        assert "This file is too big" in errors and "Maximum filesize 10.0" in errors
        assert not get_document_model().objects.exists()

    def test_the_admin_form_names_the_limit(self, admin_client):
        html = admin_client.get("/admin/documents/add/").content.decode()
        assert "Maximum filesize: 10.0\xa0MB" in html


class TestRequestSize:
    def test_an_oversized_upload_to_a_public_form_is_refused_with_400(self, client, join_page):
        images = get_image_model().objects.count()
        data = {**JOIN_ANSWERS, "photo": SimpleUploadedFile("face.png", b"0" * (13 * MB))}
        response = client.post("/join/", data)
        assert response.status_code == 400
        assert "photos can be up to 5 MB" in response.content.decode()
        assert get_image_model().objects.count() == images

    def test_an_oversized_form_post_is_refused_with_400(self, client, join_page):
        response = client.post("/join/", {**JOIN_ANSWERS, "biography": "x" * (3 * MB)})
        assert response.status_code == 400

    def test_a_photo_just_over_the_image_limit_gets_the_forms_message(self, client, join_page):
        """Below the request cap, the join form explains the limit itself."""
        data = {**JOIN_ANSWERS, "photo": SimpleUploadedFile("face.png", b"0" * (6 * MB))}
        response = client.post("/join/", data)
        assert response.status_code == 200
        assert "Please choose one of 5 MB or less" in response.content.decode()


@pytest.mark.urls(__name__)
class TestMediaServedByDjango:
    @pytest.fixture
    def put(self, settings):
        def _put(path, content):
            target = Path(settings.MEDIA_ROOT) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            return f"/media/{path}"

        return _put

    def test_images_are_served_inline_with_nosniff(self, client, put):
        response = client.get(put("images/photo.png", png_bytes()))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert "attachment" not in response.get("Content-Disposition", "")
        assert response["X-Content-Type-Options"] == "nosniff"

    @pytest.mark.parametrize(
        "path", ["images/drawing.svg", "images/page.html", "original_images/x.htm", "a.xml"]
    )
    def test_markup_is_never_served_inline(self, client, put, path):
        response = client.get(put(path, SVG if path.endswith("svg") else HTML))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"] == "attachment"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]

    @pytest.mark.parametrize("path", ["documents/private.pdf", "images/../documents/private.pdf"])
    def test_documents_are_only_served_through_wagtail(self, client, put, path):
        # The control: /media/ is served here, and an image beside the document comes back.
        assert client.get(put("images/photo.png", png_bytes())).status_code == 200
        put("documents/private.pdf", PDF)
        response = client.get(f"/media/{path}")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
        assert response["Content-Type"].startswith("text/html")  # the not-found page, not the PDF

    def test_lead_urls_use_this_view_when_serve_media_is_on(self):
        code = (
            "import django; django.setup(); from django.urls import resolve; "
            "print(resolve('/media/images/x.svg').func.__module__)"
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lead.settings.test", "SERVE_MEDIA": "true"}
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.stdout.strip() == "lead.uploads", result.stderr
