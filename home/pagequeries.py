"""Query pieces every listing of pages shares."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def live_public_q(prefix=""):
    """Q for live pages under no view restriction: what Wagtail's `.live().public()` selects,
    as a NOT EXISTS inside the one query (a restriction on a page covers every page whose path
    starts with its path), so listings need no separate read of the restrictions."""
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(f"{prefix}path"), 1, Length("page__path"))
    )
    return Q(**{f"{prefix}live": True}) & ~Exists(restrictions)
