"""Paid roles in the quality harnesses: the board's budget, its outputs and parameters, the
forms, and where a role can hide a token (a draft revision, an unpublished role, a closed role,
an organisation's private email); the fair-pay calculator's pages, parameters and budgets."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from network.models import Region, Role
from opportunities.models import FairPayRate, OpportunityPage, PledgeVersion

from ...factories import (
    FairPayRateFactory,
    OrganisationFactory,
    PledgeSignatureFactory,
    board,
    make_role,
    pay_calculator,
    pledge_page,
    pledge_version,
    verified_signature,
)
from ..listing import ListingBudget

SUBMIT_FIELDS = [
    "organisation_name", "organisation_type", "organisation_website", "contact_email", "title",
    "summary", "description", "role", "work_mode", "region", "hours_per_session", "sessions",
    "ongoing", "start_date", "closing_date", "activity_level", "pay_amount", "pay_amount_max",
    "pay_unit", "payment_routes", "expenses", "preparation_hours", "payment_timing",
    "adjustments", "how_to_apply", "apply_url", "confirm_pay", "homepage",
]  # fmt: skip
INTEREST_FIELDS = ["sender_name", "sender_email", "message", "link_profile", "homepage"]
BOARD_PARAMETERS = ["role", "region", "organisation", "adjustment", "min_pay", "closing", "sort"]
LIVE_ROLE = "planted-live-role"


def add_roles(home_page, count):
    """Open roles, each from its own organisation, at a fair-pay level, in varied regions, with
    adjustments and payment routes: everything a card or a filter count could read per item."""
    parent = board(home_page)
    level = FairPayRateFactory()
    regions, roles = list(Region.objects.all()), list(Role.objects.all())
    start = parent.get_children().count()
    for n in range(start, start + count):
        make_role(
            parent,
            f"Budget role {n:04d}",
            slug=f"budget-role-{n:04d}",
            summary="budgetmatch summary",
            activity_level=level,
            role=roles[n % len(roles)],
            work_mode=["remote", "in_person", "hybrid"][n % 3],
            region=None if n % 3 == 0 else regions[n % len(regions)],
            closing_date=timezone.localdate() + timedelta(days=3 + n % 20),
            flexible_hours=n % 2 == 0,
            peer_support=n % 3 == 0,
        )


def add_pledged_roles(home_page, count):
    """Open roles as the home page shows them at their fullest: each organisation has signed
    the fair-pay pledge, so every card links to the pledge page."""
    pledge_page(home_page)
    start = OpportunityPage.objects.count()
    add_roles(home_page, count)
    for role in OpportunityPage.objects.order_by("pk")[start:]:
        verified_signature(organisation=role.organisation)


LISTING_BUDGETS = [
    # Warm, the counts and the page of cards are kept (opportunities/listing.py).
    ListingBudget("opportunities board", "/opportunities/", add_roles, ceiling=8, warm_ceiling=1),
    ListingBudget(
        "opportunities board, filtered",
        "/opportunities/?region=remote&adjustment=flexible_hours&min_pay=20&sort=pay",
        add_roles,
        ceiling=8,
        warm_ceiling=1,
    ),
    ListingBudget(
        "opportunities feed (RSS)", "/opportunities/feed/rss/", add_roles, ceiling=5, warm_ceiling=1
    ),
    ListingBudget("paid role", "/opportunities/budget-role-0000/", add_roles, ceiling=8),
    ListingBudget("home page (paid roles)", "/", add_roles, ceiling=7),
    ListingBudget("sitemap, opportunities", "/sitemap-opportunities.xml", add_roles, ceiling=5),
]

HOME_SECTION_GROWERS = [add_pledged_roles]
SEARCH_GROWERS = [add_pledged_roles]  # the search of every type (tests/quality/registry.py)

PUBLIC_OUTPUTS = [
    "/opportunities/",
    "/opportunities/?region=remote",
    "/opportunities/?page=2",
    "/opportunities/feed/rss/",
    "/opportunities/feed/atom/",
    "/opportunities/submit/",
    f"/opportunities/{LIVE_ROLE}/",
    f"/opportunities/{LIVE_ROLE}/interest/",
    "/search/?q={key}&type=roles",
]

GET_PARAMETERS = [
    ("/opportunities/", [*BOARD_PARAMETERS, "page"]),
    ("/sitemap-opportunities.xml", ["p"]),
]

FORMS = [
    ("/opportunities/submit/", SUBMIT_FIELDS),
    (f"/opportunities/{LIVE_ROLE}/interest/", INTEREST_FIELDS),
]


def build_board(home_page, text=None):
    """The board with one live role taking interest through LEAD (the forms need it)."""
    parent = board(home_page)
    if not OpportunityPage.objects.filter(slug=LIVE_ROLE).exists():
        make_role(parent, "Planted live role", slug=LIVE_ROLE)
    return parent


SITE_BUILDERS = [build_board]


def plant_in_opportunities(home_page, text):
    """A live role whose draft revision holds the token, a role never published, a closed role
    (its words belong to no listing, feed, sitemap or search any more) and an organisation's
    private email (the token's first word): none may reach a public output."""
    word = text.split()[0]
    parent = build_board(home_page)
    organisation = OrganisationFactory(
        name="Planted Organisation", contact_email=f"{word}@organisation.example"
    )
    live = make_role(parent, "Planted org role", slug="planted-org-role", organisation=organisation)
    live.title = f"Draft role {text}"
    live.summary = f"Draft summary {text}"
    live.save_revision()
    draft = make_role(
        parent, f"Unpublished role {text}", slug="planted-draft-role", live=False,
        summary=f"Unpublished {text}",
    )  # fmt: skip
    make_role(
        parent,
        "Planted closed role",
        slug="planted-closed-role",
        summary=f"Closed summary {text}",
        description=f"<p>Closed {text}</p>",
        closing_date=timezone.localdate() - timedelta(days=2),
    )
    # The closed role's own address still shows it (saying it closed), so it is not a page to
    # fetch here: its words must only be gone from every listing, feed, sitemap and search.
    return [Page.objects.get(pk=page.pk) for page in (live, draft)]


LEAK_PLANTERS = [plant_in_opportunities]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("paid roles board", "/opportunities/"),
    ("paid roles, filtered", "/opportunities/?region=remote&min_pay=20&sort=pay"),
    ("paid role", "/opportunities/lived-experience-board-member/"),
    ("paid role, closed", "/opportunities/closed-board-observer/"),
    ("offer a paid role", "/opportunities/submit/"),
    ("express interest in a role", "/opportunities/peer-trainer-recovery-college/interest/"),
]


