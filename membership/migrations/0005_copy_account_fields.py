"""Move each profile's account link, contact email and relayed-messages choice off the profile
page into its Membership row, before network's 0008 removes them from the page.

Frozen: it names the fields it moves and reaches models only through the historical app
registry, never live code. Nothing is loosened on the way: messages stay on only where the page
and the member's own choices record (when there is one) both said on. The three values are also
taken out of the profile's revisions, which were the only other place they were kept: they are
the member's, not page content, and no draft may carry or restore them. Going back copies the
rows to the page again (revisions stay without them).
"""

from django.db import migrations

MOVED = ["contact_email", "accepts_messages", "member"]


def to_membership(apps, schema_editor):
    ProfilePage = apps.get_model("network", "ProfilePage")
    MemberChoices = apps.get_model("network", "MemberChoices")
    Membership = apps.get_model("membership", "Membership")
    chosen = dict(MemberChoices.objects.values_list("pk", "accepts_messages"))
    rows = []
    for pk, member_id, email, accepts, choices_id in ProfilePage.objects.values_list(
        "pk", "member_id", "contact_email", "accepts_messages", "member_choices_id"
    ):
        if choices_id is not None:
            accepts = accepts and chosen.get(choices_id, False)
        if member_id or email or accepts:
            rows.append(
                Membership(
                    profile_id=pk, member_id=member_id, contact_email=email, accepts_messages=accepts
                )
            )
    Membership.objects.bulk_create(rows)
    _strip_revisions(apps)


def _strip_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="network", model="profilepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).only("pk", "content"):
        content = revision.content
        if isinstance(content, dict) and any(name in content for name in MOVED):
            for name in MOVED:
                content.pop(name, None)
            Revision.objects.filter(pk=revision.pk).update(content=content)


def to_profile_page(apps, schema_editor):
    ProfilePage = apps.get_model("network", "ProfilePage")
    MemberChoices = apps.get_model("network", "MemberChoices")
    Membership = apps.get_model("membership", "Membership")
    for row in Membership.objects.all():
        ProfilePage.objects.filter(pk=row.profile_id).update(
            member_id=row.member_id,
            contact_email=row.contact_email,
            accepts_messages=row.accepts_messages,
        )
        choices_id = (
            ProfilePage.objects.filter(pk=row.profile_id)
            .values_list("member_choices_id", flat=True)
            .first()
        )
        if choices_id is not None:
            MemberChoices.objects.filter(pk=choices_id).update(
                accepts_messages=row.accepts_messages
            )


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0004_membership"),
        ("network", "0007_capture_member_choices"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    # The directory removes the fields in its own migration, which cannot name membership
    # (the directory works without it): so this one says it must run first.
    run_before = [("network", "0008_account_fields_moved_to_membership")]

    operations = [migrations.RunPython(to_membership, to_profile_page)]
