"""Pages are served with what Wagtail looks up kept in the shared cache (lead/serving.py): a
warm page costs one query for the page itself, and every change a visitor could notice shows on
the next request."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.models import SiteSettings, StandardPage
from lead import serving

from ..factories import make_post, publish


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response, [query["sql"] for query in context.captured_queries]


@pytest.fixture
def about(make_page):
    return make_page("About us", slug="about-us", intro="Who we are.")


@pytest.mark.django_db
def test_a_warm_page_costs_one_query_and_shows_its_content(client, about, make_page):
    below = make_page("Our history", slug="history", parent=about)
    client.get("/about-us/history/")  # fills the cache
    response, queries = queries_for(client, "/about-us/history/")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(queries) == 1, queries
    assert f'"page_ptr_id" = {below.pk} ' in queries[0]  # the page itself
    # The breadcrumbs, the site's name and the page itself come from what was kept.
    assert 'aria-label="Breadcrumb"' in html
    assert '<a href="/about-us/">About us</a>' in html
    assert SiteSettings.objects.get().organisation_name in html
    assert "Our history" in html


@pytest.mark.django_db
def test_each_path_is_kept_apart(client, about, make_page):
    make_page("Our history", slug="history", parent=about)
    assert "Our history" in client.get("/about-us/history/").content.decode()
    response = client.get("/about-us/")
    assert "Who we are." in response.content.decode()
    assert "Our history" not in response.content.decode().split("<main")[1].split("</main>")[0]
    assert client.get("/about-us/nothing-here/").status_code == 404


@pytest.mark.django_db
def test_an_unpublished_page_answers_404_at_once(client, about):
    assert client.get("/about-us/").status_code == 200
    about.unpublish()
    assert client.get("/about-us/").status_code == 404
    publish(about)
    assert client.get("/about-us/").status_code == 200


@pytest.mark.django_db
def test_a_page_deleted_is_routed_afresh(client, about, make_page):
    """A draft's deletion changes nothing public, so the route kept for it may remain: the
    request finds the page gone and routes again rather than failing."""
    draft_child = make_page("Draft", slug="draft", parent=about, live=False)
    assert client.get("/about-us/draft/").status_code == 404
    Page.objects.filter(pk=draft_child.pk).delete()
    assert client.get("/about-us/draft/").status_code == 404
    make_page("Draft", slug="draft", parent=about)
    assert client.get("/about-us/draft/").status_code == 200


@pytest.mark.django_db
def test_a_moved_page_answers_at_its_new_address_only(client, about, make_page):
    team = make_page("Team", slug="team")
    assert client.get("/team/").status_code == 200
    team.move(about, pos="last-child")
    old = client.get("/team/")  # not the page: the redirect Wagtail made for the move
    assert (old.status_code, old["Location"]) == (301, "/about-us/team/")
    response = client.get("/about-us/team/")
    assert response.status_code == 200
    assert '<a href="/about-us/">About us</a>' in response.content.decode()  # its new breadcrumbs


@pytest.mark.django_db
def test_a_retitled_section_shows_in_the_breadcrumbs_on_publish(client, about, make_page):
    make_page("Our history", slug="history", parent=about)
    assert ">About us</a>" in client.get("/about-us/history/").content.decode()
    about.title = "About the network"
    about.save_revision()
    publish(about)
    html = client.get("/about-us/history/").content.decode()
    assert ">About the network</a>" in html
    assert ">About us</a>" not in html


@pytest.mark.django_db
def test_a_settings_change_shows_on_the_next_page(client, about):
    assert "The Renamed Network" not in client.get("/about-us/").content.decode()
    settings = SiteSettings.objects.get()
    old_name = settings.organisation_name
    assert old_name in client.get("/about-us/").content.decode()
    settings.organisation_name = "The Renamed Network"
    settings.save()
    html = client.get("/about-us/").content.decode()
    assert "The Renamed Network" in html
    assert f"| {old_name}</title>" not in html


@pytest.mark.django_db
def test_the_settings_come_with_the_site(client, about):
    """The query that finds the site reads its settings and the pages they link to too."""
    from django.core.cache import cache

    settings = SiteSettings.objects.get()
    settings.privacy_page = about
    settings.save()
    cache.clear()
    response, queries = queries_for(client, "/about-us/")
    html = response.content.decode()
    assert settings.organisation_name in html
    assert '<a href="/about-us/">Privacy notice</a>' in html  # the footer link, from the settings
    read = [query for query in queries if "home_sitesettings" in query]
    assert len(read) == 1 and 'FROM "wagtailcore_site"' in read[0], read


@pytest.mark.django_db
def test_a_site_without_settings_gets_them_made(client, about):
    from django.core.cache import cache

    SiteSettings.objects.all().delete()
    cache.clear()
    response = client.get("/about-us/")
    assert response.status_code == 200
    assert "Who we are." in response.content.decode()
    assert SiteSettings.objects.filter(site=Site.objects.get(is_default_site=True)).exists()


@pytest.mark.django_db
def test_routable_pages_still_route_their_own_paths(client, blog):
    make_post(blog, "On boards", categories=["leadership"])
    for _ in range(2):  # routed afresh, then from the kept route
        response = client.get("/blog/category/leadership/")
        assert response.status_code == 200
        assert "On boards" in response.content.decode()
        assert client.get("/blog/category/no-such-category/").status_code == 404


@pytest.mark.django_db
def test_a_restriction_added_later_applies_to_a_kept_route(client, about, make_page):
    below = make_page("Minutes", slug="minutes", parent=about)
    assert client.get("/about-us/minutes/").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    for url in ("/about-us/", "/about-us/minutes/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/account/login/")
    PageViewRestriction.objects.filter(page=about).delete()
    response = client.get("/about-us/minutes/")
    assert response.status_code == 200
    assert below.title in response.content.decode()


@pytest.mark.django_db
def test_an_alias_of_a_restricted_page_is_restricted(client, about, make_page, home_page):
    secret = make_page("Board papers", slug="board-papers", restricted=True)
    alias = secret.create_alias(parent=about, update_slug="papers")
    assert alias.live
    for _ in range(2):
        response = client.get("/about-us/papers/")
        assert response.status_code == 302
        assert response["Location"].startswith("/account/login/")
    assert client.get("/about-us/").status_code == 200  # positive control: its parent is open


@pytest.mark.django_db
def test_a_password_restriction_still_asks_for_the_password(client, about):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    for _ in range(2):
        response = client.get("/about-us/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'name="password"' in html
        assert "Who we are." not in html


@pytest.mark.django_db
def test_a_password_once_given_opens_the_page(client, about):
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{about.pk}/"
    wrong = client.post(url, {"password": "guess", "return_url": "/about-us/"})
    assert "Who we are." not in wrong.content.decode()
    client.post(url, {"password": "open sesame", "return_url": "/about-us/"})
    for _ in range(2):
        html = client.get("/about-us/").content.decode()
        assert "Who we are." in html and 'name="password"' not in html


@pytest.mark.django_db
def test_a_section_for_some_groups_follows_its_groups_at_once(client, about, django_user_model):
    """Who may see a section is judged from rules kept between requests (lead/view_restrictions.py):
    an editor's change to the groups alone (no other save) applies on the next request."""
    readers, others = Group.objects.create(name="Readers"), Group.objects.create(name="Others")
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([readers])
    reader = django_user_model.objects.create_user("reader", "reader@example.com", "pw-reader-1")
    reader.groups.add(readers)
    assert client.get("/about-us/").status_code == 302  # anonymous: to sign in
    client.force_login(reader)
    for _ in range(2):
        response, queries = queries_for(client, "/about-us/")
        assert response.status_code == 200
        assert "Who we are." in response.content.decode()
    assert not [q for q in queries if "wagtailcore_pageviewrestriction" in q]  # kept rules
    restriction.groups.set([others])
    response = client.get("/about-us/")
    assert response.status_code == 403
    assert "Who we are." not in response.content.decode()
    restriction.groups.add(readers)
    assert "Who we are." in client.get("/about-us/").content.decode()
    reader.groups.remove(readers)  # the viewer's own groups are read on every request
    assert client.get("/about-us/").status_code == 403


