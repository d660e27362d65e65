"""The blog lines on the editors' dashboard (declared in the app's Feature)."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Revision, WorkflowState

from home.editorial.dashboard import DashboardItem

from .models import BlogIndexPage, BlogPage


def blog_dashboard_items(request):
    post_type = ContentType.objects.get_for_model(BlogPage)
    awaiting = WorkflowState.objects.active().filter(content_type=post_type).count()
    scheduled = Revision.objects.filter(
        content_type=post_type, approved_go_live_at__isnull=False
    ).count()
    blog = BlogIndexPage.objects.first()
    posts_url = (
        reverse("wagtailadmin_explore", args=[blog.pk]) if blog else reverse("wagtailadmin_home")
    )
    return [
        DashboardItem(
            "post awaiting review",
            "posts awaiting review",
            awaiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review it",
            order=20,
            action_plural="Review them",
        ),
        DashboardItem(
            "post scheduled to go live",
            "posts scheduled to go live",
            scheduled,
            posts_url,
            "See the post",
            order=40,
            action_plural="See the posts",
        ),
    ]
