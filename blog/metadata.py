"""What a post tells search engines: schema.org BlogPosting and OpenGraph article tags."""

from django.utils import timezone

from home.models import SiteSettings
from lead.addresses import absolute
from lead.renditions import SHARE_IMAGE


def posting_jsonld(post, authors, tags, request):
    """BlogPosting data. Authors are named; a profile link appears only when the page shows it."""
    site_settings = SiteSettings.for_request(request)
    url = post.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.get_meta_description(),
        "url": url,
        "mainEntityOfPage": url,
        "author": [_person(author, request) for author in authors],
        "publisher": {"@type": "Organization", "name": site_settings.organisation_name},
        "inLanguage": "en-GB",
    }
    if post.display_date:
        data["datePublished"] = post.display_date.isoformat()
    if post.last_published_at:
        data["dateModified"] = timezone.localtime(post.last_published_at).isoformat()
    if post.hero_image:
        rendition = post.hero_image.get_rendition(SHARE_IMAGE)
        data["image"] = absolute(rendition.url, request)
    keywords = [tag.name for tag in tags]
    if keywords:
        data["keywords"] = ", ".join(keywords)
    return data


def _person(author, request):
    person = {"@type": "Person", "name": author.name}
    if author.role_line:
        person["jobTitle"] = author.role_line
    if getattr(author, "profile_url", None):
        person["url"] = absolute(author.profile_url, request)
    return person
