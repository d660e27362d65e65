"""The anonymous full-page cache (lead/pagecache.py): what it serves, what it never keeps, and
that every change a visitor could see makes the stored copies stale at once."""

import gzip as gzip_module

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import path, reverse
from wagtail.models import Page, PageViewRestriction

from blog.models import BlogPage
from home.models import SiteSettings
from lead import pagecache
from lead.pagecache import HEADER
from network.models import Region

from ..factories import blog_index, events_index, make_event, make_post, paragraphs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    yield
    pagecache._lost_invalidation.clear()


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_second_anonymous_visit_is_served_from_the_cache_without_the_database(client, blog):
    make_post(blog, "Paying people fairly")
    first = client.get("/blog/")
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/blog/")
    assert second[HEADER] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_stored_page_lasts_page_cache_seconds_and_no_longer(client, blog, monkeypatch):
    """Kept for the setting's ten minutes: neither the cache's own five-minute default nor
    forever, so the date-bound parts of a page (what is upcoming) are never older than that."""
    kept = {}
    store = cache.set

    def recording_set(key, value, timeout=-1, **kwargs):  # -1: no timeout given
        kept[key] = timeout
        return store(key, value, timeout, **kwargs) if timeout != -1 else store(key, value)

    monkeypatch.setattr(cache, "set", recording_set)
    assert client.get("/blog/")[HEADER] == "miss"
    pages = [timeout for key, timeout in kept.items() if key.startswith("lead:page:")]
    assert pages == [600]
    assert client.get("/blog/")[HEADER] == "hit"


def test_head_is_answered_from_the_stored_page(client, blog):
    client.get("/blog/")
    response = client.head("/blog/")
    assert response.status_code == 200
    assert response[HEADER] == "hit"
    assert response.content == b""
    # The test client drops HEAD bodies itself; the middleware must too (not every server does).
    stored_get = client.get("/blog/")
    middleware = pagecache.PageCacheMiddleware(lambda request: HttpResponse("not used"))
    head = middleware(RequestFactory().head("/blog/", HTTP_HOST="testserver"))
    assert head[HEADER] == "hit" and head.content == b""
    assert head["Content-Type"] == stored_get["Content-Type"]
    again = middleware(RequestFactory().get("/blog/", HTTP_HOST="testserver"))
    assert again[HEADER] == "hit" and again.content == stored_get.content  # the control


def test_a_cookie_a_view_writes_by_hand_is_never_replayed(client, home_page):
    def sets_cookie_by_hand(request):
        response = HttpResponse("<p>The same page for everyone</p>")
        response["Set-Cookie"] = "visitor=someone-else; Path=/"
        return response

    urls = type("urls", (), {"urlpatterns": [path("by-hand/", sets_cookie_by_hand)]})
    with override_settings(ROOT_URLCONF=urls):
        first = client.get("/by-hand/")
        assert first[HEADER] == "miss" and "Set-Cookie" in first
        replayed = Client().get("/by-hand/")
        assert replayed[HEADER] == "hit"
        assert replayed.content == b"<p>The same page for everyone</p>"
        assert "Set-Cookie" not in replayed and not replayed.cookies


def test_query_strings_are_stored_apart(client, blog):
    for n in range(14):
        make_post(blog, f"Post number {n:02d}")
    page_one = client.get("/blog/")
    page_two = client.get("/blog/?page=2")
    assert page_two[HEADER] == "miss"
    assert page_two.content != page_one.content


def test_a_new_post_shows_on_the_blog_and_home_page_at_once(client, blog, home_page):
    make_post(blog, "An older post")
    for url in ("/", "/blog/"):
        client.get(url)
        assert client.get(url)[HEADER] == "hit"

    make_post(blog, "Fresh from the press")

    for url in ("/", "/blog/"):
        response, html = get(client, url)
        assert response[HEADER] == "miss"
        assert "Fresh from the press" in html


