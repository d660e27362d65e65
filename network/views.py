"""/network/<slug>/photo/<size>/: a profile photo, for the viewers its member chose.

Photos that are members-only or hidden are only ever shown through this view (see
network/private_photos.py); public photos work here too, so the member's data export can give
one address for any photo."""

import mimetypes
import os

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.images.models import SourceImageIOError

from lead.features import call_each
from lead.private_media import with_private_file_headers

from .models import ProfilePage
from .private_photos import SIZES


def may_see_photo(page, request):
    """The profile page's own rule (ProfileView.photo), plus the member themself, who may
    always fetch their own photo (their data export links to it)."""
    if not page.photo_id:
        return False
    user = request.user
    if user.is_authenticated and is_own_profile(page, user):
        return True
    return page.visible_to(request).photo is not None


def is_own_profile(page, user):
    """Whether `user` is the profile's member. Accounts are another app's (membership), which
    answers through its declaration (`Feature.is_own_profile`)."""
    return any(call_each("is_own_profile", page, user))


@require_safe
def profile_photo(request, slug, size):
    """404, never 403, to anyone who may not see the photo: the answer must not tell whether a
    profile has a photo at all."""
    spec = SIZES.get(size)
    page = (
        ProfilePage.objects.live().public().filter(slug=slug).select_related("photo").first()
        if spec
        else None
    )
    if page is None or not may_see_photo(page, request):
        raise Http404("No photo here.")
    try:
        rendition = page.photo.get_rendition(spec)
        rendition.file.open("rb")
    except (SourceImageIOError, FileNotFoundError):
        raise Http404("No photo here.") from None
    extension = os.path.splitext(rendition.file.name)[1].lower()
    content_type = mimetypes.guess_type(f"photo{extension}")[0] or "application/octet-stream"
    # A neutral download name: the stored file's name must not reach the viewer.
    response = FileResponse(rendition.file, content_type=content_type, filename=f"photo{extension}")
    return with_private_file_headers(response)
