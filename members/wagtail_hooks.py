"""A signed-in visitor outside the Members group who opens a members-only page is told so (403),
instead of being sent to a sign-in page that would only send them back."""

from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import PageViewRestriction

from lead.view_restrictions import refused
from network.models.visibility import viewer_is_member


def members_only_response(request, page):
    """The 'for members' page for a signed-in non-member; None for anyone else (an anonymous
    visitor is sent to sign in by Wagtail's own check)."""
    if not request.user.is_authenticated or viewer_is_member(request):
        return None
    # No `page` in the context: the base template would name it in the title and breadcrumbs.
    response = TemplateResponse(request, "members/members_only.html", {}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


@hooks.register("before_serve_page")
def refuse_signed_in_non_members(page, request, serve_args, serve_kwargs):
    if not request.user.is_authenticated:
        return None
    if page.alias_of_id:  # its restrictions are its original's
        refused_kinds = {
            r.restriction_type
            for r in page.get_view_restrictions()
            if not r.accept_request(request)
        }
    else:
        refused_kinds = {rule.kind for rule in refused(page, request)}
    if PageViewRestriction.GROUPS in refused_kinds:
        return members_only_response(request, page)
    return None
