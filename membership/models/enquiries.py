"""The general contact page (/contact/) and what people send through it: editors write the
page's words and its topics; each message is stored as an enquiry for the editorial team."""

from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin


class ContactPage(RoutablePageMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        help_text="A sentence or two above the form: who reads the messages and how soon we "
        "reply. Also the page's description in search engines.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional. Anything to say before the form, such as other ways to reach us. "
        "Remind people that this is not a crisis service.",
    )
    thank_you = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after someone sends a message. Say what happens next and how long a "
        "reply usually takes.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel(
            "topics",
            label="Topics",
            heading="Topics",
            help_text="What people can choose to write about, in the order shown. Without any "
            "topics the form does not ask.",
        ),
        FieldPanel("thank_you"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    @path("")
    def write(self, request):
        # Not at the top: the view's form imports the models.
        from ..views.enquiries import contact_page

        return contact_page(request, self)

    @path("sent/")
    def sent(self, request):
        return TemplateResponse(
            request, "membership/contact_page_sent.html", self.get_context(request)
        )

    def sent_url(self, request=None):
        return self.get_url(request) + "sent/"


class ContactTopic(Orderable):
    """A subject people choose when they write; its name is copied onto each enquiry, so
    renaming or removing a topic never changes a message already sent."""

    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(max_length=80, help_text="A few words, e.g. 'Paying people fairly'.")
    hint = models.CharField(
        max_length=200,
        blank=True,
        help_text="Optional. One short sentence under the topic to help people choose it.",
    )

    panels = [FieldPanel("name"), FieldPanel("hint")]

    class Meta(Orderable.Meta):
        verbose_name = "topic"

    def __str__(self):
        return self.name


class EnquiryStatus(models.TextChoices):
    NEW = "new", "New (not answered yet)"
    ANSWERED = "answered", "Answered"
    SPAM = "spam", "Spam"


class Enquiry(models.Model):
    """A message sent through the contact page. It names no member: who wrote is a visitor,
    and the enquiry is deleted by hand or by retention, never by a member's erasure."""

    name = models.CharField(max_length=120, help_text="Who wrote.")
    email = models.EmailField(help_text="Where the reply goes. Never shown on the website.")
    organisation = models.CharField(max_length=160, blank=True)
    topic = models.CharField(
        max_length=80, blank=True, help_text="The topic they chose, as it was named then."
    )
    message = models.TextField(max_length=3000)
    status = models.CharField(
        max_length=10,
        choices=EnquiryStatus.choices,
        default=EnquiryStatus.NEW,
        help_text="Mark it 'Answered' once someone has replied, or 'Spam'.",
    )
    created_at = models.DateTimeField("received", auto_now_add=True)
    # The form's one-time key (membership/once.py): a message sent twice is kept once.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "enquiry"
        verbose_name_plural = "enquiries"

    def __str__(self):
        # Admin messages and log entries show this label: no names in it.
        return f"Enquiry {self.pk}"
