"""The career pathways' demo content: the overview from content.toml and its six steps from
steps.toml, beside this module. Adds only what is missing; never overwrites what an editor
changed. (The career stories that describe the steps are blog posts: the blog's demo links
them once every app has built its pages.)"""

import json
import uuid
from pathlib import Path

from home.demo.data import load, pick, rich_text, stream
from home.demo.sections import ensure_section
from network.models import Role

from ..models import PathwayIndexPage, PathwayStepPage

CONTENT = Path(__file__).with_name("content.toml")
STEPS = Path(__file__).with_name("steps.toml")


def build_pathways(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    spec = load(CONTENT)["overview"]
    overview = ensure_section(
        home,
        spec["slug"],
        PathwayIndexPage,
        stdout,
        title=spec["title"],
        intro=spec["intro"],
        body=_body(spec.get("body", [])),
        show_in_menus=spec["show_in_menus"],
    )
    if overview is None:
        return []
    added = add_steps(load(STEPS)["steps"], overview)
    return [f"{added} career pathway steps"] if added else []


def add_steps(specs, overview):
    """Add the steps not there yet, in the file's order, each published."""
    roles = {role.slug: role for role in Role.objects.all()}
    existing = set(overview.get_children().values_list("slug", flat=True))
    added = 0
    for spec in specs:
        if spec["slug"] in existing:
            continue
        step = PathwayStepPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            role=pick(roles, spec["role"], spec, "role") if spec.get("role") else None,
            body=_body(spec.get("body", [])),
            competences=rich_text(spec["competences"], spec),
            pay=rich_text(spec["pay"], spec) if spec.get("pay") else "",
            pay_source=spec.get("pay_source", ""),
            pay_source_url=spec.get("pay_source_url", ""),
            pay_as_of=spec.get("pay_as_of"),
        )
        overview.add_child(instance=step)
        step.save_revision().publish()
        added += 1
    return added


def _body(blocks):
    return json.dumps(
        [{"type": b["type"], "value": b["value"], "id": str(uuid.uuid4())} for b in stream(blocks)]
    )
