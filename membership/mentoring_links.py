"""The accept and decline links in a mentoring request's email: signed with Django's signing
(the site's SECRET_KEY and a salt of their own), naming one request and one answer, and
expiring after LEAD_MENTORING_LINK_DAYS. Opening one shows a page with a button: only the
button's POST answers, so a mail scanner that follows links answers nothing."""

from django.conf import settings
from django.core import signing

from .models import MentoringStatus

ANSWER_SALT = "lead.mentoring.answer"
ACCEPT, DECLINE = "accept", "decline"
ANSWERS = {ACCEPT: MentoringStatus.ACCEPTED, DECLINE: MentoringStatus.DECLINED}


def answer_token(request_id, reply):
    """The signed value of an emailed accept or decline link."""
    return signing.dumps({"r": request_id, "a": reply}, salt=ANSWER_SALT)


class BadLink(Exception):
    """An answer link that was changed, made up, or has expired."""


def read_answer_token(token):
    """(request id, answer) from a link's token; BadLink when it is not one we signed or it is
    older than LEAD_MENTORING_LINK_DAYS."""
    max_age = settings.LEAD_MENTORING_LINK_DAYS * 24 * 60 * 60
    try:
        data = signing.loads(token, salt=ANSWER_SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadLink("expired") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise BadLink("bad") from error
    if not isinstance(data, dict) or data.get("a") not in ANSWERS:
        raise BadLink("bad")
    request_id = data.get("r")
    if not isinstance(request_id, int):
        raise BadLink("bad")
    return request_id, data["a"]
