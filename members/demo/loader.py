"""The members' space of the demo site: /members/ and its posts and resources, from
content.toml beside this module. Adds only what is missing; never overwrites an editor's
changes."""

import json
import uuid
from pathlib import Path

from home.demo.data import load, stream
from home.demo.sections import ensure_section

from ..models import MembersPostPage, MembersSpacePage

CONTENT = Path(__file__).with_name("content.toml")


def body(blocks):
    return json.dumps([{**block, "id": str(uuid.uuid4())} for block in stream(blocks)])


def build_members_space(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    content = load(CONTENT)
    words = content["space"]
    space = ensure_section(
        home,
        "members",
        MembersSpacePage,
        stdout,
        title=words["title"],
        intro=words["intro"],
        body=body(words.get("body", [])),
        show_in_menus=False,  # the header links it for members; visitors would only meet a sign-in
    )
    if space is None:
        return []
    existing = set(space.get_children().values_list("slug", flat=True))
    added = 0
    for spec in content["posts"]:
        if spec["slug"] in existing:
            continue
        post = MembersPostPage(
            title=spec["title"],
            slug=spec["slug"],
            kind=spec["kind"],
            summary=spec["summary"],
            body=body(spec["body"]),
        )
        space.add_child(instance=post)
        post.save_revision().publish()
        added += 1
    return [f"the members' space with {added} posts"] if added else []
