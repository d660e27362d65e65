"""The directory's payment and language filters: they match and count the values the viewer may
see (public ones; members-only ones too for members), like the other filters; languages come
from what members write, as the published profile says; and an option nobody would match is
not offered, unless it is chosen."""

import pytest
from bs4 import BeautifulSoup

from network.models import ProfileLanguage, ProfilePage, split_languages

pytestmark = pytest.mark.django_db


def get(client, directory, **params):
    response = client.get(directory.url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(soup):
    return [h.get_text(strip=True) for h in soup.select(".profile-card__name")]


def offered(soup, param):
    """{option key: its count} for every option the filter offers."""
    found = {}
    for box in soup.select(f'input[type="checkbox"][name="{param}"]'):
        count = soup.find("label", attrs={"for": box["id"]}).find(class_="facet__count")
        found[box["value"]] = int(count.contents[0].strip("("))
    return found


def legends(soup):
    return {legend.get_text(strip=True) for legend in soup.select(".facet legend")}


@pytest.fixture
def payers(make_profile):
    return [
        make_profile("Ann Paid", expects_payment="yes", routes=["payroll"]),
        make_profile("Bo Unpaid", expects_payment="no", routes=["declines-payment"]),
        make_profile(
            "Cy Hidden", expects_payment="no", routes=["vouchers"], payment_visibility="hidden"
        ),
        make_profile(
            "Di Members", expects_payment="no", routes=["vouchers"], payment_visibility="members"
        ),
    ]


def test_payment_answers_filter_and_count_public_values_only(client, directory, payers):
    soup = get(client, directory)
    # Cy's and Di's answers are not public: "No" counts Bo alone, and vouchers nobody.
    assert offered(soup, "payment") == {"yes": 1, "no": 1}
    assert offered(soup, "payment-route") == {"payroll": 1, "declines-payment": 1}
    assert {"Expects payment", "Payment route"} <= legends(soup)
    assert names(get(client, directory, payment="no")) == ["Bo Unpaid"]
    assert names(get(client, directory, payment=["no", "yes"])) == ["Ann Paid", "Bo Unpaid"]
    assert names(get(client, directory, **{"payment-route": "payroll"})) == ["Ann Paid"]
    # Chosen by an address, an answer nobody shows matches nobody, and is offered to untick.
    soup = get(client, directory, **{"payment-route": "vouchers"})
    assert names(soup) == []
    assert offered(soup, "payment-route")["vouchers"] == 0
    assert soup.select_one('input[name="payment-route"][value="vouchers"]').has_attr("checked")


def test_members_also_match_and_count_answers_shown_to_members_never_hidden_ones(
    client, directory, payers, member_user
):
    # The same rule as the other filters: a member sees values shown to members, too.
    client.force_login(member_user)
    soup = get(client, directory)
    assert offered(soup, "payment") == {"yes": 1, "no": 2}
    assert offered(soup, "payment-route") == {"payroll": 1, "declines-payment": 1, "vouchers": 1}
    assert names(get(client, directory, payment="no")) == ["Bo Unpaid", "Di Members"]
    assert names(get(client, directory, **{"payment-route": "vouchers"})) == ["Di Members"]


def test_languages_are_offered_as_members_write_them(client, directory, make_profile):
    make_profile("Ana Two", languages="English, Welsh")
    make_profile("Ben Three", languages="english and British Sign Language")
    make_profile("Cat One", languages="Welsh")
    make_profile("Dan Draft", languages="English, Cornish", live=False)
    soup = get(client, directory)
    counts = offered(soup, "language")
    assert counts == {"british-sign-language": 1, "english": 2, "welsh": 2}
    assert list(counts) == ["british-sign-language", "english", "welsh"]  # A to Z
    labels = [label.get_text(" ", strip=True) for label in soup.select('label[for^="f-language-"]')]
    assert labels[1].startswith("English (2")
    assert "Cornish" not in soup.get_text()  # only in a profile that was never published
    # OR within the filter, AND with the others.
    assert names(get(client, directory, language="welsh")) == ["Ana Two", "Cat One"]
    both = get(client, directory, language=["welsh", "british-sign-language"])
    assert names(both) == ["Ana Two", "Ben Three", "Cat One"]
    assert names(get(client, directory, language="welsh", q="Cat")) == ["Cat One"]
    # The other filters' choices narrow the counts; the filter's own choices do not.
    assert offered(get(client, directory, q="Cat"), "language") == {"welsh": 1}
    assert offered(get(client, directory, language="welsh"), "language")["english"] == 2


def test_languages_are_listed_a_to_z_whatever_their_accents_and_capitals(
    client, directory, make_profile
):
    make_profile("Ana Two", languages="Welsh, Émakhuwa, iTaukei")
    make_profile("Ben Three", languages="Fijian, Urdu")
    soup = get(client, directory)
    labels = [label.get_text(" ", strip=True) for label in soup.select('label[for^="f-language-"]')]
    assert [label.split(" (")[0] for label in labels] == [
        "Émakhuwa", "Fijian", "iTaukei", "Urdu", "Welsh",
    ]  # fmt: skip


def test_an_unknown_or_unpublished_language_is_ignored(client, directory, make_profile):
    make_profile("Ana Two", languages="English, Welsh")
    make_profile("Dan Draft", languages="Cornish", live=False)
    for unknown in ("cornish", "klingon", "<b>x</b>"):
        soup = get(client, directory, language=unknown)
        assert names(soup) == ["Ana Two"], unknown
        assert soup.select(".active-filters li") == [], unknown
    chosen = get(client, directory, language="welsh")
    assert [li.get_text(" ", strip=True) for li in chosen.select(".active-filters li")] == [
        "Remove filter language: Welsh"
    ]


def test_languages_follow_the_published_profile_not_a_draft(client, directory, make_profile):
    profile = make_profile("Ana Two", languages="English, Welsh")
    draft = ProfilePage.objects.get(pk=profile.pk)
    draft.languages = "English, Urdu"
    draft.save_revision()
    soup = get(client, directory)
    assert offered(soup, "language") == {"english": 1, "welsh": 1}
    draft.get_latest_revision().publish()
    soup = get(client, directory)
    assert offered(soup, "language") == {"english": 1, "urdu": 1}
    assert ProfileLanguage.objects.filter(profile=profile).count() == 2
    ProfilePage.objects.get(pk=profile.pk).delete()
    assert not ProfileLanguage.objects.exists()


def test_a_filter_nobody_matches_is_not_shown(client, directory, make_profile):
    make_profile("Ann Hidden", routes=["payroll"], payment_visibility="hidden")
    soup = get(client, directory)
    # Ann's payment answers are hidden and nobody has named any expertise: no such filters.
    assert not {"Payment route", "Expects payment", "Expertise"} & legends(soup)
    assert "Availability" in legends(soup)  # every profile has one, and it is public


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("English", [("english", "English")]),
        ("English, Welsh", [("english", "English"), ("welsh", "Welsh")]),
        (
            "english and British Sign Language; Urdu/Punjabi & welsh.",
            [
                ("english", "English"),
                ("british-sign-language", "British Sign Language"),
                ("urdu", "Urdu"),
                ("punjabi", "Punjabi"),
                ("welsh", "Welsh"),
            ],
        ),
        ("English,  english , ENGLISH", [("english", "English")]),
        ("Scottish  Gaelic,\nBSL", [("scottish-gaelic", "Scottish Gaelic"), ("bsl", "BSL")]),
        (" , ;", []),
        ("Sandwiches", [("sandwiches", "Sandwiches")]),  # "and" inside a word stays
    ],
)
def test_languages_are_split_from_the_members_own_words(text, expected):
    assert split_languages(text) == expected


