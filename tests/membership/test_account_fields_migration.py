"""Moving the account fields off the profile page (membership 0004-0005, network 0008) keeps
every profile, consent record, account link and choice.

The test migrates the database back to the last migrations before the move, makes data there
with the historical models (profiles with and without accounts, consent records, relayed
messages on and off, contact emails), migrates forward and reads it all back. It migrates
only the two apps involved and runs once (marker `migrations`); it commits, so it is a
transactional test that puts the migrated data back afterwards. On a reused PostgreSQL test
database run it with `--create-db` after changing migrations.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from membership.accounts import member_of, profile_of
from membership.models import ConsentRecord, Membership
from network.models import MemberChoices, ProfilePage

BEFORE = [("network", "0007_capture_member_choices"), ("membership", "0003_submission_keys")]
MOVED = ("contact_email", "accepts_messages", "member")
CHOICES = ("pk", "member_id", "chosen_at", "region_visibility", "organisation_visibility",
           "photo_visibility", "lived_experience_visibility", "payment_visibility")  # fmt: skip

pytestmark = [
    pytest.mark.migrations,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def restore_migrated_data(django_db_blocker):
    """The test commits and pytest-django flushes the tables after it: put back what the
    migrations and the tests' site made, for the tests after it (the module's teardown
    comes after the flush) and for a reused test database."""
    yield
    if hasattr(connection, "_test_serialized_contents"):
        with django_db_blocker.unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


class Before:
    """Data made with the models as they were before the move."""

    def __init__(self, apps):
        self.apps = apps
        model = apps.get_model
        self.User = model("auth", "User")
        self.ProfilePage = model("network", "ProfilePage")
        self.MemberChoices = model("network", "MemberChoices")
        self.ConsentRecord = model("membership", "ConsentRecord")
        self.Revision = model("wagtailcore", "Revision")
        ContentType = model("contenttypes", "ContentType")
        self.page_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0]
        self.profile_type = ContentType.objects.get_or_create(
            app_label="network", model="profilepage"
        )[0]
        self.locale = model("wagtailcore", "Locale").objects.first()
        self.count = 0

    def profile(self, title, member=None, choices=None, live=True, **fields):
        self.count += 1
        page = self.ProfilePage.objects.create(
            title=title,
            draft_title=title,
            slug=f"moved-{self.count}",
            path=f"0001ZZ{self.count:02d}",
            depth=2,
            url_path=f"/moved-{self.count}/",
            content_type=self.profile_type,
            locale=self.locale,
            headline="Peer trainer",
            summary=f"{title}'s summary.",
            consent_given_at=timezone.now(),
            consent_wording_version="2026-11-28",
            consent_recorded_by="the join form",
            member=member,
            member_choices=choices,
            live=live,
            **fields,
        )
        # A revision as the editor saved it then: the moved values were page content.
        self.Revision.objects.create(
            content_type=self.profile_type,
            base_content_type=self.page_type,
            object_id=str(page.pk),
            object_str=title,
            created_at=timezone.now(),
            content={
                "pk": page.pk,
                "title": title,
                "summary": f"{title}'s summary.",
                "contact_email": fields.get("contact_email", ""),
                "accepts_messages": fields.get("accepts_messages", False),
                "member": member.pk if member else None,
            },
        )
        return page

    def member(self, username, **choices):
        user = self.User.objects.create(username=username, email=username)
        record = self.MemberChoices.objects.create(member=user, chosen_at=timezone.now(), **choices)
        return user, record

    def consent(self, page, **fields):
        now = timezone.now()
        return self.ConsentRecord.objects.create(
            profile_id=page.pk, version="2026-11-28", publishing_given_at=now, **fields
        )


def test_the_move_keeps_every_profile_account_link_and_choice(restore_migrated_data):
    before = Before(migrate(BEFORE))
    now = timezone.now()
    # A member who accepts messages, with her choices and consent to each part.
    ana, ana_choices = before.member(
        "ana@example.com", accepts_messages=True, region_visibility="hidden"
    )
    ana_page = before.profile(
        "Ana", member=ana, choices=ana_choices, contact_email="ana@example.com",
        accepts_messages=True, region_visibility="hidden",
    )  # fmt: skip
    before.consent(ana_page, messages_given_at=now, lived_experience_given_at=now)
    # A member who turned messages off.
    ben, ben_choices = before.member("ben@example.com", accepts_messages=False)
    ben_page = before.profile(
        "Ben", member=ben, choices=ben_choices, contact_email="ben@example.com"
    )
    before.consent(ben_page, messages_given_at=now, messages_withdrawn_at=now)
    # An application awaiting review: an address and messages on, no account yet.
    cat_page = before.profile(
        "Cat", contact_email="cat@example.com", accepts_messages=True, live=False
    )
    before.consent(cat_page, messages_given_at=now)
    # A profile editors added by hand: no account, no contact route.
    dev_page = before.profile("Dev")
    # Messages on the page, off in the member's own record: the stricter wins.
    eli, eli_choices = before.member("eli@example.com", accepts_messages=False)
    before.profile(
        "Eli", member=eli, choices=eli_choices, contact_email="eli@example.com",
        accepts_messages=True,
    )  # fmt: skip
    consent_before = list(before.ConsentRecord.objects.order_by("pk").values())
    choices_before = list(before.MemberChoices.objects.order_by("pk").values(*CHOICES))

    migrate(None)

    pages = {page.title: page for page in ProfilePage.objects.filter(slug__startswith="moved-")}
    assert sorted(pages) == ["Ana", "Ben", "Cat", "Dev", "Eli"]
    rows = {
        row.profile.title: (row.member_id, row.contact_email, row.accepts_messages)
        for row in Membership.objects.filter(profile__in=pages.values()).select_related("profile")
    }
    assert rows == {
        "Ana": (ana.pk, "ana@example.com", True),
        "Ben": (ben.pk, "ben@example.com", False),
        "Cat": (None, "cat@example.com", True),
        "Eli": (eli.pk, "eli@example.com", False),
    }
    assert member_of(pages["Dev"]) is None
    assert not Membership.objects.filter(profile_id=dev_page.pk).exists()
    # The accounts reach their profiles, and the profiles their choices.
    assert profile_of(member_of(pages["Ana"])) == pages["Ana"]
    assert pages["Ana"].member_choices_id == ana_choices.pk
    assert pages["Ana"].region_visibility == "hidden"
    assert pages["Eli"].member_choices_id == eli_choices.pk
    assert list(ConsentRecord.objects.order_by("pk").values()) == consent_before
    assert list(MemberChoices.objects.order_by("pk").values(*CHOICES)) == choices_before
    # Revisions keep the page's content and no longer carry the member's own values.
    for page in pages.values():
        (content,) = page.revisions.values_list("content", flat=True)
        assert content["summary"] == f"{page.title}'s summary."
        assert not set(MOVED) & set(content)
    assert pages["Ana"].get_latest_revision_as_object().title == "Ana"

    # Going back puts the values on the page again.
    back = migrate(BEFORE)
    old_page = back.get_model("network", "ProfilePage").objects.get(pk=ana_page.pk)
    assert (old_page.member_id, old_page.contact_email, old_page.accepts_messages) == (
        ana.pk, "ana@example.com", True,
    )  # fmt: skip
    migrate(None)
    assert Membership.objects.get(profile_id=ana_page.pk).contact_email == "ana@example.com"
