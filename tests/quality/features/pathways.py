"""Career pathways in the quality harnesses: the overview's and a step's query budgets (a step
shows people, open roles and stories drawn live: its count may not grow with them), their
outputs and parameters, and where a step can hide a token (a draft revision of a live step, a
step never published, profiles, posts and roles a step would list but must not)."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from network.models import ProfilePage, Region, Role

from ...factories import (
    ImageFactory,
    ProfilePageFactory,
    add_page,
    blog_index,
    board,
    make_post,
    make_profile,
    make_role,
    make_step,
    pathways_overview,
    png,
)
from ...factories import directory as directory_section
from ..growers import budget_photos
from ..listing import ListingBudget
from ..planters import restrict_to_members

HUB = "budget-step"
LIVE_STEP = "planted-live-step"
ROLE = "peer-trainer"  # one of the brief's roles, in the tests' site


def add_steps(home_page, count):
    """Live steps on the overview, each with its role (the overview lists them all)."""
    overview = pathways_overview(home_page)
    roles = list(Role.objects.all())
    start = overview.get_children().count()
    for n in range(start, start + count):
        make_step(overview, f"Budget step {n:03d}", slug=f"budget-step-{n:03d}", role=roles[n % 9])


def hub_step(home_page):
    overview = pathways_overview(home_page)
    step = overview.get_children().filter(slug=HUB).first()
    if step is None:
        return make_step(overview, "Budget hub step", slug=HUB, role=ROLE)
    return step.specific


def add_people_roles_and_stories(home_page, count):
    """For the hub step: profiles holding its role (each with a photo, a region and
    expertise, everything a card reads), open paid roles of its type from their own
    organisations, and career stories describing it, each by its own author."""
    step = hub_step(home_page)
    role = Role.objects.get(slug=ROLE)
    directory = directory_section(home_page)
    regions, photos = list(Region.objects.all()), budget_photos()
    blog, roles_board = blog_index(home_page), board(home_page)
    start = ProfilePage.objects.filter(title__startswith="Budget holder").count()
    for n in range(start, start + count):
        profile = ProfilePageFactory.build(
            title=f"Budget holder {n:04d}",
            photo=photos[n % len(photos)],
            photo_alt_text="A portrait",
            region=regions[n % len(regions)],
        )
        profile.roles_sought = [role]
        add_page(directory, profile)
        make_role(
            roles_board,
            f"Budget trainer role {n:04d}",
            slug=f"budget-trainer-role-{n:04d}",
            role=role,
            closing_date=timezone.localdate() + timedelta(days=3 + n % 20),
        )
        make_post(blog, f"Budget story {n:03d}", authors=[f"Budget storyteller {n}"], steps=[step])


LISTING_BUDGETS = [
    ListingBudget("career pathways overview", "/pathways/", add_steps, ceiling=6),
    ListingBudget(
        "career pathway step (people, open roles, stories)",
        f"/pathways/{HUB}/",
        add_people_roles_and_stories,
        ceiling=11,
        sizes=(3, 20),
    ),
    ListingBudget("sitemap, pathways", "/sitemap-pathways.xml", add_steps, ceiling=5),
]

SEARCH_GROWERS = [add_steps]  # the search of every type (tests/quality/registry.py)

PUBLIC_OUTPUTS = [
    "/pathways/",
    f"/pathways/{LIVE_STEP}/",
    "/search/?q={key}&type=pathways",
]

# The pages read no parameter of their own: whatever a visitor adds must not break them.
GET_PARAMETERS = [
    ("/pathways/", ["page", "role"]),
    (f"/pathways/{LIVE_STEP}/", ["page", "role"]),
    ("/sitemap-pathways.xml", ["p"]),
]


def build_pathways(home_page, text=None):
    """The overview with one live step (its sitemap and parameters need one)."""
    overview = pathways_overview(home_page)
    if not overview.get_children().filter(slug=LIVE_STEP).exists():
        make_step(overview, "Planted live step", slug=LIVE_STEP, role=ROLE)
    return overview


SITE_BUILDERS = [build_pathways]


def plant_in_pathways(home_page, text):
    """Everything a step lists, in every state it must not list: a step never published and a
    draft revision of a live step (the overview and the step's neighbours), a profile never
    published and a draft revision of a live one holding the step's role, a live profile's
    hidden organisation and members-only photo description (a card shows public values only),
    a story never published, a members-only story and a draft revision of a live story, and
    an unpublished open role of the step's type."""
    overview = build_pathways(home_page)
    step = overview.get_children().get(slug=LIVE_STEP).specific
    draft_step = make_step(
        overview, f"Draft step {text}", slug="planted-draft-step", role=ROLE, live=False,
        intro=f"Draft intro {text}",
    )  # fmt: skip
    step.title = f"Draft step title {text}"
    step.intro = f"Draft step intro {text}"
    step.save_revision()
    directory = directory_section(home_page)
    never = make_profile(
        directory, f"Draft holder {text}", slug="planted-draft-holder", roles=[ROLE], live=False
    )
    drafted = make_profile(directory, "Planted holder", slug="planted-holder", roles=[ROLE])
    drafted = ProfilePage.objects.get(pk=drafted.pk)
    drafted.headline = f"Draft headline {text}"
    drafted.save_revision()
    make_profile(
        directory,
        "Planted private holder",
        slug="planted-private-holder",
        roles=[ROLE],
        organisation=f"Org {text}",
        organisation_visibility="hidden",
        photo=ImageFactory(title=f"holder photo {text}", file=png("planted-holder-photo")),
        photo_alt_text=f"Alt {text}",
        photo_visibility="members",
    )
    blog = blog_index(home_page)
    # The addresses are public knowledge (a restricted page's sign-in redirect names it): no token.
    draft_story = make_post(
        blog, f"Draft story {text}", slug="planted-draft-story", live=False, steps=[step]
    )
    members_story = make_post(
        blog, f"Members story {text}", slug="planted-members-story", steps=[step]
    )
    restrict_to_members(members_story)
    live_story = make_post(blog, "Planted live story", steps=[step])
    live_story.title = f"Draft story title {text}"
    live_story.save_revision()
    unpublished_role = make_role(
        board(home_page), f"Unpublished trainer role {text}", slug="planted-trainer-role",
        role=Role.objects.get(slug=ROLE), live=False,
    )  # fmt: skip
    return [
        Page.objects.get(pk=page.pk)
        for page in (step, draft_step, never, draft_story, members_story, unpublished_role)
    ]


LEAK_PLANTERS = [plant_in_pathways]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("career pathways", "/pathways/"),
    ("career pathway step", "/pathways/peer-support-worker/"),
    ("career pathway step, board", "/pathways/board-member/"),
    ("career story", "/blog/how-i-became-a-peer-trainer/"),
    ("search, career pathways", "/search/?q=peer&type=pathways"),
]
