"""What the board of paid roles adds to other apps' pages (declared in
OpportunitiesConfig.feature): its feeds on the Follow page."""

from wagtail.models import Site

from home.pagequeries import live_public_q
from lead.features import Subscription

from .models import OpportunityIndexPage


def subscriptions(request):
    """The board's feed of open roles (/opportunities/feed/rss/ and /feed/atom/)."""
    site = Site.find_for_request(request)
    index = OpportunityIndexPage.objects.in_site(site).filter(live_public_q()).first()
    if index is None:
        return []
    base = index.get_full_url(request)
    return [
        Subscription(
            kind="feed",
            title=index.title,
            description="New paid roles as we publish them, each with its pay and closing date.",
            url=base + index.reverse_subpage("rss"),
            alternate_url=base + index.reverse_subpage("atom"),
        )
    ]
