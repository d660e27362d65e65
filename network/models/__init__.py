from .choices import CHOICE_FIELDS, MemberChoices, StaffRestriction, enforce_member_choices
from .credits import (
    FORMER_MEMBER,
    ProfileCredit,
    link_credits,
    profile_link_fields,
    public_profile_urls,
    release_profile_credits,
)
from .directory import DirectoryIndexPage, FeaturedProfile
from .languages import ProfileLanguage, split_languages
from .profiles import ProfilePage
from .taxonomy import Expertise, LivedExperienceArea, PaymentRoute, Region, Role, read_terms
from .visibility import Visibility

__all__ = [
    "CHOICE_FIELDS",
    "MemberChoices",
    "StaffRestriction",
    "enforce_member_choices",
    "FORMER_MEMBER",
    "DirectoryIndexPage",
    "Expertise",
    "FeaturedProfile",
    "LivedExperienceArea",
    "PaymentRoute",
    "ProfileCredit",
    "ProfileLanguage",
    "ProfilePage",
    "Region",
    "Role",
    "Visibility",
    "link_credits",
    "profile_link_fields",
    "public_profile_urls",
    "read_terms",
    "release_profile_credits",
    "split_languages",
]
