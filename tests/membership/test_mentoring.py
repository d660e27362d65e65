"""Peer mentoring: a member says on their account that they offer mentoring or look for a
mentor; members (only) find mentors at /account/mentors/, filtered by topic, role, region or
online; a request goes through the site (the mentor's address never shown), and the mentor
accepts or declines from a signed, expiring emailed link or from their account; the requester
hears the outcome, and on accept the two are introduced by email. Mentoring is in the member's
export and goes with erasure and the retention rule; editors see numbers only."""

import re
import uuid
from datetime import timedelta
from functools import partial
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from lead.mail import later
from membership import mentoring
from membership.erasure import erase_member
from membership.mentoring_emails import tell_mentor_of_request
from membership.mentoring_links import answer_token
from membership.models import (
    ErasureReceipt,
    MentoringChoice,
    MentoringRequest,
    MentoringStatus,
)
from network.models import Expertise, ProfilePage, Region, Role

from .. import factories
from ..factories import UserFactory, submission_key
from ..quality.bad_input import BAD_VALUES

pytestmark = pytest.mark.django_db

MENTOR_EMAIL = "mentor-private@members.example"
REQUESTER_EMAIL = "asker-private@members.example"
MESSAGE = "I am new to board work and would love to talk it through once a month."
LINK = re.compile(r"https?://[^/\s]+(/account/mentoring/answer/[^\s]+/)")


@pytest.fixture
def make_mentor(directory):
    return partial(factories.make_mentor, directory)


@pytest.fixture
def mentor(make_mentor):
    """Tendai offers mentoring on board governance, a members-only region and photo."""
    return make_mentor(
        "Tendai Mentor",
        email=MENTOR_EMAIL,
        topics=["board-governance"],
        roles=["non-executive-board-member"],
        other_topics="Reading board papers",
        note="Happy to talk about first board roles.",
        region="midlands",
        region_visibility="members",
    )


@pytest.fixture
def requester(make_mentor):
    """Robin looks for a mentor; signs in with a profile of their own."""
    return make_mentor(
        "Robin Asker", email=REQUESTER_EMAIL, offers=False, seeks=True, topics=["board-governance"]
    )


@pytest.fixture
def as_requester(client, requester):
    client.force_login(requester.member)
    return client


def ask(client, mentor, message=MESSAGE, **extra):
    url = f"/account/mentors/{mentor.profile.slug}/ask/"
    key = submission_key(client, url)
    return client.post(url, {"message": message, "submission_key": key, **extra})


def send(client, mentor, capture, **extra):
    with capture(execute=True):
        return ask(client, mentor, **extra)


def links_in(message):
    return LINK.findall(message.body)


# --- choices on the account ---------------------------------------------------------------------


def test_a_member_offers_mentoring_from_their_account(client, requester, django_user_model):
    client.force_login(requester.member)
    page = client.get("/account/")
    assert 'href="/account/mentors/"' in page.content.decode()  # the account page links to it
    expertise = Expertise.objects.get(slug="peer-support")
    role = Role.objects.get(slug="peer-trainer")
    response = client.post(
        "/account/mentoring/",
        {
            "offers": "on",
            "seeks": "on",
            "expertise": [expertise.pk],
            "roles": [role.pk],
            "other_topics": "Going back to work",
            "time": "fortnightly",
            "online": "on",
            "note": "Ask me anything.",
        },
    )
    assert response.status_code == 302
    choice = MentoringChoice.objects.get(membership=requester)
    assert choice.offers and choice.seeks and choice.time == "fortnightly"
    assert choice.topic_names() == ["Peer support", "Peer trainer", "Going back to work"]
    html = client.get("/account/mentoring/").content.decode()
    assert "Your mentoring choices are saved." in html
    assert 'value="fortnightly" required checked' in html or 'value="fortnightly"' in html


