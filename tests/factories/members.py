"""The members' space (/members/) and its members-only posts and resources."""

import factory
import wagtail_factories

from members.models import MembersPostPage, MembersSpacePage

from .home import blocks
from .publishing import add_page


class MembersSpacePageFactory(wagtail_factories.PageFactory):
    title = "Members' space"
    slug = "members"
    intro = "News and resources for LEAD members."

    class Meta:
        model = MembersSpacePage


def members_space(home_page, **fields):
    """The members' space at /members/ (restricted to the Members group as it is saved)."""
    existing = MembersSpacePage.objects.first()
    if existing is not None:
        return existing
    return add_page(home_page, MembersSpacePageFactory.build(**fields))


class MembersPostPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Members' post {n}")
    summary = factory.LazyAttribute(lambda post: f"What {post.title} is about.")

    class Meta:
        model = MembersPostPage


def make_members_post(space, title=None, *, live=True, text="Words for members.", **fields):
    """A post in the members' space, published unless live=False."""
    if title is not None:
        fields["title"] = title
    fields.setdefault("body", blocks(("paragraph", f"<p>{text}</p>")))
    return add_page(space, MembersPostPageFactory.build(**fields), live=live)
