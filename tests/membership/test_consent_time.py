"""A profile whose consent was recorded in the hour the clocks go back can still be edited in
the admin: the time shown and sent back unchanged keeps the exact instant on record, and a time
that is ambiguous or never happened gets a plain message, never a silent shift."""

from datetime import UTC, datetime

import pytest

from network.models import ProfilePage

from .test_member_choices import edit_form, staff_client

pytestmark = pytest.mark.django_db

SECOND_0105 = datetime(2026, 10, 25, 1, 5, 30, tzinfo=UTC)  # 1:05am GMT, the second 1:05am


@pytest.fixture
def consent_in_repeated_hour(danielle):
    ProfilePage.objects.filter(pk=danielle.pk).update(consent_given_at=SECOND_0105)
    return ProfilePage.objects.get(pk=danielle.pk)


def errors_on(response, field):
    return [str(error) for error in response.context["form"].errors.get(field, [])]


def test_an_untouched_consent_time_in_the_repeated_hour_saves_and_keeps_its_instant(
    consent_in_repeated_hour,
    moderator,
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, consent_in_repeated_hour)
    assert data["consent_given_at"] == "2026-10-25 01:05"  # shown in UK time, to the minute
    data["introduction"] = "Edited by a moderator."
    assert staff.post(url, data).status_code == 302
    saved = ProfilePage.objects.get(pk=consent_in_repeated_hour.pk)
    revision = saved.get_latest_revision_as_object()
    assert revision.consent_given_at.astimezone(UTC) == SECOND_0105  # to the second


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-10-25 01:40", "1:40am on 25 October 2026 happened twice that night"),
        ("2027-03-28 01:30", "There is no 1:30am on 28 March 2027"),
    ],
)
def test_a_new_time_in_either_clock_change_hour_is_explained(
    consent_in_repeated_hour,
    moderator,
    typed,
    message,
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, consent_in_repeated_hour)
    data["consent_given_at"] = typed
    response = staff.post(url, data)
    assert response.status_code == 200
    shown = errors_on(response, "consent_given_at")
    assert any(message in error for error in shown), shown
    revision = ProfilePage.objects.get(pk=consent_in_repeated_hour.pk)
    assert revision.consent_given_at == SECOND_0105  # nothing saved over it


def test_a_new_ordinary_time_is_read_in_uk_time(
    consent_in_repeated_hour,
    moderator,
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, consent_in_repeated_hour)
    data["consent_given_at"] = "2026-07-01 09:15"  # 9:15am BST
    assert staff.post(url, data).status_code == 302
    revision = ProfilePage.objects.get(pk=consent_in_repeated_hour.pk).get_latest_revision()
    assert revision.as_object().consent_given_at == datetime(2026, 7, 1, 8, 15, tzinfo=UTC)
