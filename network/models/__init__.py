from .credits import ProfileCredit, link_credits, public_profile_urls
from .directory import DirectoryIndexPage, FeaturedProfile
from .profiles import ProfilePage
from .taxonomy import Expertise, LivedExperienceArea, PaymentRoute, Region, Role
from .visibility import Visibility

__all__ = [
    "DirectoryIndexPage",
    "Expertise",
    "FeaturedProfile",
    "LivedExperienceArea",
    "PaymentRoute",
    "ProfileCredit",
    "ProfilePage",
    "Region",
    "Role",
    "Visibility",
    "link_credits",
    "public_profile_urls",
]
