"""Career pathways: the overview (/pathways/) and its steps."""

import factory
import wagtail_factories

from network.models import Role
from pathways.models import PathwayIndexPage, PathwayStepPage

from .home import blocks
from .publishing import add_page


class PathwayIndexPageFactory(wagtail_factories.PageFactory):
    title = "Career pathways"
    slug = "pathways"
    intro = "Where lived-experience work can lead."
    show_in_menus = True

    class Meta:
        model = PathwayIndexPage


def pathways_overview(home_page, **fields):
    """The overview at /pathways/, added under the home page if the site has none (the tests'
    site has none)."""
    existing = PathwayIndexPage.objects.first()
    if existing is not None:
        return existing
    return add_page(home_page, PathwayIndexPageFactory.build(**fields))


class PathwayStepPageFactory(wagtail_factories.PageFactory):
    """A step with a body and competences, and no pay figures."""

    title = factory.Sequence(lambda n: f"Step {n}")
    intro = factory.LazyAttribute(lambda step: f"What a {step.title} does.")
    competences = "<ul><li>Sharing lived experience with purpose.</li></ul>"

    class Meta:
        model = PathwayStepPage


def make_step(overview, title=None, *, role=None, live=True, restricted=False, body=None, **fields):
    """A step in `overview`, published unless live=False. `role`: a network.Role slug (or a
    Role); `body`: (kind, value) blocks, by default one paragraph."""
    if title is not None:
        fields["title"] = title
    if isinstance(role, str):
        role = Role.objects.get(slug=role)
    body = body or [("paragraph", "<p>What the role involves, day to day.</p>")]
    step = PathwayStepPageFactory.build(body=blocks(*body), role=role, **fields)
    return add_page(overview, step, live=live, restricted=restricted)
