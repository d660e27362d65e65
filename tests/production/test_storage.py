"""Uploaded files on shared storage: local MEDIA_ROOT by default, an S3-compatible bucket when
AWS_STORAGE_BUCKET_NAME is set (settings only; nothing here talks to a real bucket)."""

from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.module_loading import import_string

from lead.settings.env import media_storage


def test_local_files_unless_a_bucket_is_named():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert isinstance(default_storage, FileSystemStorage)


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