def test_unpublish_move_and_delete_are_seen_at_once(client, blog, home_page):
    make_post(blog, "Staying put")
    post = make_post(blog, "Soon to change")
    client.get("/blog/")
    post.unpublish()
    response, html = get(client, "/blog/")
    assert response.status_code == 200 and response[HEADER] == "miss"
    assert "Staying put" in html and "Soon to change" not in html

    other = make_post(blog, "Moving house")
    client.get(other.url)
    assert client.get(other.url)[HEADER] == "hit"
    old_url = other.url
    other.move(home_page, pos="last-child")
    moved = client.get(old_url)  # Wagtail leaves a redirect to the new address
    assert moved.status_code == 301
    assert moved["Location"].endswith("/moving-house/")

    gone = make_post(blog, "Going away")
    client.get("/blog/")
    Page.objects.get(pk=gone.pk).delete()
    response, html = get(client, "/blog/")
    assert response.status_code == 200 and response[HEADER] == "miss"
    assert "Staying put" in html and "Going away" not in html


def test_a_draft_edit_does_not_empty_the_cache_but_publishing_it_does(client, blog):
    post = make_post(blog, "Draft changes")
    client.get(post.url)
    post.title = "Draft changes, second go"
    revision = post.save_revision()
    response, html = get(client, post.url)
    assert response[HEADER] == "hit"
    assert "second go" not in html
    revision.publish()
    response, html = get(client, post.url)
    assert response[HEADER] == "miss"
    assert "second go" in html


def test_site_settings_and_taxonomy_changes_are_seen_at_once(client, home_page, make_profile):
    # A profile in London, so the directory offers London as a filter (with a count).
    directory = make_profile("Londoner", region="london").get_parent()
    client.get("/")
    settings_row = SiteSettings.for_site(home_page.get_site())
    settings_row.crisis_heading = "Help right now, any hour"
    settings_row.save()
    assert "Help right now, any hour" in get(client, "/")[1]

    client.get(directory.url)
    Region.objects.filter(slug="london").update(name="London (renamed)")  # no signal: not seen…
    region = Region.objects.get(slug="london")
    region.name = "Greater London"
    region.save()  # …until a real save
    assert "Greater London" in get(client, directory.url)[1]


def test_signed_in_visitors_never_get_the_anonymous_copy(client, blog, member_user):
    client.get("/blog/")
    assert client.get("/blog/")[HEADER] == "hit"
    client.force_login(member_user)
    response, html = get(client, "/blog/")
    assert response[HEADER] == "bypass"
    assert "Your account" in html
    assert "Member sign in" not in html


def test_a_signed_in_page_is_never_stored_for_anonymous_visitors(client, blog, member_user):
    client.force_login(member_user)
    client.get("/blog/")
    client.logout()
    anonymous = client.__class__()
    response, html = get(anonymous, "/blog/")
    assert response[HEADER] == "miss"
    assert "Member sign in" in html and "Your account" not in html


def test_members_only_profile_values_stay_out_of_the_stored_copy(client, make_profile, member_user):
    profile = make_profile(
        "Visible Person", organisation="Quietly Kept Trust", organisation_visibility="members"
    )
    anonymous_html = get(client, profile.url)[1]
    assert "Visible Person" in anonymous_html and "Quietly Kept Trust" not in anonymous_html
    member = client.__class__()
    member.force_login(member_user)
    response, html = get(member, profile.url)
    assert response[HEADER] == "bypass"
    assert "Quietly Kept Trust" in html
    # …and the member's view was not stored for the next anonymous visitor.
    response, html = get(client, profile.url)
    assert response[HEADER] == "hit"  # the anonymous copy stored on the first visit
    assert "Visible Person" in html and "Quietly Kept Trust" not in html


