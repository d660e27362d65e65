"""Snippets: a short passage of a result's indexed text around the first search word, escaped
here on the server, with each search word wrapped in <mark>. The text is read in Unicode NFC,
as the search words are (search/query.py), so a word saved with a combining accent is marked."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_WORDS = 32  # words in a snippet
LEAD_IN_WORDS = 8  # words shown before the first match
ELLIPSIS = "…"


def term_pattern(terms):
    """A pattern matching any search word at the start of a word, so "leader" also marks
    "leaders" (the backends match stems); None without terms."""
    words = sorted({t.lower() for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)


def _marked(text, pattern):
    """Escape `text` and wrap every match of `pattern` in <mark>."""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def snippet(text, terms, words=SNIPPET_WORDS):
    """About `words` words of `text` around the first search word, HTML-safe, with the search
    words marked. Text without any search word gives its opening words."""
    tokens = unicodedata.normalize("NFC", text or "").split()
    if not tokens:
        return mark_safe("")  # noqa: S308 - empty
    pattern = term_pattern(terms)
    first = 0
    if pattern is not None:
        first = next((i for i, token in enumerate(tokens) if pattern.search(token)), 0)
    start = max(0, first - LEAD_IN_WORDS) if first else 0
    end = min(len(tokens), start + words)
    start = max(0, min(start, end - words))
    passage = " ".join(tokens[start:end])
    html = _marked(passage, pattern)
    if start > 0:
        html = f"{ELLIPSIS} {html}"
    if end < len(tokens):
        html = f"{html} {ELLIPSIS}"
    return mark_safe(html)  # noqa: S308 - every piece of text was escaped in _marked
