"""Admin messages that count things read in the singular for one and the plural for more."""

import pytest

from network.models import ProfilePage

pytestmark = pytest.mark.django_db


def bulk_publish(client, profiles):
    ids = "&".join(f"id={profile.pk}" for profile in profiles)
    parent = profiles[0].get_parent().pk
    url = f"/admin/bulk/wagtailcore/page/publish/?{ids}&next=/admin/pages/{parent}/"
    response = client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_the_consent_gate_on_bulk_publishing_counts_the_profiles(client, admin_user, make_profile):
    one = make_profile("Single Member", live=False, consent_given_at=None)
    other = make_profile("Second Member", live=False, consent_given_at=None)
    client.force_login(admin_user)

    text = bulk_publish(client, [one])
    assert "this profile has no consent record yet: Single Member." in text
    assert "Record consent on its Private tab first." in text
    assert "these profiles" not in text

    text = bulk_publish(client, [one, other])
    assert "these profiles have no consent record yet: " in text
    assert "Single Member" in text and "Second Member" in text
    assert "this profile has" not in text
    assert not ProfilePage.objects.filter(pk__in=[one.pk, other.pk], live=True).exists()
