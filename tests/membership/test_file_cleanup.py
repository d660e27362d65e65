"""When the site deletes a member's photo files itself (withdrawal, photo removal, a photo made
private), Wagtail's own clean-up task, queued when the image or rendition row goes, must find
a file name to delete, not fail with "The name must be given to delete()"."""

import os

import pytest
from django_tasks.signals import task_finished

from membership.changes import remove_photo
from membership.erasure import erase_member
from membership.models import ErasureReceipt
from network.models import ProfilePage

from ..factories import photo_upload, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished_tasks():
    """Every background task that finished during the test, with its outcome."""
    results = []

    def collect(sender, task_result, **kwargs):
        results.append(task_result)

    task_finished.connect(collect)
    yield results
    task_finished.disconnect(collect)


@pytest.fixture
def member_with_photo(apply, django_capture_on_commit_callbacks):
    apply(
        display_name="Robin Example",
        email="robin@example.com",
        photo=photo_upload(),
        photo_alt_text="Robin smiling",
        photo_visibility="public",
    )
    profile = ProfilePage.objects.get(slug="robin-example")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    profile.photo.get_rendition("fill-240x240")
    return ProfilePage.objects.get(pk=profile.pk)


def photo_files(profile):
    image = profile.photo
    return [image.file.path] + [rendition.file.path for rendition in image.renditions.all()]


def file_deletions(results):
    return [r for r in results if r.task.name == "delete_file_from_storage_task"]


def assert_all_succeeded(results):
    failed = [(r.task.name, r.args, [e.traceback for e in r.errors]) for r in results if r.errors]
    assert not failed, failed


def test_withdrawal_deletes_the_photo_files_without_a_failing_task(
    member_with_photo, finished_tasks, django_capture_on_commit_callbacks
):
    files = photo_files(member_with_photo)
    assert len(files) == 2 and all(os.path.exists(path) for path in files)
    with django_capture_on_commit_callbacks(execute=True):
        erase_member(
            member_with_photo, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False
        )
    assert not any(os.path.exists(path) for path in files)
    deletions = file_deletions(finished_tasks)
    assert deletions, "Wagtail's clean-up ran for the image and its rendition"
    assert all(r.args[1] for r in deletions)  # each was given a file name
    assert_all_succeeded(finished_tasks)


def test_removing_a_photo_leaves_no_failing_task(
    member_with_photo, finished_tasks, django_capture_on_commit_callbacks
):
    files = photo_files(member_with_photo)
    with django_capture_on_commit_callbacks(execute=True):
        assert remove_photo(member_with_photo)
    assert not any(os.path.exists(path) for path in files)
    assert file_deletions(finished_tasks)
    assert_all_succeeded(finished_tasks)


def test_hiding_a_photo_renames_it_without_a_failing_task(
    member_with_photo, finished_tasks, django_capture_on_commit_callbacks
):
    old_rendition = photo_files(member_with_photo)[1]
    with django_capture_on_commit_callbacks(execute=True):
        ProfilePage.objects.filter(pk=member_with_photo.pk).change(photo_visibility="hidden")
    assert not os.path.exists(old_rendition)  # the public copy is gone
    assert file_deletions(finished_tasks)
    assert_all_succeeded(finished_tasks)