@pytest.mark.django_db
def test_an_unknown_host_is_refused_and_a_second_site_is_its_own(
    client, about, home_page, settings
):
    settings.ALLOWED_HOSTS = ["testserver", "other.testserver"]
    assert client.get("/about-us/", HTTP_HOST="evil.example").status_code == 400
    other_root = home_page.get_parent().add_child(
        instance=StandardPage(title="Other home", slug="other-home", intro="Elsewhere.")
    )
    Site.objects.create(hostname="other.testserver", root_page=other_root, site_name="Other")
    for _ in range(2):
        assert client.get("/about-us/").status_code == 200
        assert client.get("/about-us/", HTTP_HOST="other.testserver").status_code == 404


@pytest.mark.django_db
def test_routing_reaches_what_wagtails_own_walk_reaches(rf, about, make_page, blog):
    """Every path, kept or found afresh, reaches the page (and sub-route) Wagtail's walk down
    the tree does: through a draft section to its live page, into a routable page's own
    routes, and to nothing for a missing page."""
    draft = make_page("Draft section", slug="draft-section", live=False)
    make_page("Live below a draft", slug="live-below", parent=draft)
    make_page("Not yet", slug="not-yet", parent=about, live=False)
    make_post(blog, "On boards", categories=["leadership"])
    # A post whose slug is also the start of one of the blog's own routes: the route wins.
    make_post(blog, "Category", slug="category")
    paths = [
        "/", "/about-us/", "/about-us/not-yet/", "/draft-section/", "/draft-section/live-below/",
        "/blog/", "/blog/on-boards/", "/blog/category/leadership/", "/blog/category/",
        "/blog/feed/rss/", "/blog/no-such-post/", "/nothing/", "/about-us/nothing/deeper/",
    ]  # fmt: skip

    def wagtail_route(path):
        return Page.route_for_request(rf.get(path), path)

    def ours(path):
        return serving.route_for_request(rf.get(path), path)

    def outcome(route):
        if route is None:
            return None
        page, args, kwargs = route
        view = args[0].__name__ if args else None  # a routable page's sub-route view
        return (page.pk, type(page), view, args[1:], kwargs)

    for attempt in ("afresh", "kept"):
        for path in paths:
            assert outcome(ours(path)) == outcome(wagtail_route(path)), (attempt, path)
    assert outcome(ours("/draft-section/live-below/"))[0] != draft.pk
    assert ours("/draft-section/") is None  # positive and negative controls on the walk
    assert outcome(ours("/blog/category/leadership/"))[2] is not None  # the blog's own route


