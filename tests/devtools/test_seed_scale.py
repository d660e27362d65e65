"""`manage.py seed_scale` makes live, servable, searchable pages in bulk, idempotently."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import F
from wagtail.models import Page

from devtools import registry, seeders
from devtools.management.commands.seed_scale import Command
from home.models import HomePage, StandardPage
from network.models import ProfileLanguage, split_languages

SECTIONS = {
    "profiles": ("network", "seed-profile"),
    "posts": ("blog", "seed-post"),
    "events": ("events", "seed-event"),
}


def seed(**counts):
    out, err = io.StringIO(), io.StringIO()
    call_command("seed_scale", stdout=out, stderr=err, **counts)
    return out.getvalue(), err.getvalue()


def seeded(home, kind):
    section_slug, prefix = SECTIONS[kind]
    section = home.get_children().get(slug=section_slug)
    return section, section.get_children().filter(slug__startswith=f"{prefix}-")


def seeded_counts(home):
    return {kind: seeded(home, kind)[1].count() for kind in SECTIONS}


def assert_tree_is_sound():
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.django_db
def test_seeds_the_requested_pages_live_and_served(client, home_page):
    generators = seeders.get_generators()
    out, err = seed(profiles=6, posts=4, events=3)
    assert seeded_counts(home_page) == {"profiles": 6, "posts": 4, "events": 3}
    assert "13 pages created" in out
    assert "posts" in err and "/s" in err  # the progress bar
    for kind in SECTIONS:
        section, pages = seeded(home_page, kind)
        live_children = section.get_children().live()
        assert set(pages.values_list("pk", flat=True)) <= set(
            live_children.values_list("pk", flat=True)
        )
        assert section.numchild == section.get_children().count()
        for page in pages.specific():
            # The StandardPage stand-ins, or the real model a feature app registered.
            assert isinstance(page, getattr(generators[kind], "model", StandardPage))
            assert page.first_published_at is not None
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title.encode() in response.content.replace(b"&#x27;", b"'")
    assert seeded(home_page, "posts")[1].first().slug == "seed-post-00001"
    # Profiles made in bulk still list their languages for the directory's filter.
    for profile in seeded(home_page, "profiles")[1].specific():
        listed = ProfileLanguage.objects.filter(profile=profile).values_list("slug", "name")
        assert sorted(listed) == sorted(split_languages(profile.languages)), profile.slug
        assert listed
    assert_tree_is_sound()


@pytest.mark.django_db
def test_running_again_creates_nothing_and_a_larger_count_only_the_difference(home_page):
    seed(profiles=3, posts=2, events=2)
    before = {
        kind: set(seeded(home_page, kind)[1].values_list("pk", flat=True)) for kind in SECTIONS
    }
    total = Page.objects.count()

    out, _err = seed(profiles=3, posts=2, events=2)
    assert Page.objects.count() == total
    assert "0 pages created" in out

    seed(posts=5)  # kinds not given are left alone
    after = {
        kind: set(seeded(home_page, kind)[1].values_list("pk", flat=True)) for kind in SECTIONS
    }
    assert Page.objects.count() == total + 3
    assert before["posts"] < after["posts"] and len(after["posts"]) == 5
    assert after["profiles"] == before["profiles"] and after["events"] == before["events"]
    slugs = sorted(seeded(home_page, "posts")[1].values_list("slug", flat=True))
    assert slugs == [f"seed-post-{n:05d}" for n in range(1, 6)]
    assert_tree_is_sound()


@pytest.mark.django_db
def test_seeded_pages_follow_existing_children_and_are_searchable(client, home_page, make_page):
    blog = home_page.get_children().get(slug="blog")
    editor_post = make_page("Written by an editor", parent=blog)
    seed(posts=3)
    _section, pages = seeded(home_page, "posts")
    children = list(blog.get_children())
    assert children[0].pk == editor_post.pk  # seeded pages come after what was there
    assert [page.slug for page in children[1:]] == [f"seed-post-{n:05d}" for n in (1, 2, 3)]
    assert_tree_is_sound()

    page = pages.order_by("path").last()
    word = page.title.split()[-1]
    results = Page.objects.live().search(page.title)
    assert page.pk in [result.pk for result in results]
    response = client.get("/search/", {"q": word})
    assert response.status_code == 200
    assert page.url.encode() in response.content


def sorted_problems(problems):
    return [sorted(found) for found in problems]


@pytest.mark.django_db
def test_the_quick_tree_check_agrees_with_treebeard_and_warns(home_page):
    seed(posts=3)
    assert sorted_problems(seeders.tree_problems()) == sorted_problems(Page.find_problems())
    assert not any(seeders.tree_problems())

    blog = home_page.get_children().get(slug="blog")
    Page.objects.filter(pk=blog.pk).update(numchild=F("numchild") + 1)
    assert sorted_problems(seeders.tree_problems()) == sorted_problems(Page.find_problems())
    assert seeders.tree_problems()[4] == [blog.pk]
    _out, err = seed(posts=3)
    assert "fixtree" in err


@pytest.mark.django_db
def test_a_declared_seeder_replaces_one_of_the_same_kind(home_page, declare):
    calls = []

    def fake_posts(count, *, progress_stream=None):
        calls.append(count)
        return seeders.SeedResult("posts", count, 0, count, 0.5)

    declare(SEEDERS={"posts": fake_posts})
    out, _err = seed(posts=7)
    assert calls == [7]
    assert seeded_counts(home_page)["posts"] == 0
    assert "posts: 7 requested" in out


@pytest.mark.django_db
def test_a_seeder_subclass_adds_related_rows_before_indexing(home_page, declare):
    batches = []

    class RecordingSeeder(seeders.PageSeeder):
        def after_create(self, pages):
            batches.append([page.pk for page in pages])

    seeder = RecordingSeeder(
        "events",
        model=StandardPage,
        section_slug="events",
        slug_prefix="seed-event",
        build=seeders.build_event,
        batch_size=2,
    )
    declare(seeders=lambda: {"events": seeder})
    seed(events=3)
    assert [len(batch) for batch in batches] == [2, 1]
    assert set(sum(batches, [])) == set(seeded(home_page, "events")[1].values_list("pk", flat=True))


@pytest.mark.django_db
def test_pages_seeded_earlier_are_not_mixed_with_a_new_page_model(home_page, declare):
    seed(posts=2)
    other_model = seeders.PageSeeder(
        "posts",
        model=HomePage,  # any page model other than the blog's posts
        section_slug="blog",
        slug_prefix="seed-post",
        build=seeders.build_post,
    )
    declare(SEEDERS={"posts": other_model})
    with pytest.raises(CommandError, match="fresh database"):
        seed(posts=3)
    assert seeded_counts(home_page)["posts"] == 2


@pytest.mark.django_db
def test_without_the_demo_sections_it_says_what_to_do():
    from home.models import HomePage

    HomePage.objects.all().delete()  # a database with no demo content at all
    with pytest.raises(CommandError, match="load_demo_content"):
        seed(posts=1)


AGREED_SIZES = {
    "small": {
        "profiles": 100, "posts": 50, "events": 30, "roles": 20, "guides": 10, "pathways": 6,
    },
    "default": {
        "profiles": 1_000, "posts": 500, "events": 300, "roles": 300, "guides": 50,
        "pathways": 6,
    },
    "large": {
        "profiles": 10_000, "posts": 2_000, "events": 1_000, "roles": 2_000, "guides": 200,
        "pathways": 12,
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, AGREED_SIZES["default"]),
        ({"scale": "small"}, AGREED_SIZES["small"]),
        ({"scale": "large", "posts": 5}, {**AGREED_SIZES["large"], "posts": 5}),
        ({"posts": 5}, {"posts": 5}),
        ({"posts": 5, "events": 0}, {"posts": 5}),
    ],
)
def test_counts_from_scale_and_options(options, expected):
    full = {"scale": None, **dict.fromkeys(registry.kinds()), **options}
    assert Command().counts(full) == expected


def test_scales_are_the_agreed_sizes():
    assert seeders.scales() == AGREED_SIZES


def test_kinds_are_what_the_installed_apps_declare_in_their_order():
    assert registry.kinds() == ("profiles", "posts", "events", "guides", "roles", "pathways")
    modules = [module.__name__ for module in registry.feature_seeding_modules()]
    assert modules == [
        "network.seeding",
        "blog.seeding",
        "events.seeding",
        "members.seeding",  # members' pages to measure, nothing to seed
        "membership.seeding",
        "guides.seeding",
        "opportunities.seeding",
        "pathways.seeding",
        "search.seeding",
    ]


@pytest.mark.django_db
def test_a_new_feature_s_seeder_gets_its_option_and_its_sizes(home_page, declare):
    calls = []

    def seed_badges(count, *, progress_stream=None):
        calls.append(count)
        return seeders.SeedResult("badges", count, 0, count, 0.1)

    seed_badges.sizes = {"small": 2, "default": 20}
    declare(SEEDERS={"badges": seed_badges})
    assert registry.kinds()[-1] == "badges"
    out, _err = seed(badges=4)
    assert calls == [4] and "badges: 4 requested" in out
    assert Command().counts({"scale": "small", **dict.fromkeys(registry.kinds())})["badges"] == 2


def test_progress_bar_shows_count_rate_and_eta():
    now = [0.0]
    stream = io.StringIO()
    with seeders.Progress("posts", 100, stream=stream, clock=lambda: now[0]) as progress:
        now[0] = 6.0
        progress.advance(30)  # a log (not a terminal) gets a line every few seconds
        line = stream.getvalue().splitlines()[-1]
        assert "30/100" in line and "5/s" in line and "ETA 0:14" in line
        now[0] = 20.0
        progress.advance(70)
    last = stream.getvalue().splitlines()[-1]
    assert "100/100" in last and "100%" in last and "in 0:20" in last


def test_generated_copy_is_deterministic():
    for build in (seeders.build_profile, seeders.build_post, seeders.build_event):
        first, second = build(42), build(42)
        first.pop("first_published_at")
        second.pop("first_published_at")
        assert first == second
        assert first["title"]
