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
            "posts awaiting review",
            awaiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review them",
            order=20,
            singular="post awaiting review",
        ),
        DashboardItem(
            "posts scheduled to go live",
            scheduled,
            posts_url,
            "See the posts",
            order=40,
            singular="post scheduled to go live",
        ),
    ]