def test_pages_with_forms_are_never_stored(client, join_page):
    for _ in range(2):
        response = client.get(join_page.url)
        assert response.status_code == 200
        assert response[HEADER] == "bypass"
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_restricted_pages_and_previews_are_never_stored(client, make_page, admin_client):
    private = make_page("Members corner", restricted=True)
    assert client.get(private.url).status_code == 302
    assert client.get(private.url)[HEADER] == "bypass"
    assert PageViewRestriction.objects.filter(page=private).exists()

    public = make_page("Open page")
    public.title = "Open page, draft in preview"
    public.save_revision()
    # The preview renders the draft through the site's middleware, at the page's address, as
    # the signed-in editor: never stored, so never served to the anonymous visitors after.
    preview_url = reverse("wagtailadmin_pages:view_draft", args=[public.pk])
    for _ in range(2):
        response = admin_client.get(preview_url)
        assert response.status_code == 200
        assert "Open page, draft in preview" in response.content.decode()
        assert response[HEADER] == "bypass"
    response, html = get(client, public.url)
    assert response[HEADER] == "miss"
    assert "Open page" in html and "draft in preview" not in html


def test_a_restriction_added_later_takes_the_page_out_of_the_cache(client, make_page):
    page = make_page("Was open")
    client.get(page.url)
    assert client.get(page.url)[HEADER] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302


def test_pending_messages_bypass_the_cache(client, blog):
    client.get("/blog/")
    client.cookies["messages"] = "something-to-say"
    assert client.get("/blog/")[HEADER] == "bypass"


def test_search_and_errors_are_not_stored(client, blog):
    make_post(blog, "Leadership in practice")
    search = client.get("/search/?q=leadership")
    assert search.status_code == 200 and "Leadership in practice" in search.content.decode()
    assert HEADER not in search
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/no-such-page/")[HEADER] == "bypass"


def test_losing_the_generation_token_makes_everything_stale(client, blog):
    from django.core.cache import cache

    from lead.pagecache import GENERATION_KEY

    client.get("/blog/")
    cache.delete(GENERATION_KEY)
    assert client.get("/blog/")[HEADER] == "miss"
    assert client.get("/blog/")[HEADER] == "hit"


def test_posts_are_never_stored_nor_answered_from_the_cache(client, blog):
    """A Wagtail page answers POST as it answers GET: a POST's answer is never stored for
    the GETs after it, and a stored page never answers a POST."""
    make_post(blog, "Answered to a POST")
    posted = client.post("/blog/", {"note": "first"})
    assert posted.status_code == 200 and "Answered to a POST" in posted.content.decode()
    assert posted.get(HEADER) in (None, "bypass")
    fetched = client.get("/blog/")
    assert fetched.status_code == 200 and fetched[HEADER] == "miss"  # nothing stored
    assert client.get("/blog/")[HEADER] == "hit"  # positive control: the GET was stored…
    posted = client.post("/blog/", {"note": "second"})
    assert posted.status_code == 200 and "Answered to a POST" in posted.content.decode()
    assert posted.get(HEADER) in (None, "bypass")  # …and is not replayed to a POST


def test_a_response_marked_private_is_never_stored(client, home_page):
    calls = []

    def personal(request):
        calls.append(request.path)
        response = HttpResponse(f"<p>Only for you, answer {len(calls)}</p>")
        response["Cache-Control"] = "private, max-age=60"
        return response

    def shared(request):
        calls.append(request.path)
        return HttpResponse("<p>The same for everyone</p>")

    urls = type("urls", (), {"urlpatterns": [path("personal/", personal), path("shared/", shared)]})
    with override_settings(ROOT_URLCONF=urls):
        first, second = client.get("/personal/"), client.get("/personal/")
        assert first[HEADER] == second[HEADER] == "bypass"
        assert "private" in second["Cache-Control"]
        assert second.content == b"<p>Only for you, answer 2</p>"  # the view ran again
        assert calls == ["/personal/", "/personal/"]
        # Positive control: the same kind of view, not private, is stored and replayed.
        assert [client.get("/shared/")[HEADER] for _ in range(2)] == ["miss", "hit"]
        assert calls.count("/shared/") == 1


