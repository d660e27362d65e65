"""The network: its taxonomies, the directory and profiles."""

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from membership.consent import CURRENT_VERSION
from membership.models import Membership
from network.models import (
    DirectoryIndexPage,
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    ProfilePage,
    Region,
    Role,
)

from .publishing import add_page

# The brief's starting terms, which the tests name by slug ("london", "peer-support"). Kept here
# rather than read from the demo content, so the tests' site does not change with the demo.
TERMS = {
    LivedExperienceArea: [
        "Mental distress", "Psychosis and hearing voices", "Self-harm", "Eating difficulties",
        "Inpatient care", "Detention under the Mental Health Act", "Crisis services",
        "Perinatal mental health", "Substance use", "Bereavement", "Long-term physical illness",
        "Neurodivergence", "Homelessness", "Criminal justice system", "Caring for someone",
    ],
    Expertise: [
        "Co-production", "Peer support", "Board governance", "Service design",
        "Training and education", "Recovery colleges", "Research and evaluation",
        "Policy and campaigning", "Commissioning", "Workforce development", "Public speaking",
        "Writing",
    ],
    Role: [
        "Non-executive / board member", "Lived experience director", "Patient director",
        "Advisory group member", "Peer trainer", "Speaker", "Mentor", "Research partner",
        "Interview panel member", "Consultant / facilitator",
    ],
    Region: [
        "North East and Yorkshire", "North West", "Midlands", "East of England", "London",
        "South East", "South West", "Scotland", "Wales", "Northern Ireland", "UK-wide / remote",
    ],
    PaymentRoute: ["Payroll", "Invoice (self-employed)", "Vouchers", "Declines payment"],
}  # fmt: skip


def term_slug(name):
    return slugify(name.replace("/", " "))


class TermFactory(factory.django.DjangoModelFactory):
    """A taxonomy term (one subclass per taxonomy), found by its slug when it exists."""

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: term_slug(term.name))

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class LivedExperienceAreaFactory(TermFactory):
    class Meta:
        model = LivedExperienceArea


class ExpertiseFactory(TermFactory):
    class Meta:
        model = Expertise


class RoleFactory(TermFactory):
    class Meta:
        model = Role


class RegionFactory(TermFactory):
    class Meta:
        model = Region


class PaymentRouteFactory(TermFactory):
    class Meta:
        model = PaymentRoute


TERM_FACTORIES = [
    LivedExperienceAreaFactory,
    ExpertiseFactory,
    RoleFactory,
    RegionFactory,
    PaymentRouteFactory,
]


def add_terms():
    """Every term in TERMS, in the brief's order."""
    for term_factory in TERM_FACTORIES:
        for order, name in enumerate(TERMS[term_factory._meta.model]):
            term_factory(name=name, sort_order=order)


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Network"
    slug = "network"
    show_in_menus = True

    class Meta:
        model = DirectoryIndexPage


def directory(home_page):
    """The directory at /network/ with the brief's taxonomies, added under the home page if the
    site has none."""
    existing = DirectoryIndexPage.objects.first()
    if existing is not None:
        return existing
    add_terms()
    return add_page(home_page, DirectoryIndexPageFactory.build())


class ProfilePageFactory(wagtail_factories.PageFactory):
    """A profile with a consent record, so it can be published."""

    title = factory.Sequence(lambda n: f"Member {n}")
    headline = "Peer trainer"
    summary = "Brings lived experience to training and service design."
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_wording_version = CURRENT_VERSION
    consent_recorded_by = "Test suite"

    class Meta:
        model = ProfilePage


def make_profile(
    directory,
    title,
    *,
    live=True,
    region=None,
    experience=(),
    expertise=(),
    roles=(),
    routes=(),
    contact_email="",
    accepts_messages=False,
    **fields,
):
    """A profile in the directory; taxonomy values are given by slug (region="london",
    expertise=["peer-support"]). `contact_email` and `accepts_messages` go to the profile's
    membership, made before it is published (as the join form's are). Published unless
    live=False."""
    profile = ProfilePageFactory.build(title=title, **fields)
    profile.region = Region.objects.get(slug=region) if region else None
    profile.lived_experience = [LivedExperienceArea.objects.get(slug=s) for s in experience]
    profile.expertise = [Expertise.objects.get(slug=s) for s in expertise]
    profile.roles_sought = [Role.objects.get(slug=s) for s in roles]
    profile.payment_routes = [PaymentRoute.objects.get(slug=s) for s in routes]

    def membership(page):
        if contact_email or accepts_messages:
            Membership.objects.create(
                profile=page, contact_email=contact_email, accepts_messages=accepts_messages
            )

    return add_page(directory, profile, live=live, before_revision=membership)
