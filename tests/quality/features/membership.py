"""Membership in the quality harnesses: the join, sign-in, contact and introduction forms,
their pages, and where a member's private details live (contact email, relayed messages)
and where a requester's do (introduction requests)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from wagtail.models import Page

from lead.private_media import public_name
from membership import held_photos
from membership.accounts import ensure_member_account
from membership.changes import change_visibility
from membership.models import ContactRequest, IntroductionRequest
from membership.photos import save_photo
from network.models import ProfilePage
from network.private_photos import SIZES

from ...factories import directory, join_page, make_profile, photo_upload
from ..planters import PrivateFile

JOIN_FIELDS = [
    "display_name", "email", "pronouns", "headline", "organisation", "organisation_visibility",
    "region", "region_visibility", "lived_experience", "lived_experience_visibility",
    "expertise", "roles_sought", "availability", "summary", "biography", "held_photo",
    "photo_remove", "photo_alt_text", "photo_visibility", "expects_payment", "payment_routes",
    "payment_visibility", "consent_publishing", "consent_lived_experience", "consent_messages",
    "homepage",
]  # fmt: skip
SET_PASSWORD_FIELDS = ["new_password1", "new_password2"]
CONTACT_FIELDS = ["sender_name", "sender_email", "organisation", "purpose", "message", "homepage"]
INTRODUCTION_FIELDS = [
    "requester_name", "organisation", "requester_email", "request", "paid", "pay_details",
    "homepage",
]  # fmt: skip
RELAY_SLUG = "relay-member"
INTRODUCE_SLUG = "introduce-member"


def build_membership(home_page, text=None):
    """The join page, and a live profile that accepts relayed messages, at
    /network/relay-member/."""
    join_page(home_page)
    existing = ProfilePage.objects.filter(slug=RELAY_SLUG).first()
    if existing is not None:
        return existing
    word = (text or "relay").split()[0]
    return make_profile(
        directory(home_page),
        "Relay Member",
        slug=RELAY_SLUG,
        editor_notes=f"Notes {text}",
        contact_email=f"{word}@members.example",
        accepts_messages=True,
    )


def plant_in_membership(home_page, text):
    """The member's private email (the token) on a contactable profile, and a relayed message
    holding the token: neither may reach the profile, its contact pages or any other output."""
    profile = build_membership(home_page, text)
    ContactRequest.objects.create(
        profile=profile,
        sender_name=f"Sender {text}",
        sender_email="sender@example.com",
        purpose="other",
        message=f"Message {text}",
    )
    return [Page.objects.get(pk=profile.pk)]


def build_introductions(home_page, text=None):
    """A live profile that takes introduction requests (no account, no contact route), at
    /network/introduce-member/."""
    existing = ProfilePage.objects.filter(slug=INTRODUCE_SLUG).first()
    if existing is not None:
        return existing
    return make_profile(directory(home_page), "Introduce Member", slug=INTRODUCE_SLUG)


def plant_introduction_request(home_page, text):
    """A requester's name, organisation, email address and request (each holding the token),
    stored for the editors: none may reach the profile, its introduction pages or any other
    output."""
    profile = build_introductions(home_page, text)
    IntroductionRequest.objects.create(
        profile=profile,
        requester_name=f"Requester {text}",
        organisation=f"Requesting org {text}",
        requester_email=f"{text.split()[0]}@requesters.example",
        request=f"Request {text}",
        paid="paid",
        pay_details=f"Pay {text}",
    )
    return [Page.objects.get(pk=profile.pk)]


def plant_after_a_staff_revision(home_page, text):
    """A member's organisation (the token), public until she hides it from her account after
    a staff revision that still says "public" was saved; that revision is then published. The
    organisation must be in no public output (issue: a staff edit undoing a member's choice)."""
    build_membership(home_page, text)
    profile = make_profile(
        directory(home_page),
        "Choosing Member",
        slug="planted-choosing-member",
        organisation=f"Org {text}",
        organisation_visibility="public",
        contact_email="choosing@members.example",
    )
    user = ensure_member_account(profile, invite=False)
    staff = get_user_model().objects.create_user("planted-moderator", password=None)
    draft = ProfilePage.objects.get(pk=profile.pk).get_latest_revision_as_object()
    draft.summary = "A moderator's edit, saved before the member's choice."
    staff_revision = draft.save_revision(user=staff)
    choices = {name: getattr(profile, name) for name in (
        "photo_visibility", "region_visibility", "lived_experience_visibility",
        "payment_visibility")}  # fmt: skip
    change_visibility(
        ProfilePage.objects.get(pk=profile.pk),
        {**choices, "organisation_visibility": "hidden", "accepts_messages": False},
        user,
    )
    staff_revision.refresh_from_db()
    staff_revision.publish()
    return [Page.objects.get(pk=profile.pk)]


def plant_member_photos(home_page, text):
    """Members' own photos, public, members-only and hidden, as the join form stores them,
    with the renditions the site and the image library make: the original's and every
    rendition's file address are PrivateFiles, whatever the photo's visibility (public ones
    are shown through the checked photo address)."""
    planted = []
    for visibility in ("public", "members", "hidden"):
        photo = save_photo(photo_upload())
        profile = make_profile(
            directory(home_page),
            f"Photo Member {visibility}",
            slug=f"planted-member-photo-{visibility}",
            photo=photo,
            # A public photo's description is public; the others' are not.
            photo_alt_text="A portrait" if visibility == "public" else f"Alt {text}",
            photo_visibility=visibility,
        )
        renditions = [photo.get_rendition(spec) for spec in (*SIZES.values(), "max-165x165")]
        planted.append(Page.objects.get(pk=profile.pk))
        for name in (photo.file.name, *(r.file.name for r in renditions)):
            # Its address, and the one under /media/ it would have as a public file.
            planted += [PrivateFile(default_storage.url(name)), PrivateFile(media_url(name))]
    return planted


def plant_held_photo(home_page, text):
    """A photo the join form keeps for an unfinished application, under a name holding the
    token: the name shows on no other page, and nobody (moderators included) can fetch the
    file, at its private address or under /media/."""
    build_membership(home_page, text)
    held = held_photos.hold(photo_upload(name=f"{text}.png"))
    return [
        PrivateFile(default_storage.url(held.file.name), staff_may_fetch=False),
        PrivateFile(media_url(held.file.name), staff_may_fetch=False),
    ]


def media_url(name):
    return settings.MEDIA_URL + public_name(name)


PUBLIC_OUTPUTS = [
    "/join/",
    "/join/thanks/",
    "/account/login/",
    "/account/password/",
    f"/network/{RELAY_SLUG}/",
    f"/network/{RELAY_SLUG}/contact/",
    f"/network/{RELAY_SLUG}/contact/sent/",
    f"/network/{INTRODUCE_SLUG}/",
    f"/network/{INTRODUCE_SLUG}/introduce/",
    f"/network/{INTRODUCE_SLUG}/introduce/sent/",
    # A member's own data: nothing for anyone else (a sign-in page, or "no profile linked").
    "/account/my-data/",
    "/account/export/",
]

FORMS = [
    ("/join/", JOIN_FIELDS),
    (f"/network/{RELAY_SLUG}/contact/", CONTACT_FIELDS),
    (f"/network/{INTRODUCE_SLUG}/introduce/", INTRODUCTION_FIELDS),
    ("/account/login/", ["username", "password"]),
    ("/account/password/", ["email"]),
    # An expired or made-up link: the page says so, whatever is sent.
    ("/account/set-password/MQ/made-up-token/", SET_PASSWORD_FIELDS),
    # The admin's request actions, posted by someone not signed in: sent to sign in, whatever
    # is sent (tests/membership/test_request_actions.py sends the same corpus as a moderator).
    ("/admin/membership/requests/introduction/1/reply/", ["text"]),
    ("/admin/membership/requests/contact/1/forward/", ["note"]),
    ("/admin/membership/requests/contact/1/mark/", ["status"]),
]

GET_PARAMETERS = [("/account/login/", ["next"])]

SITE_BUILDERS = [build_membership, build_introductions]

LEAK_PLANTERS = [
    plant_in_membership,
    plant_after_a_staff_revision,
    plant_member_photos,
    plant_held_photo,
    plant_introduction_request,
]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("join", "/join/"),
    ("join, thank you", "/join/thanks/"),
    ("sign in", "/account/login/"),
    ("forgotten password", "/account/password/"),
    ("contact a member", "/network/danielle-hartley/contact/"),
    ("ask for an introduction", "/network/imran-siddiqui/introduce/"),
]


