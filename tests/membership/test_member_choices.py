"""A member's privacy choices are the ceiling: no staff edit, stale form, workflow approval,
older revision, revert, copy, bulk action, script or data migration leaves a value more
visible than the member last chose. Staff can only make things stricter, with a reason the
member reads."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management.sql import emit_post_migrate_signal
from django.test import Client
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import querydict_from_html

from membership.accounts import member_of
from membership.applications import submit_for_review
from membership.changes import accepts_messages
from membership.erasure import erase_member
from membership.models import ErasureReceipt, Membership
from network.models import MemberChoices, ProfilePage, StaffRestriction, enforce_member_choices
from network.models.profiles import CONSENT_MISSING

pytestmark = pytest.mark.django_db

REGION = "north-east-and-yorkshire"
REGION_NAME = "North East and Yorkshire"
CHOICES = {
    "photo_visibility": "public",
    "region_visibility": "public",
    "organisation_visibility": "members",
    "lived_experience_visibility": "members",
    "payment_visibility": "hidden",
    "accepts_messages": "on",
}


def member_client(profile):
    browser = Client()
    browser.force_login(member_of(profile))
    return browser


def staff_client(user):
    browser = Client()
    browser.force_login(user)
    return browser


def hide_region(profile):
    """The member hides her region from her own account."""
    response = member_client(profile).post(
        "/account/visibility/", {**CHOICES, "region_visibility": "hidden"}
    )
    assert response.status_code == 302


def edit_form(browser, profile):
    """The admin's edit form as a browser holds it, ready to post back."""
    url = f"/admin/pages/{profile.pk}/edit/"
    data = querydict_from_html(browser.get(url).content.decode(), form_id="page-edit-form")
    data["selected_work-count"] = "0"  # the StreamField's form is built by JavaScript
    return url, data


def live(profile):
    return ProfilePage.objects.get(pk=profile.pk)


def shows_region(client, profile):
    html = Client().get(live(profile).url).content.decode()
    assert "Danielle Hartley" in html  # the page itself is there
    return REGION_NAME in html


def test_linking_the_account_records_the_members_choices(danielle):
    record = danielle.member_choices
    assert record is not None and record.member == member_of(danielle)
    assert record.region_visibility == "public"
    assert record.organisation_visibility == "members"
    assert record.payment_visibility == "hidden"
    assert accepts_messages(danielle) is True


