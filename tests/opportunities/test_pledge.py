"""The fair-pay pledge (/for-organisations/pledge/): organisations sign the current version (all
of its commitments), editors verify or withdraw signatures in the admin, only verified ones are
listed (with the version and the date), and roles of verified signatories carry a badge.
Contact and signer details and a withdrawal's reason never reach a public page."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageViewRestriction
from wagtail.test.utils import WagtailTestUtils

from guides.models import GuideIndexPage
from opportunities.models import PledgePage, PledgeSignature, PledgeStatus, PledgeVersion
from opportunities.pledge_forms import ALL_COMMITMENTS, VERSION_CHANGED

from ..factories import (
    OrganisationFactory,
    PledgeSignatureFactory,
    UserFactory,
    pledge_page,
    pledge_version,
    submission_key,
    verified_signature,
)

pytestmark = pytest.mark.django_db

URL = "/for-organisations/pledge/"
THANKS = "/for-organisations/pledge/thanks/"
CONTACT = "pledge-contact@harbour.example"
ANSWERS = {
    "organisation_name": "Harbour Health NHS Trust",
    "organisation_type": "nhs_trust",
    "contact_name": "Robin Contactperson",
    "contact_email": CONTACT,
    "signer_name": "Alex Signatory",
    "signer_role": "Chief executive",
    "authority": "on",
}


@pytest.fixture
def version(db):
    return pledge_version()


@pytest.fixture
def page(home_page, version):
    return pledge_page(home_page)


@pytest.fixture
def answers(client, page, version):
    """answers(**changes): the form's answers with every commitment ticked and a fresh key
    from the page; a change of None leaves that answer out."""

    def _make(**changes):
        data = {
            **ANSWERS,
            "commitments": [str(c.pk) for c in version.commitments.all()],
            "version": str(version.pk),
            "submission_key": submission_key(client, URL),
            **changes,
        }
        return {key: value for key, value in data.items() if value is not None}

    return _make


@pytest.fixture
def sign(client, answers, django_capture_on_commit_callbacks):
    def _sign(data=None, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, data if data is not None else answers(**changes))

    return _sign


def public_pages(client):
    """Every public page a signature could show on, as one text."""
    return "".join(
        client.get(url).content.decode()
        for url in (URL, THANKS, "/opportunities/", "/search/?q=Harbour", "/")
    )


# --- the page -----------------------------------------------------------------------------------


def test_the_page_lives_only_in_a_guide_section_once(page):
    assert PledgePage.parent_page_types == ["guides.GuideIndexPage"]
    assert PledgePage.max_count == 1 and PledgePage.subpage_types == []
    assert not PledgePage.can_create_at(page.get_parent())  # already one
    assert page.url == URL and isinstance(page.get_parent().specific, GuideIndexPage)


def test_the_page_shows_the_commitments_and_a_form_that_works_without_javascript(client, page):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Fair-pay pledge</h1>" in html
    assert "Version 1, published" in html
    for text in ("We pay within 30 days.", "We offer payroll or invoice."):
        assert f"<li>{text}</li>" in html  # the list above the form
        assert f" {text}</label>" in html  # and a box to tick for it
    assert '<form class="membership-form" method="post" action="/for-organisations/pledge/"' in html
    assert 'name="csrfmiddlewaretoken"' in html and 'name="homepage"' in html
    for name in ("organisation_name", "contact_email", "signer_name", "signer_role"):
        assert f'name="{name}"' in html
    assert "no-cache" in response["Cache-Control"]  # a fresh key each time, never cached
    assert "No organisation is listed yet" in html


def test_without_a_current_version_the_page_says_so_and_takes_no_signature(
    client, home_page, version
):
    pledge_page(home_page)
    PledgeVersion.objects.update(is_current=False)
    html = client.get(URL).content.decode()
    assert "The pledge is not open for signing yet" in html
    assert 'name="organisation_name"' not in html
    response = client.post(URL, {**ANSWERS, "commitments": ["1"]})
    assert response.status_code == 200 and not PledgeSignature.objects.exists()


# --- signing ------------------------------------------------------------------------------------


def test_signing_stores_one_pending_signature_with_what_was_signed(sign, client, version):
    response = sign()
    assert response.status_code == 302 and response["Location"] == THANKS
    signature = PledgeSignature.objects.get()
    assert signature.status == PledgeStatus.PENDING and signature.verified_at is None
    assert signature.version == version
    assert signature.commitments == [c.text for c in version.commitments.all()]
    assert (signature.organisation_name, signature.organisation_type) == (
        "Harbour Health NHS Trust",
        "nhs_trust",
    )
    assert (signature.contact_name, signature.contact_email) == ("Robin Contactperson", CONTACT)
    assert (signature.signer_name, signature.signer_role) == ("Alex Signatory", "Chief executive")
    assert signature.organisation is None  # editors link it when they verify
    thanks = client.get(THANKS)
    assert "Thank you for signing" in thanks.content.decode()
    assert "then list your organisation on this page" in thanks.content.decode()
    # Not listed before an editor checks it; the page itself still shows.
    html = client.get(URL).content.decode()
    assert "No organisation is listed yet" in html and "Harbour Health" not in html


def test_the_contact_is_thanked_and_the_editors_told_without_private_details(sign, moderator):
    sign()
    (thanks,) = [m for m in mail.outbox if m.to == [CONTACT]]
    assert thanks.subject == "We have your signature on LEAD's fair-pay pledge"
    assert "Hello Robin Contactperson," in thanks.body
    assert "for Harbour Health NHS Trust" in thanks.body
    assert "You signed Version 1 of the pledge" in thanks.body
    assert "- We pay within 30 days." in thanks.body
    assert thanks.extra_headers["Auto-Submitted"] == "auto-generated"
    (notice,) = [m for m in mail.outbox if m.to != [CONTACT]]
    assert "mod@example.com" in notice.to
    assert notice.subject == "A fair-pay pledge signature is waiting to be checked"
    assert "/admin/opportunities/pledgesignature/?status=pending" in notice.body
    for private in (CONTACT, "Robin Contactperson", "Alex Signatory", "Harbour"):
        assert private not in notice.subject + notice.body


def test_the_same_form_sent_twice_stores_one_signature_and_sends_one_set_of_emails(
    sign, answers, moderator
):
    data = answers()
    first, second = sign(data), sign(data)
    assert first["Location"] == second["Location"] == THANKS
    assert PledgeSignature.objects.count() == 1
    assert len([m for m in mail.outbox if m.to == [CONTACT]]) == 1
    assert len(mail.outbox) == 2
    # The control: the next page view's key stores another.
    assert sign(organisation_name="Another Trust").status_code == 302
    assert PledgeSignature.objects.count() == 2


def test_a_filled_honeypot_stores_nothing_and_looks_the_same(sign, client):
    response = sign(homepage="https://spam.example")
    assert response.status_code == 302 and response["Location"] == THANKS
    assert "Thank you for signing" in client.get(THANKS).content.decode()
    assert not PledgeSignature.objects.exists() and mail.outbox == []


def test_signing_is_rate_limited_per_address(sign, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "pledge-sign": (2, 3600)}
    codes = [sign(organisation_name=f"Trust {n}").status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert PledgeSignature.objects.count() == 2
    response = sign(organisation_name="Trust 4")
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "the form for signing the pledge" in response.content.decode()
    assert not PledgeSignature.objects.filter(organisation_name="Trust 4").exists()


def commitment_ids(version):
    return [str(c.pk) for c in version.commitments.all()]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"organisation_name": None}, "Give your organisation&#x27;s name."),
        ({"organisation_type": ""}, "Choose the kind of organisation."),
        ({"contact_email": "not an address"}, "Enter an email address like"),
        ({"signer_name": "  "}, "Give the name of the person signing."),
        ({"signer_role": None}, "Give the signer&#x27;s role in the organisation."),
        ({"authority": None}, "Tick the box to confirm you can sign for the organisation."),
        ({"commitments": None}, "Tick every commitment."),
        ({"organisation_name": "x" * 161}, "Ensure this value has at most 160 characters"),
    ],
    ids=["no name", "no kind", "bad email", "blank signer", "no role", "no authority",
         "nothing ticked", "name too long"],
)  # fmt: skip
def test_a_signature_with_a_mistake_is_refused_with_the_reason(sign, changes, message):
    response = sign(**changes)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="error-summary" role="alert" tabindex="-1">' in html
    assert message in html
    assert "Robin Contactperson" in html  # the answers are kept, to put right and send again
    assert not PledgeSignature.objects.exists() and mail.outbox == []


def test_every_commitment_must_be_ticked(sign, version):
    response = sign(commitments=commitment_ids(version)[:2])
    html = response.content.decode()
    assert response.status_code == 200
    assert ALL_COMMITMENTS.split(":")[0] in html
    assert 'href="#id_commitments_0"' in html  # the summary links to the first box
    assert not PledgeSignature.objects.exists()
    assert sign(commitments=commitment_ids(version)).status_code == 302  # all of them: signed


def test_a_new_version_while_the_page_was_open_asks_to_read_it_again(sign, answers, version):
    data = answers()  # read from the page showing version 1
    newer = pledge_version("Version 2", ["We pay on time.", "We pay for preparation."])
    response = sign(data)
    html = response.content.decode()
    assert response.status_code == 200 and VERSION_CHANGED.split(".")[0] in html
    assert "We pay for preparation.</label>" in html and "Version 2, published" in html
    assert f'name="version" value="{newer.pk}"' in html
    assert not PledgeSignature.objects.exists()
    assert sign(commitments=commitment_ids(newer), version=str(newer.pk)).status_code == 302
    assert PledgeSignature.objects.get().version == newer


def test_a_damaged_version_or_commitment_is_refused_not_a_server_error(sign, version):
    for changes in ({"version": "abc"}, {"commitments": ["999999", "x"]}):
        response = sign(**changes)
        assert response.status_code == 200, changes
        assert '<div class="error-summary"' in response.content.decode()
    assert not PledgeSignature.objects.exists()


# --- the public list ----------------------------------------------------------------------------


def test_only_verified_signatories_are_listed_with_their_version_and_date(client, page):
    verified_signature(
        organisation_name="Listed Trust",
        organisation_type="nhs_trust",
        verified_at=timezone.make_aware(timezone.datetime(2026, 11, 3, 12)),
    )
    PledgeSignatureFactory(organisation_name="Pending Charity")
    withdrawn = verified_signature(organisation_name="Withdrawn Council")
    withdrawn.withdraw(None, "Found paying late")
    html = client.get(URL).content.decode()
    assert "1 organisation has signed the pledge" in html
    assert '<p class="pledge-signatories__name">Listed Trust</p>' in html
    assert 'NHS trust · checked <time datetime="2026-11-03">3 November 2026</time>' in html
    assert "signed Version 1" in html
    assert "Pending Charity" not in html and "Withdrawn Council" not in html


def test_contact_signer_and_withdrawal_reason_are_never_public(client, page, board, make_role):
    organisation = OrganisationFactory(name="Private Details Trust")
    make_role("Peer trainer", organisation=organisation)
    listed = verified_signature(
        organisation_name="Private Details Trust",
        organisation=organisation,
        contact_name="Quentin Hiddencontact",
        contact_email="quentin@hidden.example",
        signer_name="Ursula Hiddensigner",
        signer_role="Hidden role title",
    )
    withdrawn = verified_signature(organisation_name="Withdrawn Org")
    withdrawn.withdraw(None, "Secretreasonword about late payments")
    text = public_pages(client) + client.get("/opportunities/peer-trainer/").content.decode()
    assert "Private Details Trust" in text and "Fair-pay pledge" in text  # the public part
    for private in (
        "Quentin Hiddencontact",
        "quentin@hidden.example",
        "Ursula Hiddensigner",
        "Hidden role title",
        "Secretreasonword",
        "Withdrawn Org",
    ):
        assert private not in text
    assert listed.is_listed and not withdrawn.is_listed


def test_the_list_costs_the_same_queries_however_many_have_signed(client, page):
    verified_signature()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    # Each count is the second view of a state: the first fills the caches a change cleared.
    queries()
    few = queries()
    for _ in range(12):
        verified_signature(organisation=OrganisationFactory())
    assert "13 organisations have signed" in client.get(URL).content.decode()
    queries()
    assert queries() == few


def test_a_new_version_keeps_what_earlier_signatories_signed(client, page, version):
    old = verified_signature(organisation_name="Early Signer")
    signed_words = list(old.commitments)
    newer = pledge_version("Version 2", ["We pay on time.", "We pay for preparation."])
    first = version.commitments.first()
    first.text = "Reworded after signing."
    first.save()
    version.refresh_from_db()
    assert not version.is_current and PledgeVersion.current() == newer
    old.refresh_from_db()
    assert old.version == version and old.commitments == signed_words
    late = verified_signature(organisation_name="Late Signer")
    assert late.version == newer
    html = client.get(URL).content.decode()
    assert "Version 2, published" in html and "<li>We pay for preparation.</li>" in html
    early = html.split("Early Signer", 1)[1].split("</li>", 1)[0]
    later = html.split("Late Signer", 1)[1].split("</li>", 1)[0]
    assert "signed Version 1" in early and "signed Version 2" in later


def test_one_current_version_at_a_time(version):
    newer = pledge_version("Version 2")
    assert list(PledgeVersion.objects.filter(is_current=True)) == [newer]
    version.is_current = True
    version.save()
    assert list(PledgeVersion.objects.filter(is_current=True)) == [version]


# --- the badge ----------------------------------------------------------------------------------


def test_roles_of_verified_signatories_carry_the_badge(client, page, board, make_role):
    signed = OrganisationFactory(name="Signed Trust")
    other = OrganisationFactory(name="Unsigned Charity")
    pending = OrganisationFactory(name="Pending Council")
    make_role("Signed role", slug="signed-role", organisation=signed)
    make_role("Unsigned role", slug="unsigned-role", organisation=other)
    make_role("Pending role", slug="pending-role", organisation=pending)
    verified_signature(organisation_name="Signed Trust", organisation=signed)
    PledgeSignatureFactory(organisation_name="Pending Council", organisation=pending)

    html = client.get("/opportunities/").content.decode()
    cards = {
        title: html.split(f">{title}</a>", 1)[1].split("</article>", 1)[0]
        for title in ("Signed role", "Unsigned role", "Pending role")
    }
    assert "Fair-pay pledge</strong>" in cards["Signed role"]
    assert f'<a href="{URL}">LEAD\'s pledge to pay fairly</a>' in cards["Signed role"]
    assert "Fair-pay pledge" not in cards["Unsigned role"]
    assert "Fair-pay pledge" not in cards["Pending role"]

    role_page = client.get("/opportunities/signed-role/").content.decode()
    assert "Signed Trust has signed <a" in role_page
    assert "Fair-pay pledge" not in client.get("/opportunities/unsigned-role/").content.decode()

    search = client.get("/search/?q=role&type=roles").content.decode()
    results = search.split('<article class="search-result search-result--role">')[1:]
    signed_card = next(r for r in results if ">Signed role</a>" in r)
    unsigned_card = next(r for r in results if ">Unsigned role</a>" in r)
    assert "Fair-pay pledge" in signed_card and "Fair-pay pledge" not in unsigned_card


def badge_links(client, url):
    """The pledge links in a page's badges."""
    html = client.get(url).content.decode()
    badges = re.findall(r'<p class="pledge-badge">.*?</p>', html, re.S)
    return [re.findall(r'href="([^"]*)"', badge) for badge in badges]


