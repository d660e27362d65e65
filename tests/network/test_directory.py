"""The directory: keyword search, facets (AND across, OR within), counts over public values
only, sorting, pagination, the active-filters summary and the empty state."""

import re

import pytest
from bs4 import BeautifulSoup

from network.directory import CARD_PHOTO


def get(client, directory, **params):
    response = client.get(directory.url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(soup):
    return [h.get_text(strip=True) for h in soup.select(".profile-card__name")]


def count_for(soup, param, key):
    label = soup.find("label", attrs={"for": f"f-{param}-{key}"})
    return int(label.find(class_="facet__count").contents[0].strip("("))


@pytest.fixture
def people(make_profile):
    return [
        make_profile(
            "Ada North",
            region="north-west",
            expertise=["peer-support"],
            roles=["mentor"],
            availability="open",
        ),
        make_profile(
            "Ben Lake",
            region="london",
            expertise=["peer-support", "writing"],
            roles=["speaker"],
            availability="limited",
        ),
        make_profile(
            "Cai Morgan",
            region="wales",
            expertise=["writing"],
            roles=["mentor"],
            availability="open",
            experience=["bereavement"],
            lived_experience_visibility="public",
        ),
        make_profile(
            "Dee Hidden",
            region="wales",
            region_visibility="hidden",
            expertise=["writing"],
            experience=["bereavement"],
            lived_experience_visibility="members",
            availability="not_now",
        ),
        make_profile("Eve Draft", region="wales", expertise=["writing"], live=False),
    ]


@pytest.mark.django_db
def test_lists_live_public_profiles_sorted_by_name(client, directory, people):
    soup = get(client, directory)
    assert names(soup) == ["Ada North", "Ben Lake", "Cai Morgan", "Dee Hidden"]
    assert "4 profiles" in soup.find(attrs={"role": "status"}).get_text()
    assert soup.find("meta", attrs={"name": "robots"}) is None  # the plain directory is indexed


@pytest.mark.django_db
def test_or_within_a_facet_and_across_facets(client, directory, people):
    soup = get(client, directory, region=["london", "north-west"])
    assert names(soup) == ["Ada North", "Ben Lake"]
    soup = get(client, directory, region=["london", "north-west"], role="mentor")
    assert names(soup) == ["Ada North"]
    soup = get(client, directory, expertise=["peer-support", "writing"], availability="open")
    assert names(soup) == ["Ada North", "Cai Morgan"]


@pytest.mark.django_db
def test_hidden_values_neither_match_nor_count(client, directory, people):
    soup = get(client, directory)
    # Dee's region is hidden and Eve is a draft: Wales counts Cai alone.
    assert count_for(soup, "region", "wales") == 1
    # Dee's lived experience is members-only: not counted or matched for a visitor (members'
    # directories: tests/network/test_members_directory.py).
    assert count_for(soup, "experience", "bereavement") == 1
    assert names(get(client, directory, region="wales")) == ["Cai Morgan"]
    assert names(get(client, directory, experience="bereavement")) == ["Cai Morgan"]
    assert count_for(soup, "expertise", "writing") == 3


@pytest.mark.django_db
def test_counts_follow_the_other_facets(client, directory, people):
    soup = get(client, directory, role="mentor")
    assert count_for(soup, "region", "north-west") == 1
    # Ben is a speaker, not a mentor: no mentor is in London, so London is not offered.
    assert soup.find("input", attrs={"name": "region", "value": "london"}) is None
    # A facet's own selections do not shrink its counts (OR within a facet).
    soup = get(client, directory, region="london")
    assert count_for(soup, "region", "north-west") == 1


@pytest.mark.django_db
def test_keyword_search_uses_public_values_only(client, directory, make_profile):
    make_profile(
        "Fay Quill", organisation="Lanternfish Collective", organisation_visibility="public"
    )
    make_profile("Gil Shade", organisation="Moonwort Guild", organisation_visibility="hidden")
    assert names(get(client, directory, q="Lanternfish")) == ["Fay Quill"]
    soup = get(client, directory, q="Moonwort")
    assert "0 profiles" in soup.find(attrs={"role": "status"}).get_text()
    assert names(soup) == []


@pytest.mark.django_db
def test_a_search_without_words_finds_nobody_and_says_so(client, directory, make_profile):
    """Punctuation alone is no search: nobody is listed, and the number says so (0, not the
    number of profiles, nor anything else)."""
    make_profile("Fay Quill")
    listed = get(client, directory)
    assert names(listed) == ["Fay Quill"]  # the control
    assert "1 profile" in listed.find(attrs={"role": "status"}).get_text()
    soup = get(client, directory, q="?!")
    assert "0 profiles" in soup.find(attrs={"role": "status"}).get_text()
    assert names(soup) == []


@pytest.mark.django_db
def test_sort_by_recently_joined(client, directory, people):
    from datetime import timedelta

    from django.utils import timezone

    from network.models import ProfilePage

    for days, profile in enumerate(people[:4]):
        ProfilePage.objects.filter(pk=profile.pk).update(
            first_published_at=timezone.now() - timedelta(days=days)
        )
    soup = get(client, directory, sort="recent")
    assert names(soup) == ["Ada North", "Ben Lake", "Cai Morgan", "Dee Hidden"]
    assert soup.find("option", selected=True)["value"] == "recent"


@pytest.mark.django_db
def test_active_filters_have_remove_links(client, directory, people):
    soup = get(client, directory, region=["london", "north-west"], q="peer")
    links = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".active-filters li a")}
    assert set(links) == {
        "Remove filter keywords: peer",
        "Remove filter region: London",
        "Remove filter region: North West",
    }
    assert "london" not in links["Remove filter region: London"]
    assert "north-west" in links["Remove filter region: London"]
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.django_db
def test_remove_links_start_again_at_the_first_page(client, directory, people):
    def remove_links(**params):
        soup = get(client, directory, **params)
        return {a.get_text(" ", strip=True): a["href"] for a in soup.select(".active-filters li a")}

    links = remove_links(region="london", q="peer", page="2")
    assert links["Remove filter region: London"] == "?q=peer"
    assert links["Remove filter keywords: peer"] == "?region=london"
    # Removing the only filter goes back to the directory itself, not to "?".
    assert remove_links(region="london")["Remove filter region: London"] == directory.url