@pytest.mark.django_db
def test_the_site_chosen_is_the_one_wagtail_chooses(home_page, django_assert_num_queries):
    """One query for every site picks what Wagtail's own lookup picks, host and port first,
    then the host on the default site, then the default site, for every layout of sites."""
    from django.core.cache import cache
    from wagtail.models.sites import get_site_for_hostname

    default = Site.objects.get(is_default_site=True)
    other_root = home_page.get_parent().add_child(instance=StandardPage(title="Other", slug="o"))
    layouts = [
        [],  # the default site alone
        [("other.test", 80)],
        [("other.test", 8000)],
        [("other.test", 80), ("other.test", 8000)],  # the host twice, on two ports
        [("other.test", 80), ("third.test", 80)],
    ]
    asked = [(host, port) for host in ("other.test", "third.test", default.hostname, "nope")
             for port in (80, 8000, 443)]  # fmt: skip

    def wagtails(host, port):
        try:
            return get_site_for_hostname(host, port).pk
        except Site.DoesNotExist:
            return None

    seen = set()
    for layout in layouts:
        Site.objects.exclude(pk=default.pk).delete()
        for host, port in layout:
            Site.objects.create(hostname=host, port=port, root_page=other_root)
        for host, port in asked:
            cache.clear()
            with django_assert_num_queries(1):
                ours = serving._site_for(host, port)
            assert (ours and ours.pk) == wagtails(host, port), (layout, host, port)
            seen.add(ours and ours.pk == default.pk)
        # Page URLs need no query of their own: the sites' root paths came with them.
        with django_assert_num_queries(0):
            assert [root.site_id for root in Site.get_site_root_paths()]
    assert seen == {True, False}  # both the default and other sites were picked
    default.is_default_site = False
    default.save()
    Site.objects.create(hostname="other.test", port=8000, root_page=other_root)
    assert serving._site_for("other.test", 443) is None  # no default, the port matches none
    assert wagtails("other.test", 443) is None


@pytest.mark.django_db
def test_breadcrumbs_from_the_route_match_the_trees(rf, about, make_page, blog):
    """A page routed afresh takes its breadcrumbs from the pages its route read (no query);
    they are the ones the tree gives: live ancestors only, the home page first."""
    from home.templatetags.lead_tags import _ancestor_links

    draft = make_page("Draft section", slug="draft-section", live=False)
    below_draft = make_page("Live below a draft", slug="live-below", parent=draft)
    history = make_page("Our history", slug="history", parent=about)
    founding = make_page("Founding", slug="founding", parent=history)
    post = make_post(blog, "On boards", categories=["leadership"])
    checked = 0
    for path, page in [
        ("/about-us/history/founding/", founding), ("/draft-section/live-below/", below_draft),
        ("/blog/on-boards/", post), ("/blog/category/leadership/", blog), ("/about-us/", about),
    ]:  # fmt: skip
        request = rf.get(path)
        routed, _, _ = serving.route_for_request(request, path)
        assert routed.pk == page.pk
        with CaptureQueriesContext(connection) as context:
            from_route = _ancestor_links(routed, request)
        assert len(context) == 0, path
        from_tree = _ancestor_links(page, None)
        assert [(a.title, a.url) for a in from_route] == [(a.title, a.url) for a in from_tree]
        checked += len(from_tree)
    assert checked == 3 + 1 + 2 + 1 + 1  # home, about us, history / home / home, blog / ...
    titles = [a.title for a in _ancestor_links(below_draft, None)]
    assert "Draft section" not in titles and titles  # the draft level is left out
