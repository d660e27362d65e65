from django.db import models
from wagtail.models import Page
from wagtail.search import index


class PodcastIndexPage(Page):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["podcasts.PodcastPage"]
    template = "podcasts/podcast_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = PodcastPage.objects.child_of(self).live().public().order_by("title")
        return context


class PodcastPage(Page):
    summary = models.TextField(blank=True)
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["podcasts.PodcastIndexPage"]
    template = "podcasts/podcast_page.html"


class Host(models.Model):
    """Shown on every episode's page: saving one changes public pages."""

    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name


class Listen(models.Model):
    """Who listened: no public page shows it."""

    episode = models.ForeignKey(PodcastPage, on_delete=models.CASCADE)

    def __str__(self):
        return f"A listen to {self.episode_id}"
