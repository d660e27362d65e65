from .alerts import AlertDigest, RoleAlert
from .interest import ExpressionOfInterest, InterestStatus
from .organisations import Organisation, OrganisationType
from .pages import (
    ADJUSTMENTS,
    EXPENSES,
    HowToApply,
    OpportunityIndexPage,
    OpportunityPage,
    WorkMode,
)
from .pay import FairPayRate, PaymentTiming, PayUnit
from .submissions import RoleSubmission

__all__ = [
    "ADJUSTMENTS",
    "EXPENSES",
    "AlertDigest",
    "ExpressionOfInterest",
    "FairPayRate",
    "HowToApply",
    "InterestStatus",
    "OpportunityIndexPage",
    "OpportunityPage",
    "Organisation",
    "OrganisationType",
    "PayUnit",
    "PaymentTiming",
    "RoleAlert",
    "RoleSubmission",
    "WorkMode",
]