def test_a_publish_is_seen_once_its_transaction_commits(
    client, blog, django_capture_on_commit_callbacks
):
    """Between a publish and its commit another server, whose database does not show the
    publish yet, can render the old page and store it under the token the publish has just
    made: the token is replaced again after the commit, so that copy is never served."""
    post = make_post(blog, "Racing the commit", body="Words before the commit.")
    old = client.get(post.url)
    assert old[HEADER] == "miss" and "Words before the commit." in old.content.decode()
    key = pagecache._page_key(RequestFactory().get(post.url))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post = BlogPage.objects.get(pk=post.pk)
        post.body = paragraphs("Words after the commit.")
        post.save_revision().publish()
        during = client.get(post.url)
        assert during[HEADER] == "miss"  # stored under the publish's new token
        # …with the page as the other server rendered it, from before the commit.
        cache.set(key, {**cache.get(key), "content": old.content}, 600)
        assert client.get(post.url)[HEADER] == "hit"
    for callback in callbacks:  # the commit
        callback()
    response, html = get(client, post.url)
    assert response[HEADER] == "miss"
    assert "Words after the commit." in html and "Words before the commit." not in html


def test_off_when_page_cache_seconds_is_zero(client, blog, settings):
    settings.LEAD_PAGE_CACHE_SECONDS = 0
    make_post(blog, "Rendered every time")
    client.get("/blog/")
    with CaptureQueriesContext(connection) as queries:
        response, html = get(client, "/blog/")
    assert response.status_code == 200 and "Rendered every time" in html
    assert len(queries) > 0  # rendered from the database, not replayed
    assert HEADER not in response


def test_cdn_headers_only_when_a_frontend_cache_is_configured(client, blog, settings):
    stored = client.get("/blog/")
    assert stored.status_code == 200 and stored[HEADER] == "miss"  # stored here, no CDN headers
    assert "s-maxage" not in stored.get("Cache-Control", "")
    settings.LEAD_FRONTEND_CACHE_SECONDS = 300
    client.get("/blog/?v=2")  # a fresh key: stored with the CDN headers
    replayed = client.get("/blog/?v=2")
    assert replayed[HEADER] == "hit"
    # The CDN may keep it for 300 s; browsers must ask again each time.
    assert sorted(replayed["Cache-Control"].split(", ")) == ["max-age=0", "public", "s-maxage=300"]


def test_signed_in_visitors_get_cached_fragments_that_follow_publishing(
    client, blog, home_page, member_user
):
    """Signed-in pages are rendered each time, but the footer and a post's body come from
    fragments cached with the content version: reused until something is published."""
    post = make_post(blog, "Fragments", body="The first body text.")
    client.force_login(member_user)
    client.get(post.url)
    # Changed behind the site's back (no signal): the cached fragments still show the old text.
    SiteSettings.objects.filter(pk=SiteSettings.for_site(home_page.get_site()).pk).update(
        organisation_name="Renamed quietly"
    )
    BlogPage.objects.filter(pk=post.pk).update(body=paragraphs("Edited quietly."))
    html = client.get(post.url).content.decode()
    assert "The first body text." in html
    assert "Renamed quietly</p>" not in html

    # A publish changes the content version: both fragments are rendered afresh.
    post = BlogPage.objects.get(pk=post.pk)
    post.body = paragraphs("A corrected body text.")
    post.save_revision().publish()
    html = client.get(post.url).content.decode()
    assert "A corrected body text." in html
    assert "The first body text." not in html
    assert "Renamed quietly</p>" in html


def test_frontend_cache_purges_the_page_and_the_pages_that_list_it(blog, home_page, settings):
    from . import recording_cdn

    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "tests.production.recording_cdn.RecordingBackend"}
    }
    recording_cdn.PURGED.clear()
    post = make_post(blog, "Purge me", categories=["peer-support"], tags=["training"])
    purged = set(recording_cdn.PURGED)
    base = home_page.get_site().root_url
    assert f"{base}/blog/purge-me/" in purged
    assert {f"{base}/blog/", f"{base}/blog/feed/rss/", f"{base}/blog/feed/atom/"} <= purged
    assert f"{base}/blog/category/peer-support/" in purged
    assert f"{base}/blog/tag/training/" in purged
    assert f"{base}/" in purged

    recording_cdn.PURGED.clear()
    post.unpublish()
    assert f"{base}/blog/purge-me/" in recording_cdn.PURGED
    assert f"{base}/blog/" in recording_cdn.PURGED