@pytest.mark.parametrize("withdraw", ["unpublish", "restrict"])
def test_badges_link_to_the_pledge_page_only_while_anyone_may_read_it(
    client, page, board, make_role, withdraw
):
    """Cards read the pledge page's address with their roles: the board, the home page and
    search all link it, and none does once it is withdrawn or closed to visitors."""
    signed = OrganisationFactory(name="Linked Trust")
    make_role("Linked badge role", slug="linked-badge", organisation=signed)
    verified_signature(organisation=signed)
    pages = ["/opportunities/", "/", "/search/?q=linked&type=roles"]
    assert [badge_links(client, url) for url in pages] == [[[URL]]] * 3
    if withdraw == "unpublish":
        PledgePage.objects.get(pk=page.pk).unpublish()
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert [badge_links(client, url) for url in pages] == [[[]]] * 3
    assert "Fair-pay pledge" in client.get("/opportunities/").content.decode()


def test_withdrawing_a_verification_takes_the_badge_away(client, page, board, make_role):
    signed = OrganisationFactory(name="Once Signed Trust")
    make_role("Once badged role", slug="once-badged", organisation=signed)
    signature = verified_signature(organisation_name="Once Signed Trust", organisation=signed)
    assert "Fair-pay pledge" in client.get("/opportunities/once-badged/").content.decode()
    signature.withdraw(None, "Stopped paying preparation time")
    html = client.get("/opportunities/once-badged/").content.decode()
    assert "Once badged role" in html and "Fair-pay pledge" not in html


