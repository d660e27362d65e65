"""What every RSS and Atom feed on the site shares, so a person who opens one in a browser gets
a readable page instead of a wall of XML, while feed readers get the same valid feed.

- An `<?xml-stylesheet?>` processing instruction names `static/xsl/feed.xsl`, which the browser
  applies to turn the feed into a page: what a feed is, how to subscribe, the items as links.
- The feed is served as `application/xml`: browsers show `application/rss+xml` and
  `application/atom+xml` as plain text without applying the stylesheet, and feed readers read
  the document, not its media type. `<link rel="alternate">` tags keep the feed types.
- A `related` link names the "Follow LEAD" page (SiteSettings.follow_page), which the
  stylesheet's page links to.
- ETag and Last-Modified for conditional requests (lead/conditional.py).
- Each feed is written once and kept (lead/kept.py) until published content next changes or
  its items change by themselves (`next_change`: roles close at UK midnight): it is the same
  for every reader, so a kept feed costs no query.
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.templatetags.static import static
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, Stylesheet
from django.utils.xmlutils import SimplerXMLGenerator

from lead.conditional import add_validators
from lead.kept import kept_until

from .models import SiteSettings

STYLESHEET = "xsl/feed.xsl"
CONTENT_TYPE = "application/xml; charset=utf-8"
FOLLOW_LINK_TITLE = "How to follow us: feeds and calendars explained"


def follow_page_url(request):
    """The Follow page's full address, or "" when none is set or it is not live."""
    page = SiteSettings.for_request(request).follow_page
    if page is None or not page.live:
        return ""
    return page.get_full_url(request)


def _add_stylesheets(feed, handler):
    for stylesheet in feed["stylesheets"] or []:
        handler.processingInstruction("xml-stylesheet", str(stylesheet))


class StyledRssFeed(Rss201rev2Feed):
    content_type = CONTENT_TYPE

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("follow_url"):
            attributes = {"rel": "related", "href": self.feed["follow_url"]}
            handler.addQuickElement("atom:link", None, {**attributes, "title": FOLLOW_LINK_TITLE})


class StyledAtomFeed(Atom1Feed):
    content_type = CONTENT_TYPE

    def write(self, outfile, encoding):
        # Atom1Feed.write with the stylesheet added: Django only adds it to RSS feeds.
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        _add_stylesheets(self.feed, handler)
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("follow_url"):
            attributes = {"rel": "related", "href": self.feed["follow_url"]}
            handler.addQuickElement("link", "", {**attributes, "title": FOLLOW_LINK_TITLE})


class SiteFeed(Feed):
    """The base of the site's feeds: RSS 2.0; `feed_type = StyledAtomFeed` for Atom."""

    feed_type = StyledRssFeed
    language = "en-gb"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        now = timezone.now()
        parts = (type(self).__module__, type(self).__qualname__, request.scheme,
                 request.get_host(), request.path)  # fmt: skip

        def write():
            written = super(SiteFeed, self).__call__(request, *args, **kwargs)
            held = (written.content, written["Content-Type"], written.get("Last-Modified"))
            return held, self.next_change(now)

        content, content_type, last_modified = kept_until("feed", parts, write, now)
        response = HttpResponse(content, content_type=content_type)
        if last_modified:
            response["Last-Modified"] = last_modified
        return add_validators(request, response)

    def next_change(self, now):
        """When the feed's items next change with nothing published (None: never)."""
        return None

    def stylesheets(self):
        # No media attribute: the stylesheet is the page a browser shows, on any medium.
        return [Stylesheet(static(STYLESHEET), mimetype="text/xsl", media=None)]

    def feed_extra_kwargs(self, obj):
        return {"follow_url": follow_page_url(self.request)}
