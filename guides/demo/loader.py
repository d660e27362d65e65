"""The guides' demo content: the two sections and the home page's "For organisations" section
from content.toml, and the guides from guides.toml, beside this module. Adds only what is
missing; never overwrites what an editor changed."""

import json
import uuid
from datetime import date, timedelta
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page

from home.demo.data import DemoContentError, load, pick, rich_text, stream
from home.demo.sections import ensure_section

from ..models import GuideIndexPage, GuidePage

CONTENT = Path(__file__).with_name("content.toml")
GUIDES = Path(__file__).with_name("guides.toml")
HOME_BLOCK = "for_organisations"


def build_guides(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    content = load(CONTENT)
    sections = {}
    for spec in content["sections"]:
        section = ensure_section(
            home,
            spec["slug"],
            GuideIndexPage,
            stdout,
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=spec["show_in_menus"],
        )
        if section is not None:
            sections[spec["slug"]] = section
    created = []
    new_guides = add_guides(load(GUIDES)["guides"], sections)
    if new_guides:
        created.append(f"{new_guides} guides")
    return created


def link_guides(home, stdout):
    """The home page's "For organisations" section, once every app has built its pages (the
    calculator and the pledge are the board's)."""
    if place_home_section(home, load(CONTENT)["home_section"]):
        return ["the home page's For organisations section"]
    return []


def add_guides(specs, sections):
    """Add the guides not there yet: each first as a draft, then, once every guide exists,
    published with its related guides (which may come later in the file)."""
    today = timezone.localdate()
    added = []
    for spec in specs:
        section = pick(sections, spec["section"], spec, "section")
        if section.get_children().filter(slug=spec["slug"]).exists():
            continue
        reviewed = today - timedelta(days=spec["reviewed_days_ago"])
        due = today + timedelta(days=spec["review_due_in_days"])
        if due <= reviewed:
            raise DemoContentError(
                f"{spec.source}: {spec.where}: the next review must come after the last one "
                "(review_due_in_days is more days back than reviewed_days_ago)."
            )
        guide = GuidePage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            summary=rich_text(spec["summary"], spec),
            body=json.dumps([_block(b["type"], b["value"]) for b in stream(spec.get("body", []))]),
            sources=json.dumps([_block("source", _dated(r)) for r in spec.get("references", [])]),
            content_owner=spec["owner"],
            last_reviewed=reviewed,
            next_review_due=due,
            live=False,
        )
        section.add_child(instance=guide)
        added.append((guide, spec))
    for guide, spec in added:
        guide.related_guides = [_guide(slug, spec) for slug in spec.get("related", [])]
        guide.save_revision().publish()
    return len(added)


def _guide(slug, spec):
    guide = GuidePage.objects.filter(slug=slug).first()
    if guide is None:
        known = GuidePage.objects.order_by("slug").values_list("slug", flat=True)
        raise DemoContentError(
            f"{spec.source}: {spec.where} > related: {slug!r} is not one of: {', '.join(known)}."
        )
    return guide


def place_home_section(home, spec):
    """Point the home page's "For organisations" section at the demo's pages: fill the
    section's links when it has none (a new home page starts with the section, empty), or add
    the section when the home page has none. Pages the demo lacks are left out."""
    home = Page.objects.get(pk=home.pk).specific
    links = []
    for link in spec["links"]:
        page = Page.objects.filter(url_path=f"{home.url_path}{link['path'].strip('/')}/").first()
        if page is not None:
            item = {"page": page.pk, "description": link["description"]}
            links.append({"type": "item", "value": item, "id": str(uuid.uuid4())})
    if not links:
        return False
    value = {"heading": spec["heading"], "text": spec["text"], "links": links}
    body = list(home.body.raw_data)
    placed = [block for block in body if block["type"] == HOME_BLOCK]
    if placed and placed[0]["value"].get("links"):
        return False
    if placed:
        placed[0]["value"] = value
    else:
        body.append(_block(HOME_BLOCK, value))
    home.body = json.dumps(body)
    home.save_revision().publish()
    return True


def _dated(reference):
    """A reference's values, its date written as text (TOML may give a date)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in reference.items()}


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}
