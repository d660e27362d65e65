"""The editor guide names only what is really there: every menu path it gives is in the admin
menu of the person it is written for, every button, tab, field and heading it names in bold
is on the screen where it says, and every admin address it links to opens.

The guide marks what it names: `class="guide-menu"` for a menu path ("Blog › Posts"),
`class="guide-label"` for words on a screen, `data-role` for whose screen (editor unless
said). A label the guide gains must be added to WHERE below, saying where to find it."""

from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail.admin.menu import admin_menu
from wagtail.models import Page

from events.models import EventIndexPage
from home.editorial.roles import EDITORS, MODERATORS
from membership.accounts import member_of
from membership.models import ContactRequest

from ..factories import UserFactory, make_post

pytestmark = pytest.mark.django_db


@dataclass
class Site:
    """The pages the guide's labels are found on."""

    blog: Page
    events: Page
    profile: Page
    in_review: Page
    contact: ContactRequest


def post_form(site):
    return reverse("wagtailadmin_pages:add", args=["blog", "blogpage", site.blog.pk])


def event_form(site):
    return reverse("wagtailadmin_pages:add", args=["events", "eventpage", site.events.pk])


def profile_edit(site):
    return reverse("wagtailadmin_pages:edit", args=[site.profile.pk])


def review_edit(site):
    return reverse("wagtailadmin_pages:edit", args=[site.in_review.pk])


def contact_edit(site):
    return reverse("membership_contactrequest_modeladmin_edit", args=[site.contact.pk])


def contact_page(site):
    return reverse("membership_contactrequest_modeladmin_inspect", args=[site.contact.pk])


# (label, whose screen) -> the address of the screen that shows it.
WHERE = {
    ("Add blog post", "editor"): lambda site: "/admin/blog/blogpage/",
    ("Add child page", "editor"): lambda site: f"/admin/pages/{site.blog.pk}/",
    ("Promote", "editor"): post_form,
    ("Content note", "editor"): post_form,
    ("References", "editor"): post_form,
    ("Categories and tags", "editor"): post_form,
    ("Save draft", "editor"): post_form,
    ("Submit to Post review", "editor"): post_form,
    ("Add event", "editor"): lambda site: "/admin/events/eventpage/",
    ("Booking and access", "editor"): event_form,
    ("Lived-experience contributors are paid", "editor"): event_form,
    ("Moved online", "editor"): event_form,
    ("Members only", "editor"): event_form,
    ("Online", "editor"): event_form,
    ("Submit to Moderators approval", "editor"): event_form,
    ("Awaiting your review", "moderator"): lambda site: "/admin/",
    ("Private", "moderator"): profile_edit,
    ("Save draft", "moderator"): review_edit,
    ("Approve and Publish", "moderator"): review_edit,
    ("Request changes", "moderator"): review_edit,
    ("Contact …", "visitor"): lambda site: site.profile.url,
    ("Write to …", "visitor"): lambda site: site.profile.url,
    ("Passed on to the member", "moderator"): contact_edit,
    ("New (not passed on yet)", "moderator"): contact_edit,
    ("Inspect", "moderator"): lambda site: reverse("membership_contactrequest_modeladmin_index"),
    ("Forward to the member", "moderator"): contact_page,
    ("Reply to the requester", "moderator"): contact_page,
    ("Mark spam", "moderator"): contact_page,
    ("Withdraw from the network", "member"): lambda site: reverse("membership:withdraw"),
    ("Actions", "moderator"): profile_edit,
    ("Erase member", "moderator"): profile_edit,
    ("Unpublish", "moderator"): profile_edit,
    ("Erase this member's data", "moderator"): (
        lambda site: reverse("membership_erase", args=[site.profile.pk])
    ),
}


@pytest.fixture
def people(other_member):
    return {
        "editor": UserFactory(username="guide-editor", groups=[EDITORS]),
        "moderator": UserFactory(username="guide-moderator", groups=[MODERATORS]),
        "administrator": UserFactory(username="guide-admin", is_superuser=True, is_staff=True),
        "member": member_of(other_member),
        "visitor": None,
    }


@pytest.fixture
def site(blog, other_member, people):
    post = make_post(blog, "Waiting for review", live=False)
    post = Page.objects.get(pk=post.pk).specific
    post.get_workflow().start(post, people["editor"])
    contact = ContactRequest.objects.create(
        profile=other_member,
        sender_name="Sender",
        sender_email="sender@example.org",
        purpose="speaking",
        message="Would you speak at our event?",
    )
    return Site(blog, EventIndexPage.objects.get(), other_member, post, contact)


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def guide(people):
    response = client_for(people["editor"]).get(reverse("editor_guide"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".lead-guide")


def named(guide_html, kind):
    return {
        (" ".join(tag.get_text().split()), tag.get("data-role", "editor"))
        for tag in guide_html.select(f".guide-{kind}")
    }


def screen_texts(html):
    """What a screen says on its buttons, links, tabs, labels, options and headings (full and
    first words: a tab's label is followed by its error count), and in aria-labels."""
    soup = BeautifulSoup(html, "html.parser")
    texts = set()
    tags = ["a", "button", "label", "legend", "option", "h1", "h2", "h3", "summary"]
    for tag in soup.find_all(tags):
        texts.add(" ".join(tag.get_text(" ", strip=True).split()))
        first = tag.find(string=lambda text: text.strip())
        if first:
            texts.add(" ".join(first.split()))
    texts |= {tag["aria-label"].strip() for tag in soup.find_all(attrs={"aria-label": True})}
    return texts


def test_every_label_the_guide_names_is_on_the_screen_it_names(people, site):
    labels = named(guide(people), "label")
    assert len(labels) >= 20, "the guide marks what it names"
    unplaced = labels - set(WHERE)
    assert not unplaced, f"say in WHERE where the guide's {sorted(unplaced)} are"
    for label, role in sorted(labels):
        url = WHERE[label, role](site)
        response = client_for(people[role]).get(url)
        assert response.status_code == 200, f"{url} as {role}: {response.status_code}"
        # "…" stands for the member's name.
        wanted = label.replace("…", site.profile.title)
        assert wanted in screen_texts(response.content), f"no {wanted!r} at {url} ({role})"


def test_every_menu_path_the_guide_gives_is_in_that_persons_menu(people, site):
    paths = named(guide(people), "menu")
    assert len(paths) >= 10
    for path, role in sorted(paths):
        request = RequestFactory().get("/admin/")
        request.user = people[role]
        items = admin_menu.menu_items_for_request(request)
        for step in path.split(" › "):
            found = [item for item in items if str(item.label) == step]
            assert found, f"{role}: no {step!r} in the menu ({path})"
            menu = getattr(found[0], "menu", None)
            items = menu.menu_items_for_request(request) if menu else []


def test_every_admin_address_the_guide_links_to_opens(people, site):
    links = [a["href"] for a in guide(people).select("a[href^='/admin/']")]
    assert len(links) >= 2
    editor = client_for(people["editor"])
    for link in links:
        assert editor.get(link).status_code == 200, link


def test_the_guide_describes_the_real_erasure_and_the_real_contact_route(people, site):
    text = " ".join(guide(people).get_text().split())
    assert "Erase member" in text and "Erase this member's data" in text
    assert "Write to …" in text
    # What was wrong before: a button that does not exist, and erasing by deleting pages.
    assert "put you in touch" not in text
    assert "deletes the profile page" not in text
    assert "Never delete a profile page or its photo by hand" in text
