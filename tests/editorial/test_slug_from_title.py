"""Every page type fills its address (slug) from its title while the page is new, as Wagtail's
own title field does: an editor who types "Peer leadership circle" can save at once, without
finding the slug on the Promote tab."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.models import Page, get_page_models

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def new_page_form(model, user):
    """The form the admin shows for a new page of this type (as Wagtail's create view builds
    it), parsed."""
    page = model(owner=user)
    handler = model.get_edit_handler()
    form = handler.get_form_class()(
        instance=page, parent_page=Page.get_first_root_node(), for_user=user
    )
    request = RequestFactory().get("/admin/")
    request.user = user
    bound = handler.get_bound_panel(instance=page, request=request, form=form)
    return BeautifulSoup(bound.render_form_content(), "html.parser")


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_a_new_page_fills_its_slug_from_its_title(model):
    html = new_page_form(model, UserFactory(is_superuser=True))
    title = html.find("input", attrs={"name": "title"})
    slug = html.find("input", attrs={"name": "slug"})
    assert title is not None and slug is not None, f"{model.__name__} has no title or slug"
    assert "w-sync" in title.get("data-controller", "").split(), (
        f"{model.__name__}'s title does not fill the slug: use TitleFieldPanel, not FieldPanel"
    )
    assert title["data-w-sync-target-value"] == f"#{slug['id']}"
    # Typed, pasted or left: each copies the title into the slug.
    for action in ("keyup->w-sync#apply", "blur->w-sync#apply", "change->w-sync#apply"):
        assert action in title["data-action"].split()
    # The slug field cleans what it is given into an address (Wagtail's slug widget).
    assert "w-slug" in slug.get("data-controller", "").split(), (
        f"{model.__name__}'s slug is a plain input: its form's Meta must extend Wagtail's"
    )


def test_the_check_covers_every_page_type_with_a_title_of_its_own():
    """The page types whose forms name their own title field (and so could lose the sync)
    are among those checked."""
    names = {model.__name__ for model in PAGE_MODELS}
    assert {"EventPage", "ProfilePage", "OpportunityPage", "BlogPage", "HomePage"} <= names
