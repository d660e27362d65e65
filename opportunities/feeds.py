"""RSS 2.0 and Atom feeds of open roles (/opportunities/feed/rss/ and /feed/atom/), built on
Django's syndication framework through the site's styled feeds (home/feeds.py): live, public
roles not past their closing date only."""

from home.feeds import SiteFeed, StyledAtomFeed
from home.models import SiteSettings
from lead.addresses import absolute

from .dates import next_change

FEED_LENGTH = 30


class RssFeed(SiteFeed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        site_name = SiteSettings.for_request(self.request).organisation_name
        return f"{self.index_page.title} | {site_name}"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return absolute(self.request.path, self.request)

    def description(self):
        return self.index_page.intro or "New paid roles, each with its pay stated."

    def next_change(self, now):
        """Roles closing today leave the feed when the UK day ends."""
        return next_change(now)

    def items(self):
        return self.index_page.open_roles().for_cards().sorted_by("newest")[:FEED_LENGTH]

    def item_title(self, role):
        return f"{role.title}: {role.pay_text()}"

    def item_description(self, role):
        return f"{role.organisation.name}. {role.summary} Closes {role.closing_date:%-d %B %Y}."

    def item_link(self, role):
        return role.get_full_url(self.request)

    def item_pubdate(self, role):
        return role.first_published_at

    def item_updateddate(self, role):
        return role.last_published_at

    def item_categories(self, role):
        return [role.role.name] if role.role_id else []


class AtomFeed(RssFeed):
    feed_type = StyledAtomFeed
    subtitle = RssFeed.description
