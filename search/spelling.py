"""'Did you mean': a corrected query, offered only when a search found nothing.

Corrections come from the words of live, public page titles (never a draft's or a private
page's), and a correction is only offered if it finds something.

- PostgreSQL with pg_trgm (search/migrations/0002 enables it where the role may): trigram word
  similarity picks the few titles closest to each word in the database, then the closest word
  in them is chosen.
- Elsewhere (SQLite, or PostgreSQL without pg_trgm): the titles with a word starting with the
  same three letters (the backend's autocomplete: an indexed prefix match), then difflib picks
  the closest word in them. A typo in the first three letters is not corrected.
"""

import difflib

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection

from .query import WORD, clean_query

MIN_WORD = 3  # shorter words are left as they are
MAX_WORDS = 5  # longer queries are not corrected
CUTOFF = 0.75  # difflib similarity a correction needs
TRIGRAM_THRESHOLD = 0.3
TRIGRAM_TITLES = 20
PREFIX = 3  # letters a word must share with the typed one (without pg_trgm)
PREFIX_TITLES = 300

_trigram_available = {}


def trigram_available():
    """Whether pg_trgm is installed in this PostgreSQL database (checked once per process)."""
    if connection.vendor != "postgresql":
        return False
    key = connection.settings_dict.get("NAME")
    if key not in _trigram_available:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _trigram_available[key] = cursor.fetchone() is not None
    return _trigram_available[key]


def _words(titles):
    return {word.lower() for title in titles for word in WORD.findall(title) if len(word) > 1}


def _closest(term, words):
    match = difflib.get_close_matches(term, words, n=1, cutoff=CUTOFF)
    return match[0] if match else None


def _candidate_titles(scope, term):
    """Titles of live, public pages likely to hold the word `term` was meant to be."""
    if trigram_available():
        return (
            scope.annotate(_similarity=TrigramWordSimilarity(term, "title"))
            .filter(_similarity__gte=TRIGRAM_THRESHOLD)
            .order_by("-_similarity")
            .values_list("title", flat=True)[:TRIGRAM_TITLES]
        )
    results = scope.autocomplete(term[:PREFIX], order_by_relevance=False)
    if hasattr(results, "as_queryset"):  # the database backend: titles only, in the database
        return results.as_queryset().values_list("title", flat=True)[:PREFIX_TITLES]
    return [page.title for page in results[:PREFIX_TITLES]]


def did_you_mean(scope, query, finds):
    """A corrected query text, or None. `scope` is the live, public pages; `finds(query)` says
    whether a CleanQuery finds anything."""
    terms = query.terms
    if not terms or len(terms) > MAX_WORDS:
        return None
    corrected, changed = [], False
    for term in terms:
        if len(term) < MIN_WORD or term.isdigit():
            corrected.append(term)
            continue
        words = _words(_candidate_titles(scope, term))
        if term in words:
            corrected.append(term)
            continue
        better = _closest(term, words)
        corrected.append(better or term)
        changed = changed or bool(better)
    if not changed:
        return None
    suggestion = clean_query(" ".join(in_typed_case(query.text, terms, corrected)))
    return suggestion.text if finds(suggestion) else None


def in_typed_case(text, terms, corrected):
    """The corrected words in the case the visitor typed: a word left as it was is shown as
    typed ("NHS", "Peer"), and a corrected one takes the typed word's pattern (all capitals, a
    capital first, or lower case). The index and the matching are case-blind; only what the
    visitor reads keeps their case."""
    typed = {}
    for word in WORD.findall(text):
        typed.setdefault(word.lower(), word)
    words = []
    for term, better in zip(terms, corrected, strict=True):
        original = typed.get(term, term)
        if better == term:
            words.append(original)
        elif original.isupper() and len(original) > 1:
            words.append(better.upper())
        elif original[:1].isupper():
            words.append(better[:1].upper() + better[1:])
        else:
            words.append(better)
    return words
