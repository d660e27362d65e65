"""What membership adds to other apps' pages (declared in MembershipConfig.feature): the
"Contact <name>" box on profiles, and the account link in every page's header."""


def contact_box(context):
    """On profiles whose member accepts relayed messages."""
    profile = context.get("page")
    if not getattr(profile, "accepts_messages", False) or not profile.contact_email:
        return None
    return {"profile": profile}


def account_link(context):
    """'Member sign in', or 'Your account' once signed in."""
    return {}
