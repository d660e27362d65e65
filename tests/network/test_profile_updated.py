"""A profile says when it was last updated: the date of its last published change, in UK time,
as a <time> element. A draft saved since does not move it."""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from network.models import ProfilePage

from ..factories import publish

pytestmark = pytest.mark.django_db


def updated_line(client, profile):
    response = client.get(profile.url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == profile.title
    return page.select_one(".profile__updated")


def test_the_last_published_change_dates_the_profile(client, clock, make_profile):
    clock.move_to(datetime(2026, 3, 14, 10, 0, tzinfo=UTC))
    profile = make_profile("Robin Ash")
    line = updated_line(client, profile)
    assert line.get_text(" ", strip=True) == "Profile last updated 14 March 2026"
    assert line.find("time")["datetime"] == "2026-03-14"

    # A published change moves it: 11:30pm UTC in July is already the next day in the UK.
    clock.move_to(datetime(2026, 7, 1, 23, 30, tzinfo=UTC))
    profile.summary = "Now training peer workers across the North West."
    profile.save_revision()
    profile = publish(profile)
    line = updated_line(client, profile)
    assert line.find("time").get_text() == "2 July 2026"
    assert line.find("time")["datetime"] == "2026-07-02"  # the UK date
    assert "14 March" not in line.get_text()

    # A draft saved later, not yet published, leaves it as it was.
    clock.move_to(datetime(2026, 9, 9, 12, 0, tzinfo=UTC))
    draft = ProfilePage.objects.get(pk=profile.pk)
    draft.summary = "A change waiting for review."
    draft.save_revision()
    line = updated_line(client, profile)
    assert line.find("time").get_text() == "2 July 2026"
    assert "9 September" not in line.get_text()
