"""Factories for the site's pages, shared by every test module."""

import factory
import wagtail_factories

from home.models import HomePage, StandardPage


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