def test_the_board_costs_the_same_queries_however_many_badged_roles(client, page, board, make_role):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/opportunities/")
        return len(captured), response.content.decode().count("Fair-pay pledge</strong>")

    organisation = OrganisationFactory()
    verified_signature(organisation=organisation)
    make_role("Badged 0", organisation=organisation)
    make_role("Plain 0")
    # Each count is the second view of a state: the first fills the caches a change cleared.
    queries()
    few, badges = queries()
    assert badges == 1
    for n in range(1, 6):
        other = OrganisationFactory()
        verified_signature(organisation=other)
        make_role(f"Badged {n}", organisation=other)
        make_role(f"Plain {n}")
    queries()
    many, badges = queries()
    assert badges == 6 and many == few


# --- the admin ----------------------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return UserFactory(username="ed", email="ed@example.com", groups=["Editors"])


def test_an_editor_verifies_a_signature_and_links_the_organisation(client, page, editor):
    organisation = OrganisationFactory(name="Harbour Health NHS Trust")
    signature = PledgeSignatureFactory(organisation_name="Harbour Health NHS Trust")
    client.force_login(editor)
    listing = client.get("/admin/opportunities/pledgesignature/?status=pending")
    text = listing.content.decode()
    verify_url = f"/admin/opportunities/pledgesignature/verify/{signature.pk}/"
    assert listing.status_code == 200 and verify_url in text
    form = client.get(verify_url).content.decode()
    # The organisation with the same name is chosen already; the signer is shown to editors.
    assert f'<option value="{organisation.pk}" selected>' in form
    assert signature.signer_name in form
    # Editors can correct the details, but not the version it was signed against.
    edit = client.get(f"/admin/opportunities/pledgesignature/edit/{signature.pk}/")
    assert edit.status_code == 200 and 'name="organisation_name"' in edit.content.decode()
    assert 'name="version"' not in edit.content.decode()
    refused = client.post(verify_url, {"organisation": organisation.pk})
    assert "Tick the box once you have checked the signature." in refused.content.decode()
    signature.refresh_from_db()
    assert signature.status == PledgeStatus.PENDING
    response = client.post(verify_url, {"organisation": organisation.pk, "checked": "on"})
    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.status == PledgeStatus.VERIFIED and signature.verified_by == editor
    assert signature.verified_at is not None and signature.organisation == organisation
    (entry,) = ModelLogEntry.objects.filter(object_id=str(signature.pk))
    assert entry.action == "opportunities.pledge.verify" and entry.user == editor
    history = client.get(f"/admin/opportunities/pledgesignature/history/{signature.pk}/")
    assert "Verified: listed publicly" in history.content.decode()
    client.logout()
    assert "Harbour Health NHS Trust" in client.get(URL).content.decode()


