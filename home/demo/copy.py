"""The core demo pages' words, read from content.toml beside this module each time the demo
is built (HOME, PAGES, FOLLOW and SETTINGS, as `load_demo_content` uses them)."""

from pathlib import Path

from .data import load, stream

CONTENT = Path(__file__).with_name("content.toml")


def content():
    data = load(CONTENT)
    for page in [data["home"], *data["pages"], data["follow"]]:
        page["body"] = stream(page.get("body", []))
    return {
        "HOME": data["home"],
        "PAGES": data["pages"],
        "FOLLOW": data["follow"],
        "SETTINGS": data["settings"],
    }


def __getattr__(name):
    # Read when the command asks, not on import: a broken file then fails the command with
    # its message instead of failing to import it.
    if name in ("HOME", "PAGES", "FOLLOW", "SETTINGS"):
        return content()[name]
    raise AttributeError(name)