def test_frontend_cache_settings_come_from_the_environment():
    from django.core.exceptions import ImproperlyConfigured

    from lead.settings.env import frontend_cache_backends

    assert frontend_cache_backends({}) == {}
    cloudflare = frontend_cache_backends(
        {
            "FRONTEND_CACHE_BACKEND": "cloudflare",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFLARE_ZONE_ID": "zone",
        }
    )["default"]
    assert cloudflare["BACKEND"].endswith("CloudflareBackend")
    assert cloudflare["ZONEID"] == "zone"
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_ZONE_ID"):
        frontend_cache_backends(
            {"FRONTEND_CACHE_BACKEND": "cloudflare", "CLOUDFLARE_API_TOKEN": "t"}
        )
    with pytest.raises(ImproperlyConfigured, match="must be one of"):
        frontend_cache_backends({"FRONTEND_CACHE_BACKEND": "akamai"})


def test_changes_from_a_members_account_reach_the_stored_profile(client, other_member):
    """The account page changes live profiles without publishing them (no publishing
    signal): turning relayed messages off takes the stored profile's contact box away."""
    from django.test import Client

    from membership.accounts import member_of

    profile = other_member
    contact = f"{profile.url}contact/"
    assert contact in get(client, profile.url)[1]
    assert client.get(profile.url)[HEADER] == "hit"
    account = Client()
    account.force_login(member_of(profile))
    choices = {
        name: getattr(profile, name)
        for name in ("photo_visibility", "region_visibility", "organisation_visibility",
                     "lived_experience_visibility", "payment_visibility")
    }  # fmt: skip
    assert account.post("/account/visibility/", choices).status_code == 302
    response, html = get(client, profile.url)
    assert response[HEADER] == "miss"
    assert profile.title in html and contact not in html


class OutageCache:
    """The shared cache as lead.cache answers while Redis cannot be reached (every read a miss,
    every write lost and answered False), and as itself once `down` is over."""

    def __init__(self, real):
        self.real, self.down = real, False

    def get(self, key, default=None):
        return default if self.down else self.real.get(key, default)

    def get_many(self, keys):
        return {} if self.down else self.real.get_many(keys)

    def set(self, *args, **kwargs):
        return False if self.down else self.real.set(*args, **kwargs)

    def add(self, *args, **kwargs):
        return False if self.down else self.real.add(*args, **kwargs)


def test_a_publish_during_a_cache_outage_is_not_forgotten_when_the_cache_is_back(
    client, blog, monkeypatch
):
    """Redis unreachable (not restarted: it still holds the pages stored before) while an
    editor publishes: once it answers again, the old copies must not come back."""
    make_post(blog, "Before the outage")
    client.get("/blog/")
    assert client.get("/blog/")[HEADER] == "hit"
    shared = OutageCache(pagecache.cache)
    monkeypatch.setattr(pagecache, "cache", shared)

    shared.down = True
    make_post(blog, "Published while Redis was away")
    assert "Published while Redis was away" in get(client, "/blog/")[1]  # from the database

    shared.down = False
    response, html = get(client, "/blog/")
    assert response[HEADER] == "miss"
    assert "Published while Redis was away" in html
    assert client.get("/blog/")[HEADER] == "hit"  # and the cache works as before


def unwire():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.disconnect(pagecache.invalidate)
    for signal in (page_published, page_unpublished):
        signal.disconnect(pagecache.purge_listings_from_frontend_cache)
    post_save.disconnect(pagecache._on_model_change)
    post_delete.disconnect(pagecache._on_model_change)


