"""What membership adds to other apps' pages (declared in MembershipConfig.feature): the
"Contact <name>" box on profiles, and the account link in every page's header."""

from .models import Membership


def contact_box(context):
    """On profiles whose member accepts relayed messages. Any other profile simply has none:
    nothing says why (no account, messages off, no address)."""
    profile = context.get("page")
    if profile is None or not Membership.objects.contactable().filter(profile=profile).exists():
        return None
    return {"profile": profile}


def account_link(context):
    """'Member sign in', or 'Your account' once signed in."""
    return {}
