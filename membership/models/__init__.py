from .consent import ConsentRecord
from .contact import ContactPurpose, ContactRequest, ContactStatus
from .enquiries import ContactPage, ContactTopic, Enquiry, EnquiryStatus
from .erasure import ErasureReceipt
from .held_photos import HeldPhoto
from .introductions import IntroductionPaid, IntroductionRequest, IntroductionStatus
from .members import Membership
from .mentoring import MentoringChoice, MentoringRequest, MentoringStatus, MentoringTime
from .pages import JoinPage

__all__ = [
    "ConsentRecord",
    "ContactPage",
    "ContactPurpose",
    "ContactRequest",
    "ContactStatus",
    "ContactTopic",
    "Enquiry",
    "EnquiryStatus",
    "ErasureReceipt",
    "HeldPhoto",
    "IntroductionPaid",
    "IntroductionRequest",
    "IntroductionStatus",
    "JoinPage",
    "Membership",
    "MentoringChoice",
    "MentoringRequest",
    "MentoringStatus",
    "MentoringTime",
]
