"""Plant a unique token where only editors should see it, then read every public output."""

import json

from wagtail.models import Page

from ..factories import make_page
from ..sitemaps import LOC, local, sitemaps
from .planters import PrivateFile, restrict_to_members
from .registry import LEAK_PLANTERS, PUBLIC_OUTPUTS


def search_key(token):
    """A second word planted beside the token: outputs that echo what they were asked (search)
    are queried with this key, so a leak shows as the token in their results."""
    return "findme" + token[::-1]


def plant_token(home_page, token, viewer_signed_in=False):
    """Put `token` in a draft revision of a live page, an unpublished page, a page that was
    published and then unpublished, a login-restricted page and a members-only page (a
    restriction to the Members group). Returns the planted pages.

    A login restriction admits anyone signed in, by design: for a signed-in viewer that page
    is planted without the token (it is theirs to read), and the members-only one keeps it."""
    token = f"{token} {search_key(token)}"
    # 1. A draft revision of a live page: the live version must stay what visitors see.
    about = home_page.get_children().get(slug="about").specific
    about.title = f"About {token}"
    about.intro = f"Draft intro {token}"
    about.search_description = f"Draft description {token}"
    about.body = json.dumps([{"type": "paragraph", "value": f"<p>Draft body {token}</p>"}])
    about.save_revision()

    planted = [about]
    # 2. Never published; 3. published, then unpublished; 4. login-restricted; 5. members only.
    for kind in ("draft", "withdrawn", "restricted", "members-restricted"):
        words = "open to anyone signed in" if kind == "restricted" and viewer_signed_in else token
        page = make_page(
            home_page,
            f"{kind.title()} {words}",
            slug=f"planted-{kind}",  # the address itself is public knowledge: no token
            intro=f"{kind} {words}",
            show_in_menus=True,
            live=kind != "draft",
            restricted=kind == "restricted",
        )
        if kind == "withdrawn":
            page.unpublish()
        if kind == "members-restricted":
            restrict_to_members(page)
        planted.append(Page.objects.get(pk=page.pk))
    for plant in LEAK_PLANTERS:
        planted += plant(home_page, token)
    return planted


def public_urls(client, token, planted):
    """Every registered public output, every page in the sitemap, and the planted pages' own
    addresses (which must answer 404 or a sign-in redirect, without the token)."""
    urls = [url.format(key=search_key(token)) for url in PUBLIC_OUTPUTS]
    documents = sitemaps(client)
    urls += list(documents)  # each section's sitemap is an output too
    urls += [local(loc) for text in documents.values() for loc in LOC.findall(text)]
    urls += [page.url or f"/{page.slug}/" for page in planted]
    return list(dict.fromkeys(urls))


def assert_private_files_refused(client, planted):
    """Every planted private file's address answers 404, with nothing of the file. Returns
    how many were fetched."""
    files = [item.url for item in planted if isinstance(item, PrivateFile)]
    for url in files:
        response = client.get(url)
        assert response.status_code == 404, f"{url} answered {response.status_code}"
        assert not response.get("Content-Type", "").startswith("image/"), url
    return len(files)


def assert_token_absent(client, token, planted):
    fetched = 0
    for url in public_urls(client, token, planted):
        response = client.get(url)
        assert response.status_code < 500, f"{url} answered {response.status_code}"
        content = response.content.decode(errors="replace")
        where = f"{url} ({response.status_code})"
        assert token not in content, f"the planted token leaked through {where}"
        assert token not in response.get("Location", ""), f"token in a redirect from {where}"
        fetched += 1
    return fetched