# --- The general contact page (/contact/) -------------------------------------------------------
# Appended as one block: its imports are here so the lists above stay as they were.

from membership.models import ContactTopic, Enquiry  # noqa: E402

from ...factories import contact_page  # noqa: E402
from ..listing import ListingBudget  # noqa: E402

ENQUIRY_FIELDS = ["name", "email", "organisation", "topic", "message", "homepage"]


def build_contact_page(home_page, text=None):
    """The contact page at /contact/ with its topics, linked from the footer."""
    return contact_page(home_page)


def plant_enquiry(home_page, text):
    """An enquirer's name, address, organisation and message (the token), and a topic and
    hint only a draft of the contact page has: none may reach any public output, the contact
    page's own form included."""
    page = contact_page(home_page)
    word = text.split()[0]
    Enquiry.objects.create(
        name=f"Enquirer {text}",
        email=f"{word}@enquirer.example",
        organisation=f"Org {text}",
        topic="Something else",
        message=f"Message {text}",
    )
    draft = page.get_latest_revision_as_object()
    draft.topics.add(ContactTopic(name=f"Draft topic {word}", hint=f"Draft hint {text}"))
    draft.save_revision()
    return [Page.objects.get(pk=page.pk)]


def add_contact_topics(home_page, count):
    """More topics on the contact page: its form offers each, read in one query."""
    page = contact_page(home_page)
    start = page.topics.count()
    ContactTopic.objects.bulk_create(
        ContactTopic(page=page, name=f"Topic {n:03d}", hint=f"Hint {n:03d}", sort_order=n)
        for n in range(start, start + count)
    )


