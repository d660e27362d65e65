"""The general contact page (/contact/): editors' words and topics, the form and its
protections, one stored enquiry per message, the editors' notice (the sender as Reply-To) and
the sender's acknowledgement, and the footer's "Contact us" linking to it, never to mailto:."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test.utils import override_settings

from home.models import SiteSettings
from lead.pagecache import HEADER
from membership.models import ContactPage, Enquiry

from ..factories import UserFactory, contact_page, submission_key

pytestmark = pytest.mark.django_db

ENQUIRY = {
    "name": "Priya Visitor",
    "email": "priya@trust.example",
    "organisation": "Northgate NHS Trust",
    "message": "We would like advice on paying our peer panel for preparation time.",
}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def page(home_page):
    return contact_page(home_page)


@pytest.fixture
def topic(page):
    """The value of the "Paying people fairly" topic, as the form offers it."""
    return str(page.topics.get(name="Paying people fairly").pk)


@pytest.fixture
def send(client, page, topic, django_capture_on_commit_callbacks):
    def _send(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            key = submission_key(client, "/contact/")
            data = {**ENQUIRY, "topic": topic, "submission_key": key, **changes}
            return client.post("/contact/", {k: v for k, v in data.items() if v is not None})

    return _send


def test_the_page_shows_the_editors_words_and_topics_with_their_hints(client, page):
    response = client.get("/contact/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text(strip=True) == "Contact us"
    assert "We read every message" in soup.find("main").get_text()
    form = soup.find("form", class_="membership-form")
    assert form["method"] == "post"
    for name in ("name", "email", "organisation", "message", "submission_key"):
        assert form.find(attrs={"name": name}) is not None
    topics = form.find_all("input", attrs={"name": "topic"})
    labels = [t.find_parent("label").get_text(strip=True) for t in topics]
    assert labels == ["Finding someone to work with", "Paying people fairly", "Something else"]
    # A hint is read with its own topic and no other.
    hint = form.find(id=topics[0]["aria-describedby"])
    assert hint.get_text(strip=True) == "For organisations looking for a lived-experience leader."
    assert "aria-describedby" not in topics[1].attrs
    # The honeypot is there, hidden from people.
    assert form.find(class_="membership-hp").find("input", attrs={"name": "homepage"})


def test_a_message_is_stored_and_both_emails_go(send):
    response = send()
    assert response.status_code == 302 and response["Location"] == "/contact/sent/"
    enquiry = Enquiry.objects.get()
    assert (enquiry.name, enquiry.email, enquiry.organisation) == (
        "Priya Visitor",
        "priya@trust.example",
        "Northgate NHS Trust",
    )
    assert enquiry.topic == "Paying people fairly" and enquiry.status == "new"
    notice, acknowledgement = sorted(mail.outbox, key=lambda m: m.to != ["hello@lead.example"])
    # The editors' notice goes to the site's own address, the sender as Reply-To.
    assert notice.to == ["hello@lead.example"]
    assert notice.reply_to == ["priya@trust.example"]
    assert notice.subject == "Message through the contact page: Paying people fairly"
    assert "Priya Visitor" not in notice.subject
    assert "> We would like advice on paying our peer panel" in notice.body
    assert "Northgate NHS Trust" in notice.body
    assert f"/admin/membership/enquiry/inspect/{enquiry.pk}/" in notice.body
    # The sender's acknowledgement quotes nothing they typed, and says where urgent help is.
    assert acknowledgement.to == ["priya@trust.example"]
    assert acknowledgement.subject == "We have your message"
    assert "Paying people fairly" in acknowledgement.body
    assert "Samaritans" in acknowledgement.body and "116 123" in acknowledgement.body
    for typed in ("Priya", "Northgate", "preparation time"):
        assert typed not in acknowledgement.body


def test_without_a_site_address_the_notice_goes_to_the_moderators(send, moderator):
    SiteSettings.objects.update(contact_email="")
    send()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["mod@example.com", "priya@trust.example"]


def test_the_sent_page_thanks_the_sender(client, send):
    html = client.get(send()["Location"]).content.decode()
    assert "Thank you: your message is with us" in html
    assert "We read every message" in html
    assert "priya@trust.example" not in html


def test_the_editors_thank_you_replaces_the_default(client, page):
    page.thank_you = "<p>We answer on Tuesdays and Thursdays.</p>"
    page.save_revision().publish()
    html = client.get("/contact/sent/").content.decode()
    assert "We answer on Tuesdays and Thursdays." in html
    assert "We read every message" not in html


def test_mistakes_are_explained_and_nothing_is_stored(send):
    response = send(name="", email="not an address", topic=None, message="")
    assert response.status_code == 200
    summary = soup_of(response).find(class_="error-summary")
    errors = [li.get_text(" ", strip=True) for li in summary.find_all("li")]
    assert errors == [
        "Your name: Enter your name.",
        "Your email address: Enter a valid email address.",
        "What is it about?: Choose what your message is about.",
        "Your message: Write your message.",
    ]
    # What they typed is kept for the next try.
    assert 'value="Northgate NHS Trust"' in response.content.decode()
    assert not Enquiry.objects.exists() and mail.outbox == []


def test_a_topic_that_is_not_offered_is_refused(send):
    response = send(topic="999999")
    assert response.status_code == 200
    assert "Choose one of the topics listed." in response.content.decode()
    assert not Enquiry.objects.exists()


def test_an_overlong_message_is_refused(send):
    response = send(message="x" * 3001)
    assert response.status_code == 200
    assert "at most 3000 characters" in response.content.decode()
    assert not Enquiry.objects.exists()


def test_without_topics_the_form_does_not_ask(client, page, django_capture_on_commit_callbacks):
    page.topics.all().delete()
    html = client.get("/contact/").content.decode()
    assert 'name="topic"' not in html and 'name="message"' in html
    key = submission_key(client, "/contact/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", {**ENQUIRY, "submission_key": key})
    assert response.status_code == 302
    assert Enquiry.objects.get().topic == ""
    assert {m.subject for m in mail.outbox} == {
        "Message through the contact page",
        "We have your message",
    }


def test_a_filled_honeypot_stores_and_sends_nothing(send):
    response = send(homepage="http://spam.example")
    # The bot is told it worked, as a person would be...
    assert response.status_code == 302 and response["Location"] == "/contact/sent/"
    # ...but nothing is stored or sent. The control: the same form without it goes through.
    assert not Enquiry.objects.exists() and mail.outbox == []
    assert send().status_code == 302 and Enquiry.objects.count() == 1


def test_a_double_submit_is_stored_and_answered_once(client, page, topic):
    key = submission_key(client, "/contact/")
    data = {**ENQUIRY, "topic": topic, "submission_key": key}
    first = client.post("/contact/", data)
    second = client.post("/contact/", data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == "/contact/sent/"
    assert Enquiry.objects.count() == 1


def test_a_repeat_uses_no_rate_limit_slot(client, page, topic, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "enquiry": (1, 86400)}
    key = submission_key(client, "/contact/")
    data = {**ENQUIRY, "topic": topic, "submission_key": key}
    assert [client.post("/contact/", data).status_code for _ in range(3)] == [302, 302, 302]
    assert Enquiry.objects.count() == 1


def test_rate_limit_per_address(send, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "enquiry": (2, 86400)}
    codes = [send().status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert Enquiry.objects.count() == 2


def test_the_limit_is_per_address(client, page, topic, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "enquiry": (1, 86400)}

    def post(address):
        key = submission_key(client, "/contact/")
        data = {**ENQUIRY, "topic": topic, "submission_key": key}
        return client.post("/contact/", data, REMOTE_ADDR=address).status_code

    assert [post("10.0.0.1"), post("10.0.0.1"), post("10.0.0.2")] == [302, 429, 302]
    limited = client.post("/contact/", {}, REMOTE_ADDR="10.0.0.1")
    assert "Please try again later" in limited.content.decode()
    assert limited["Retry-After"] == "3600"


def test_the_form_needs_its_csrf_token(page, topic):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    key = submission_key(strict, "/contact/")
    response = strict.post("/contact/", {**ENQUIRY, "topic": topic, "submission_key": key})
    assert response.status_code == 403
    assert not Enquiry.objects.exists()


@override_settings(LEAD_PAGE_CACHE_SECONDS=600)
def test_the_form_is_never_kept_in_the_page_cache(client, page):
    first = client.get("/contact/")
    second = client.get("/contact/")
    assert "no-store" in first["Cache-Control"] or "no-cache" in first["Cache-Control"]
    assert second[HEADER] != "hit"
    keys = [submission_key(client, "/contact/") for _ in range(2)]
    assert keys[0] != keys[1]  # a fresh one-time key each time
    # The control: the thank-you page, the same for everyone, is kept.
    client.get("/contact/sent/")
    assert client.get("/contact/sent/")[HEADER] == "hit"


def test_footer_links_to_the_contact_page_and_never_to_mailto(client, page):
    for url in ("/", "/about/", "/contact/"):
        footer = soup_of(client.get(url)).find("footer")
        links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}
        assert links["Contact us"] == "/contact/"
        assert links["Privacy notice"] == "/privacy/"  # the control: the footer is all there
        assert not any(href.startswith("mailto:") for href in links.values())
        assert "mailto:" not in str(footer)


def test_without_a_contact_page_the_footer_has_no_contact_link(client, home_page):
    assert SiteSettings.objects.get().contact_email == "hello@lead.example"
    footer = soup_of(client.get("/")).find("footer")
    links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}
    assert links["Privacy notice"] == "/privacy/"  # the control
    assert "Contact us" not in links and "mailto:" not in str(footer)


def test_an_unpublished_contact_page_is_not_linked(client, page):
    page.unpublish()
    footer = soup_of(client.get("/")).find("footer")
    assert "Accessibility statement" in footer.get_text()  # the control
    assert "Contact us" not in footer.get_text()
    assert client.get("/contact/").status_code == 404


def test_the_contact_page_is_findable_in_search(client, page):
    results = soup_of(client.get("/search/", {"q": "contact"}))
    links = [a["href"] for a in results.select(".search-results h2 a")]
    assert "/contact/" in links
    nothing = soup_of(client.get("/search/", {"q": "zebracrossingword"}))
    assert "/contact/" not in [a["href"] for a in nothing.select(".search-results h2 a")]


def test_one_contact_page_under_the_home_page_only(page):
    assert ContactPage.max_count == 1
    assert ContactPage.parent_page_types == ["home.HomePage"]
    assert ContactPage.subpage_types == []
    assert not ContactPage.can_create_at(page.get_parent())  # one exists already


@pytest.fixture
def editor(db):
    return UserFactory(username="ed", email="ed@example.com", groups=["Editors"])


def test_editors_read_enquiries_filter_them_and_mark_them_answered(client, send, editor):
    send()
    send(name="Second Sender", message="Another question entirely.")
    first, second = Enquiry.objects.order_by("created_at")
    Enquiry.objects.filter(pk=second.pk).update(status="spam")
    client.force_login(editor)
    listing = client.get("/admin/membership/enquiry/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Priya Visitor" in html and "Second Sender" in html
    new_only = client.get("/admin/membership/enquiry/", {"status__exact": "new"})
    html = new_only.content.decode()
    assert "Priya Visitor" in html and "Second Sender" not in html
    detail = client.get(f"/admin/membership/enquiry/inspect/{first.pk}/")
    text = soup_of(detail).get_text()
    assert "We would like advice on paying our peer panel" in text
    assert "priya@trust.example" in text and "Paying people fairly" in text
    edit = client.post(f"/admin/membership/enquiry/edit/{first.pk}/", {"status": "answered"})
    assert edit.status_code == 302
    first.refresh_from_db()
    assert first.status == "answered" and first.message.startswith("We would like")
    # Nobody adds an enquiry by hand.
    assert client.get("/admin/membership/enquiry/create/").status_code in (302, 403)


def test_the_public_never_reaches_the_enquiries(client, send):
    send()
    response = client.get("/admin/membership/enquiry/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_demo_builds_the_contact_page_once_and_links_it(client, demo_site):
    from membership.demo.loader import build_contact_page

    build_contact_page(demo_site, io.StringIO())
    page = ContactPage.objects.get()
    assert page.get_parent().pk == demo_site.pk and page.slug == "contact" and page.live
    assert not page.show_in_menus  # the footer links to it; the header menu stays short
    assert [t.name for t in page.topics.all()] == [
        "Finding someone to work with",
        "Paying people fairly",
        "Joining or your profile",
        "Press",
        "Something else",
    ]
    assert SiteSettings.objects.get().contact_page_id == page.pk
    html = client.get("/contact/").content.decode()
    assert "We are not a crisis service" in html and "Rates, payment routes" in html
    footer = soup_of(client.get("/about/")).find("footer")
    assert footer.find("a", string="Contact us")["href"] == "/contact/"
    # Run again (and after an editor's change), it adds and changes nothing.
    page.intro = "An editor's own words."
    page.save_revision().publish()
    build_contact_page(demo_site, io.StringIO())
    assert ContactPage.objects.get().intro == "An editor's own words."
    assert ContactPage.objects.get().topics.count() == 5


def test_moderators_delete_enquiries_and_editors_cannot(client, send, editor, moderator):
    send()
    enquiry = Enquiry.objects.get()
    url = f"/admin/membership/enquiry/delete/{enquiry.pk}/"
    client.force_login(editor)
    refused = client.post(url)
    assert refused.status_code in (302, 403) and Enquiry.objects.filter(pk=enquiry.pk).exists()
    client.force_login(moderator)
    assert client.post(url).status_code == 302
    assert not Enquiry.objects.exists()
