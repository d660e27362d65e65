"""The post form: what a post is about (categories and tags) is chosen on the Content tab,
categories by ticking boxes, away from the search-engine fields on the Promote tab."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from blog.models import BlogPage
from home.editorial.roles import EDITORS

from ..factories import category

pytestmark = pytest.mark.django_db


def tabs_of_new_post(client, blog):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    # Each tab is named by its label (less the hidden error-count badge).
    return {
        html.find(id=panel["aria-labelledby"]).find(string=True).strip(): panel
        for panel in html.select("section[role=tabpanel]")
    }


def test_categories_are_ticked_on_the_content_tab(client, user_in, blog):
    category("peer-support", "Peer support")
    category("pay", "Fair pay")
    client.force_login(user_in(EDITORS))
    tabs = tabs_of_new_post(client, blog)
    content, promote = tabs["Content"], tabs["Promote"]

    boxes = content.select("input[type=checkbox][name=categories]")
    labels = {content.find("label", attrs={"for": box["id"]}).get_text(strip=True) for box in boxes}
    assert labels == {"Peer support", "Fair pay"}
    assert content.find("select", attrs={"name": "categories"}) is None  # no Ctrl-click list
    assert content.find("input", attrs={"name": "tags"}) is not None
    assert "Categories and tags" in content.get_text()

    # The Promote tab keeps the search-engine fields and the display date, and nothing else.
    assert promote.find("input", attrs={"name": "slug"}) is not None
    assert promote.find(attrs={"name": "search_description"}) is not None
    assert promote.find("input", attrs={"name": "date"}) is not None
    assert promote.find(attrs={"name": "categories"}) is None
    assert promote.find(attrs={"name": "tags"}) is None


def test_ticked_categories_are_saved_with_the_post(client, user_in, blog):
    peer, pay = category("peer-support", "Peer support"), category("pay", "Fair pay")
    category("boards", "Boards")
    client.force_login(user_in(EDITORS))
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog.pk])
    html = BeautifulSoup(client.get(url).content, "html.parser")
    form = html.find("form", id="page-edit-form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("name") and field.get("type") not in ("checkbox", "radio", "submit")
    }
    data.update(
        title="Ticked categories",
        slug="ticked-categories",
        standfirst="Two categories, ticked.",
        categories=[str(peer.pk), str(pay.pk)],
        **{"post_authors-0-author": "", "post_authors-TOTAL_FORMS": "0"},
        **{"body-count": "0", "references-count": "0"},
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    post = BlogPage.objects.get(slug="ticked-categories")
    assert set(post.get_latest_revision_as_object().categories.all()) == {peer, pay}
