"""The site core: home page, standard pages and site-wide settings."""

from datetime import UTC

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lead.features import call_each
from lead.renditions import SHARE_IMAGE, RenditionColumn, hold_rendition

from .blocks import BodyBlock, CrisisLineBlock, SocialLinkBlock, home_body_block


class MetadataMixin:
    """What a page says about itself in <meta> tags and search results."""

    og_type = "website"
    # The field get_meta_description() falls back on (the editor report of pages missing
    # descriptions reads it); page types with a different summary field name it.
    description_field = "intro"

    def get_meta_title(self):
        return self.seo_title or self.title

    def get_meta_description(self):
        return self.search_description or getattr(self, self.description_field, "") or ""

    def get_meta_image(self):
        """The page's own share image; the template falls back to the site default."""
        return None

    def get_meta_image_alt(self):
        """What the page's own share image shows, in words (og:image:alt); empty falls back on
        the image's description in the library."""
        return ""


class ExactInstantsMixin:
    """Keeps a page's date-times in UTC when it is rebuilt from a revision.

    modelcluster (which Wagtail's revisions use) turns every date-time it reads back from a
    revision into the site's zone. Python then compares and subtracts two such values by their
    wall-clock fields, ignoring `fold` (PEP 495), so 01:30 BST and 01:30 GMT on the night the
    clocks go back become "equal" and a one-hour event fails its "ends after it starts" check
    when published, scheduled or reverted. UTC values have no such ambiguity."""

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        obj = super().from_serializable_data(data, check_fks, strict_fks)
        if obj is None:
            return obj
        for field in obj._meta.concrete_fields:
            if isinstance(field, models.DateTimeField):
                value = getattr(obj, field.attname)
                if value is not None and value.tzinfo is not None:
                    setattr(obj, field.attname, value.astimezone(UTC))
        return obj


class TextRun:
    """A run of the home page's text blocks: its heading, its text, and the blocks that sit
    beside the text on wide screens (after it, in reading order, on phones)."""

    ASIDE_TYPES = frozenset({"callout", "quote", "call_to_action", "image"})

    def __init__(self):
        self.heading = None
        self.main = []
        self.aside = []

    def add(self, block):
        if block.block_type == "heading" and self.heading is None and not self.main:
            self.heading = block
        elif block.block_type in self.ASIDE_TYPES:
            self.aside.append(block)
        else:
            self.main.append(block)