def test_the_migration_gives_existing_profiles_their_languages(make_profile):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("network.migrations.0009_profile_languages")
    ana = make_profile("Ana Two", languages="english and Welsh")
    make_profile("Bo None", languages="")
    ProfileLanguage.objects.all().delete()  # as before the migration
    migration.fill_languages(apps, None)
    rows = set(ProfileLanguage.objects.values_list("profile_id", "slug", "name"))
    assert rows == {(ana.pk, "english", "English"), (ana.pk, "welsh", "Welsh")}
    # Its frozen copy splits as the site does today.
    text = "english and British Sign Language; Urdu/Punjabi & welsh."
    assert migration.split_languages(text) == split_languages(text)


def test_the_closed_panel_says_how_many_options_are_chosen(client, directory, payers):
    def summary(soup):
        return " ".join(soup.select_one(".filter-panel__summary").get_text().split())

    plain = get(client, directory, q="Ann")
    assert summary(plain) == "Filter profiles"  # keywords and sorting are not filters
    assert not plain.select_one("details.filter-panel").has_attr("open")  # sent closed
    chosen = get(client, directory, payment=["yes", "no"], language="nobody-speaks-this")
    assert summary(chosen) == "Filter profiles (2 selected)"  # the unknown one is dropped
    both = get(client, directory, payment="no", **{"payment-route": "payroll"}, sort="recent")
    assert summary(both) == "Filter profiles (2 selected)"


def test_a_save_of_the_languages_alone_keeps_the_rows(directory, make_profile):
    profile = make_profile("Ana Two", languages="English")
    profile.languages = "Welsh, Polish"
    profile.save(update_fields=["languages"])
    rows = ProfileLanguage.objects.filter(profile=profile).values_list("slug", flat=True)
    assert sorted(rows) == ["polish", "welsh"]
    profile.languages = "Urdu"
    profile.save(update_fields=["summary"])  # the languages were not saved: nor are the rows
    assert sorted(ProfileLanguage.objects.values_list("slug", flat=True)) == ["polish", "welsh"]


def test_a_change_of_languages_without_a_save_is_listed_too(client, directory, make_profile):
    ana = make_profile("Ana Two", languages="English")
    make_profile("Bo One", languages="Polish")
    ProfilePage.objects.filter(pk=ana.pk).change(languages="Welsh and Urdu")
    assert offered(get(client, directory), "language") == {"polish": 1, "urdu": 1, "welsh": 1}
    ProfilePage.objects.filter(pk=ana.pk).change(summary="Changed words")  # languages kept
    assert offered(get(client, directory), "language") == {"polish": 1, "urdu": 1, "welsh": 1}
