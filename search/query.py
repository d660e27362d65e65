"""The search machinery the site search and the directory's keyword search share.

- `clean_query`: what a visitor typed, trimmed and capped, and the words the backend sees. The
  backend only ever gets words: quotes and operators would reach SQLite's FTS5 or PostgreSQL's
  tsquery as syntax (decisions: "The search view hands the backend words only"). The text is
  in Unicode NFC, as the index is (search/indexing.py): "a" + a combining accent is "á".
- `matching`: the pages of a queryset that match, as a queryset (unordered, in the database
  with the database backend), for listings that sort and filter the matches themselves.
- `ranked`: the matches, best first (a modelsearch SearchResults).
"""

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12  # more words than this only slow the match down; the rest are dropped
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CleanQuery:
    text: str  # NFC, trimmed, whitespace collapsed, NULs removed, at most MAX_QUERY_LENGTH
    truncated: bool  # the visitor typed more than MAX_QUERY_LENGTH characters
    terms: list = field(default_factory=list)  # the words the backend sees

    def __bool__(self):
        return bool(self.text)

    @property
    def backend_query(self):
        return " ".join(self.terms)


def clean_query(raw):
    text = unicodedata.normalize("NFC", str(raw or "").replace("\x00", ""))
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH].strip()
    terms = list(dict.fromkeys(word.lower() for word in WORD.findall(text)))[:MAX_TERMS]
    return CleanQuery(text, truncated, terms)


def ranked(queryset, query):
    """Matches for `query` (a CleanQuery) in `queryset`, best first. Filter the queryset first:
    `.live().public()` and any type filter must come before the search."""
    return queryset.search(query.backend_query, operator="and")


def matching(queryset, query):
    """The pages of `queryset` matching `query`, as a queryset to sort, filter and count."""
    if not query.terms:
        return queryset.none()
    results = queryset.search(query.backend_query, operator="and", order_by_relevance=False)
    if hasattr(results, "as_queryset"):  # the database backend (search/backend.py)
        return queryset.filter(pk__in=results.as_queryset().order_by().values("pk"))
    # Elasticsearch / OpenSearch: the engine returns the matching pages.
    return queryset.filter(pk__in=[page.pk for page in results])
