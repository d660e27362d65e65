"""Every way the tests make data: factories for pages, taxonomy terms, accounts and images,
builders that place pages on the site as an editor would (`make_profile`, `make_post`...),
and the tests' site itself (site.py). Import from here: `from ..factories import make_post`."""

from .accounts import UserFactory
from .blog import (
    AuthorFactory,
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    author,
    blog_index,
    category,
    make_post,
    paragraphs,
)
from .events import (
    EventIndexPageFactory,
    EventPageFactory,
    days_from_now,
    events_index,
    local_datetime,
    make_event,
)
from .forms import JOIN_ANSWERS, PROFILE_EDIT, submission_key
from .home import (
    FollowPageFactory,
    HomePageFactory,
    StandardPageFactory,
    blocks,
    follow_page,
    make_page,
)
from .images import ImageFactory, photo_upload, png
from .membership import JoinPageFactory, join_page
from .network import (
    DirectoryIndexPageFactory,
    ExpertiseFactory,
    LivedExperienceAreaFactory,
    PaymentRouteFactory,
    ProfilePageFactory,
    RegionFactory,
    RoleFactory,
    directory,
    make_profile,
)
from .opportunities import (
    FairPayRateFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    OrganisationFactory,
    board,
    make_role,
)
from .pledge import PledgeSignatureFactory, pledge_page, pledge_version, verified_signature
from .publishing import add_page, publish
from .showcase import build_showcase

__all__ = [
    "PledgeSignatureFactory",
    "pledge_page",
    "pledge_version",
    "verified_signature",
    "JOIN_ANSWERS",
    "PROFILE_EDIT",
    "AuthorFactory",
    "BlogCategoryFactory",
    "BlogIndexPageFactory",
    "BlogPageFactory",
    "DirectoryIndexPageFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "ExpertiseFactory",
    "FairPayRateFactory",
    "FollowPageFactory",
    "HomePageFactory",
    "ImageFactory",
    "JoinPageFactory",
    "LivedExperienceAreaFactory",
    "OpportunityIndexPageFactory",
    "OpportunityPageFactory",
    "OrganisationFactory",
    "PaymentRouteFactory",
    "ProfilePageFactory",
    "RegionFactory",
    "RoleFactory",
    "StandardPageFactory",
    "UserFactory",
    "add_page",
    "author",
    "blocks",
    "build_showcase",
    "board",
    "blog_index",
    "category",
    "directory",
    "events_index",
    "days_from_now",
    "follow_page",
    "join_page",
    "local_datetime",
    "make_event",
    "make_page",
    "make_post",
    "make_profile",
    "make_role",
    "paragraphs",
    "photo_upload",
    "png",
    "publish",
    "submission_key",
]