def test_offering_needs_a_topic_and_a_time(as_requester, requester):
    response = as_requester.post("/account/mentoring/", {"offers": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose at least one topic you can mentor on." in html
    assert "Say how much time you can give." in html
    assert MentoringChoice.objects.get(membership=requester).offers is False  # unchanged


def test_neither_offering_nor_looking_keeps_nothing(as_requester, requester):
    assert MentoringChoice.objects.filter(membership=requester).exists()
    response = as_requester.post("/account/mentoring/", {"note": "Nothing for now"})
    assert response.status_code == 302
    assert not MentoringChoice.objects.filter(membership=requester).exists()


# --- who sees the listing -----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client, mentor):
    for url in ("/account/mentors/", "/account/mentoring/", "/account/mentors/tendai-mentor/ask/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert "Tendai" not in client.get("/account/mentors/", follow=True).content.decode()


def test_a_signed_in_account_outside_the_members_group_is_refused(client, mentor):
    client.force_login(UserFactory(username="outsider"))
    response = client.get("/account/mentors/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "for members" in html and "Tendai" not in html and "board papers" not in html


def test_members_see_mentors_and_what_they_offer(as_requester, mentor):
    response = as_requester.get("/account/mentors/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "Tendai Mentor" in html
    assert "Board governance, Non-executive / board member, Reading board papers" in html
    assert "About one hour a month" in html and "Happy to talk about first board roles." in html
    assert "Midlands" in html  # members-only region: members see it
    assert MENTOR_EMAIL not in html
    assert 'href="/account/mentors/tendai-mentor/ask/"' in html
    # The requester is not listed (they do not offer) and looks for a mentor: a shortcut.
    assert "Robin Asker" not in html
    assert 'href="?topic=board-governance"' in html


def test_a_hidden_region_or_photo_is_never_shown_nor_matched(as_requester, make_mentor):
    make_mentor("Hidden Region", topics=["writing"], region="wales", region_visibility="hidden",
                photo_visibility="hidden")  # fmt: skip
    make_mentor("Shown Region", topics=["writing"], region="wales", region_visibility="public")
    html = as_requester.get("/account/mentors/?topic=writing").content.decode()
    assert "Hidden Region" in html and "Shown Region" in html  # both listed
    card = html.split("Hidden Region")[1].split("</article>")[0]
    assert "Wales" not in card
    assert "Wales" in html.split("Shown Region")[1].split("</article>")[0]
    found = as_requester.get("/account/mentors/?region=wales").content.decode()
    assert "Shown Region" in found and "Hidden Region" not in found


def test_filters_by_topic_role_region_and_online(as_requester, mentor, make_mentor):
    make_mentor("Walking Mentor", topics=["peer-support"], roles=["peer-trainer"],
                online=False, region="london")  # fmt: skip

    def names(query):
        html = as_requester.get(f"/account/mentors/?{query}").content.decode()
        return {name for name in ("Tendai Mentor", "Walking Mentor") if name in html}

    assert names("") == {"Tendai Mentor", "Walking Mentor"}
    assert names("topic=peer-support") == {"Walking Mentor"}
    assert names("role=non-executive-board-member") == {"Tendai Mentor"}
    assert names("region=midlands") == {"Tendai Mentor"}
    assert names("online=on") == {"Tendai Mentor"}
    assert names("topic=no-such-topic&page=999&region=%00") == {"Tendai Mentor", "Walking Mentor"}


def test_each_card_lists_its_own_mentors_topics(as_requester, mentor, make_mentor):
    """Every mentor's topics and roles are read in one query with the others' (and the
    member's own): each card still shows its mentor's alone, in the editors' order."""
    make_mentor("Walking Mentor", topics=["peer-support"], roles=["peer-trainer"])
    make_mentor("Quiet Mentor", topics=[], other_topics="Only my own words")
    html = BeautifulSoup(as_requester.get("/account/mentors/").content, "html.parser")
    topics = {
        card.select_one(".profile-card__name").get_text(strip=True): card.select_one(
            ".mentor-card__facts dt:-soup-contains('Mentors on') + dd"
        ).get_text(strip=True)
        for card in html.select(".mentor-card")
    }
    assert topics == {
        "Tendai Mentor": "Board governance, Non-executive / board member, Reading board papers",
        "Walking Mentor": "Peer support, Peer trainer",
        "Quiet Mentor": "Only my own words",
    }


def test_only_live_public_profiles_of_active_members_who_offer_are_listed(
    as_requester, make_mentor
):
    make_mentor("Seeker Only", offers=False, seeks=True, topics=["writing"])
    inactive = make_mentor("Gone Away", topics=["writing"])
    inactive.member.is_active = False
    inactive.member.save()
    offline = make_mentor("Offline Mentor", topics=["writing"])
    ProfilePage.objects.get(pk=offline.profile_id).unpublish()
    listed = make_mentor("Listed Mentor", topics=["writing"])
    html = as_requester.get("/account/mentors/").content.decode()
    assert listed.profile.title in html
    for name in ("Seeker Only", "Gone Away", "Offline Mentor"):
        assert name not in html


def test_mentoring_never_shows_on_the_public_profile(client, mentor):
    """The profile stays as it was: no word of the member's mentoring, for anyone."""
    client.force_login(UserFactory(username="member-viewer", groups=["Members"]))
    for _viewer in ("member", "anonymous"):
        html = client.get(mentor.profile.url).content.decode()
        assert "Tendai Mentor" in html
        assert "Reading board papers" not in html and "first board roles" not in html
        client.logout()


# --- requests through the site ------------------------------------------------------------------


def test_a_request_reaches_the_mentor_without_either_address(
    as_requester, mentor, requester, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    form = as_requester.get(f"/account/mentors/{mentor.profile.slug}/ask/").content.decode()
    assert "Ask Tendai Mentor for mentoring" in form and MENTOR_EMAIL not in form
    response = send(as_requester, mentor, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"].endswith("/ask/sent/")
    sent = as_requester.get(response["Location"]).content.decode()
    assert "We have passed your request on to Tendai Mentor" in sent and MENTOR_EMAIL not in sent
    (email,) = mail.outbox
    assert email.to == [MENTOR_EMAIL]
    assert "Robin Asker" in email.subject
    assert "> " + MESSAGE in email.body
    assert REQUESTER_EMAIL not in email.body and not email.reply_to
    accept, decline = links_in(email)
    assert accept != decline
    request = MentoringRequest.objects.get()
    assert (request.mentor, request.requester, request.status) == (mentor, requester, "waiting")


def test_a_mentor_accepts_through_the_emailed_link(
    client, as_requester, mentor, django_capture_on_commit_callbacks
):
    send(as_requester, mentor, django_capture_on_commit_callbacks)
    accept, _decline = links_in(mail.outbox[-1])
    mail.outbox.clear()
    mentor_browser = Client()
    page = mentor_browser.get(accept)  # a mail scanner opening the link answers nothing
    assert page.status_code == 200
    assert "Accept and introduce us" in page.content.decode()
    assert MentoringRequest.objects.get().status == MentoringStatus.WAITING
    with django_capture_on_commit_callbacks(execute=True):
        done = mentor_browser.post(accept)
    assert "Accepted. We have introduced you" in done.content.decode()
    assert MentoringRequest.objects.get().status == MentoringStatus.ACCEPTED
    to_requester, to_mentor = sorted(mail.outbox, key=lambda m: m.to != [REQUESTER_EMAIL])
    assert to_requester.to == [REQUESTER_EMAIL] and to_requester.reply_to == [MENTOR_EMAIL]
    assert "Tendai Mentor would like to mentor you" in to_requester.subject
    assert MENTOR_EMAIL in to_requester.body
    assert to_mentor.to == [MENTOR_EMAIL] and to_mentor.reply_to == [REQUESTER_EMAIL]
    assert REQUESTER_EMAIL in to_mentor.body
    # Once answered, the link answers nothing more.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = mentor_browser.post(accept)
    assert "You already answered this request: accepted." in again.content.decode()
    assert mail.outbox == []
    # The requester sees it on their account.
    assert "Accepted" in as_requester.get("/account/mentoring/").content.decode()


def test_a_mentor_declines_and_the_requester_is_told_kindly(
    as_requester, mentor, django_capture_on_commit_callbacks
):
    send(as_requester, mentor, django_capture_on_commit_callbacks)
    _accept, decline = links_in(mail.outbox[-1])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(decline)
    (email,) = mail.outbox
    assert email.to == [REQUESTER_EMAIL]
    assert "not able to take on your request" in email.body
    assert MENTOR_EMAIL not in email.body and not email.reply_to
    assert MentoringRequest.objects.get().status == MentoringStatus.DECLINED


def test_a_changed_made_up_or_expired_link_answers_nothing(
    clock, as_requester, mentor, django_capture_on_commit_callbacks
):
    send(as_requester, mentor, django_capture_on_commit_callbacks)
    accept, _ = links_in(mail.outbox[-1])
    request = MentoringRequest.objects.get()
    forged = "/account/mentoring/answer/" + answer_token(request.pk, "accept")[:-3] + "abc/"
    for url in (forged, "/account/mentoring/answer/made-up/", "/account/mentoring/answer/%00/"):
        response = Client().post(url)
        assert response.status_code == 404
        assert "This link does not work" in response.content.decode()
    clock.move_to(timezone.now() + timedelta(days=15))
    expired = Client().post(accept)
    assert expired.status_code == 404 and "This link has expired." in expired.content.decode()
    assert MentoringRequest.objects.get().status == MentoringStatus.WAITING


def test_the_mentor_answers_from_their_account(
    client, as_requester, mentor, requester, django_capture_on_commit_callbacks
):
    send(as_requester, mentor, django_capture_on_commit_callbacks)
    request = MentoringRequest.objects.get()
    # Nobody else can answer it: not the requester, not another member.
    url = f"/account/mentoring/requests/{request.pk}/answer/"
    assert as_requester.post(url, {"answer": "accept"}).status_code == 404
    mentor_client = Client()
    mentor_client.force_login(mentor.member)
    page = mentor_client.get("/account/mentoring/").content.decode()
    assert "Robin Asker" in page and MESSAGE in page and REQUESTER_EMAIL not in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = mentor_client.post(url, {"answer": "accept"}, follow=True)
    assert "We have introduced you and Robin Asker" in response.content.decode()
    assert len(mail.outbox) == 2
    assert mentor_client.post(url, {"answer": "<b>"}).status_code == 302  # bad input: no change
    assert MentoringRequest.objects.get().status == MentoringStatus.ACCEPTED


def test_a_request_is_stored_once_per_submission(
    as_requester, mentor, django_capture_on_commit_callbacks
):
    url = f"/account/mentors/{mentor.profile.slug}/ask/"
    key = submission_key(as_requester, url)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            response = as_requester.post(url, {"message": MESSAGE, "submission_key": key})
            assert response.status_code == 302
    assert MentoringRequest.objects.count() == 1 and len(mail.outbox) == 1


def test_one_waiting_request_per_mentor(as_requester, mentor, django_capture_on_commit_callbacks):
    send(as_requester, mentor, django_capture_on_commit_callbacks)
    again = as_requester.get(f"/account/mentors/{mentor.profile.slug}/ask/").content.decode()
    assert "You have already asked Tendai Mentor" in again
    url = f"/account/mentors/{mentor.profile.slug}/ask/"
    response = as_requester.post(url, {"message": MESSAGE, "submission_key": str(uuid.uuid4())})
    assert response.status_code == 200 and MentoringRequest.objects.count() == 1
    assert "You have already asked Tendai Mentor" in response.content.decode()


def test_the_honeypot_stores_nothing(as_requester, mentor, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    response = send(as_requester, mentor, django_capture_on_commit_callbacks, homepage="x.biz")
    assert response.status_code == 302
    assert not MentoringRequest.objects.exists() and mail.outbox == []


def test_requests_are_rate_limited_per_member(
    settings, as_requester, make_mentor, django_capture_on_commit_callbacks
):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "mentoring-member": (2, 86400)}
    mentors = [make_mentor(f"Mentor {n}", topics=["writing"]) for n in range(3)]
    for one in mentors[:2]:
        assert send(as_requester, one, django_capture_on_commit_callbacks).status_code == 302
    limited = ask(as_requester, mentors[2])
    assert limited.status_code == 429 and limited["Retry-After"]
    assert MentoringRequest.objects.count() == 2


def test_requests_are_rate_limited_per_mentor(
    settings, mentor, make_mentor, django_capture_on_commit_callbacks
):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "mentoring-mentor": (1, 86400)}
    for n in range(2):
        asker = make_mentor(f"Asker {n}", offers=False, seeks=True)
        client = Client()
        client.force_login(asker.member)
        response = send(client, mentor, django_capture_on_commit_callbacks)
        assert response.status_code == (302 if n == 0 else 429)
    assert MentoringRequest.objects.count() == 1


def test_no_one_asks_themselves_or_someone_who_does_not_offer(client, mentor, requester):
    client.force_login(mentor.member)
    assert client.get(f"/account/mentors/{mentor.profile.slug}/ask/").status_code == 404
    client.force_login(mentor.member)
    assert client.get(f"/account/mentors/{requester.profile.slug}/ask/").status_code == 404
    assert client.get("/account/mentors/no-such-person/ask/").status_code == 404


def test_a_message_is_required(as_requester, mentor):
    response = ask(as_requester, mentor, message="   ")
    assert response.status_code == 200
    assert "Write a few words to the mentor." in response.content.decode()
    assert not MentoringRequest.objects.exists()


# --- export, erasure, retention, editors --------------------------------------------------------


def make_request(mentor, requester, status=MentoringStatus.WAITING, message=MESSAGE):
    return MentoringRequest.objects.create(
        mentor=mentor, requester=requester, message=message, status=status
    )


def test_the_export_holds_the_members_mentoring(client, mentor, requester):
    make_request(mentor, requester)
    client.force_login(mentor.member)
    data = client.get("/account/export/").json()["mentoring"]
    assert data["choices"]["offers_mentoring"] is True
    assert data["choices"]["other_topics"] == "Reading board papers"
    assert data["requests_received"][0]["member"] == "Robin Asker"
    assert data["requests_received"][0]["message"] == MESSAGE
    page = client.get("/account/my-data/").content.decode()
    assert "Peer mentoring" in page and "Mentoring requests to you" in page and MESSAGE in page
    client.force_login(requester.member)
    sent = client.get("/account/export/").json()["mentoring"]["requests_sent"]
    assert sent[0]["member"] == "Tendai Mentor" and sent[0]["status"] == "Waiting for an answer"


@pytest.mark.parametrize("who", ["mentor", "requester"])
def test_erasure_deletes_mentoring_choices_and_requests_both_ways(
    mentor, requester, make_mentor, who
):
    bystander = make_mentor("Bystander Mentor", topics=["writing"])
    make_request(mentor, requester)
    make_request(bystander, requester if who == "mentor" else mentor)
    kept = make_request(bystander, make_mentor("Other Asker", offers=False, seeks=True))
    erased = mentor if who == "mentor" else requester
    erase_member(erased.profile, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    assert not MentoringChoice.objects.filter(membership_id=erased.pk).exists()
    assert not MentoringRequest.objects.filter(mentor_id=erased.pk).exists()
    assert not MentoringRequest.objects.filter(requester_id=erased.pk).exists()
    # The control: what does not involve the erased member stays.
    assert MentoringRequest.objects.filter(pk=kept.pk).exists()
    assert MentoringChoice.objects.filter(membership=bystander).exists()


def test_an_email_queued_before_erasure_is_not_sent(mentor, requester, mail_queue):
    request = make_request(mentor, requester)
    later(tell_mentor_of_request, request.pk)
    erase_member(requester.profile, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    mail.outbox.clear()
    mail_queue.run()
    assert mail.outbox == []


def test_retention_deletes_old_requests(mentor, requester, capsys):
    old = make_request(mentor, requester, status=MentoringStatus.ACCEPTED)
    MentoringRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    recent = make_request(mentor, requester)
    call_command("delete_old_requests")
    assert "1 mentoring request(s)" in capsys.readouterr().out
    assert list(MentoringRequest.objects.all()) == [recent]


def test_editors_see_numbers_not_contents(client, mentor, requester):
    make_request(mentor, requester)
    make_request(mentor, requester, status=MentoringStatus.ACCEPTED)
    client.force_login(UserFactory(username="editor-1", groups=["Editors"]))
    numbers = client.get("/admin/membership/mentoring/").content.decode()
    assert "Members who offer mentoring" in numbers
    assert re.search(r"Requests waiting for an answer</th><td>1<", numbers)
    assert re.search(r"Requests accepted</th><td>1<", numbers)
    dashboard = client.get("/admin/").content.decode()
    assert "mentoring request waiting for a member" in dashboard
    for page in (numbers, dashboard):
        assert "Tendai" not in page and "Robin" not in page and MESSAGE not in page


def test_the_counts_read_every_status():
    assert mentoring.counts() == dict.fromkeys(
        ("mentors", "seeking", "waiting", "accepted", "declined"), 0
    )


def test_region_filter_terms_come_from_the_taxonomy(as_requester, mentor):
    html = as_requester.get("/account/mentors/").content.decode()
    for region in Region.objects.all():
        assert f'value="{region.slug}"' in html


def test_nothing_of_mentoring_reaches_the_page_cache(settings, as_requester, mentor):
    """With the page cache on, as in production: a member's visits store nothing an
    anonymous visitor is then served, and the listing's address only ever sends them to
    sign in."""
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    listing = as_requester.get("/account/mentors/")
    assert "Reading board papers" in listing.content.decode()  # the control
    assert listing.get("X-Lead-Cache") in (None, "bypass")
    as_requester.get(mentor.profile.url)
    visitor = Client()
    for url in ("/account/mentors/", "/account/mentors/", mentor.profile.url, mentor.profile.url):
        response = visitor.get(url)
        html = response.content.decode()
        assert "Reading board papers" not in html and "first board roles" not in html
        assert "About one hour a month" not in html
    assert visitor.get(mentor.profile.url)["X-Lead-Cache"] == "hit"  # the cache is on
    assert visitor.get("/account/mentors/").status_code == 302


def test_bad_answer_links_never_fail(client):
    for value in BAD_VALUES:
        response = client.get(f"/account/mentoring/answer/{quote(value, safe='')}/")
        assert response.status_code in (404, 301), value[:40]


def test_a_topic_id_no_database_holds_is_refused_not_a_failure(as_requester):
    """Found by the bad-input harness: a huge number for a term made SQLite fail (500)."""
    for value in ("9" * 40, "-1", "1.5", "<b>"):
        response = as_requester.post(
            "/account/mentoring/", {"offers": "on", "expertise": [value], "time": "monthly"}
        )
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()


def test_a_mentor_with_many_topics_is_listed_once_whatever_the_filter(as_requester, make_mentor):
    """The listing has no DISTINCT: each filter matches one term, and a profile has one
    mentoring choice, so a mentor of many topics and roles still makes one card."""
    make_mentor("Many Topics", topics=["writing", "peer-support", "board-governance"],
                roles=["peer-trainer", "non-executive-board-member"], region="london")  # fmt: skip
    make_mentor("One Topic", topics=["writing"], roles=["peer-trainer"])
    for query in ("", "topic=writing", "role=peer-trainer", "topic=writing&role=peer-trainer"
                  "&region=london&online=on"):  # fmt: skip
        html = as_requester.get(f"/account/mentors/?{query}").content.decode()
        assert html.count('href="/account/mentors/many-topics/ask/"') == 1, query
    listed = as_requester.get("/account/mentors/?topic=writing").context["page"]
    assert listed.paginator.count == 2  # the count with the rows: two mentors, not four rows


def test_filter_options_follow_the_taxonomy_at_once(as_requester, mentor):
    """The options are kept between requests, never past a change to the terms."""
    as_requester.get("/account/mentors/")  # keeps them
    Expertise.objects.create(name="Budget scrutiny", slug="budget-scrutiny", sort_order=99)
    region = Region.objects.get(slug="midlands")
    region.name = "The Midlands"
    region.save()
    response = as_requester.get("/account/mentors/?topic=budget-scrutiny&region=midlands")
    html = response.content.decode()
    assert '<option value="budget-scrutiny" selected>Budget scrutiny</option>' in html
    assert '<option value="midlands" selected>The Midlands</option>' in html
    assert "Tendai Mentor" not in html  # nobody offers the new topic
    assert "Tendai Mentor" in as_requester.get("/account/mentors/?region=midlands").content.decode()


def test_the_filter_options_are_read_in_one_query_when_not_kept(as_requester, mentor):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    as_requester.get("/account/mentors/")
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        html = as_requester.get("/account/mentors/").content.decode()
    tables = ("network_expertise", "network_role", "network_region")
    read = [
        q["sql"]
        for q in context
        if any(f'FROM "{table}"' in q["sql"] for table in tables) and "mentoring" not in q["sql"]
    ]  # the options, not the cards' topics and roles
    assert len(read) == 1 and read[0].count(" UNION ALL ") == 2, read
    for term in (Expertise.objects.first(), Role.objects.first(), Region.objects.first()):
        assert f'<option value="{term.slug}">{term.name}</option>' in html


def test_the_kept_listing_follows_each_change_at_once(as_requester, mentor, make_mentor):
    """The listing is kept between requests (membership/mentoring.py): a mentor's new topic
    (a change of the link table alone), note, withdrawn offer or closed account shows on the
    next request."""
    walker = make_mentor("Walking Mentor", topics=["peer-support"])

    def listed(query=""):
        html = as_requester.get(f"/account/mentors/?{query}").content.decode()
        return {name for name in ("Tendai Mentor", "Walking Mentor") if name in html}, html

    assert listed("topic=writing")[0] == set()  # kept, with nobody on the topic
    choice = MentoringChoice.objects.get(membership=walker)
    choice.expertise.add(Expertise.objects.get(slug="writing"))
    assert listed("topic=writing")[0] == {"Walking Mentor"}

    choice.note = "Walks and talks, by the canal."
    choice.save()
    assert "Walks and talks, by the canal." in listed()[1]

    tendai = MentoringChoice.objects.get(membership=mentor)
    tendai.offers = False
    tendai.save()
    assert listed()[0] == {"Walking Mentor"}

    walker.member.is_active = False
    walker.member.save(update_fields=["is_active"])
    names, html = listed()
    assert names == set() and "No mentors match" in html


def test_each_member_is_kept_their_own_listing(client, mentor, requester):
    """A mentor never sees their own card, whoever looked at the listing before them."""
    client.force_login(requester.member)
    assert "Tendai Mentor" in client.get("/account/mentors/").content.decode()
    client.force_login(mentor.member)
    html = client.get("/account/mentors/").content.decode()
    assert "Tendai Mentor" not in html and "0 mentors" in html
    client.force_login(requester.member)
    html = client.get("/account/mentors/").content.decode()
    assert 'href="/account/mentors/tendai-mentor/ask/"' in html


def test_signing_in_leaves_kept_pages_alone(client, mentor):
    """Only an account's opening, closing or deletion replaces the generation token: a
    sign-in, which saves the time it happened, does not empty the page cache."""
    from lead.pagecache import current_generation

    before = current_generation()
    client.force_login(mentor.member)
    assert current_generation() == before
    mentor.member.is_active = False
    mentor.member.save()
    assert current_generation() != before