def test_withdrawing_needs_a_reason_kept_privately_and_logged_without_it(client, page, moderator):
    signature = verified_signature(organisation_name="Harbour Health NHS Trust")
    client.force_login(moderator)
    withdraw_url = f"/admin/opportunities/pledgesignature/withdraw/{signature.pk}/"
    refused = client.post(withdraw_url, {"reason": ""})
    assert "Give the reason, for the team&#x27;s records." in refused.content.decode()
    signature.refresh_from_db()
    assert signature.status == PledgeStatus.VERIFIED
    response = client.post(withdraw_url, {"reason": "Pays 90 days late, says a member."})
    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.status == PledgeStatus.WITHDRAWN and signature.withdrawn_by == moderator
    assert signature.withdrawn_reason == "Pays 90 days late, says a member."
    (entry,) = ModelLogEntry.objects.filter(object_id=str(signature.pk))
    assert entry.action == "opportunities.pledge.withdraw"
    assert "90 days" not in str(entry.data) + entry.label
    inspect = client.get(f"/admin/opportunities/pledgesignature/inspect/{signature.pk}/")
    assert "Pays 90 days late" in inspect.content.decode()  # editors can read it
    client.logout()
    html = client.get(URL).content.decode()
    assert "No organisation is listed yet" in html and "90 days" not in html


