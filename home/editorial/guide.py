"""The editor guide: the team's daily tasks, step by step, inside the admin."""

from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class EditorGuideView(TemplateView):
    template_name = "home/editorial/guide.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "page_title": "Editor guide"}


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [path("editor-guide/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_admin_menu_item")
def editor_guide_menu_item():
    return MenuItem("Editor guide", reverse("editor_guide"), icon_name="help", order=10000)