@pytest.mark.django_db
def test_counts_of_a_plain_choice(client, directory, people):
    soup = get(client, directory)
    # Ada and Cai are open; Ben limited; Dee's "not now" counts too (availability is public).
    assert count_for(soup, "availability", "open") == 2
    assert count_for(soup, "availability", "limited") == 1


@pytest.mark.django_db
def test_the_sort_menu_says_what_the_list_is_sorted_by(client, directory, people):
    def sorted_by(**params):
        soup = get(client, directory, **params)
        return soup.select_one("#directory-sort option[selected]")["value"], names(soup)

    by_name = ["Ada North", "Ben Lake", "Cai Morgan", "Dee Hidden"]
    assert sorted_by() == ("name", by_name)
    assert sorted_by(sort="nonsense") == ("name", by_name)  # an unknown sort is ignored
    assert sorted_by(sort="recent")[0] == "recent"


@pytest.mark.django_db
def test_overlong_keywords_are_shortened_and_the_visitor_told(client, directory, people):
    notice = "Your keywords were shortened to their first 200 characters."
    assert notice in get(client, directory, q="peer " * 60).get_text()
    assert notice not in get(client, directory, q="peer").get_text()


@pytest.mark.django_db
def test_cards_list_expertise_in_the_editors_order(client, directory, people):
    from network.models import Expertise

    # Editors put "Writing" first, against the alphabet.
    peer, writing = (Expertise.objects.get(slug=slug) for slug in ("peer-support", "writing"))
    Expertise.objects.filter(pk=peer.pk).update(sort_order=writing.sort_order)
    Expertise.objects.filter(pk=writing.pk).update(sort_order=peer.sort_order)
    soup = get(client, directory, q="Ben")
    card = soup.select_one(".profile-card").get_text(" ", strip=True)
    assert card.index("Writing") < card.index("Peer support")


