"""The Network menu in the admin, and the admin's rules for profiles."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Page
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from home.editorial.return_to import PageListingAdmin

from . import reports  # noqa: F401 (registers the consent report)
from .admin_filters import ConsentStatusFilter, LiveStatusFilter
from .dashboard import NetworkChartsPanel
from .models import (
    CHOICE_FIELDS,
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    ProfilePage,
    Region,
    Role,
    Visibility,
)
from .models.choices import apply_staff_restrictions
from .photo_library import ImagesAPIViewSet
from .private_photos import place_files_after_commit


class TermAdmin(ModelAdmin):
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name", "description")
    ordering = ("sort_order", "name")


def term_admin(term_model, icon):
    return type(
        f"{term_model.__name__}Admin",
        (TermAdmin,),
        {"model": term_model, "menu_icon": icon},
    )


class ProfileAdmin(PageListingAdmin):
    model = ProfilePage
    menu_label = "Profiles"
    menu_icon = "user"
    list_display = ("title", "headline", "region", "availability", "consent_status", "status")
    list_filter = ("region", "availability", ConsentStatusFilter, LiveStatusFilter)
    search_fields = ("title", "headline", "organisation")
    ordering = ("title",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")

    @staticmethod
    def consent_status(obj):
        return "Recorded" if obj.has_consent else "Missing"

    @staticmethod
    def status(obj):
        return "Live" if obj.live else "Draft"


class NetworkGroup(ModelAdminGroup):
    menu_label = "Network"
    menu_icon = "group"
    menu_order = 200
    items = (
        ProfileAdmin,
        term_admin(LivedExperienceArea, "tag"),
        term_admin(Expertise, "tag"),
        term_admin(Role, "tag"),
        term_admin(Region, "site"),
        term_admin(PaymentRoute, "tag"),
    )


modeladmin_register(NetworkGroup)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_without_consent(request, action_type, objects, action_class_instance):
    """Bulk "Publish" in the page explorer skips the page form, so explain the consent gate
    here rather than failing on the model's own check."""
    if action_type != "publish":
        return None
    page_ids = [obj.pk for obj in objects]
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in Page.objects.filter(pk__in=page_ids):
            page_ids += list(page.get_descendants().values_list("pk", flat=True))
    missing = [
        profile.title
        for profile in ProfilePage.objects.filter(pk__in=page_ids)
        if not profile.has_consent
    ]
    if not missing:
        return None
    messages.error(
        request,
        ngettext(
            "Nothing was published: this profile has no consent record yet: %(names)s. "
            "Record consent on its Private tab first.",
            "Nothing was published: these profiles have no consent record yet: %(names)s. "
            "Record consent on each profile's Private tab first.",
            len(missing),
        )
        % {"names": ", ".join(missing)},
    )
    next_url = request.GET.get("next", "")
    return redirect(next_url if next_url.startswith("/admin/") else "wagtailadmin_explore_root")


@hooks.register("construct_homepage_panels")
def add_network_charts(request, panels):
    panels.append(NetworkChartsPanel())


@hooks.register("after_edit_page")
def keep_member_choices(request, page):
    """After a profile is saved in the admin: say plainly which of the member's choices were
    kept over what the form sent, and apply any safeguarding restriction at once, logged with
    who, when and why (the member sees it on their account page)."""
    if not isinstance(page, ProfilePage):
        return
    kept = getattr(page, "kept_member_choices", None)
    if kept:
        chosen_at = page.member_choices_chosen_at
        parts = ", ".join(
            f"{CHOICE_FIELDS[name]}: {Visibility(value).label}" for name, value in kept.items()
        )
        messages.warning(
            request,
            f"The member's own choices were kept ({parts}). They chose this on "
            f"{timezone.localtime(chosen_at):%-d %B %Y at %H:%M}, which may be after you "
            "opened this page. Only the member can make these parts more visible, from their "
            "account. Your other changes are saved.",
        )
    restrictions, reason = getattr(page, "safeguarding", ({}, ""))
    if restrictions and reason:
        apply_staff_restrictions(page, restrictions, reason, request.user)
        messages.success(
            request,
            "Restricted now, on the live profile and every version: "
            + ", ".join(CHOICE_FIELDS[name] for name in restrictions)
            + ". The member can read your reason on their account page.",
        )


@hooks.register("construct_admin_api", order=1)
def narrow_admin_api_images(router):
    """After Wagtail's own images endpoint: the same, without members' photos for those who
    may not see them (network/photo_library.py)."""
    router.register_endpoint("images", ImagesAPIViewSet)


@hooks.register("after_bulk_action")
def place_moved_photo_files(request, action_type, objects, action_class_instance):
    """Images moved into or out of the members' photo collection in bulk (a plain update,
    without saves): their files move to match."""
    if action_type == "add_to_collection":
        for image in objects:
            place_files_after_commit(image.pk)
