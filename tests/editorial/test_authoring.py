"""Authoring comfort: plain-English help on every field, and previews for every page type."""

from html import unescape

import pytest
from django.db import models
from wagtail.models import Page, get_page_models

from home.models import SiteSettings

from ..factories import build_showcase

# Wagtail's own page fields (title, slug, search description...) carry Wagtail's help text.
WAGTAIL_FIELDS = {f.name for f in Page._meta.get_fields()}


def editor_fields():
    for model in [*get_page_models(), SiteSettings]:
        if model is Page:
            continue
        for field in model._meta.get_fields():
            if (
                isinstance(field, models.Field)
                and field.editable
                and not field.auto_created
                and field.name not in WAGTAIL_FIELDS
                and field.name not in ("site",)
                and field.model is not Page
            ):
                yield pytest.param(model, field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize(("model", "field"), list(editor_fields()))
def test_every_field_editors_fill_in_has_help_text(model, field):
    assert str(field.help_text).strip(), f"{model.__name__}.{field.name} has no help text"


@pytest.mark.django_db
def test_every_page_type_previews(home_page):
    build_showcase(home_page)
    seen = set()
    for page in Page.objects.live().specific().exclude(depth=1):
        if type(page) in seen:
            continue
        seen.add(type(page))
        for mode, _label in page.preview_modes:
            response = page.make_preview_request(preview_mode=mode)
            assert response.status_code == 200, f"{type(page).__name__} preview ({mode})"
            html = unescape(response.render().content.decode())
            assert page.title in html, f"{type(page).__name__} preview ({mode})"
    assert seen == {model for model in get_page_models() if model is not Page}
