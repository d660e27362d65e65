from ..choices import ADJUSTMENTS, EXPENSES, HowToApply, OrganisationType, WorkMode
from ..pay import PaymentTiming, PayUnit
from .alerts import AlertDigest, RoleAlert
from .calculator import PayCalculatorPage
from .interest import ExpressionOfInterest, InterestStatus
from .organisations import Organisation
from .pages import OpportunityIndexPage, OpportunityPage
from .pay import FairPayRate
from .pledge import (
    PledgeCommitment,
    PledgePage,
    PledgeSignature,
    PledgeStatus,
    PledgeVersion,
)
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
    "PayCalculatorPage",
    "PayUnit",
    "PaymentTiming",
    "PledgeCommitment",
    "PledgePage",
    "PledgeSignature",
    "PledgeStatus",
    "PledgeVersion",
    "RoleAlert",
    "RoleSubmission",
    "WorkMode",
]
