"""Membership: the join page and the contact page."""

import wagtail_factories

from home.models import SiteSettings
from membership.models import ContactPage, ContactTopic, JoinPage

from .publishing import add_page


class JoinPageFactory(wagtail_factories.PageFactory):
    title = "Join the network"
    slug = "join"
    intro = "Apply to be listed in the directory and to join our peer community."
    show_in_menus = True

    class Meta:
        model = JoinPage


def join_page(home_page):
    """The join page at /join/, added under the home page if the site has none."""
    return JoinPage.objects.first() or add_page(home_page, JoinPageFactory.build())


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    intro = "Write to the LEAD team. We read every message and reply within a week."

    class Meta:
        model = ContactPage


CONTACT_TOPICS = [
    ("Finding someone to work with", "For organisations looking for a lived-experience leader."),
    ("Paying people fairly", ""),
    ("Something else", ""),
]


def contact_page(home_page, topics=CONTACT_TOPICS, **fields):
    """The contact page at /contact/ with its topics, added under the home page if the site
    has none, and named in the site settings (the footer links to it)."""
    page = ContactPage.objects.first()
    if page is None:
        page = ContactPageFactory.build(**fields)
        page.topics = [ContactTopic(name=name, hint=hint) for name, hint in topics]
        page = add_page(home_page, page)
    site_settings = SiteSettings.for_site(home_page.get_site())
    if site_settings.contact_page_id != page.pk:
        site_settings.contact_page = page
        site_settings.save()
    return page
