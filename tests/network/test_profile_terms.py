"""A profile's four taxonomies are read in one query when it is served (lead/prefetch.py), and
read that way they are the same terms, in the same order, as read one by one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lead.prefetch import prefetch_together
from network.models import Expertise, LivedExperienceArea, ProfilePage, Role

RELATIONS = ("expertise", "roles_sought", "lived_experience", "payment_routes")


def last_and_first(model):
    """Two terms given in the reverse of their display order."""
    terms = list(model.objects.all())
    return [terms[-1].slug, terms[0].slug]


@pytest.fixture
def profile(make_profile):
    make_profile("Someone Else", expertise=[Expertise.objects.first().slug])
    return make_profile(
        "Ada Termwise",
        expertise=last_and_first(Expertise),
        roles=last_and_first(Role),
        experience=last_and_first(LivedExperienceArea),
        routes=[],
        lived_experience_visibility="public",
    )


@pytest.mark.django_db
def test_read_together_they_are_the_terms_read_one_by_one(profile):
    apart = ProfilePage.objects.get(pk=profile.pk)
    expected = {name: list(getattr(apart, name).all()) for name in RELATIONS}
    assert [t.slug for t in expected["expertise"]] == last_and_first(Expertise)[::-1]
    assert expected["payment_routes"] == []

    page = ProfilePage.objects.get(pk=profile.pk)
    with CaptureQueriesContext(connection) as reading:
        prefetch_together([page], RELATIONS)
    with CaptureQueriesContext(connection) as using:
        got = {name: list(getattr(page, name).all()) for name in RELATIONS}
    assert len(reading) == 1
    assert len(using) == 0
    assert got == expected
    # Whole rows, not only their keys: the names and slugs the page prints.
    assert [(t.name, t.slug) for t in got["roles_sought"]] == [
        (t.name, t.slug) for t in expected["roles_sought"]
    ]


@pytest.mark.django_db
def test_a_single_relation_is_read_as_django_reads_it(profile):
    page = ProfilePage.objects.get(pk=profile.pk)
    with CaptureQueriesContext(connection) as reading:
        prefetch_together([page], ("expertise",))
    assert len(reading) == 1
    assert "UNION" not in reading.captured_queries[0]["sql"]
    with CaptureQueriesContext(connection) as using:
        slugs = [t.slug for t in page.expertise.all()]
    assert len(using) == 0
    assert slugs == last_and_first(Expertise)[::-1]


@pytest.mark.django_db
def test_a_served_profile_shows_every_term_and_reads_them_at_once(client, profile):
    client.get(profile.url)  # the route and the site are kept from here on
    with CaptureQueriesContext(connection) as context:
        response = client.get(profile.url)
    html = response.content.decode()
    for model in (Expertise, Role, LivedExperienceArea):
        for term in model.objects.filter(slug__in=last_and_first(model)):
            assert term.name in html
    unchosen = Expertise.objects.exclude(slug__in=last_and_first(Expertise)).first()
    assert unchosen.name not in html.split("<main")[1]
    term_queries = [q["sql"] for q in context.captured_queries if "network_expertise" in q["sql"]]
    assert len(term_queries) == 1
    assert "network_role" in term_queries[0] and "network_paymentroute" in term_queries[0]
