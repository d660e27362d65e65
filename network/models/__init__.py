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
    "ProfilePage",
    "Region",
    "Role",
    "Visibility",
]