# --- the fair-pay calculator (/for-organisations/pay-calculator/) -----------------------------
# Appended as one block: the calculator's page, its parameters, its budgets and browser pages.

CALCULATOR = "/for-organisations/pay-calculator/"
CALCULATOR_PARAMETERS = ["level", "people", "sessions", "hours", "preparation", "expenses"]
# A level the budget grower makes with this id, so the budget's address can name it.
BUDGET_LEVEL = 424242
FIGURES = "people=4&sessions=6&hours=2.5&preparation=1&expenses=12.40"


def build_pay_calculator(home_page, text=None):
    """The calculator with a level to choose (the bad-input corpus needs the page)."""
    if not FairPayRate.objects.exists():
        FairPayRateFactory(level="Advising or co-producing")
    return pay_calculator(home_page)


def add_rates(home_page, count):
    """More levels in the fair-pay table: the calculator lists each one (its choices and
    'What each level covers'), in one query however many there are. (Its ceiling: a standard
    page's 8, two more for routing through a page one level deeper, and the rates.)"""
    pay_calculator(home_page)
    if not FairPayRate.objects.filter(pk=BUDGET_LEVEL).exists():
        FairPayRateFactory(pk=BUDGET_LEVEL, level="Budget level")
        count -= 1
    FairPayRateFactory.create_batch(count, description="A level made for the budget.")


