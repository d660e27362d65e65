"""After "Submit for moderation" an editor is back on the listing they opened the page from,
as they left it (filters included), not on the page tree."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_modeladmin.options import ModelAdmin

from events.models import EventIndexPage
from home.editorial.return_to import PageListingAdmin
from home.editorial.roles import EDITORS

from ..factories import make_event

pytestmark = pytest.mark.django_db

LISTING = "/admin/events/eventpage/?when=upcoming&event_format=in_person"


def submit_form(event, next_url):
    """The event editor's form with "Submit for moderation" pressed."""
    data = {
        "next": next_url,
        "title": event.title,
        "slug": event.slug,
        "summary": event.summary,
        "status": "scheduled",
        "start": timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M"),
        "end": timezone.localtime(event.end).strftime("%Y-%m-%d %H:%M"),
        "repeat": "",
        "event_format": "in_person",
        "venue_name": "A hall",
        "joining_link_sharing": "after_booking",
        "is_free": "on",
        "body": streamfield([]),
        "speakers": inline_formset([]),
        "cancelled_dates": inline_formset([]),
        "comments": inline_formset([]),
        "action-submit": "1",
    }
    return nested_form_data(data)


@pytest.fixture
def event():
    return make_event(EventIndexPage.objects.get(), "Peer leadership circle")


@pytest.fixture
def editor(client, user_in):
    client.force_login(user_in(EDITORS))
    return client


def test_a_filtered_listing_is_where_submitting_returns(editor, event):
    html = BeautifulSoup(editor.get(LISTING).content, "html.parser")
    edit_path = reverse("wagtailadmin_pages:edit", args=[event.pk])
    links = [a["href"] for a in html.select(f"a[href^='{edit_path}']")]
    assert links, "the listing links to the event's edit view"
    for link in links:  # the title and the Edit button
        assert parse_qs(urlsplit(link).query)["next"] == [LISTING]

    response = editor.post(edit_path, submit_form(event, LISTING))
    assert response.status_code == 302
    assert response["Location"] == LISTING
    event.refresh_from_db()
    assert event.current_workflow_state is not None  # it was submitted


def test_a_page_opened_from_the_dashboard_returns_to_the_dashboard(editor, event):
    edit_path = reverse("wagtailadmin_pages:edit", args=[event.pk])
    opened = editor.get(edit_path, HTTP_REFERER="http://testserver/admin/")
    assert opened.status_code == 302
    next_url = parse_qs(urlsplit(opened["Location"]).query)["next"]
    assert urlsplit(opened["Location"]).path == edit_path and next_url == ["/admin/"]
    assert editor.get(opened["Location"]).status_code == 200

    response = editor.post(edit_path, submit_form(event, "/admin/"))
    assert response["Location"] == "/admin/"


def test_a_new_page_started_from_the_explorer_returns_to_that_listing(editor):
    index = EventIndexPage.objects.get()
    explorer = f"/admin/pages/{index.pk}/?ordering=-latest_revision_created_at"
    add = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    opened = editor.get(add, HTTP_REFERER=f"http://testserver{explorer}")
    assert opened.status_code == 302
    assert parse_qs(urlsplit(opened["Location"]).query)["next"] == [explorer]
    form = BeautifulSoup(editor.get(opened["Location"]).content, "html.parser")
    assert form.find("input", attrs={"name": "next"})["value"] == explorer


@pytest.mark.parametrize(
    "referer",
    [
        "",  # typed or bookmarked
        "https://elsewhere.example/admin/",  # another site
        "http://testserver/admin/pages/{pk}/edit/",  # the form itself, after a save
        "http://testserver/events/",  # the public site
    ],
)
def test_only_an_admin_listing_on_this_site_becomes_next(editor, event, referer):
    edit_path = reverse("wagtailadmin_pages:edit", args=[event.pk])
    headers = {"HTTP_REFERER": referer.format(pk=event.pk)} if referer else {}
    response = editor.get(edit_path, **headers)
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser")
    assert form.find("input", attrs={"name": "next"})["value"] == ""
    # Control: from the dashboard, the same address does carry it.
    assert editor.get(edit_path, HTTP_REFERER="http://testserver/admin/").status_code == 302


def test_an_address_that_already_says_where_to_return_is_left_alone(editor, event):
    edit_path = reverse("wagtailadmin_pages:edit", args=[event.pk])
    given = f"{edit_path}?next=/admin/pages/"
    response = editor.get(given, HTTP_REFERER="http://testserver/admin/")
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser")
    assert form.find("input", attrs={"name": "next"})["value"] == "/admin/pages/"


def page_listing_admins():
    """Every admin listing of pages the project defines (ModelAdmin subclasses whose model is a
    page type)."""
    found, todo = [], [ModelAdmin]
    while todo:
        for admin in todo.pop().__subclasses__():
            todo.append(admin)
            model = getattr(admin, "model", None)
            if isinstance(model, type) and issubclass(model, Page) and model is not Page:
                found.append(admin)
    return found


def test_every_listing_of_pages_returns_to_itself():
    admins = page_listing_admins()
    assert {admin.model.__name__ for admin in admins} >= {
        "EventPage",
        "BlogPage",
        "ProfilePage",
        "OpportunityPage",
    }
    for admin in admins:
        assert issubclass(admin, PageListingAdmin), f"{admin.__name__} forgets the filters"