def test_start_up_wires_the_cache_to_every_change_it_follows(blog, home_page, make_page, settings):
    """pagecache.connect(), run at start-up, is what makes publishing reach visitors: with its
    wiring undone nothing follows a publish; wired again, every kind of change does."""
    from . import recording_cdn

    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "tests.production.recording_cdn.RecordingBackend"}
    }
    base = home_page.get_site().root_url

    def bumps(action):
        before = pagecache.current_generation()
        action()
        return pagecache.current_generation() != before

    unwire()
    try:
        recording_cdn.PURGED.clear()
        # The control: unwired, a publish leaves every stored page fresh, and no listing purged.
        assert not bumps(lambda: make_post(blog, "Wiring check"))
        assert f"{base}/" not in recording_cdn.PURGED

        pagecache.connect()
        post = BlogPage.objects.get(slug="wiring-check")
        assert bumps(lambda: post.save_revision().publish())
        assert f"{base}/" in recording_cdn.PURGED  # the home page that lists it
        recording_cdn.PURGED.clear()
        assert bumps(post.unpublish)
        assert f"{base}/blog/" in recording_cdn.PURGED
        other = make_post(blog, "Wiring move")
        assert bumps(lambda: other.move(home_page, pos="last-child"))
        assert bumps(lambda: Page.objects.get(pk=other.pk).delete())
        plain = make_page("Wiring plain page")  # a page with no rows of its own elsewhere
        assert bumps(lambda: Page.objects.get(pk=plain.pk).delete())
        region = Region(name="Wiring region", slug="wiring-region")
        assert bumps(region.save)  # a taxonomy term added, renamed or removed
        region.name = "Wiring region, renamed"
        assert bumps(region.save)
        assert bumps(region.delete)
    finally:
        unwire()
        pagecache.connect()


@pytest.mark.parametrize(
    ("case", "stored"),
    [
        ("an ordinary page", True),
        ("sets a cookie", False),
        ("rendered a CSRF token", False),
        ("not found", False),
        ("private", False),
        ("no-store", False),
        ("no-cache", False),
        ("exactly the largest size stored", True),
        ("one byte over it", False),
    ],
)
def test_what_a_stored_page_may_not_carry(rf, case, stored):
    """The rules themselves, one at a time, each against an otherwise storable page."""
    request = rf.get("/somewhere/")
    response = HttpResponse("<p>A page</p>")
    if case == "sets a cookie":
        response.set_cookie("visitor", "someone")
    elif case == "rendered a CSRF token":
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # even before the cookie is written
    elif case == "not found":
        response.status_code = 404
    elif case in ("private", "no-store", "no-cache"):
        response["Cache-Control"] = f"max-age=60, {case}"
    elif case == "exactly the largest size stored":
        response.content = b"x" * pagecache.MAX_BYTES
    elif case == "one byte over it":
        response.content = b"x" * (pagecache.MAX_BYTES + 1)
    assert pagecache._response_is_cacheable(request, response) is stored


def test_records_no_public_page_shows_leave_the_stored_pages_fresh(home_page):
    """A feature's private records (role alerts here) say they change no public page; a
    taxonomy term, which pages show, makes every stored page stale."""
    from django.contrib.auth import get_user_model

    from opportunities.models import RoleAlert

    user = get_user_model().objects.create_user("alerts", "alerts@example.com", "pw-12345-x")
    before = pagecache.current_generation()
    RoleAlert.objects.create(member=user, enabled=True)
    assert pagecache.current_generation() == before
    Region.objects.create(name="Fresh region", slug="fresh-region")
    assert pagecache.current_generation() != before


@pytest.mark.parametrize("url", ["/blog/feed/rss/", "/events/calendar.ics"])
def test_a_stored_feed_still_answers_conditional_requests(client, home_page, url):
    """Feed readers poll: a stored copy keeps its validators and answers 304 without the
    database, and a publish makes it stale like any page."""

    def publish(title):
        if url.startswith("/blog/"):
            make_post(blog_index(home_page), title)
        else:
            make_event(events_index(home_page), title)

    publish("Paying people fairly")
    first = client.get(url)
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        unchanged = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert len(queries) == 0
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    full = client.get(url)
    assert full[HEADER] == "hit" and full.content == first.content

    publish("Paid involvement, in practice")
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed[HEADER] == "miss"
    assert "/paid-involvement-in-practice/" in changed.content.decode()


