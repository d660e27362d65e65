"""Editor reports that point at work to do: pages missing a description for search engines
or an image description (alt text). Each row links to the page's editor."""

from django.db.models import Q
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

# Page types whose image sits in a field with its own description field beside it.
IMAGE_ALT_FIELDS = {"hero_image": "hero_alt_text", "photo": "photo_alt_text"}


def pages_missing_descriptions():
    """Ids of pages that tell search engines nothing (no search description and no summary
    field to fall back on), or show an image without a description."""
    ids = set()
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        fields = {f.name for f in model._meta.get_fields()}
        fallback = getattr(model, "description_field", "intro")
        missing = Q(search_description="")
        missing &= Q(**{fallback: ""}) if fallback in fields else Q()
        for image, alt in IMAGE_ALT_FIELDS.items():
            if image in fields and alt in fields:
                missing |= Q(**{f"{image}__isnull": False, alt: ""})
        ids.update(model.objects.filter(missing).values_list("pk", flat=True))
    return ids


class MissingDescriptionsView(PageReportView):
    page_title = "Pages missing descriptions"
    header_icon = "warning"
    index_url_name = "missing_descriptions"
    index_results_url_name = "missing_descriptions_results"
    results_template_name = "home/editorial/missing_descriptions_results.html"

    def get_queryset(self):
        self.queryset = (
            Page.objects.filter(pk__in=pages_missing_descriptions())
            .order_by("title")
            .specific(defer=True)
        )
        return super().get_queryset()

    def get_filename(self):
        return "pages-missing-descriptions"


@hooks.register("register_admin_urls")
def editorial_report_urls():
    view = MissingDescriptionsView
    return [
        path("reports/missing-descriptions/", view.as_view(), name=view.index_url_name),
        path(
            "reports/missing-descriptions/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def missing_descriptions_menu_item():
    return MenuItem(
        "Pages missing descriptions",
        reverse("missing_descriptions"),
        icon_name="warning",
        order=900,
    )
