"""The fair-pay calculator page (/for-organisations/pay-calculator/): what involving people
costs at LEAD's fair-pay rates, from the one rate table (FairPayRate)."""

from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import MetadataMixin

from ..calculator import calculator_form
from .pay import FairPayRate


class PayCalculatorPage(MetadataMixin, Page):
    """A GET form and its result. The result is a function of the address and the rate table
    alone, the same for every visitor, so the page cache may keep it (docs/decisions.md)."""

    intro = models.TextField(
        max_length=400,
        help_text="Who the calculator is for and what it works out, in a sentence or two. Also "
        "the description in search engines unless you write one on the Promote tab.",
    )
    notes = RichTextField(
        features=["bold", "link", "ol", "ul"],
        blank=True,
        help_text="Optional. Shown under the calculator: what the estimate leaves out (employer's "
        "National Insurance, holiday pay, VAT on invoices) and where to read more.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("notes"),
        HelpPanel(
            "<p>The levels and rates come from the fair-pay table (Opportunities &gt; Fair-pay "
            "rates). Change a rate there and the calculator uses it at once.</p>"
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "pay calculator"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rates = list(FairPayRate.objects.all())
        form = calculator_form(request.GET, rates)
        estimate = form.estimate() if form.is_bound and form.is_valid() else None
        context.update(
            {
                "rates": rates,
                "form": form,
                "estimate": estimate,
                "rate": form.rate if estimate else None,
                # Absolute, so a printout names the address the estimate came from.
                "result_url": f"{self.get_full_url(request)}?{form.query()}" if estimate else "",
            }
        )
        return context
