"""The members' space in the quality harnesses: where it hides a token (a members-only post,
its draft revision, a never-published post, the space's own words), its address and its
parameter."""

from wagtail.models import Page

from ...factories import UserFactory, make_members_post, members_space
from ..listing import ListingBudget

PUBLIC_OUTPUTS = ["/members/", "/members/?page=2", "/members/planted-members-post/"]

GET_PARAMETERS = [("/members/", ["page"])]

SITE_BUILDERS = [members_space]


def plant_in_members_space(home_page, text):
    space = members_space(home_page, intro=f"Members' space {text}")
    post = make_members_post(
        space,
        f"Members' post {text}",
        slug="planted-members-post",
        summary=f"Summary {text}",
        text=f"Body {text}",
    )
    never = make_members_post(space, f"Draft post {text}", slug="planted-draft", live=False)
    return [Page.objects.get(pk=page.pk) for page in (space, post, never)]


LEAK_PLANTERS = [plant_in_members_space]


def add_members_posts(home_page, count):
    space = members_space(home_page)
    start = space.get_children().count()
    for n in range(start, start + count):
        make_members_post(space, f"Members' post {n:04d}", slug=f"budget-members-post-{n:04d}")


def budget_member(home_page):
    return UserFactory(username="budget-space-member", groups=["Members"])


LISTING_BUDGETS = [
    ListingBudget(
        "members' space",
        "/members/",
        add_members_posts,
        ceiling=9,
        viewer=budget_member,
    ),
]
