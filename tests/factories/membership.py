"""Membership: the join page, the contact page and members who offer mentoring."""

import wagtail_factories
from django.utils.text import slugify

from home.models import SiteSettings
from membership.accounts import ensure_member_account, member_of
from membership.models import ContactPage, ContactTopic, JoinPage, Membership, MentoringChoice
from network.models import Expertise, Role

from .network import make_profile
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


def make_mentor(
    directory,
    title,
    *,
    offers=True,
    seeks=False,
    topics=(),
    roles=(),
    other_topics="",
    time="monthly",
    online=True,
    note="",
    email=None,
    **profile_fields,
):
    """A live profile whose member has an account (in the Members group, password
    "pw-mentor-1234") and mentoring choices: topics and roles are taxonomy slugs. Returns the
    member's Membership (its .profile and .member are loaded)."""
    slug = slugify(title)
    email = email or f"{slug}@members.example"
    profile = make_profile(directory, title, slug=slug, contact_email=email, **profile_fields)
    user = ensure_member_account(profile, invite=False) or member_of(profile)
    user.set_password("pw-mentor-1234")
    user.save()
    membership = Membership.objects.select_related("profile", "member").get(profile=profile)
    choice = MentoringChoice.objects.create(
        membership=membership,
        offers=offers,
        seeks=seeks,
        other_topics=other_topics,
        time=time,
        online=online,
        note=note,
    )
    choice.expertise.set(Expertise.objects.filter(slug__in=topics))
    choice.roles.set(Role.objects.filter(slug__in=roles))
    return membership