def test_a_token_made_anew_after_the_cache_lost_it_lasts_as_long_as_the_pages(client, blog):
    """The cache lost the generation token (a restart, an eviction): the one made anew is kept
    without expiry, so pages stored with it are served for their ten minutes, not only for
    the cache's five-minute default."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    cache.clear()
    assert client.get("/blog/")[HEADER] == "miss"
    with time_machine.travel(timezone.now() + timedelta(seconds=400)):
        assert client.get("/blog/")[HEADER] == "hit"


# --- stored compressed (BREACH: only what is stored, which has no token or personal data) ----

BROWSER = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br, zstd"}


def varies_on(response):
    return {token.strip().lower() for token in response.get("Vary", "").split(",")}


def test_a_stored_page_is_compressed_once_and_sent_compressed_to_browsers(
    client, blog, monkeypatch
):
    import gzip

    make_post(blog, "Paying people fairly")
    compressions = []
    compress = gzip.compress
    monkeypatch.setattr(
        gzip, "compress", lambda *a, **k: compressions.append(1) or compress(*a, **k)
    )

    first = client.get("/blog/", **BROWSER)
    assert first[HEADER] == "miss" and first["Content-Encoding"] == "gzip"
    html = gzip.decompress(first.content).decode()
    assert "Paying people fairly" in html and "</html>" in html
    assert int(first["Content-Length"]) == len(first.content) < len(html.encode()) / 2
    assert "accept-encoding" in varies_on(first)
    with CaptureQueriesContext(connection) as queries:
        hits = [client.get("/blog/", **BROWSER) for _ in range(3)]
    assert len(queries) == 0 and len(compressions) == 1  # compressed when stored, never again
    assert all(hit[HEADER] == "hit" and hit.content == first.content for hit in hits)
    assert all(hit["Content-Encoding"] == "gzip" for hit in hits)

    # A client that does not take gzip (or refuses it) gets the same page, uncompressed.
    for headers in ({}, {"HTTP_ACCEPT_ENCODING": "gzip;q=0, identity"}):
        plain = client.get("/blog/", **headers)
        assert plain[HEADER] == "hit" and not plain.has_header("Content-Encoding")
        assert plain.content.decode() == html
        assert int(plain["Content-Length"]) == len(plain.content)
        assert "accept-encoding" in varies_on(plain)


@pytest.mark.parametrize(
    ("accept", "gzip_ok"),
    [
        ("gzip", True),
        ("GZIP;q=0.5, br", True),
        ("br, gzip ; q=1.0", True),
        ("deflate, br", False),
        ("gzip;q=0", False),
        ("gzip;q=0.000", False),
        ("gzip;q=x", False),
        ("x-gzip-ish", False),
        ("", False),
    ],
)
def test_which_clients_take_gzip(rf, accept, gzip_ok):
    assert pagecache._accepts_gzip(rf.get("/", HTTP_ACCEPT_ENCODING=accept)) is gzip_ok


def test_pages_the_cache_does_not_store_are_never_compressed(client, join_page, blog, member_user):
    """A form's CSRF token, a signed-in page, a search echoing what was typed: none of them
    is compressed here, so a secret is never compressed beside an attacker's text."""
    make_post(blog, "Leadership in practice")
    form = client.get(join_page.url, **BROWSER)
    assert form[HEADER] == "bypass" and "csrfmiddlewaretoken" in form.content.decode()
    assert not form.has_header("Content-Encoding")
    search = client.get("/search/?q=leadership", **BROWSER)
    assert "Leadership in practice" in search.content.decode()
    assert not search.has_header("Content-Encoding")
    client.force_login(member_user)
    signed_in = client.get("/blog/", **BROWSER)
    assert signed_in[HEADER] == "bypass" and "Leadership in practice" in signed_in.content.decode()
    assert not signed_in.has_header("Content-Encoding")
    client.logout()
    # Positive control: the same blog page, anonymous, is stored and compressed.
    assert client.get("/blog/", **BROWSER)["Content-Encoding"] == "gzip"