SITE_BUILDERS += [build_pay_calculator]
GET_PARAMETERS += [(CALCULATOR, CALCULATOR_PARAMETERS)]
LISTING_BUDGETS += [
    ListingBudget("pay calculator", CALCULATOR, add_rates, ceiling=6),
    ListingBudget(
        "pay calculator, result",
        f"{CALCULATOR}?level={BUDGET_LEVEL}&{FIGURES}",
        add_rates,
        ceiling=6,
    ),
    ListingBudget(
        "pay calculator, mistakes",
        f"{CALCULATOR}?level=x&people=0&sessions=six&hours=99&expenses=-1",
        add_rates,
        ceiling=6,
    ),
]
# The demo's levels are made in the order of opportunities/demo/content.toml, so level 2 is
# "Advising or co-producing" (tests/browser/test_pay_calculator.py checks it).
BROWSER_PAGES += [
    ("pay calculator", CALCULATOR),
    ("pay calculator, result", f"{CALCULATOR}?level=2&{FIGURES}"),
    ("pay calculator, mistakes", f"{CALCULATOR}?level=2&people=0&sessions=six&hours=99"),
]


# --- The fair-pay pledge (/for-organisations/pledge/) ------------------------------------------

PLEDGE_URL = "/for-organisations/pledge/"
PLEDGE_FIELDS = [
    "organisation_name", "organisation_type", "contact_name", "contact_email", "signer_name",
    "signer_role", "commitments", "authority", "version", "homepage",
]  # fmt: skip


def build_pledge(home_page, text=None):
    """The pledge page in its "For organisations" section, with a current version to sign."""
    if PledgeVersion.current() is None:
        pledge_version()
    return pledge_page(home_page)


def add_signatories(home_page, count):
    """Verified signatories, each linked to its own organisation: everything a line of the
    list could read per item (its version, its kind, its date)."""
    build_pledge(home_page)
    for _ in range(count):
        verified_signature(organisation=OrganisationFactory(), organisation_type="nhs_trust")


def add_badged_roles(home_page, count):
    """Open roles whose organisations have verified signatures: each card carries the badge."""
    parent = board(home_page)
    build_pledge(home_page)
    start = parent.get_children().count()
    for n in range(start, start + count):
        organisation = OrganisationFactory()
        verified_signature(organisation=organisation)
        make_role(parent, f"Badged role {n:04d}", slug=f"badged-role-{n:04d}",
                  organisation=organisation)  # fmt: skip


LISTING_BUDGETS += [
    ListingBudget("fair-pay pledge signatories", PLEDGE_URL, add_signatories, ceiling=9),
    ListingBudget(
        "opportunities board, pledge badges",
        "/opportunities/",
        add_badged_roles,
        ceiling=8,
        warm_ceiling=1,
    ),
]

PUBLIC_OUTPUTS += [PLEDGE_URL, f"{PLEDGE_URL}?page=2", f"{PLEDGE_URL}thanks/"]

GET_PARAMETERS += [(PLEDGE_URL, ["page"])]

FORMS += [(PLEDGE_URL, PLEDGE_FIELDS)]

SITE_BUILDERS += [build_pledge]


def plant_in_pledge(home_page, text):
    """A signature waiting to be checked (its organisation's name, contact and signer), a
    verified one's private details, and a withdrawn one's reason: none may reach a public
    output. The verified signatory's own name is public, so it holds no token."""
    word = text.split()[0]
    page = build_pledge(home_page)
    organisation = OrganisationFactory(name="Planted Pledge Organisation")
    make_role(board(home_page), "Planted pledge role", slug="planted-pledge-role",
              organisation=organisation)  # fmt: skip
    PledgeSignatureFactory(
        organisation_name=f"Unverified {text}",
        organisation=organisation,
        contact_name=f"Contact {text}",
        contact_email=f"{word}@unverified.example",
        signer_name=f"Signer {text}",
        signer_role=f"Role {text}",
    )
    verified_signature(
        organisation_name="Planted Verified Organisation",
        organisation=organisation,
        contact_name=f"Verified contact {text}",
        contact_email=f"{word}@verified.example",
        signer_name=f"Verified signer {text}",
        signer_role=f"Verified role {text}",
    )
    withdrawn = verified_signature(organisation_name="Planted Withdrawn Organisation")
    withdrawn.withdraw(None, f"Withdrawn because {text}")
    return [page]


LEAK_PLANTERS += [plant_in_pledge]

BROWSER_PAGES += [
    ("fair-pay pledge", PLEDGE_URL),
    ("fair-pay pledge, thank you", f"{PLEDGE_URL}thanks/"),
]
