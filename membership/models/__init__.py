from .consent import ConsentRecord
from .contact import ContactPurpose, ContactRequest, ContactStatus
from .erasure import ErasureReceipt
from .held_photos import HeldPhoto
from .introductions import IntroductionPaid, IntroductionRequest, IntroductionStatus
from .members import Membership
from .pages import JoinPage

__all__ = [
    "ConsentRecord",
    "ContactPurpose",
    "ContactRequest",
    "ContactStatus",
    "ErasureReceipt",
    "HeldPhoto",
    "IntroductionPaid",
    "IntroductionRequest",
    "IntroductionStatus",
    "JoinPage",
    "Membership",
]
