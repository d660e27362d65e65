"""A feature finds its own section (the blog, the directory) among the site's top-level pages,
which the menu has already read (home/navigation.py): no query of its own, and never a page
the menu would not show."""

import pytest
from wagtail.models import PageViewRestriction, Site

from blog.models import BlogIndexPage
from home.models import StandardPage
from home.navigation import menu_items, section_page, top_level_pages

from ..factories import make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_for(rf):
    def make(site=None):
        site = site or Site.objects.get(is_default_site=True)
        return rf.get("/", HTTP_HOST=site.hostname, SERVER_PORT=site.port)

    return make


def test_a_section_comes_from_the_top_level_pages_without_a_query(
    request_for, blog, django_assert_num_queries
):
    request = request_for()
    top_level_pages(Site.find_for_request(request))  # what the menu reads first
    with django_assert_num_queries(0):
        found = section_page(request, BlogIndexPage)
        assert isinstance(found, BlogIndexPage)
        assert (found.pk, found.title, found.url) == (blog.pk, blog.title, blog.url)
        assert (found.path, found.depth) == (blog.path, blog.depth)
    intro = BlogIndexPage.objects.get(pk=blog.pk).intro
    with django_assert_num_queries(1):  # any other field is read when first used
        assert found.intro == intro


def test_a_section_lists_its_own_children(request_for, blog):
    made = make_post(blog, "Found under the section")
    found = section_page(request_for(), BlogIndexPage)
    assert [p.pk for p in found.posts()] == [made.pk]


def test_a_draft_or_private_section_is_not_found(request_for, blog, home_page):
    PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.LOGIN)
    assert section_page(request_for(), BlogIndexPage) is None
    PageViewRestriction.objects.all().delete()
    assert section_page(request_for(), BlogIndexPage).pk == blog.pk  # the control
    blog.unpublish()
    assert section_page(request_for(), BlogIndexPage) is None


def test_a_site_that_does_not_start_at_the_home_page_looks_the_section_up(
    request_for, blog, home_page
):
    other_root = home_page.get_parent().add_child(instance=StandardPage(title="Other", slug="o"))
    other = Site.objects.create(hostname="other.test", port=80, root_page=other_root)
    assert section_page(request_for(other), BlogIndexPage).pk == blog.pk
    assert section_page(None, BlogIndexPage).pk == blog.pk  # no request: looked up too


def test_a_restricted_section_is_found_only_by_those_who_ask_for_one(request_for, blog):
    """The members' space is restricted: it asks for restricted sections too. Nothing else
    (the menu, the blog's feed links) ever gets one."""
    PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.LOGIN)
    request = request_for()
    site = Site.find_for_request(request)
    assert section_page(request, BlogIndexPage) is None
    assert blog.pk not in [item["pk"] for item in top_level_pages(site)]
    assert blog.title not in [item.title for item in menu_items(site)]
    found = section_page(request, BlogIndexPage, restricted_too=True)
    assert (found.pk, found.url) == (blog.pk, blog.url)
    assert blog.pk in [item["pk"] for item in top_level_pages(site, restricted_too=True)]
    PageViewRestriction.objects.all().delete()
    assert blog.title in [item.title for item in menu_items(site)]  # the control
