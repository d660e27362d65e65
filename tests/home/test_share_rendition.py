"""The default share image's rendition (og:image on every page without an image of its own) is
read as columns of the query that finds the site (lead/renditions.py), not by a query of its
own; a rendition made for an older focal point is never shared."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from home.models import SiteSettings
from lead.renditions import SHARE_IMAGE

pytestmark = pytest.mark.django_db


def og_image(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("meta", property="og:image")["content"]


def rendition_reads(context):
    return [q["sql"] for q in context if q["sql"].startswith('SELECT "wagtailimages_rendition')]


@pytest.fixture
def share_image(home_page):
    return SiteSettings.objects.get(site__root_page=home_page).default_share_image


def test_the_share_rendition_comes_with_the_site(client, home_page, share_image):
    client.get("/about/")  # makes the rendition, as the first visitor after an upload would
    made = share_image.get_rendition(SHARE_IMAGE)
    cache.clear()  # Wagtail's own rendition cache is in the shared cache too
    with CaptureQueriesContext(connection) as context:
        response = client.get("/about/")
    assert og_image(response) == f"http://testserver{made.url}"
    assert rendition_reads(context) == []
    meta = BeautifulSoup(response.content, "html.parser")
    assert meta.find("meta", property="og:image:width")["content"] == str(made.width)
    assert meta.find("meta", property="og:image:height")["content"] == str(made.height)


def test_a_share_image_never_shared_before_gets_its_rendition_made(client, home_page, share_image):
    share_image.renditions.all().delete()
    cache.clear()
    response = client.get("/about/")
    assert ".fill-1200x630" in og_image(response)
    assert share_image.renditions.filter(filter_spec=SHARE_IMAGE).count() == 1
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert og_image(client.get("/about/")) == og_image(response)
    assert rendition_reads(context) == []  # read with the site from then on


def set_focal_point(image, x):
    image.focal_point_x, image.focal_point_y = x, 2
    image.focal_point_width = image.focal_point_height = 1
    image.save()  # an image's save makes every kept page stale


def test_a_new_focal_point_is_shared_not_the_old_crop(client, home_page, share_image):
    client.get("/about/")
    old = og_image(client.get("/about/"))
    image = get_image_model().objects.get(pk=share_image.pk)
    set_focal_point(image, 2)
    new = og_image(client.get("/about/"))
    assert new != old
    assert new == f"http://testserver{image.get_rendition(SHARE_IMAGE).url}"


def test_a_focal_point_set_back_shares_the_earlier_crop_without_a_query(
    client, home_page, share_image
):
    """The newest rendition was made for another focal point: it is not held, so Wagtail finds
    the earlier one (in its cache once warm) instead of looking it up on every request."""
    image = get_image_model().objects.get(pk=share_image.pk)
    set_focal_point(image, 2)
    first = og_image(client.get("/about/"))
    set_focal_point(image, 3)
    client.get("/about/")  # the newest rendition is now this focal point's
    set_focal_point(image, 2)
    client.get("/about/")
    with CaptureQueriesContext(connection) as context:
        assert og_image(client.get("/about/")) == first
    assert rendition_reads(context) == []
