"""Reading the demo's words from its data files (TOML beside each loader; docs/demo-content.md).

The files are for contributors who change words, not code, so the usual mistakes (a file that
is not valid TOML, a missing field, an unknown block type, slug or name) are reported as the
file and the place in it rather than as a traceback from inside a loader.
"""

import re
import tomllib
from html import escape
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

# StreamField blocks written in a data file: the block's fields besides `type`, with defaults.
# A paragraph's value is its rich `text`; a callout's `text` is rich text too.
BLOCK_DEFAULTS = {
    "paragraph": {},
    "heading": {"level": "h2"},
    "quote": {},
    "callout": {},
}
RICH_FIELDS = {"callout": ("text",)}

BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
ITALIC = re.compile(r"\*(\S(?:.*?\S)?)\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s\"]+)\)")


class DemoContentError(CommandError):
    """A demo data file that cannot be read; `load_demo_content` prints it without a
    traceback."""


class Entry(dict):
    """A table from a data file. A missing key names the file and the table, so the loaders
    can keep writing `spec["title"]`."""

    def __init__(self, values, source, where):
        super().__init__(values)
        self.source = source
        self.where = where

    def __missing__(self, key):
        raise DemoContentError(f"{self.source}: {self.where or 'the file'} has no {key!r}.")


def display_name(path):
    path = Path(path)
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def load(path):
    """The file's tables as `Entry`s, in the file's order."""
    source = display_name(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise DemoContentError(f"{source}: cannot be read ({error.strerror}).") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DemoContentError(f"{source}: not valid TOML: {error}.") from error
    return _wrap(data, source, "")


def _wrap(value, source, where):
    if isinstance(value, dict):
        entries = {key: _wrap(item, source, _join(where, key)) for key, item in value.items()}
        return Entry(entries, source, where)
    if isinstance(value, list):
        return [
            _wrap(item, source, f"{where} #{number}" if isinstance(item, dict) else where)
            for number, item in enumerate(value, start=1)
        ]
    return value


def _join(where, key):
    return f"{where} > {key}" if where else key


def pick(choices, key, entry, field):
    """`choices[key]` for a name or slug the data file gives in `entry[field]`; an unknown one
    is an error naming the file and the entry."""
    try:
        return choices[key]
    except KeyError:
        known = ", ".join(map(str, choices))
        raise DemoContentError(
            f"{entry.source}: {entry.where} > {field}: {key!r} is not one of: {known}."
        ) from None


def rich_text(text, entry=None):
    """HTML for a rich-text field written in the data files' small Markdown: paragraphs
    separated by a blank line, lines starting "- " as a bulleted list, **bold**, *italic* and
    [links](https://…). Anything else is text, escaped."""
    if not isinstance(text, str):
        place = f"{entry.source}: {entry.where}" if entry is not None else "Demo data"
        raise DemoContentError(f"{place}: rich text must be a string.")
    html = []
    paragraph, items = [], []

    def close():
        if paragraph:
            html.append(f"<p>{inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            html.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            close()
        elif line.startswith("- "):
            if paragraph:
                close()
            items.append(line[2:].strip())
        elif items:
            items[-1] = f"{items[-1]} {line}"
        else:
            paragraph.append(line)
    close()
    return "".join(html)


def inline(text):
    text = escape(text, quote=False)
    text = LINK.sub(lambda m: f'<a href="{m[2]}">{m[1]}</a>', text)
    text = BOLD.sub(r"<strong>\1</strong>", text)
    return ITALIC.sub(r"<em>\1</em>", text)


def stream(blocks):
    """StreamField data ({"type", "value"} dicts, without ids) for a list of `[[…body]]`
    tables, each naming its block `type`."""
    data = []
    for block in blocks:
        kind = block["type"]
        if kind not in BLOCK_DEFAULTS:
            allowed = ", ".join(BLOCK_DEFAULTS)
            raise DemoContentError(
                f"{block.source}: {block.where} has type {kind!r}; use one of {allowed}."
            )
        if kind == "paragraph":
            value = rich_text(block["text"], block)
        else:
            value = {key: item for key, item in block.items() if key != "type"}
            for key, default in BLOCK_DEFAULTS[kind].items():
                value.setdefault(key, default)
            for key in RICH_FIELDS.get(kind, ()):
                value[key] = rich_text(block[key], block)
        data.append({"type": kind, "value": value})
    return data