def test_signatures_come_only_from_the_form_and_only_staff_act_on_them(
    client, page, editor, member_user
):
    signature = PledgeSignatureFactory()
    verify_url = f"/admin/opportunities/pledgesignature/verify/{signature.pk}/"
    client.force_login(editor)
    assert client.get("/admin/opportunities/pledgesignature/create/").status_code in (302, 403)
    assert client.get(verify_url).status_code == 200
    client.force_login(member_user)
    response = client.post(verify_url, {"checked": "on"})
    assert response.status_code in (302, 403)
    signature.refresh_from_db()
    assert signature.status == PledgeStatus.PENDING


def test_the_dashboard_counts_signatures_waiting(client, page, editor):
    PledgeSignatureFactory.create_batch(2)
    verified_signature()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "fair-pay pledge signatures to check" in html
    assert "/admin/opportunities/pledgesignature/?status=pending" in html


class TestPledgeVersionAdmin(WagtailTestUtils):
    def test_editors_write_a_version_with_ordered_commitments(self, client, editor):
        client.force_login(editor)
        data = {
            "label": "Version 3",
            "published_on": "2026-12-01",
            "is_current": "on",
            **self.inline("commitments", ["We pay on time.", "We pay for preparation."]),
        }
        response = client.post("/admin/opportunities/pledgeversion/create/", data)
        assert response.status_code == 302, response.content.decode()[:2000]
        version = PledgeVersion.current()
        assert version.label == "Version 3"
        assert [c.text for c in version.commitments.all()] == [
            "We pay on time.",
            "We pay for preparation.",
        ]
        listing = client.get("/admin/opportunities/pledgeversion/").content.decode()
        headers = re.findall(r'<th scope="col"[^>]*>\s*(?:<a [^>]*>)?\s*([^<]+?)\s*<', listing)
        assert "Version 3" in listing and headers[-1] == "Signatures"

    @staticmethod
    def inline(name, texts):
        data = {
            f"{name}-TOTAL_FORMS": str(len(texts)),
            f"{name}-INITIAL_FORMS": "0",
            f"{name}-MIN_NUM_FORMS": "1",
            f"{name}-MAX_NUM_FORMS": "1000",
        }
        for n, text in enumerate(texts):
            data |= {f"{name}-{n}-text": text, f"{name}-{n}-ORDER": str(n + 1)}
            data |= {f"{name}-{n}-id": "", f"{name}-{n}-DELETE": ""}
        return data
