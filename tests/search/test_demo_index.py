"""The demo loader leaves the search index as `update_index` would build it."""

import io

import pytest
from django.core.management import call_command
from modelsearch.conf import get_app_config


def snapshot():
    """{(content type, id): indexed text} for every page but the tree's root (never served,
    never searched, and indexed only by update_index)."""
    from wagtail.models import Page

    root = str(Page.get_first_root_node().pk)
    entry = get_app_config().get_model("IndexEntry")
    names = {f.name for f in entry._meta.fields}
    fields = ["title_text", "body_text"] if "body_text" in names else ["title", "body"]
    return {
        (ct, object_id): values
        for ct, object_id, *values in entry.objects.exclude(object_id=root).values_list(
            "content_type_id", "object_id", *fields
        )
    }


@pytest.mark.django_db
def test_demo_content_is_indexed(full_demo_site, client):
    before = snapshot()
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    after = snapshot()
    assert len(before) >= 40  # the demo's pages and profiles are in the index
    changed = sorted(key for key in after if before.get(key) != after[key])
    assert changed == [], f"index entries the loader left stale or missing: {changed[:10]}"
    # And the demo is findable: a profile by an expertise term (a related value).
    response = client.get("/search/", {"q": "co-production"})
    assert b"search-result--person" in response.content