class HomePage(MetadataMixin, Page):
    hero_heading = models.CharField(
        max_length=120,
        help_text="The large heading at the top of the home page. Say what LEAD is in a few words.",
    )
    intro = models.TextField(
        max_length=400,
        help_text="One or two sentences under the heading. Also used as the page's description "
        "in search engines unless you write one on the Promote tab.",
    )
    cta_label = models.CharField(
        "button label",
        max_length=60,
        blank=True,
        help_text="The main button's words, e.g. 'Find a lived-experience leader'.",
    )
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="button links to",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the main button opens. The button shows only when both are set.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. Shown beside the heading on wide screens and under it on phones, "
        "and when the home page is shared. Show real people and places with dignity: no 'sad "
        "person' stock photos. Without an image, a calm pattern fills the space.",
    )
    hero_alt_text = models.CharField(
        "image description",
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it. Needed when there is an image.",
    )
    body = StreamField(
        home_body_block(),
        blank=True,
        help_text="What the home page shows under its heading, in order: text, and sections "
        "such as latest posts or upcoming events. Remove a section to hide it.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("cta_label"), FieldPanel("cta_page")], "Main button"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], "Image beside the heading"
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # lead/serving.py: the button's page and the image are read with the home page.
    serve_select_related = ("cta_page", "hero_image")

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types here: every page type names the parents it may sit under, so feature
    # apps (blog, network) add their index pages without the core naming them.
    max_count = 1

    def get_meta_title(self):
        return self.seo_title or self.hero_heading

    def get_meta_image(self):
        return self.hero_image

    def get_meta_image_alt(self):
        return self.hero_alt_text

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError(
                {
                    "hero_alt_text": "Describe the image, so people who cannot see it know what "
                    "it shows."
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organization_jsonld"] = self.organization_jsonld(request)
        context["body_parts"] = self.body_parts()
        return context

    def body_parts(self):
        """The body in parts: a feature's section ("Latest posts") stands alone, full width;
        text blocks run together, a new run at each heading, and each run's asides (call-outs,
        quotes, calls to action, images) sit beside its text on wide screens, so the text keeps
        a readable width and the page still uses the whole row. [("section", block) or
        ("text", TextRun)]"""
        parts = []
        for block in self.body:
            if getattr(block.block, "is_home_section", False):
                parts.append(("section", block))
                continue
            if block.block_type == "heading" or not parts or parts[-1][0] != "text":
                parts.append(("text", TextRun()))
            parts[-1][1].add(block)
        return parts

    def organization_jsonld(self, request):
        """schema.org Organization data for search engines, from the site settings."""
        site_settings = SiteSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": site_settings.organisation_name,
            "url": self.get_full_url(request),
            "description": self.get_meta_description(),
        }
        if site_settings.contact_email:
            data["email"] = site_settings.contact_email
        same_as = [link.value["url"] for link in site_settings.social_links]
        if same_as:
            data["sameAs"] = same_as
        return data

    class Meta:
        verbose_name = "home page"


class StandardPage(MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A short summary shown under the title and used as the description in search "
        "engines unless you write one on the Promote tab.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="The page's content, built from blocks.")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = "standard page"


class FollowPage(MetadataMixin, Page):
    """The "Follow LEAD" page: how to hear about new posts, roles and events without visiting
    the site. Editors write the words; the feeds and calendars listed are the ones the site's
    sections offer (`Feature.subscriptions`), so the page never names an address that does not
    exist."""

    intro = models.TextField(
        max_length=400,
        help_text="A sentence or two under the title: why someone might follow the network. "
        "Also the page's description in search engines unless you write one on the Promote tab.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional. Anything else to say, shown after the list of feeds and calendars "
        "(for example, where else the network posts news).",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "follow page"

    def subscriptions(self, request):
        """{"feeds": [...], "calendars": [...]}: what each section offers, in the order the
        apps are installed."""
        offered = [item for items in call_each("subscriptions", request) for item in items]
        return {
            "feeds": [item for item in offered if item.kind == "feed"],
            "calendars": [item for item in offered if item.kind == "calendar"],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.subscriptions(request))
        return context


_SHARE_RENDITION = "share_rendition"  # the column on the site's row

DEFAULT_CRISIS_LINES = [
    ("line", {"name": "Samaritans", "contact": "call 116 123", "details": "free, 24 hours"}),
    (
        "line",
        {
            "name": "NHS 111",
            "contact": "call 111 and choose option 2",
            "details": "mental-health crisis support in England",
        },
    ),
    ("line", {"name": "Shout", "contact": "text SHOUT to 85258", "details": "free, 24 hours"}),
    (
        "line",
        {"name": "Emergency", "contact": "call 999 or go to A&E", "details": "if life is at risk"},
    ),
]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide details editors manage under Settings → Site settings."""

    organisation_name = models.CharField(
        max_length=120,
        default="LEAD",
        help_text="The organisation's name, as it appears in the footer and to search engines.",
    )
    organisation_details = models.TextField(
        blank=True,
        help_text="Shown in the footer: e.g. registered charity number and postal address.",
    )
    contact_email = models.EmailField(
        blank=True,
        help_text="The network's own address: messages sent through the contact page go "
        "here, and search engines are given it.",
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text="Links to the network elsewhere. Give each a name a screen reader can announce.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice, linked from every page's footer.",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The accessibility statement, linked from every page's footer.",
    )
    crisis_heading = models.CharField(
        max_length=80,
        default="Need urgent help?",
        help_text="The heading of the urgent-help box at the foot of every page.",
    )
    crisis_text = RichTextField(
        features=["bold", "link"],
        blank=True,
        default="<p>If you are struggling or feel unsafe, you can talk to someone now.</p>",
        help_text="Shown with the phone lines on every page. Keep it calm and short.",
    )
    crisis_lines = StreamField(
        [("line", CrisisLineBlock())],
        blank=True,
        default=DEFAULT_CRISIS_LINES,
        help_text="Where to get urgent help, in the order people should see them.",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page with the contact form, linked as 'Contact us' from every page's "
        "footer. Without it, the footer has no contact link.",
    )
    follow_page = models.ForeignKey(
        "home.FollowPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page explaining how to follow the network with feeds and calendar "
        "subscriptions, linked from every page's footer and from the feeds themselves.",
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page is shared on social media and has no image of its own.",
    )

    select_related = [
        "privacy_page",
        "accessibility_page",
        "contact_page",
        "follow_page",
        "default_share_image",
    ]

    @classmethod
    def site_relations(cls):
        """What lead/serving.py reads with every site: these settings, and what they link to."""
        name = cls._meta.model_name
        return [name, *(f"{name}__{relation}" for relation in cls.select_related)]

    @classmethod
    def site_annotations(cls):
        """The share image's rendition, as every page's meta tags ask for it, read with the
        site (lead/serving.py)."""
        image = f"{cls._meta.model_name}__default_share_image"
        return {_SHARE_RENDITION: RenditionColumn(image, SHARE_IMAGE)}

    @classmethod
    def _read_with(cls, site):
        """The settings read with the site (no query), or read now (made if the site has none)."""
        joined = site._state.fields_cache.get(cls._meta.model_name)
        if joined is None:
            return cls.for_site(site)
        held = getattr(site, _SHARE_RENDITION, None)
        hold_rendition(joined.default_share_image, SHARE_IMAGE, held)
        return joined

    @classmethod
    def for_request(cls, request):
        """Every page reads the settings, so they are kept in the shared cache until they (or
        published content) next change (lead/serving.py), rather than read on every request."""
        from lead.kept import kept
        from lead.serving import find_site

        attr = cls.get_cache_attr_name()
        site = find_site(request)  # kept too: every page and form shows the settings
        if not hasattr(request, attr) and site is not None:
            instance = kept("site-settings", (site.pk,), lambda: cls._read_with(site))
            instance._request = request  # as Wagtail's own for_request does, for page URLs
            setattr(request, attr, instance)
        return super().for_request(request)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_details"),
                FieldPanel("contact_email"),
                FieldPanel("social_links"),
            ],
            "Organisation",
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("contact_page"),
                FieldPanel("follow_page"),
            ],
            "Footer links",
        ),
        MultiFieldPanel(
            [FieldPanel("crisis_heading"), FieldPanel("crisis_text"), FieldPanel("crisis_lines")],
            "Urgent help box (shown on every page)",
        ),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = "site settings"
