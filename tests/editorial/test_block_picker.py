"""Every block editors can pick has an icon, a plain description and a preview in the site's
own styles."""

import pytest
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from home.editorial.roles import EDITORS
from home.models import SiteSettings


def stream_blocks():
    """(where, name, block) for each child block of every StreamField on the site."""
    found = {}
    models = [*get_page_models(), SiteSettings]
    for model in models:
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and isinstance(field.stream_block, StreamBlock):
                for name, block in field.stream_block.child_blocks.items():
                    found.setdefault(
                        block.definition_prefix, (f"{model.__name__}.{field.name}", name, block)
                    )
    return list(found.values())


BLOCKS = stream_blocks()


@pytest.mark.parametrize(("where", "name", "block"), BLOCKS, ids=[f"{w}:{n}" for w, n, _ in BLOCKS])
def test_block_has_icon_and_description(where, name, block):
    assert block.meta.icon not in ("", "placeholder"), f"{where}: {name} has no icon"
    assert block.get_description(), f"{where}: {name} has no description"
    assert block.is_previewable, f"{where}: {name} has no preview"


@pytest.mark.django_db
@pytest.mark.parametrize(("where", "name", "block"), BLOCKS, ids=[f"{w}:{n}" for w, n, _ in BLOCKS])
def test_block_preview_renders_in_site_styles(client, user_in, where, name, block):
    client.force_login(user_in(EDITORS))
    response = client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200, f"{where}: {name}"
    assert "css/site.css" in response.content.decode()