def test_a_tiny_answer_is_stored_as_it_is(client, home_page):
    urls = type("urls", (), {"urlpatterns": [path("tiny/", lambda r: HttpResponse("<p>ok</p>"))]})
    with override_settings(ROOT_URLCONF=urls):
        first, second = client.get("/tiny/", **BROWSER), client.get("/tiny/", **BROWSER)
    assert [first[HEADER], second[HEADER]] == ["miss", "hit"]
    assert second.content == b"<p>ok</p>" and not second.has_header("Content-Encoding")
    assert second["Content-Length"] == "9"
    assert "accept-encoding" in varies_on(second)


@pytest.mark.parametrize(("size", "compressed"), [(pagecache.MIN_GZIP_BYTES - 1, False),
                                                  (pagecache.MIN_GZIP_BYTES, True)])  # fmt: skip
def test_answers_from_the_threshold_up_are_compressed(client, home_page, size, compressed):
    body = ("a" * size).encode()  # compresses well at any size: only the threshold decides
    urls = type("urls", (), {"urlpatterns": [path("sized/", lambda r: HttpResponse(body))]})
    with override_settings(ROOT_URLCONF=urls):
        client.get("/sized/", **BROWSER)
        hit = client.get("/sized/", **BROWSER)
    assert hit[HEADER] == "hit" and hit.has_header("Content-Encoding") is compressed
    assert (gzip_module.decompress(hit.content) if compressed else hit.content) == body


def test_an_answer_the_view_encoded_itself_is_stored_and_sent_as_it_is(client, home_page):
    body = b"already brotli-encoded bytes, as a view might send them " * 10

    def encoded(request):
        response = HttpResponse(body)
        response["Content-Encoding"] = "br"
        return response

    urls = type("urls", (), {"urlpatterns": [path("encoded/", encoded)]})
    with override_settings(ROOT_URLCONF=urls):
        first, hit = client.get("/encoded/", **BROWSER), client.get("/encoded/", **BROWSER)
    for response in (first, hit):
        assert response["Content-Encoding"] == "br" and response.content == body
    assert hit[HEADER] == "hit"


def test_a_compressed_feed_still_answers_conditional_requests(client, home_page):
    """The compressed copy is another representation: its ETag is weak, and a reader holding
    either validator is still told nothing changed."""
    import gzip

    make_post(blog_index(home_page), "Paying people fairly")
    plain = client.get("/blog/feed/rss/")
    packed = client.get("/blog/feed/rss/", **BROWSER)
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert plain["ETag"].startswith('"') and packed["ETag"] == "W/" + plain["ETag"]
    for etag in (plain["ETag"], packed["ETag"]):
        again = client.get("/blog/feed/rss/", HTTP_IF_NONE_MATCH=etag, **BROWSER)
        assert again.status_code == 304 and again.content == b""
    make_post(blog_index(home_page), "Paid involvement, in practice")
    changed = client.get("/blog/feed/rss/", HTTP_IF_NONE_MATCH=packed["ETag"], **BROWSER)
    assert changed.status_code == 200
    assert b"paid-involvement-in-practice" in gzip.decompress(changed.content)


def test_the_token_a_publish_makes_lasts_as_long_as_the_pages(client, blog):
    """A publish stores a new generation token without expiry: were it to lapse with the
    cache's five-minute default, every page would go stale with it for no reason."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    assert client.get("/blog/")[HEADER] == "miss"
    make_post(blog, "Paying people fairly")  # publishing makes a new token
    assert client.get("/blog/")[HEADER] == "miss"
    with time_machine.travel(timezone.now() + timedelta(seconds=400)):
        hit = client.get("/blog/")
    assert hit[HEADER] == "hit" and "Paying people fairly" in hit.content.decode()
