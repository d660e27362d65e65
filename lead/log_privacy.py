"""What the logs never hold: a member's name, whether in an address or in a page's title.

A profile's address is its slug, and its slug is the member's name; logs outlive an erasure.
- loggable_path: the path as logged. Under a prefix a feature declares (`Feature.person_paths`,
  "/network/"), the segment that names a person is written "*": /network/*/photo/medium/.
  The access log (lead/request_log.py) writes every path this way, and so does Django's own
  "Not Found: /network/…" line through PersonalDetailsFilter.
- PersonalDetailsFilter, on the loggers of Django's request errors and Wagtail (LOGGING in
  lead/settings/base.py): Wagtail logs a page's title and tree path on every create, edit,
  publish, unpublish, move and delete ('Page deleted: "Danielle Hartley" id=42'). Its lines keep
  the page id and lose the title and path, for every page type: a record gives no page type
  to tell a profile by, and looking one up from a log filter would fail for a deleted page, the
  case that matters.
"""

import logging
import re
from urllib.parse import urlsplit

from .features import each

HIDDEN = "*"
# A quoted title just before the page's id ('Page deleted: "…" id=42', "for page: '…' id=42").
QUOTED_TITLE = re.compile(r"""(["'])(?:(?!\1 (?:id|pk)=).)*\1(?= (?:id|pk)=)""", re.S)
TREE_PATH = re.compile(r"(\bpath=)\S+")
ADDRESS = re.compile(r"(?:https?://[^\s/]+)?/[^\s\"']*")


def loggable_path(path):
    """`path` with the segment that names a person written as "*"."""
    for prefix in each("person_paths"):
        if path.startswith(prefix) and len(path) > len(prefix):
            _segment, slash, rest = path[len(prefix) :].partition("/")
            return f"{prefix}{HIDDEN}{slash}{rest}"
    return path


def loggable_address(address):
    """A path or absolute URL, with the person's segment hidden (as loggable_path)."""
    parts = urlsplit(address)
    return address.replace(parts.path, loggable_path(parts.path), 1) if parts.path else address


class PersonalDetailsFilter(logging.Filter):
    """Rewrites a record's message: no page title, no tree path, no person's segment in any
    address. The message is formatted here once (its arguments are gone afterwards)."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: logging reports it as usual
            return True
        message = QUOTED_TITLE.sub(r"\1[title]\1", message)
        message = TREE_PATH.sub(r"\1[path]", message)
        message = ADDRESS.sub(lambda match: loggable_address(match.group(0)), message)
        record.msg, record.args = message, ()
        return True