PUBLIC_OUTPUTS += ["/contact/", "/contact/sent/"]
FORMS += [("/contact/", ENQUIRY_FIELDS)]
SITE_BUILDERS += [build_contact_page]
LEAK_PLANTERS += [plant_enquiry]
BROWSER_PAGES += [("contact us", "/contact/"), ("contact us, sent", "/contact/sent/")]
LISTING_BUDGETS = [
    ListingBudget("contact page (topics)", "/contact/", add_contact_topics, ceiling=6),
]


# --- Peer mentoring (/account/mentors/, /account/mentoring/) ------------------------------------
# Appended as one block, like the contact page's. Mentoring is for members only: every address
# sends an anonymous visitor to sign in and tells an account outside the Members group that
# the page is for members, so the leak harness reads them as outputs too.

from django.contrib.auth.models import Group  # noqa: E402

from membership.models import Membership, MentoringChoice, MentoringRequest  # noqa: E402
from network.models import Expertise, Region, Role  # noqa: E402

from ...factories import ProfilePageFactory, UserFactory, add_page, make_mentor  # noqa: E402
from ...factories import directory as directory_section  # noqa: E402
from ..growers import budget_photos  # noqa: E402

MENTOR_SLUG = "planted-mentor"
MENTEE_SLUG = "planted-mentee"
MENTORING_FIELDS = [
    "offers", "seeks", "expertise", "roles", "other_topics", "time", "online", "note",
]  # fmt: skip
MENTORING_REQUEST_FIELDS = ["message", "homepage", "submission_key"]


def mentoring_member(home_page):
    """A member with a profile, looking for a mentor: the account members-only pages are
    sent from (made once)."""
    existing = Membership.objects.filter(profile__slug=MENTEE_SLUG).first()
    if existing is not None:
        return existing.member
    return make_mentor(
        directory_section(home_page), "Planted Mentee", offers=False, seeks=True,
        topics=["board-governance"],
    ).member  # fmt: skip


def build_mentoring(home_page, text=None):
    """A mentor (at /account/mentors/planted-mentor/ask/) and a member who looks for one."""
    mentoring_member(home_page)
    existing = Membership.objects.filter(profile__slug=MENTOR_SLUG).first()
    if existing is not None:
        return existing
    return make_mentor(
        directory_section(home_page), "Planted Mentor", topics=["board-governance"],
        roles=["mentor"], other_topics="Board papers", note="Happy to help.",
    )  # fmt: skip


