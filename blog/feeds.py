"""RSS 2.0 and Atom feeds of the newest posts, for the whole blog or one category, built on
Django's syndication framework through the site's styled feeds (home/feeds.py). Only live,
public posts appear (BlogIndexPage.posts())."""

from datetime import datetime, time

from django.utils import timezone

from home.feeds import SiteFeed, StyledAtomFeed
from home.models import SiteSettings
from lead.addresses import absolute

FEED_LENGTH = 20


class RssFeed(SiteFeed):
    format_name = "rss"

    def __init__(self, index_page, category=None):
        super().__init__()
        self.index_page = index_page
        self.category = category

    def title(self):
        site_name = SiteSettings.for_request(self.request).organisation_name
        if self.category:
            return f"{self.category.name}: {self.index_page.title} | {site_name}"
        return f"{self.index_page.title} | {site_name}"

    def link(self):
        base = self.index_page.get_full_url(self.request)
        return f"{base}category/{self.category.slug}/" if self.category else base

    def feed_url(self):
        return absolute(self.request.path, self.request)

    def description(self):
        if self.category and self.category.description:
            return self.category.description
        return self.index_page.intro or f"New posts from {self.index_page.title}."

    def items(self):
        posts = self.index_page.posts()
        if self.category:
            posts = posts.filter(categories=self.category)
        return posts.with_card_data().prefetch_related("categories")[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        if post.content_note:
            return f"Content note: {post.content_note} {post.standfirst}"
        return post.standfirst

    def item_link(self, post):
        return post.get_full_url(self.request)

    def item_author_name(self, post):
        return ", ".join(credit.author.name for credit in post.post_authors.all()) or None

    def item_pubdate(self, post):
        published = post.first_published_at
        if post.date and (published is None or timezone.localdate(published) != post.date):
            # An editor set the display date: date the entry then, not when it went live.
            return timezone.make_aware(datetime.combine(post.date, time(9)))
        return published

    def item_updateddate(self, post):
        return post.last_published_at

    def item_categories(self, post):
        return [category.name for category in post.categories.all()]


class AtomFeed(RssFeed):
    feed_type = StyledAtomFeed
    format_name = "atom"

    def subtitle(self):
        return self.description()