def test_a_form_opened_before_the_member_hid_her_region_keeps_her_choice(
    client, danielle, moderator
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    assert data["region_visibility"] == "public"
    hide_region(danielle)
    assert not shows_region(client, danielle)

    data["summary"] = "Trains peer workers across the North East."  # the typo fix
    response = staff.post(url, data, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The member&#x27;s own choices were kept (region: Nobody (kept private))" in html
    assert "Your other changes are saved" in html

    draft = live(danielle).get_latest_revision_as_object()
    assert draft.summary == "Trains peer workers across the North East."
    assert draft.region_visibility == "hidden"
    live(danielle).get_latest_revision().publish()
    page = live(danielle)
    assert page.summary == "Trains peer workers across the North East."
    assert page.region_visibility == "hidden"
    assert not shows_region(client, danielle)


def test_staff_are_offered_only_the_members_choice_and_stricter(danielle, moderator):
    from bs4 import BeautifulSoup

    staff = staff_client(moderator)
    html = staff.get(f"/admin/pages/{danielle.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    options = [o["value"] for o in soup.select('select[name="organisation_visibility"] option')]
    assert options == ["members", "hidden"]
    assert "The member&#x27;s choice: Signed-in members only" in html

    # Sending "public" anyway (a crafted request) keeps the member's choice.
    url, data = edit_form(staff, danielle)
    data["organisation_visibility"] = "public"
    assert staff.post(url, data).status_code == 302
    assert live(danielle).get_latest_revision_as_object().organisation_visibility == "members"


def test_a_profile_without_an_account_keeps_todays_editing(client, make_profile, moderator):
    profile = make_profile("Editor Made", organisation="Harbour Trust",
                           organisation_visibility="members")  # fmt: skip
    staff = staff_client(moderator)
    url, data = edit_form(staff, profile)
    data["organisation_visibility"] = "public"
    data["action-publish"] = "action-publish"
    assert staff.post(url, data).status_code == 302
    assert live(profile).organisation_visibility == "public"
    assert "Harbour Trust" in Client().get(live(profile).url).content.decode()


def test_a_stricter_value_needs_a_reason_applies_at_once_and_the_member_reads_it(
    client, danielle, moderator
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    data["region_visibility"] = "hidden"
    response = staff.post(url, data)
    assert response.status_code == 200
    assert "Say why you are making this stricter" in response.content.decode()
    assert shows_region(client, danielle)  # nothing applied

    data["safeguarding_reason"] = "A former colleague has been trying to find where you work."
    response = staff.post(url, data, follow=True)
    assert "Restricted now, on the live profile and every version: region" in (
        response.content.decode()
    )
    assert live(danielle).region_visibility == "hidden"  # the live page, not only a draft
    assert not shows_region(client, danielle)
    [restriction] = StaffRestriction.objects.filter(profile=danielle)
    assert restriction.made_by == moderator and restriction.visibility == "hidden"
    account = member_client(danielle).get("/account/").content.decode()
    assert "A former colleague has been trying to find where you work." in account
    assert "your region was set to" in account


def test_workflow_approval_of_an_earlier_staff_revision(client, danielle, moderator):
    draft = live(danielle).get_latest_revision_as_object()
    draft.summary = "A staff edit waiting for approval."
    draft.save_revision(user=moderator)
    state = submit_for_review(live(danielle).get_latest_revision_as_object(), user=moderator)
    hide_region(danielle)
    state.refresh_from_db()
    state.current_task_state.approve(user=moderator)
    page = live(danielle)
    assert page.summary == "A staff edit waiting for approval."
    assert page.region_visibility == "hidden" and not shows_region(client, danielle)


def test_publishing_or_scheduling_an_older_revision(client, danielle):
    first = live(danielle).get_latest_revision()
    hide_region(danielle)
    # Even a revision whose stored content still says "public" (written by a script).
    content = first.content | {"region_visibility": "public"}
    Revision.objects.filter(pk=first.pk).update(content=content)
    Revision.objects.get(pk=first.pk).publish()
    assert live(danielle).region_visibility == "hidden"
    assert not shows_region(client, danielle)


def test_revert_to_an_earlier_revision_in_the_admin(client, danielle, moderator):
    first = live(danielle).get_latest_revision()
    hide_region(danielle)
    staff = staff_client(moderator)
    url = f"/admin/pages/{danielle.pk}/revisions/{first.pk}/revert/"
    data = querydict_from_html(staff.get(url).content.decode(), form_id="page-edit-form")
    data["selected_work-count"] = "0"
    data["region_visibility"] = "public"
    data["action-publish"] = "action-publish"
    assert staff.post(f"/admin/pages/{danielle.pk}/edit/", data).status_code == 302
    assert live(danielle).region_visibility == "hidden"
    assert not shows_region(client, danielle)


def test_a_copy_stays_under_the_members_choices(client, danielle, admin_user):
    hide_region(danielle)
    staff = staff_client(admin_user)
    response = staff.post(
        f"/admin/pages/{danielle.pk}/copy/",
        {
            "new_title": "Danielle Hartley (copy)",
            "new_slug": "danielle-hartley-copy",
            "new_parent_page": danielle.get_parent().pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = ProfilePage.objects.get(slug="danielle-hartley-copy")
    # The account and the contact route are the member's own page's, not a copy's.
    assert member_of(copy) is None and not Membership.objects.filter(profile=copy).exists()
    assert copy.member_choices_id == danielle.member_choices_id
    url, data = edit_form(staff, copy)
    data["region_visibility"] = "public"
    data["action-publish"] = "action-publish"
    assert staff.post(url, data).status_code == 302
    assert ProfilePage.objects.get(pk=copy.pk).region_visibility == "hidden"
    assert REGION_NAME not in Client().get(copy.url).content.decode()


def test_a_bulk_publish_of_an_earlier_staff_draft(client, danielle, admin_user):
    draft = live(danielle).get_latest_revision_as_object()
    draft.summary = "Drafted before she hid her region."
    draft.save_revision(user=admin_user)
    hide_region(danielle)
    staff = staff_client(admin_user)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={danielle.pk}"
    assert staff.post(url, {}).status_code == 302
    page = live(danielle)
    assert page.summary == "Drafted before she hid her region."
    assert page.region_visibility == "hidden" and not shows_region(client, danielle)


def test_scripts_cannot_loosen_a_choice(client, danielle):
    hide_region(danielle)
    page = live(danielle)
    page.region_visibility = "public"
    page.save()
    assert live(danielle).region_visibility == "hidden"
    page = live(danielle)
    page.region_visibility = "public"
    assert page.save_revision().content["region_visibility"] == "hidden"
    ProfilePage.objects.filter(pk=danielle.pk).change(
        region_visibility="public", organisation_visibility="public"
    )
    page = live(danielle)
    assert (page.region_visibility, page.organisation_visibility) == ("hidden", "members")
    assert not shows_region(client, danielle)


def test_a_data_migration_cannot_loosen_a_choice(client, danielle):
    hide_region(danielle)
    # A data migration writes through historical models: no save(), no custom update().
    ProfilePage._base_manager.filter(pk=danielle.pk).update(region_visibility="public")
    assert live(danielle).region_visibility == "public"  # what the migration left behind
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert live(danielle).region_visibility == "hidden"
    assert not shows_region(client, danielle)


def test_a_data_migration_cannot_loosen_a_choice_in_any_revision(danielle, make_profile):
    live(danielle).save_revision()  # a draft beside the published revision
    hide_region(danielle)
    first, latest = danielle.revisions.order_by("pk")[:2]
    other = make_profile(title="Someone Else")
    other.save_revision()  # no account, no choices: left as it is
    for revision in (first, latest, other.get_latest_revision()):
        content = revision.content | {"region_visibility": "public"}
        if revision == first:  # saved before the photo choice existed: no value for it
            del content["photo_visibility"]
        Revision.objects.filter(pk=revision.pk).update(content=content)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    # Every stored revision of hers is back under her choice, so none can be published or
    # previewed with her region; other fields of the revisions are untouched.
    for revision in (first, latest):
        stored = Revision.objects.get(pk=revision.pk).content
        assert stored["region_visibility"] == "hidden"
        assert stored["title"] == "Danielle Hartley"
    stored = Revision.objects.get(pk=other.get_latest_revision().pk).content
    assert stored["region_visibility"] == "public"


def test_relayed_messages_stay_off_when_the_member_turns_them_off(client, danielle):
    first = live(danielle).get_latest_revision()
    response = member_client(danielle).post(
        "/account/visibility/", {**CHOICES, "accepts_messages": ""}
    )
    assert response.status_code == 302
    assert accepts_messages(danielle) is False
    # The choice is the member's own, kept off the page: saving the page, or publishing an
    # older revision (even one from before the move that still carries the old value), cannot
    # turn them back on.
    page = live(danielle)
    page.save()
    older = Revision.objects.get(pk=first.pk)
    older.content["accepts_messages"] = True
    older.save()
    older.publish()
    assert accepts_messages(danielle) is False
    html = Client().get(live(danielle).url).content.decode()
    assert "Danielle Hartley" in html and "Write to Danielle" not in html
    assert Client().get(f"{live(danielle).url}contact/").status_code == 404


def test_loosening_is_the_members_act_and_goes_to_review(client, danielle):
    response = member_client(danielle).post(
        "/account/visibility/", {**CHOICES, "organisation_visibility": "public"}
    )
    assert response.status_code == 302
    assert live(danielle).member_choices.organisation_visibility == "public"
    assert live(danielle).organisation_visibility == "members"  # until a moderator approves
    live(danielle).get_latest_revision().publish()
    assert live(danielle).organisation_visibility == "public"


def test_erasure_removes_the_choices_and_the_restrictions(danielle, moderator):
    from network.models.choices import apply_staff_restrictions

    apply_staff_restrictions(danielle, {"region_visibility": "hidden"}, "Safety.", moderator)
    record = danielle.member_choices_id
    erase_member(danielle, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    assert not MemberChoices.objects.filter(pk=record).exists()
    assert not StaffRestriction.objects.exists()
    assert not ProfilePage.objects.filter(slug="danielle-hartley").exists()


def copy_of(profile):
    return profile.copy(
        update_attrs={"title": f"{profile.title} (copy)", "slug": f"{profile.slug}-copy"}
    ).specific


def test_erasure_takes_the_members_copies_and_nobody_else(danielle, make_profile):
    from membership.erasure import erase_member
    from membership.models import ErasureReceipt

    copy = copy_of(danielle)
    assert copy.member_choices_id == danielle.member_choices_id
    bystander = make_profile("Bystander Member")  # no account, no choices record
    erase_member(danielle, erased_by=ErasureReceipt.ErasedBy.MODERATOR, former_member=False)
    assert not ProfilePage.objects.filter(pk__in=[danielle.pk, copy.pk]).exists()
    assert ProfilePage.objects.filter(pk=bystander.pk).exists()


def test_erasure_takes_every_choices_record_of_the_member(danielle, make_profile):
    """The profile's own record, even one an editor unlinked from the account, and any other
    record the account holds; never another member's."""
    from membership.erasure import erase_member
    from membership.models import ErasureReceipt

    own = danielle.member_choices_id
    user = member_of(danielle)
    MemberChoices.objects.filter(pk=own).update(member=None)
    stale = MemberChoices.objects.create(member=user)
    someone_else = MemberChoices.objects.create(member=None)
    erase_member(danielle, erased_by=ErasureReceipt.ErasedBy.MODERATOR, former_member=False)
    assert not MemberChoices.objects.filter(pk__in=[own, stale.pk]).exists()
    assert MemberChoices.objects.filter(pk=someone_else.pk).exists()


def test_each_visibility_field_says_the_members_choice_and_its_date(danielle, moderator):
    from bs4 import BeautifulSoup

    record = MemberChoices.objects.get(pk=danielle.member_choices_id)
    day = f"{record.chosen_at:%-d %B %Y}"
    html = staff_client(moderator).get(f"/admin/pages/{danielle.pk}/edit/").content.decode()
    text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
    for label in ("Everyone", "Signed-in members only", "Nobody (kept private)"):
        sentence = (
            f"The member's choice: {label}, on {day}. You can keep it or make it stricter; "
            "only the member can make it more visible, from their account."
        )
        assert sentence in text, label
    # Every one of the member's parts carries it, each with its own choice.
    assert text.count("The member's choice:") == 5


def test_the_reason_is_asked_for_beside_its_field_and_a_too_long_one_is_refused(
    danielle, moderator
):
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    data["region_visibility"] = "hidden"
    response = staff.post(url, data)
    errors = response.context["form"].errors
    assert errors["safeguarding_reason"] == [
        "Say why you are making this stricter than the member chose. The member will read it "
        "on their account page."
    ]
    # A reason over the limit is refused with the form's message, never a server error.
    data["safeguarding_reason"] = "x" * 1001
    response = staff.post(url, data)
    assert response.status_code == 200
    # Only that message: a reason was given, so nobody is asked for one.
    [message] = response.context["form"].errors["safeguarding_reason"]
    assert "at most 1000 characters" in message
    assert live(danielle).region_visibility == "public"  # nothing applied


def test_the_consent_record_is_explained_and_a_draft_needs_none(make_profile, moderator):
    staff = staff_client(moderator)
    draft = make_profile("Sam Draft", live=False)
    html = staff.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "When the member gave explicit consent. Required before publishing." in html
    assert "The version of the consent wording the member agreed to." in html
    assert ">Consent wording<" in html.replace("\n", "").replace("  ", "")
    # An unpublished draft may be saved without the record; only publishing needs it.
    url, data = edit_form(staff, draft)
    for name, value in {"consent_given_at": "", "consent_wording_version": ""}.items():
        data[name] = value
    data["summary"] = "A later draft."
    response = staff.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    saved = live(draft).get_latest_revision_as_object()
    assert saved.summary == "A later draft." and not saved.consent_wording_version
    # The form offers "no wording yet" as an empty value, so saving it again keeps none.
    form_html = staff.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    wording = BeautifulSoup(form_html, "html.parser").find(
        "select", {"name": "consent_wording_version"}
    )
    blank = wording.find("option")
    assert (blank["value"], blank.get_text(strip=True)) == ("", "---------")
    assert len(wording.find_all("option")) > 1  # the wordings themselves follow it
    # Publishing it says what is missing once, on the consent field, and nothing else.
    url, data = edit_form(staff, draft)
    data["action-publish"] = "action-publish"
    response = staff.post(url, data)
    assert response.status_code == 200 and not live(draft).live
    assert response.context["form"].errors == {"consent_given_at": [CONSENT_MISSING]}


def test_the_kept_choice_message_gives_when_the_member_chose(client, danielle, moderator, clock):
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    hide_region(danielle)
    clock.move_to(timezone.now() + timedelta(days=2, hours=3))  # the save comes later
    record = MemberChoices.objects.get(pk=danielle.member_choices_id)
    when = f"{timezone.localtime(record.chosen_at):%-d %B %Y at %H:%M}"
    html = staff.post(url, data, follow=True).content.decode()
    assert f"They chose this on {when}, which may be after you opened this page." in html


def test_a_staff_draft_of_a_live_profile_does_not_go_live(client, danielle, moderator):
    """Saving a draft in the admin keeps the published profile as it was until it is
    published."""
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    data["summary"] = "A draft summary nobody has approved."
    assert staff.post(url, data).status_code == 302
    assert live(danielle).get_latest_revision_as_object().summary == (
        "A draft summary nobody has approved."
    )
    html = Client().get(live(danielle).url).content.decode()
    assert "Danielle Hartley" in html
    assert "A draft summary nobody has approved." not in html


def test_a_restriction_never_loosens_a_stricter_draft(danielle, moderator):
    """Staff make the region members-only; an editor's draft that already hides it keeps it
    hidden, so publishing that draft later hides it."""
    from network.models.choices import apply_staff_restrictions

    draft = live(danielle).get_latest_revision_as_object()
    draft.region_visibility = "hidden"
    revision = draft.save_revision(user=moderator)
    apply_staff_restrictions(danielle, {"region_visibility": "members"}, "Safety.", moderator)
    assert live(danielle).region_visibility == "members"  # the live page, at once
    Revision.objects.get(pk=revision.pk).publish()
    assert live(danielle).region_visibility == "hidden"


def test_a_restriction_reaches_a_version_saved_before_the_field_existed(
    client, danielle, moderator
):
    """A revision stored before the region had a visibility (the field is missing from it)
    would publish as public: the restriction is written into it too."""
    from network.models.choices import apply_staff_restrictions

    first = live(danielle).get_latest_revision()
    content = {k: v for k, v in first.content.items() if k != "region_visibility"}
    Revision.objects.filter(pk=first.pk).update(content=content)
    apply_staff_restrictions(danielle, {"region_visibility": "members"}, "Safety.", moderator)
    Revision.objects.get(pk=first.pk).publish()
    assert live(danielle).region_visibility == "members"
    assert not shows_region(client, danielle)  # checks the page itself is there


def test_putting_every_profile_back_under_its_choices_reads_each_profile_once(
    make_profile, django_assert_num_queries
):
    """It runs after every migrate, over every profile: each member's choices come with the
    profiles in one query, and only each profile's revisions are read one at a time."""
    for number in range(3):
        profile = make_profile(title=f"Member {number}")
        record = MemberChoices.objects.create(member=None)
        ProfilePage.objects.filter(pk=profile.pk).update(member_choices=record)
    make_profile(title="No account")  # no choices: not read at all
    with django_assert_num_queries(1 + 3):
        enforce_member_choices()


def test_every_choice_is_checked_even_when_one_is_refused(danielle, moderator):
    """A refused value in one visibility field (here the first) does not stop the others being
    checked: a stricter region still asks for its reason, and nothing is applied."""
    staff = staff_client(moderator)
    url, data = edit_form(staff, danielle)
    data["photo_visibility"] = "everyone"  # not a choice
    data["region_visibility"] = "hidden"
    errors = staff.post(url, data).context["form"].errors
    assert "photo_visibility" in errors
    assert errors["safeguarding_reason"] == [
        "Say why you are making this stricter than the member chose. The member will read it "
        "on their account page."
    ]
    assert live(danielle).region_visibility == "public"


def test_editors_get_the_userbar_on_a_profile(client, danielle, moderator):
    """The profile's template context carries the request, so an editor viewing a profile gets
    Wagtail's userbar (edit this page) and a visitor does not."""
    visitor = client.get(live(danielle).url).content.decode()
    assert "Danielle Hartley" in visitor and "w-userbar" not in visitor
    html = staff_client(moderator).get(live(danielle).url).content.decode()
    assert "Danielle Hartley" in html
    assert "w-userbar" in html
    assert f"/admin/pages/{danielle.pk}/edit/" in html


def test_hiding_a_region_from_the_account_clears_every_kept_count(client, danielle):
    """A member hides her region from her account: the directory's counts and the number of
    results, kept for visitors before (network/directory.py), change on the next view."""
    region = {"region": REGION}

    def region_count():
        page = BeautifulSoup(Client().get("/network/").content, "html.parser")
        box = page.select_one(f'input[name="region"][value="{REGION}"]')
        return None if box is None else page.select_one(f'label[for="{box["id"]}"]').get_text()

    def listed():
        page = BeautifulSoup(Client().get("/network/", region).content, "html.parser")
        return [h.get_text(strip=True) for h in page.select(".profile-card__name")]

    assert "1" in region_count() and listed() == ["Danielle Hartley"]
    assert listed() == ["Danielle Hartley"]  # kept
    hide_region(danielle)
    assert region_count() is None  # nobody left to count: the option is not offered
    assert listed() == []
    assert "Danielle Hartley" in Client().get("/network/").content.decode()  # still listed
