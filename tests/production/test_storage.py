"""Uploaded files on shared storage: local MEDIA_ROOT by default, an S3-compatible bucket when
AWS_STORAGE_BUCKET_NAME is set; private files (members' photos) beside them, where no public
address reaches (settings only; nothing here talks to a real bucket)."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.module_loading import import_string

from lead.private_media import PrivateFileSystemStorage, PrivateMediaStorage
from lead.settings.env import media_storage, private_media_storage


def test_local_files_unless_a_bucket_is_named():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert private_media_storage({}) == {"BACKEND": "lead.private_media.PrivateFileSystemStorage"}
    assert isinstance(default_storage.public, FileSystemStorage)
    assert isinstance(default_storage.private, PrivateFileSystemStorage)
    # Private files are outside MEDIA_ROOT: a web server serving it never reaches them.
    private, media = Path(default_storage.private.location), Path(settings.MEDIA_ROOT).resolve()
    assert private == Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    assert not private.is_relative_to(media) and not media.is_relative_to(private)


def test_a_bucket_gives_s3_storage_with_safe_defaults():
    config = media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": "lead-media",
            "AWS_S3_ENDPOINT_URL": "https://objects.example.net",
            "AWS_S3_REGION_NAME": "eu-west-2",
            "AWS_S3_CUSTOM_DOMAIN": "media.lead.example",
        }
    )
    options = config["OPTIONS"]
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert options["bucket_name"] == "lead-media"
    assert options["file_overwrite"] is False
    assert options["default_acl"] is None
    assert options["querystring_auth"] is False

    storage = import_string(config["BACKEND"])(**options)
    # Public files are addressed through the CDN/custom domain, not the bucket's own host.
    assert storage.url("images/walk.fill-400x400.jpg") == (
        "https://media.lead.example/images/walk.fill-400x400.jpg"
    )


def test_signed_urls_can_be_asked_for():
    options = media_storage(
        {"AWS_STORAGE_BUCKET_NAME": "lead-media", "AWS_QUERYSTRING_AUTH": "true"}
    )["OPTIONS"]
    assert options["querystring_auth"] is True
    assert "custom_domain" not in options


def test_private_files_on_a_bucket_are_private_and_have_no_public_address():
    environ = {
        "AWS_STORAGE_BUCKET_NAME": "lead-media",
        "AWS_LOCATION": "site",
        "AWS_S3_REGION_NAME": "eu-west-2",
        "AWS_S3_CUSTOM_DOMAIN": "media.lead.example",
    }
    config = private_media_storage(environ)
    options = config["OPTIONS"]
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert options["bucket_name"] == "lead-media"  # the media bucket's "private/" folder
    assert options["location"] == "site/private"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True and options["custom_domain"] is None
    assert options["region_name"] == "eu-west-2"
    # A bucket of its own, when named.
    own = private_media_storage({**environ, "AWS_PRIVATE_STORAGE_BUCKET_NAME": "lead-private"})
    assert own["OPTIONS"]["bucket_name"] == "lead-private"

    storage = PrivateMediaStorage(public=media_storage(environ), private=config)
    assert storage.private.location == "site/private"
    # Public files through the CDN; a private one only at the site's checked address.
    assert storage.url("images/walk.fill-400x400.jpg") == (
        "https://media.lead.example/site/images/walk.fill-400x400.jpg"
    )
    assert storage.url("private/images/face.fill-240x240.png") == (
        "/private-media/images/face.fill-240x240.png"
    )
