"""The demo's words are data files (docs/demo-content.md): every one reads, and a mistake in
one is reported with the file's name and the place in it."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from home.demo import copy
from home.demo.data import DemoContentError, load, rich_text, stream
from network.demo import loader as network_loader

PROFILE = """
[[profiles]]
name = "Tamsin Example"
pronouns = "she/her"
headline = "Peer trainer"
organisation = ""
organisation_visibility = "public"
region_visibility = "public"
photo_visibility = "hidden"
lived_experience_visibility = "public"
payment_visibility = "public"
region = "wales"
photo = false
summary = "A summary."
biography = "A biography."
lived_experience = ["mental-distress"]
expertise = ["co-production"]
roles = ["mentor"]
availability = "open"
expects_payment = "yes"
payment_routes = ["payroll"]
languages = "English"
website_url = ""
linkedin_url = ""
joined_days_ago = 10
"""


def data_files():
    """Every project app's demo data files."""
    found = []
    for app in apps.get_app_configs():
        path = Path(app.path)
        if path.is_relative_to(settings.BASE_DIR):
            found += sorted((path / "demo").glob("*.toml"))
    return found


def convert_bodies(value):
    """Run every StreamField body ([[…body]] tables) through the block mapping."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "body" and item and all(isinstance(block, dict) for block in item):
                assert stream(item)
            convert_bodies(item)
    elif isinstance(value, list):
        for item in value:
            convert_bodies(item)


def test_every_demo_data_file_reads():
    files = data_files()
    names = {str(path.relative_to(settings.BASE_DIR)) for path in files}
    assert {
        "home/demo/content.toml",
        "network/demo/content.toml",
        "network/demo/profiles.toml",
        "blog/demo/content.toml",
        "blog/demo/posts.toml",
        "events/demo/content.toml",
        "events/demo/events.toml",
        "membership/demo/content.toml",
        "opportunities/demo/content.toml",
    } <= names
    for path in files:
        convert_bodies(load(path))


def test_rich_text_is_written_in_a_small_markdown():
    text = """
    Lines of one paragraph
    join with a space.

    Before a list:
    - **Paid** fairly, *always*
    - see [the guidance](https://example.org/pay?a=1&b=2)
    """
    assert rich_text(text) == (
        "<p>Lines of one paragraph join with a space.</p><p>Before a list:</p>"
        "<ul><li><strong>Paid</strong> fairly, <em>always</em></li>"
        '<li>see <a href="https://example.org/pay?a=1&amp;b=2">the guidance</a></li></ul>'
    )
    assert rich_text("A&E, 5 * 3 and <b>") == "<p>A&amp;E, 5 * 3 and &lt;b&gt;</p>"


def test_body_blocks_keep_their_types_and_values(tmp_path):
    path = tmp_path / "page.toml"
    path.write_text(
        '[[body]]\ntype = "heading"\ntext = "Why"\n'
        '[[body]]\ntype = "quote"\nquote = "Nothing about us."\nattribution = "A member"\n'
        '[[body]]\ntype = "callout"\ntone = "info"\nheading = "Pay"\ntext = "Always **paid**."\n'
        '[[body]]\ntype = "paragraph"\ntext = "Words."\n'
    )
    assert stream(load(path)["body"]) == [
        {"type": "heading", "value": {"text": "Why", "level": "h2"}},
        {
            "type": "quote",
            "value": {"quote": "Nothing about us.", "attribution": "A member"},
        },
        {
            "type": "callout",
            "value": {
                "tone": "info",
                "heading": "Pay",
                "text": "<p>Always <strong>paid</strong>.</p>",
            },
        },
        {"type": "paragraph", "value": "<p>Words.</p>"},
    ]


def test_an_unknown_block_type_names_the_file_and_block(tmp_path):
    path = tmp_path / "page.toml"
    path.write_text('[[body]]\ntype = "paragraph"\ntext = "Hi"\n[[body]]\ntype = "headline"\n')
    with pytest.raises(DemoContentError, match=r"page\.toml: body #2 has type 'headline'; use one"):
        stream(load(path)["body"])


@pytest.mark.django_db
def test_a_broken_data_file_stops_the_loader_with_its_name_and_line(tmp_path, monkeypatch):
    broken = tmp_path / "content.toml"
    broken.write_text('[home]\ntitle = "Home\n')
    monkeypatch.setattr(copy, "CONTENT", broken)
    # A CommandError: `manage.py load_demo_content` prints it alone, without a traceback.
    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", "--core-only", stdout=io.StringIO())
    assert str(error.value).startswith(f"{broken}: not valid TOML: ")
    assert "line 2" in str(error.value)


def test_a_missing_field_names_the_file_and_entry(tmp_path, demo_site, monkeypatch):
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(PROFILE.replace('pronouns = "she/her"\n', ""))
    monkeypatch.setattr(network_loader, "PROFILES", profiles)
    with pytest.raises(DemoContentError, match=r"profiles\.toml: profiles #1 has no 'pronouns'\."):
        network_loader.build_network(demo_site, io.StringIO())


def test_an_unknown_term_names_the_file_entry_and_term(tmp_path, demo_site, monkeypatch):
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(PROFILE.replace('["co-production"]', '["co-production", "knitting"]'))
    monkeypatch.setattr(network_loader, "PROFILES", profiles)
    with pytest.raises(
        DemoContentError,
        match=r"profiles\.toml: profiles #1 > expertise: 'knitting' is not one of: co-production",
    ):
        network_loader.build_network(demo_site, io.StringIO())
