"""A listing's image renditions come as a column of the listing's own query
(lead/renditions.py `with_renditions`): no query for the renditions, and a rendition made
for an older focal point is never shown."""

import pytest
from django.core.cache import cache
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from blog.models import BlogPage
from blog.models.pages import CARD_IMAGE
from lead.renditions import with_renditions

from ..factories import ImageFactory, make_post, png

pytestmark = pytest.mark.django_db


def cards():
    posts = BlogPage.objects.select_related("hero_image").order_by("title")
    return with_renditions(posts, "hero_image", CARD_IMAGE)


@pytest.fixture
def pictured(blog):
    """Two posts with images whose card renditions exist, and one without an image."""
    for n in (1, 2):
        image = ImageFactory(title=f"Card {n}", file=png(f"card-{n}"))
        make_post(blog, f"Post {n}", hero_image=image, hero_alt_text="A photo")
        image.get_rendition(CARD_IMAGE)
    make_post(blog, "Post 3 (no image)")
    cache.clear()  # Wagtail keeps renditions in the shared cache too


def test_the_renditions_come_with_the_posts(pictured, django_assert_num_queries):
    with django_assert_num_queries(1):
        posts = list(cards())
        shown = [post.hero_image.get_rendition(CARD_IMAGE) for post in posts[:2]]
    made = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE)
    made = [made.get(image__title=title) for title in ("Card 1", "Card 2")]
    assert [(r.url, r.width, r.height) for r in shown] == [(r.url, r.width, r.height) for r in made]
    assert posts[2].hero_image is None


def set_focal_point(image, x):
    image.focal_point_x, image.focal_point_y = x, x
    image.focal_point_width = image.focal_point_height = None if x is None else 1
    image.save()
    cache.clear()


def card_rendition(title):
    return next(p for p in cards() if p.title == title).hero_image.get_rendition(CARD_IMAGE)


def test_a_rendition_read_for_another_focal_point_is_not_shown(pictured):
    """The newest rendition was made for a focal point the image no longer has: the card gets
    the crop for the one it has."""
    post = BlogPage.objects.get(title="Post 1")
    first = post.hero_image.get_rendition(CARD_IMAGE)
    image = get_image_model().objects.get(pk=post.hero_image_id)
    set_focal_point(image, 2)
    moved = card_rendition("Post 1")
    assert moved.url != first.url
    assert moved.focal_point_key == Filter(CARD_IMAGE).get_cache_key(image)
    set_focal_point(image, None)  # back: the newest rendition is the moved crop
    assert card_rendition("Post 1").url == first.url


def test_counting_a_listing_leaves_the_renditions_out(pictured, django_assert_num_queries):
    with django_assert_num_queries(1) as context:
        assert cards().count() == 3
    assert "wagtailimages_rendition" not in context.captured_queries[0]["sql"]
