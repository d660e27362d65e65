"""The blog index (/blog/, with category, tag and feed routes) and the post page."""

import math
from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, F, Prefetch, Q, Value, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin
from lead.kept import kept
from lead.renditions import SHARE_IMAGE, with_renditions
from network.models import link_credits, profile_link_fields

from ..blocks import ReferencesBlock
from ..feeds import AtomFeed, RssFeed
from ..metadata import posting_jsonld
from .authors import BlogPageAuthor
from .taxonomy import BlogCategory, BlogPageTag

PER_PAGE = 12
WORDS_PER_MINUTE = 200
CARD_IMAGE = "fill-640x360"
HERO_IMAGE = "width-1200"  # blog_page.html


def post_credits(manager):
    """A post's credits with their authors and just enough of each linked profile to link it
    (network.profile_link_fields): one query, and no profile's whole row."""
    fields = ("sort_order", "page", "author__name", "author__role_line", "author__profile")
    related = manager.select_related("author__profile")
    return related.only(*fields, *profile_link_fields("author__profile"))


def _card_credits():
    """What with_card_data prefetches: the authors in order with their profiles (to link
    them). Not the categories: no card shows them (the feeds, which do, add them)."""
    credits = post_credits(BlogPageAuthor.objects).order_by("sort_order")
    return Prefetch("post_authors", queryset=credits)


class BlogPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-first_published_at", "-pk")

    def with_card_images(self):
        """Each post's image and its card rendition, read with the posts (no query of their
        own)."""
        return with_renditions(self.select_related("hero_image"), "hero_image", CARD_IMAGE)

    def with_card_data(self):
        """What a post card reads (image rendition, authors in order): the posts' query, and
        one for the authors, for any number of posts."""
        return self.with_card_images().prefetch_related(_card_credits())

    def attach_bylines(self, request=None):
        """The posts, as a list, each with its `byline` (see attach_bylines)."""
        return attach_bylines(self, request)


def attach_bylines(posts, request=None):
    """Give each post a `byline`: its authors in order, each with a `profile_url` only while
    their profile is live and public (one query for the whole list; authors are read through
    `with_card_data`). Returns the posts as a list."""
    posts = list(posts)
    credits = [credit.author for post in posts for credit in post.post_authors.all()]
    link_credits(credits, request)
    for post in posts:
        post.byline = [credit.author for credit in post.post_authors.all()]
    return posts