@pytest.mark.django_db
def test_a_page_of_cards_costs_the_same_queries_for_any_number(
    client, directory, make_profile, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.images import get_image_model

    from tests.factories import png

    def add(n):
        for i in range(n):
            image = get_image_model().objects.create(title=f"P{i}", file=png(f"p-{n}-{i}"))
            make_profile(
                f"Person {n}-{i}", region="wales", expertise=["writing", "peer-support"],
                photo=image, photo_alt_text="A portrait", photo_visibility="public",
            )  # fmt: skip

    def queries(cold):
        client.get(directory.url)  # renditions made
        if cold:
            cache.clear()  # nothing from the cache: renditions and options are queried
        with CaptureQueriesContext(connection) as captured:
            assert client.get(directory.url).status_code == 200
        return [q["sql"] for q in captured.captured_queries]

    add(2)
    few = queries(cold=True)
    add(4)
    assert len(queries(cold=True)) == len(few)
    # The photos and their card renditions come with the profiles: no query of their own.
    assert not [sql for sql in few if sql.startswith('SELECT "wagtailimages_image"')]
    renditions = [sql for sql in few if sql.startswith('SELECT "wagtailimages_rendition"')]
    assert not [sql for sql in renditions if CARD_PHOTO in sql]
    photos = get(client, directory).select(".profile-card img")
    assert len(photos) == 6 and all(f".{CARD_PHOTO}." in img["src"] for img in photos)
    # Once warm, the filters' options come from the cache: no query lists a taxonomy's terms.
    # (Read alone, or first of the taxonomies read together: network.models.read_terms.)
    # PostgreSQL puts each part of a UNION in brackets.
    terms = re.compile(
        r'^\(?SELECT (\d+ AS "kind", )?"network_region"\."(slug|sort_order)"( AS "\w+")?, '
        r'"network_region"\."name"'
    )
    assert [sql for sql in queries(cold=False) if terms.match(sql)] == []
    assert [sql for sql in few if terms.match(sql)]  # as a cold page does


@pytest.mark.django_db
def test_no_results_state(client, directory, people):
    soup = get(client, directory, q="nobodyhasthisword")
    assert "0 profiles" in soup.find(attrs={"role": "status"}).get_text()
    assert soup.find(class_="no-results").find("a")["href"] == directory.url


@pytest.mark.django_db
def test_pagination_24_a_page(client, directory, make_profile):
    for n in range(26):
        make_profile(f"Person {n:02d}")
    first = get(client, directory)
    assert len(names(first)) == 24
    second = get(client, directory, page=2)
    assert names(second) == ["Person 24", "Person 25"]
    assert names(get(client, directory, page="999")) == ["Person 24", "Person 25"]
    assert len(names(get(client, directory, page="abc"))) == 24


@pytest.mark.django_db
def test_unknown_filter_values_are_ignored(client, directory, people):
    soup = get(client, directory, region="atlantis", sort="chaos", availability="<b>")
    assert len(names(soup)) == 4
    assert "<b>" not in str(soup.find(class_="directory__results"))


@pytest.mark.django_db
def test_visitors_cards_never_show_non_public_photos_or_regions(client, directory, make_profile):
    from wagtail.images import get_image_model

    from ..factories import png

    image = get_image_model().objects.create(title="x", file=png("members-photo"))
    make_profile(
        "Hal Private",
        photo=image,
        photo_alt_text="Hal",
        photo_visibility="members",
        region="scotland",
        region_visibility="members",
    )
    html = get(client, directory).find(class_="card-grid").decode()
    assert "members-photo" not in html
    assert "Scotland" not in html
    assert "HP" in html  # the initials placeholder


@pytest.mark.django_db
def test_a_new_term_can_be_chosen_at_once(client, directory, people):
    from network.models import Region

    get(client, directory)  # fills the cached options
    Region.objects.create(name="Isle of Man", slug="isle-of-man", sort_order=99)
    # Nobody is there yet, so it is not offered; chosen (by an address), it is known at once.
    assert get(client, directory).find("label", attrs={"for": "f-region-isle-of-man"}) is None
    soup = get(client, directory, region="isle-of-man")
    new = soup.find("label", attrs={"for": "f-region-isle-of-man"})
    assert "Isle of Man" in new.get_text()
    assert count_for(soup, "region", "isle-of-man") == 0
    assert names(soup) == []
    Region.objects.get(slug="london").delete()
    soup = get(client, directory)
    # The other regions' filters are still offered, with their counts; London's is gone.
    assert count_for(soup, "region", "north-west") == 1
    assert "North West" in soup.find("label", attrs={"for": "f-region-north-west"}).get_text()
    assert soup.find("label", attrs={"for": "f-region-london"}) is None