def plant_mentoring(home_page, text):
    """A mentor's mentoring choices (the token in their own words and their note, and a
    region they hide) and a mentoring request between two members (the token in its message):
    none may reach any public output, the mentor's public profile included."""
    word = text.split()[0]
    mentor = make_mentor(
        directory_section(home_page),
        "Planted Mentoring Member",
        topics=["writing"],
        other_topics=f"Topics {text}",
        note=f"Mentoring note {text}",
        region="wales",
        region_visibility="hidden",
        email=f"{word}@mentors.example",
    )
    asker = make_mentor(
        directory_section(home_page), "Planted Asker", offers=False, seeks=True,
        other_topics=f"Seeking {text}", email=f"{word}@askers.example",
    )  # fmt: skip
    MentoringRequest.objects.create(mentor=mentor, requester=asker, message=f"Request {text}")
    return [Page.objects.get(pk=mentor.profile_id), Page.objects.get(pk=asker.profile_id)]


def add_mentors(home_page, count):
    """More members who offer mentoring, with photos (public, members-only or hidden),
    regions and topics: a card reads each, for any number of mentors, in the same queries."""
    directory = directory_section(home_page)
    photos = budget_photos()
    regions = list(Region.objects.all())
    expertise = list(Expertise.objects.all())
    roles = list(Role.objects.all())
    members = Group.objects.get(name="Members")
    start = MentoringChoice.objects.count()
    for n in range(start, start + count):
        visibility = ("public", "members", "hidden")[n % 3]
        page = add_page(
            directory,
            ProfilePageFactory.build(
                title=f"Budget mentor {n:04d}",
                photo=photos[n % len(photos)],
                photo_alt_text="A portrait",
                photo_visibility=visibility,
                region=regions[n % len(regions)],
                region_visibility=visibility,
            ),
        )
        user = UserFactory(username=f"budget-mentor-{n}")
        user.groups.add(members)
        membership = Membership.objects.create(
            profile=page, member=user, contact_email=f"budget-mentor-{n}@members.example"
        )
        choice = MentoringChoice.objects.create(
            membership=membership, offers=True, time="monthly", other_topics=f"Topic {n}"
        )
        # Every one on the first topic (the filtered budget lists them all), and one more.
        choice.expertise.set([expertise[0], expertise[1 + n % 4]])
        choice.roles.set(roles[n % 3 : n % 3 + 2])


PUBLIC_OUTPUTS += [
    "/account/mentors/",
    "/account/mentors/?topic=writing&region=wales",
    "/account/mentoring/",
    f"/account/mentors/{MENTOR_SLUG}/ask/",
]
# Signed out, each only sends the visitor to sign in, whatever is sent.
FORMS += [
    ("/account/mentoring/", MENTORING_FIELDS),
    (f"/account/mentors/{MENTOR_SLUG}/ask/", MENTORING_REQUEST_FIELDS),
    ("/account/mentoring/requests/1/answer/", ["answer"]),
    ("/account/mentoring/answer/made-up-token/", []),
]
GET_PARAMETERS += [("/account/mentors/", ["topic", "role", "region", "online", "page"])]
SIGNED_IN_GET_PARAMETERS = [
    ("/account/mentors/", ["topic", "role", "region", "online", "page"], mentoring_member),
]
SIGNED_IN_FORMS = [
    ("/account/mentoring/", MENTORING_FIELDS, mentoring_member),
    (f"/account/mentors/{MENTOR_SLUG}/ask/", MENTORING_REQUEST_FIELDS, mentoring_member),
]
SITE_BUILDERS += [build_mentoring]
LEAK_PLANTERS += [plant_mentoring]
# Signed in as a member: the session, the account, its groups with the userbar's permission
# check (one query, lead/viewer.py) and its membership come before the listing's own queries.
LISTING_BUDGETS += [
    ListingBudget("find a mentor", "/account/mentors/", add_mentors, ceiling=9, warm_ceiling=3,
                  viewer=mentoring_member),
    ListingBudget("find a mentor, filtered", "/account/mentors/?topic=co-production",
                  add_mentors, ceiling=9, warm_ceiling=3, viewer=mentoring_member),
]  # fmt: skip
