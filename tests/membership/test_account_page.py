"""The account page says what visitors see now, and separately what waits for review."""

import pytest
from bs4 import BeautifulSoup

from membership.accounts import member_of

from ..factories import PROFILE_EDIT, photo_upload

pytestmark = pytest.mark.django_db


def section(html, heading):
    """The text of the part of the page under the h2 `heading`, up to the next h2."""
    soup = BeautifulSoup(html, "html.parser")
    start = next(h for h in soup.select("h2") if h.get_text(strip=True) == heading)
    words = []
    for sibling in start.find_all_next():
        if sibling.name == "h2" and sibling is not start:
            break
        if sibling.name in {"dt", "dd", "p"}:
            words.append(sibling.get_text(" ", strip=True))
    return " | ".join(words)


def test_an_edit_in_review_is_shown_as_waiting_not_as_live(client, member):
    client.force_login(member_of(member))
    client.post("/account/edit/", {**PROFILE_EDIT, "headline": "Board member"})
    html = client.get("/account/").content.decode()
    live = section(html, "What your profile shows now")
    waiting = section(html, "Waiting for review")
    assert "Peer trainer" in live and "Board member" not in live
    assert "Current role | Board member" in waiting and "Peer trainer" not in waiting
    assert "Summary | Now on two boards." in waiting
    assert "Trains peer workers across the north." in live


def test_with_nothing_in_review_there_is_no_waiting_section(client, member):
    client.force_login(member_of(member))
    html = client.get("/account/").content.decode()
    assert "Peer trainer" in section(html, "What your profile shows now")
    assert "Waiting for review" not in html


def test_a_new_photo_in_review_is_listed_as_waiting(client, member):
    client.force_login(member_of(member))
    data = {"photo": photo_upload(), "photo_alt_text": "Smiling"}
    assert client.post("/account/photo/", data).status_code == 302
    html = client.get("/account/").content.decode()
    assert "Photo | A new photo" in section(html, "Waiting for review")
    assert "Your profile has no photo." in html  # the live profile still has none


def test_a_wider_visibility_choice_shows_as_waiting_beside_the_live_one(client, member):
    client.force_login(member_of(member))
    data = {
        "photo_visibility": "public",
        "region_visibility": "public",
        "organisation_visibility": "public",  # was members only: goes to review
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
        "accepts_messages": "on",
    }
    client.post("/account/visibility/", data)
    who = section(client.get("/account/").content.decode(), "Who sees what")
    assert (
        "Who can see your organisation? | Signed-in members only "
        "(you chose “Everyone”: waiting for review)"
    ) in who
    assert "Who can see your region? | Everyone |" in who  # unchanged: no note
