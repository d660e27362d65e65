"""Filters for the site's plain-text emails. What people type goes into emails other people
read: a name or organisation with a line break could start a line of its own ("From: ...",
"Bcc: ...") that looks like the email's or LEAD's, and a break in a subject line would push
the rest into the body. `oneline` keeps a single-line value on one line; `quoted` marks a
sender's own words as theirs, every line of them."""

import re

from django import template

register = template.Library()

# Every character Python's str.splitlines() breaks on, so no mail client finds another.
LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


@register.filter
def oneline(value):
    """The value on one line: each run of line breaks becomes a space."""
    return LINE_BREAKS.sub(" ", str(value)).strip()


@register.filter
def quoted(value, prefix="> "):
    """Every line of the value starts with `prefix` (an empty line too), so nothing in it
    can pass for a line of the email around it."""
    lines = str(value).splitlines() or [""]
    return "\n".join(f"{prefix}{line}".rstrip() for line in lines)