class BlogIndexPage(RoutablePageMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two above the list of posts, saying what the blog is for.",
    )
    featured_post = models.ForeignKey(
        "blog.BlogPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown large at the top of the blog. Empty: the newest post is not singled out.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("featured_post")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count = 1

    class Meta:
        verbose_name = "blog"

    def posts(self):
        """Live, public posts, newest first: the only ones any listing or feed may show."""
        return BlogPage.objects.child_of(self).live().public().newest_first()

    def featured(self):
        """The editor's featured post, if it is live and public (without its card data)."""
        if not self.featured_post_id:
            return None
        return self.posts().with_card_images().filter(pk=self.featured_post_id).first()

    def listing_context(self, request, posts, route, *, featured=False, **extra):
        """A page of post cards (and the editor's featured post above the first page's, with
        `featured`). They are the same for every viewer (live, public posts; bylines link
        public profiles only), so the cards are rendered once and kept until published content
        next changes (lead/kept.py), with the listing's size: a kept page costs no query.
        `route` names the listing (all posts, a category's, a tag's)."""
        host = request.get_host()
        summary = kept(
            "blog-listing", (self.pk, route, host), lambda: self._summary(posts, featured)
        )
        featured = summary["featured"]
        if featured is not None:  # shown above the first page, and not again in the list
            posts = posts.exclude(pk=featured.pk)
        paginator = Paginator(range(summary["count"]), PER_PAGE)  # the kept size: no query
        page_obj = paginator.get_page(request.GET.get("page"))
        with_featured = featured is not None and page_obj.number == 1
        cards = kept(
            "blog-cards",
            (self.pk, route, host, page_obj.number),
            lambda: self._cards(request, posts, page_obj, featured if with_featured else None),
        )
        return {
            "page_obj": page_obj,
            "cards": cards,
            "featured": with_featured,
            "categories": summary["categories"],
            **extra,
        }

    def _summary(self, posts, featured):
        """The listing's size (without the featured post), the featured post (when the
        listing shows one) and the categories the page links."""
        featured = self.featured() if featured else None
        if featured is not None:
            posts = posts.exclude(pk=featured.pk)
        return {
            "count": posts.count(),
            "featured": featured,
            "categories": list(BlogCategory.objects.all()),
        }

    def _cards(self, request, posts, page_obj, featured):
        """The page's cards as HTML (with the featured post's above them, when given), their
        images and authors read for all of them at once."""
        bottom = page_obj.start_index() - 1 if page_obj.paginator.count else 0
        shown = list(posts.with_card_images()[bottom : bottom + PER_PAGE])
        cards = shown + ([featured] if featured else [])
        prefetch_related_objects(cards, _card_credits())
        attach_bylines(cards, request)
        featured_html = (
            render_to_string("blog/includes/featured_post.html", {"post": featured}, request)
            if featured
            else ""
        )
        return {
            "featured": featured_html,
            "list": render_to_string("blog/includes/post_list.html", {"posts": shown}, request),
        }

    @path("")
    def index_view(self, request):
        context = self.listing_context(request, self.posts(), "all", featured=True)
        return self.render(request, context_overrides=context)

    @path("category/<slug:slug>/")
    def category_view(self, request, slug):
        category = get_object_or_404(BlogCategory, slug=slug)
        posts = self.posts().filter(categories=category)
        context = self.listing_context(request, posts, f"category:{slug}", category=category)
        return self.render(request, context_overrides=context)

    @path("tag/<slug:slug>/")
    def tag_view(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        posts = self.posts().filter(tags__slug=slug)
        context = self.listing_context(request, posts, f"tag:{slug}", tag=tag) if tag else None
        # A tag used only on drafts is not public knowledge: its name must not show.
        if context is None or not context["page_obj"].paginator.count:
            raise Http404("No post has this tag.")
        return self.render(request, context_overrides=context)

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return RssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return AtomFeed(self)(request)

    @path("category/<slug:slug>/feed/rss/", name="category_feed_rss")
    def category_rss_feed(self, request, slug):
        return RssFeed(self, get_object_or_404(BlogCategory, slug=slug))(request)

    @path("category/<slug:slug>/feed/atom/", name="category_feed_atom")
    def category_atom_feed(self, request, slug):
        return AtomFeed(self, get_object_or_404(BlogCategory, slug=slug))(request)

    @classmethod
    def sitemap_extra_paths(cls, rows):
        """The category pages of each blog in the sitemap (lead/sitemaps.py), for categories its
        live, public posts use: one query per blog (a site has one or two)."""
        extra = []
        for row in rows:
            posts = (
                BlogPage.objects.live()
                .public()
                .filter(path__startswith=row["path"], depth=row["depth"] + 1)
            )
            used = BlogCategory.objects.filter(blogpage__in=posts).order_by("slug")
            slugs = used.values_list("slug", flat=True).distinct()
            extra += [(f"{row['url_path']}category/{slug}/", None) for slug in slugs]
        return extra

    def get_cached_paths(self):
        """Every address that lists posts, for a CDN to forget when the blog changes
        (wagtail.contrib.frontend_cache purges them on publish and unpublish)."""
        paths = ["/", "feed/rss/", "feed/atom/"]
        for slug in BlogCategory.objects.values_list("slug", flat=True):
            paths += [f"category/{slug}/", f"category/{slug}/feed/rss/"]
            paths.append(f"category/{slug}/feed/atom/")
        tags = Tag.objects.filter(blog_blogpagetag_items__content_object__in=self.posts())
        paths += [f"tag/{slug}/" for slug in tags.values_list("slug", flat=True).distinct()]
        return paths


class BlogPage(MetadataMixin, Page):
    serve_select_related = ("hero_image",)  # lead/serving.py: read with the post
    standfirst = models.TextField(
        max_length=300,
        help_text="One or two sentences that sum the post up. Shown under the title, on cards "
        "and in feeds.",
    )
    date = models.DateField(
        "display date",
        null=True,
        blank=True,
        help_text="The date shown on the post. Leave empty to use the day it is first published.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. A photo at the top of the post and on its card. No 'sad person' "
        "stock photos: show real people and places with dignity.",
    )
    hero_alt_text = models.CharField(
        "image description",
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it. Needed when there is an image.",
    )
    content_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="Warn readers before the text when it mentions something that may upset them, "
        "e.g. 'Mentions self-harm and suicidal feelings.' Shown in a box above the post.",
    )
    body = StreamField(
        BodyBlock(),
        help_text="Follow safe-messaging practice: no details of methods, no graphic descriptions "
        "or images, and point to support. Every page already shows where to get urgent help.",
    )
    references = StreamField(
        ReferencesBlock(),
        blank=True,
        help_text="The sources the post draws on, listed under it in this order.",
    )
    categories = ParentalManyToManyField(
        BlogCategory,
        blank=True,
        help_text="One or two. Manage the list under Blog > Categories.",
    )
    # A career story names the career pathway steps it describes; each step lists its live,
    # public stories (pathways/models.py reads this relation; the blog never imports it).
    pathway_steps = ParentalManyToManyField(
        "pathways.PathwayStepPage",
        blank=True,
        related_name="career_stories",
        verbose_name="career pathway steps",
        help_text="For a career story (category 'Career stories'): tick the steps of the "
        "career pathways the story describes. The post is then listed on those steps' pages.",
    )
    tags = ClusterTaggableManager(
        through=BlogPageTag,
        blank=True,
        help_text="A few words readers might look for, e.g. 'boards', 'pay'. Press Enter after "
        "each.",
    )
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = PageManager.from_queryset(BlogPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        InlinePanel("post_authors", label="Author", min_num=1, heading="Authors"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading="Image at the top"
        ),
        FieldPanel("content_note"),
        FieldPanel("body"),
        FieldPanel("references"),
        # What the post is about sits with the post, not with the search-engine fields; a
        # short list of categories is ticked, not Ctrl-clicked in a multi-select.
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("pathway_steps", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Categories and tags",
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("date")]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.SearchField("author_names"),
        index.SearchField("category_names"),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    og_type = "article"
    description_field = "standfirst"  # what search engines get when no description is set
    search_result_template = "blog/includes/search_result.html"

    class Meta:
        verbose_name = "blog post"

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError(
                {
                    "hero_alt_text": "Describe the image, so people who cannot see it know what "
                    "it shows."
                }
            )

    def save(self, *args, **kwargs):
        if self.date is None and self.first_published_at:
            self.date = timezone.localdate(self.first_published_at)
        self.reading_minutes = reading_minutes(self.body)
        return super().save(*args, **kwargs)

    @property
    def display_date(self):
        if self.date:
            return self.date
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def author_names(self):
        return " ".join(credit.author.name for credit in self.post_authors.all())

    def category_names(self):
        return " ".join(category.name for category in self.categories.all())

    def get_meta_description(self):
        return self.search_description or self.standfirst

    def get_meta_image(self):
        return self.hero_image

    def get_meta_image_alt(self):
        return self.hero_alt_text

    def related_posts(self, limit=3, *, categories=None, tags=None, request=None):
        """Live, public posts sharing the most categories and tags, newest first on a tie,
        with their bylines: one query for the posts and a fixed few for their card data."""
        category_ids = [c.pk for c in (self.categories.all() if categories is None else categories)]
        tag_ids = [t.pk for t in (self.tags.all() if tags is None else tags)]
        if not category_ids and not tag_ids:
            return []
        siblings = BlogPage.objects.live().public().exclude(pk=self.pk)
        matches = siblings.filter(
            Q(categories__in=category_ids) | Q(tagged_items__tag_id__in=tag_ids)
        ).values("pk")
        scored = (
            siblings.filter(pk__in=matches)
            .annotate(
                shared=Count("categories", filter=Q(categories__in=category_ids), distinct=True)
                + Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True)
            )
            .order_by("-shared", "-date", "-pk")
        )
        return scored.with_card_data()[:limit].attach_bylines(request)

    def categories_and_tags(self):
        """(categories in the editors' order, tags by name): one query for both (UNION ALL).
        A preview, rebuilt from a revision, holds its choices in memory."""
        categories, tags = self.categories.all(), self.tags.all()
        if not (isinstance(categories, models.QuerySet) and isinstance(tags, models.QuerySet)):
            return list(categories), sorted(tags, key=lambda tag: tag.name)
        columns = ("pk", "name", "slug", "rank", "kind")
        rows = (
            categories.order_by()
            .annotate(rank=F("sort_order"), kind=Value(0))
            .values_list(*columns)
            .union(
                tags.order_by().annotate(rank=Value(0), kind=Value(1)).values_list(*columns),
                all=True,
            )
        )
        rows = sorted(rows, key=lambda row: (row[4], row[3], row[1], row[0]))
        names = ["id", "name", "slug"]
        return (
            [
                BlogCategory.from_db(categories.db, names + ["sort_order"], row[:4])
                for row in rows
                if row[4] == 0
            ],
            [Tag.from_db(tags.db, names, row[:3]) for row in rows if row[4] == 1],
        )

    def described_steps(self):
        """The live, public career pathway steps this story describes, in the pathway's order:
        one query. A preview (the post rebuilt from a revision) holds its choices in memory."""
        chosen = self.pathway_steps.all()
        if isinstance(chosen, PageQuerySet):
            return list(chosen.live().public().order_by("path"))
        model = type(self)._meta.get_field("pathway_steps").related_model
        steps = model.objects.live().public().filter(pk__in=[step.pk for step in chosen])
        return list(steps.order_by("path"))

    def get_context(self, request, *args, **kwargs):
        from lead import serving  # it imports Wagtail's hooks, which need the models loaded

        context = super().get_context(request, *args, **kwargs)
        credits = post_credits(self.post_authors)
        authors = link_credits((credit.author for credit in credits), request)
        if self.hero_image:  # the hero and the share image's renditions, in one query
            renditions = self.hero_image.get_renditions(HERO_IMAGE, SHARE_IMAGE).values()
            self.hero_image.prefetched_renditions = list(renditions)
        categories, tags = self.categories_and_tags()
        context.update(
            authors=authors,
            # Read only when the template's kept fragment is not (blog_page.html): a callable,
            # which the template calls where it first needs the posts.
            related_posts=partial(
                self.related_posts, categories=categories, tags=tags, request=request
            ),
            pathway_steps=self.described_steps(),
            categories=categories,
            tags=tags,
            index_page=serving.parent_on_path(request, self, BlogIndexPage)
            or BlogIndexPage.objects.ancestor_of(self).last(),
            posting_jsonld=posting_jsonld(self, authors, tags, request),
        )
        return context


def reading_minutes(body):
    """Whole minutes to read the body's text at an easy pace (at least one). Counted from the
    stored block data, so saving a post never renders it or touches the database."""
    return max(1, math.ceil(len(_words(list(body.raw_data) if body else [])) / WORDS_PER_MINUTE))


def _words(value):
    """The words in stored block data: its strings without markup, block types or ids."""
    if isinstance(value, str):
        return strip_tags(value).split()
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a stream child: {"type", "value", "id"}
            return _words(value["value"])
        return [word for item in value.values() for word in _words(item)]
    if isinstance(value, list):
        return [word for item in value for word in _words(item)]
    return []
