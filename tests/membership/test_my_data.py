"""The readable copy of a member's data: the same record as the JSON download, as a page a
person can read or print, with no markup in it, and only ever the member's own."""

import json

import pytest
from bs4 import BeautifulSoup

from membership.accounts import member_of
from membership.forms import rich_text_to_text
from membership.models import ContactRequest
from network.models import ProfilePage

pytestmark = pytest.mark.django_db


def page_text(response):
    main = BeautifulSoup(response.content, "html.parser").select_one("main")
    return " ".join(main.get_text(" ").split())


@pytest.fixture
def robin(client, member):
    """Robin, signed in, with a message passed on to them and a note from the team."""
    ContactRequest.objects.create(
        profile=member,
        sender_name="Vis Itor",
        sender_email="visitor@example.com",
        purpose="paid",
        message='Would you speak at our event?\n\n<script>alert("x")</script> on 3 May.',
    )
    ProfilePage.objects.filter(pk=member.pk).update(editor_notes="Met at the spring event")
    client.force_login(member_of(member))
    return member


def test_the_account_page_offers_both_versions(client, robin):
    html = BeautifulSoup(client.get("/account/").content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in html.select("main a")}
    assert links["Read it on a page"] == "/account/my-data/"
    assert links["Download it for computers"] == "/account/export/"


def test_the_page_reads_as_words_not_code(client, robin):
    response = client.get("/account/my-data/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    text = page_text(response)
    assert "Everything we hold about you" in text
    # Rich text as a paragraph: no tags, neither as markup nor as visible text.
    assert "<p>I have worked in peer support for ten years.</p>" in html
    assert "&lt;p&gt;" not in html and "<p>I have worked" not in text
    # Choices in words, dates written out, the team's note and the message.
    assert "Who can see your organisation Signed-in members only" in text
    assert "Who can see your payment preferences Nobody (kept private)" in text
    assert "Notes the LEAD team keeps about you Met at the spring event" in text
    assert "Messages passed on to you" in text and "From Vis Itor" in text
    assert "Would you speak at our event?" in text
    assert "4 December 2026" in text  # the suite's clock: when the account was made
    assert '"wording_version"' not in html and "awaiting_review" not in text
    # An empty value is said in words, never as Python's "None".
    assert "Nothing given" in text and "None" not in text
    # What a visitor typed is shown as text, never run.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<script>alert("x")</script>' not in html


def _leaves(value, key=""):
    """Every (key, text) in the JSON a reader should find on the page."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, key)
    elif isinstance(value, str) and value and key not in {"type", "id"}:
        yield key, value


def test_everything_in_the_download_is_on_the_page(client, robin):
    record = json.loads(client.get("/account/export/").content)
    text = page_text(client.get("/account/my-data/"))
    checked = 0
    for key, value in _leaves(record):
        if key.endswith(("_at", "_joined", "_login")) or key.endswith("visibility"):
            continue  # written out in words: checked above
        if key in {"availability", "expects_payment"}:
            continue
        words = rich_text_to_text(value) if key == "biography" else value
        assert " ".join(words.split()) in text, f"{key}: {value[:60]!r} is not on the page"
        checked += 1
    assert checked >= 20


def test_only_the_members_own_data_is_ever_shown(client, robin, other_member):
    for path in ("/account/my-data/", f"/account/my-data/?profile={other_member.pk}"):
        text = page_text(client.get(path))
        assert "Robin Example" in text and "robin@example.com" in text
        assert "Sam Other" not in text and "sam@example.com" not in text
        assert "Sam's secret org" not in text


def test_anyone_else_gets_no_data(client, robin, member_user):
    client.logout()
    response = client.get("/account/my-data/")
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    client.force_login(member_user)  # an account without a profile
    response = client.get("/account/my-data/")
    assert response.status_code == 404
    assert "Robin Example" not in response.content.decode()
    assert "No profile linked" in response.content.decode()
