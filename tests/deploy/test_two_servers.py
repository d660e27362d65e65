"""Two gunicorn servers sharing PostgreSQL and Redis behave as one site.

Runs only with DATABASE_URL on PostgreSQL and REDIS_URL set (the second phase of .ci/run, which
sets REQUIRE_DEPLOY_TESTS=1 so that a missing service fails instead of skipping). The site gets
a database of its own (lead_two_servers_<worker>), made afresh: not pytest-django's test
database, which this test never touches. Both servers start as `make serve` starts gunicorn
(lead/gunicorn.conf.py, production settings), over plain http on 127.0.0.1.
"""

import os
import secrets
import uuid

import pytest

from devtools.site import (
    Client,
    Server,
    database_url_for,
    manage,
    prepare_site,
    production_env,
    recreate_database,
    site_files,
)

from ..factories import JOIN_ANSWERS

DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
PASSWORD = "two-servers-" + secrets.token_urlsafe(12)
TITLE = f"Fresh on both servers {uuid.uuid4().hex[:8]}"


def _requirements():
    if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
        return "needs DATABASE_URL=postgres://... (two servers cannot share an SQLite file)"
    if not REDIS_URL:
        return "needs REDIS_URL (the shared cache, sessions' and rate limits' common ground)"
    return None


missing = _requirements()
if missing and os.environ.get("REQUIRE_DEPLOY_TESTS") == "1":
    pytest.fail(f"REQUIRE_DEPLOY_TESTS=1 but the two-server test {missing}", pytrace=False)
# .ci/run distributes whole modules (--dist loadscope), so one pytest-xdist worker runs all
# three and the site is built once; other ways of running still work, one site per worker.
pytestmark = [
    pytest.mark.skipif(bool(missing), reason=f"two-server test {missing}"),
    pytest.mark.real_clock,
]

SETUP = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from blog.models import BlogPage
from membership.models import Membership
from network.models import ProfilePage

User = get_user_model()
User.objects.create_superuser("ops-admin", "ops-admin@example.com", {password!r})
member = User.objects.create_user("ops-member@example.com", "ops-member@example.com", {password!r})
member.groups.add(Group.objects.get(name="Members"))
profile = ProfilePage.objects.live().public().order_by("pk").first()
Membership.objects.update_or_create(profile=profile, defaults={{"member": member}})
source = BlogPage.objects.live().public().order_by("pk").first()
draft = source.copy(
    to=source.get_parent(),
    update_attrs={{"title": {title!r}, "draft_title": {title!r}, "slug": {slug!r},
                  "date": timezone.localdate()}},
    keep_live=False,
    copy_revisions=False,
)
draft.save_revision()
print("DRAFT", draft.pk, draft.url_path.split("/", 2)[2])
print("PROFILE", profile.title)
"""


@pytest.fixture(scope="module")
def site():
    """(server A, server B, the draft post's id, its URL, the member's profile title)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    url = database_url_for(DATABASE_URL, f"lead_two_servers_{worker}")
    recreate_database(url)
    with site_files(f"two-servers-{worker}") as files:
        env = production_env(
            DATABASE_URL=url,
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=f"lead-two-servers-{uuid.uuid4().hex[:8]}",
            SECRET_KEY=secrets.token_urlsafe(50),  # one key for both: sessions and CSRF tokens
            LOG_REQUESTS="false",
            **files,
        )
        prepare_site(env)
        slug = "fresh-on-both-servers"
        setup = SETUP.format(password=PASSWORD, title=TITLE, slug=slug)
        output = manage(env, "shell", "-c", setup)
        lines = dict(line.split(" ", 1) for line in output.splitlines() if " " in line)
        draft_id, draft_path = lines["DRAFT"].split(" ", 1)
        with Server(env, "A") as a, Server(env, "B") as b:
            yield a, b, int(draft_id), "/" + draft_path, lines["PROFILE"]


def _bulk(client, action, page_id):
    """Publish or unpublish one page through the admin's bulk action (confirm, then POST)."""
    path = f"/admin/bulk/wagtailcore/page/{action}/?id={page_id}&next=/admin/"
    token, page = client.form(path)
    assert page.status == 200
    response = client.post(path, {"csrfmiddlewaretoken": token})
    assert response.status == 302, f"{action}: {response.status}"


# What each page shows whatever is published: evidence that B served the page itself.
HEADINGS = {
    "/blog/": "<h1>Blog</h1>",
    "/": '<h1 id="hero-heading">Lived experience is leadership</h1>',
}


def assert_not_found(response):
    assert response.status == 404 and "Page not found" in response.text, response.status


def test_a_publish_through_one_server_is_served_fresh_by_the_other(site):
    a, b, draft_id, post_path, _profile = site
    visitor_b = Client(b.port)
    served_from_cache = []
    for path, heading in HEADINGS.items():
        for _ in range(2):  # the second visit comes from B's page cache, when there is one
            response = visitor_b.get(path)
            assert response.status == 200 and heading in response.text, path
            assert TITLE not in response.text
            served_from_cache.append(response.header("X-Lead-Cache"))
    if any(served_from_cache):  # the anonymous page cache is on: make sure it was used
        assert "hit" in served_from_cache, served_from_cache
    assert_not_found(visitor_b.get(post_path))

    editor_a = Client(a.port)
    editor_a.sign_in("/admin/login/", "ops-admin", PASSWORD, "/admin/")
    _bulk(editor_a, "publish", draft_id)
    for path in HEADINGS:
        assert TITLE in visitor_b.get(path).text, f"B's {path} does not show the new post"
    post = visitor_b.get(post_path)
    assert post.status == 200 and f"<h1>{TITLE}</h1>" in post.text

    _bulk(editor_a, "unpublish", draft_id)
    for path, heading in HEADINGS.items():
        response = visitor_b.get(path)
        assert response.status == 200 and heading in response.text, path
        assert TITLE not in response.text, f"B's {path} still shows the post"
    assert_not_found(visitor_b.get(post_path))


def test_a_session_started_on_one_server_works_on_the_other(site):
    a, b, _draft, _post, profile_title = site
    editor = Client(a.port)
    editor.sign_in("/admin/login/", "ops-admin", PASSWORD, "/admin/")
    on_b = Client(b.port)
    on_b.cookies = dict(editor.cookies)
    dashboard = on_b.get("/admin/")
    assert dashboard.status == 200 and "LEAD, the Lived Experience Advisory Directory" in (
        dashboard.text
    )
    assert Client(b.port).get("/admin/").status == 302  # without the cookie: to sign in

    member = Client(b.port)
    member.sign_in("/account/login/", "ops-member@example.com", PASSWORD, "/account/")
    on_a = Client(a.port)
    on_a.cookies = dict(member.cookies)
    account = on_a.get("/account/")
    assert account.status == 200 and profile_title in account.text


def test_rate_limits_are_counted_once_for_both_servers(site):
    a, b, *_rest = site
    visitor = {a.port: Client(a.port), b.port: Client(b.port)}
    statuses = []
    for n in range(7):  # join allows 5 an hour per address: the sixth is refused
        client = visitor[(a, b)[n % 2].port]
        token, page = client.form("/join/")
        key = page.text.split('name="submission_key" value="', 1)[1].split('"', 1)[0]
        data = {
            **JOIN_ANSWERS,
            "display_name": f"Shared Limit {n}",
            "email": f"limit{n}@example.com",
            "csrfmiddlewaretoken": token,
            "submission_key": key,
        }
        statuses.append(client.post("/join/", data).status)
    # Each server saw three or four: only a shared count reaches the limit.
    assert statuses == [302] * 5 + [429, 429]
