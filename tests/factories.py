"""Factories for the site's pages, shared by every test module."""

import factory
import wagtail_factories
from django.utils import timezone

from home.models import HomePage, StandardPage
from membership.consent import CURRENT_VERSION
from network.models import ProfilePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Lived experience is leadership"
    intro = "A network of lived-experience leaders."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "A short summary of the page."

    class Meta:
        model = StandardPage


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
