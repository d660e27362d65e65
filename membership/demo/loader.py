"""The membership demo: the join page at /join/ and the contact page at /contact/ (their words
in content.toml beside this module), and one member account to try /account/."""

import secrets
from pathlib import Path

from home.demo.data import load, pick, rich_text, stream
from home.demo.sections import ensure_section
from home.models import SiteSettings
from network.models import Expertise, ProfilePage, Role

from ..accounts import DEMO_RECORDER, ensure_member_account, member_of
from ..models import ContactPage, ContactTopic, JoinPage, Membership, MentoringChoice
from ..models.mentoring import MentoringTime

CONTENT = Path(__file__).with_name("content.toml")
MENTORING = Path(__file__).with_name("mentoring.toml")
DEMO_MEMBER_PROFILE = "danielle-hartley"


def build_membership(home, stdout):
    created = []
    words = load(CONTENT)["join"]
    ensure_section(
        home,
        "join",
        JoinPage,
        stdout,
        title=words["title"],
        intro=words["intro"],
        body=[(block["type"], block["value"]) for block in stream(words.get("body", []))],
        thank_you=rich_text(words["thank_you"], words),
    )
    build_contact_page(home, stdout)
    give_demo_profiles_contact_emails()
    password = ensure_demo_member()
    if build_mentoring():
        created.append("demo mentoring choices")
    if password:
        profile = ProfilePage.objects.get(slug=DEMO_MEMBER_PROFILE)
        stdout.write(
            f"Created a demo member account (sign in at /account/login/): username "
            f"{member_of(profile).username}, password {password} (shown only once)."
        )
        created.append("a demo member account")
    return created


def build_contact_page(home, stdout):
    """The contact page with its topics, named in the site settings so the footer links to
    it. Left alone when it exists (an editor may have changed it)."""
    words = load(CONTENT)["contact"]
    page = ensure_section(
        home,
        "contact",
        ContactPage,
        stdout,
        title=words["title"],
        intro=words["intro"],
        body=[(block["type"], block["value"]) for block in stream(words.get("body", []))],
        thank_you=rich_text(words["thank_you"], words),
        topics=[
            ContactTopic(name=t["name"], hint=t["hint"], sort_order=order)
            for order, t in enumerate(words["topics"])
        ],
        show_in_menus=False,
    )
    site_settings = SiteSettings.for_site(home.get_site())
    if page is not None and site_settings.contact_page_id is None:
        site_settings.contact_page = page
        site_settings.save()


def give_demo_profiles_contact_emails():
    """Each demo profile's (invented, undeliverable) private contact email, as moderators see
    it on the Private tab. Relayed messages stay off: only the demo member accepts them."""
    demo = ProfilePage.objects.filter(consent_recorded_by=DEMO_RECORDER, membership=None)
    Membership.objects.bulk_create(
        Membership(profile=profile, contact_email=f"{profile.slug}@members.lead.example")
        for profile in demo.only("pk", "slug")
    )


def ensure_demo_member():
    """Link the demo member account to one demo profile; returns its new password, or None."""
    profile = ProfilePage.objects.filter(slug=DEMO_MEMBER_PROFILE).first()
    if profile is None or member_of(profile):
        return None
    user = ensure_member_account(profile, invite=False)
    if user is None:
        return None
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save()
    # The demo member accepts relayed messages: their own choice, recorded as theirs.
    Membership.objects.set_for(profile, accepts_messages=True)
    return password


def build_mentoring():
    """Demo members who offer or look for mentoring (mentoring.toml). Each listed member gets
    an account with no password (invented people cannot sign in or get mail) so the mentor
    listing shows them; a member whose choices exist is left alone. Returns how many were
    made."""
    made = 0
    expertise = {term.slug: term for term in Expertise.objects.all()}
    roles = {term.slug: term for term in Role.objects.all()}
    times = {value: value for value in MentoringTime.values}
    for spec in load(MENTORING)["mentoring"]:
        profile = ProfilePage.objects.live().filter(slug=spec["profile"]).first()
        if profile is None:
            continue
        if member_of(profile) is None:
            ensure_member_account(profile, invite=False)
        membership = Membership.objects.of(profile)
        if membership is None or membership.member_id is None:
            continue
        if MentoringChoice.objects.filter(membership=membership).exists():
            continue
        choice = MentoringChoice.objects.create(
            membership=membership,
            offers=spec.get("offers", False),
            seeks=spec.get("seeks", False),
            other_topics=spec.get("other_topics", ""),
            time=pick(times, spec["time"], spec, "time"),
            online=spec.get("online", True),
            note=spec.get("note", "").strip(),
        )
        choice.expertise.set(
            [pick(expertise, s, spec, "expertise") for s in spec.get("expertise", [])]
        )
        choice.roles.set([pick(roles, s, spec, "roles") for s in spec.get("roles", [])])
        made += 1
    return made
