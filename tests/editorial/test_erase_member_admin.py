"""A moderator erases a member who asked them to, from the admin: "Erase member" on the
profile runs the whole erasure (account, consent record, messages, revisions, caches), not
a page deletion that would leave most of it behind."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Revision

from blog.models import Author
from events.models import EventIndexPage
from home.editorial.roles import EDITORS, MODERATORS
from membership.admin_erasure import CONFIRM_LABEL, LABEL
from membership.models import ConsentRecord, ContactRequest, ErasureReceipt, Membership
from network.models import FORMER_MEMBER, ProfilePage

from ..factories import author, make_event, make_post

pytestmark = pytest.mark.django_db


def menu_labels(html):
    return [a.get_text(" ", strip=True) for a in BeautifulSoup(html, "html.parser").select("a")]


def test_moderators_find_erase_member_on_profiles_only(client, user_in, other_member):
    event = make_event(EventIndexPage.objects.get(), "Peer leadership circle")
    client.force_login(user_in(MODERATORS))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[other_member.pk])).content
    erase_url = reverse("membership_erase", args=[other_member.pk])
    links = BeautifulSoup(edit, "html.parser").find_all("a", href=erase_url)
    assert [link.get_text(strip=True) for link in links] == [LABEL]
    explorer = client.get(f"/admin/pages/{other_member.get_parent().pk}/").content.decode()
    assert erase_url in explorer
    # Not on other pages: an event has nobody to erase.
    event_edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content
    assert LABEL not in menu_labels(event_edit)
    assert "Unpublish" in menu_labels(event_edit)  # control: its Actions menu is there


def test_editors_cannot_erase(client, user_in, other_member):
    client.force_login(user_in(EDITORS))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[other_member.pk]))
    assert edit.status_code == 200 and LABEL not in menu_labels(edit.content)
    url = reverse("membership_erase", args=[other_member.pk])
    # The admin's own answer to a screen one may not use: back to the dashboard, told so.
    for response in (
        client.get(url, follow=True),
        client.post(url, {"byline": "keep", "confirm": "on"}, follow=True),
    ):
        assert response.redirect_chain == [("/admin/", 302)]
        assert "you do not have permission" in response.content.decode()
    assert ProfilePage.objects.filter(pk=other_member.pk).exists()
    assert not ErasureReceipt.objects.exists()


def test_the_erasure_asks_for_confirmation_first(client, moderator, other_member):
    client.force_login(moderator)
    url = reverse("membership_erase", args=[other_member.pk])
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert page.find("button", string=CONFIRM_LABEL)
    text = page.get_text(" ", strip=True)
    assert "Sam Other" in text and "consent record" in text and "cannot be undone" in text
    refused = client.post(url, {"byline": "keep"})
    assert refused.status_code == 200
    assert "Tick the box to confirm the member asked for this." in refused.content.decode()
    assert ProfilePage.objects.filter(pk=other_member.pk).exists()


def test_erase_member_removes_everything_and_leaves_a_receipt(
    client, moderator, other_member, blog
):
    credit = author("Sam Other", profile=other_member)
    post = make_post(blog, "Notes from the circle", authors=[credit])
    ContactRequest.objects.create(
        profile=other_member,
        sender_name="Sender",
        sender_email="sender@example.org",
        purpose="speaking",
        message="Would you speak at our event?",
    )
    account = Membership.objects.get(profile=other_member).member
    client.force_login(moderator)
    url = reverse("membership_erase", args=[other_member.pk])

    response = client.post(url, {"byline": "former", "confirm": "on"}, follow=True)

    receipt = ErasureReceipt.objects.get()
    assert receipt.erased_by == ErasureReceipt.ErasedBy.MODERATOR
    assert response.redirect_chain[-1][0] == reverse("membership_erasurereceipt_modeladmin_index")
    text = response.content.decode()
    assert str(receipt.reference) in text
    assert "Sam Other" not in text  # the message names nobody
    assert not ProfilePage.objects.filter(pk=other_member.pk).exists()
    assert not Revision.objects.filter(object_id=str(other_member.pk)).exists()
    assert not get_user_model().objects.filter(pk=account.pk).exists()
    assert not Membership.objects.filter(profile_id=other_member.pk).exists()
    assert not ConsentRecord.objects.filter(profile_id=other_member.pk).exists()
    assert not ContactRequest.objects.exists()
    assert Author.objects.get(pk=credit.pk).name == FORMER_MEMBER
    assert client.get(post.url).status_code == 200  # the post stays


def test_only_profiles_can_be_erased(client, moderator, blog):
    post = make_post(blog, "Not a person")
    client.force_login(moderator)
    assert client.get(reverse("membership_erase", args=[post.pk])).status_code == 404
