"""Answers kept in the shared cache until published content next changes.

Whatever a page reads that only changes when published content, privacy rules, settings or
taxonomies do (the site, a route, the restricted sections, facet counts) is kept under the page
cache's generation token (lead/pagecache.py). Every such change replaces the token, on every
server at once, so nothing kept outlives the change that makes it wrong, and nothing needs
clearing one key at a time. Keys are digests: search words in a key are never stored readable.
"""

import hashlib

from django.core.cache import cache

from lead.pagecache import current_generation

CACHE_SECONDS = 60 * 60


def kept_key(kind, *parts):
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()
    return f"lead:{kind}:{current_generation()}:{digest}"


def kept(kind, parts, make):
    """make()'s answer, kept in the shared cache under the generation token (so until published
    content, privacy rules or settings next change), for `kind` of answer about `parts`."""
    key = kept_key(kind, *parts)
    held = cache.get(key)
    if held is None:
        held = (make(),)  # a tuple, so that an answer of None is kept too
        cache.set(key, held, CACHE_SECONDS)
    return held[0]


def kept_until(kind, parts, make, now):
    """As kept(), for an answer that also goes out of date at a time of its own (an event that
    ends moves from "coming up" to "past"): make() returns (answer, until), `until` an aware
    datetime or None, and an answer kept past its `until` is made afresh."""
    key = kept_key(kind, *parts)
    held = cache.get(key)
    if held is None or (held[1] is not None and held[1] <= now):
        held = tuple(make())
        cache.set(key, held, CACHE_SECONDS)
    return held[0]


def next_listed_change(now):
    """The soonest moment after `now` at which any feature's pages change by themselves, with
    no publish (an event date ends, a role closes: `Feature.next_change`), or None: the
    `until` of a kept answer that lists pages of every kind (site search)."""
    from lead.features import call_each

    moments = [moment for moment in call_each("next_change", now) if moment is not None]
    return min(moments, default=None)


def kept_many(kind, parts_by_item, make_missing):
    """{item: answer} for several answers of one `kind`, as kept() keeps each: those not kept
    are made together, by make_missing([items]) -> {item: answer}, and kept."""
    keys = {item: kept_key(kind, *parts) for item, parts in parts_by_item.items()}
    found = cache.get_many(keys.values())
    missing = [item for item, key in keys.items() if key not in found]
    if missing:
        made = make_missing(missing)
        held = {keys[item]: (made[item],) for item in missing}
        cache.set_many(held, CACHE_SECONDS)
        found.update(held)
    return {item: found[key][0] for item, key in keys.items()}
