"""What membership adds to other apps' pages (declared in MembershipConfig.feature): the
contact route on profiles, and the account link in every page's header."""

from lead.kept import kept
from lead.view_restrictions import restricted_sections

from .models import Membership


def contact_box(context):
    """Every live profile offers one way in. A member who accepts relayed messages gets
    "Write to <name>"; any other live, public profile gets "Ask LEAD to introduce you", the
    same box whatever the reason (no account, messages off, no address), so nothing says why.
    A draft or a profile restricted to signed-in people offers neither: both forms answer 404
    there."""
    profile = context.get("page")
    if profile is None:
        return None
    if profile.pk and kept("profile-writable", (profile.pk,), lambda: _writable(profile)):
        return {"profile": profile, "route": "write"}
    if profile.live and not _restricted(profile):
        return {"profile": profile, "route": "introduce"}
    return None


def _writable(profile):
    """Whether the member accepts relayed messages (kept until a membership, or any published
    content, next changes: Membership is not a private model, lead/pagecache.py)."""
    return Membership.objects.contactable().filter(profile=profile).exists()


def _restricted(page):
    """Whether a view restriction covers the page (read once per request)."""
    return any(page.path.startswith(path) for path, _depth in restricted_sections())


def account_link(context):
    """'Member sign in', or 'Your account' once signed in."""
    return {}
