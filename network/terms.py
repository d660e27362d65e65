"""The taxonomies' terms as filters offer them, kept in the shared cache: taxonomies change
rarely, and saving or deleting a term clears its model's entry (network/signals.py)."""

from django.core.cache import cache

from .models import read_terms

# Short enough that a local-memory cache in another worker is not stale for long.
OPTIONS_CACHE_SECONDS = 300


def options_cache_key(model):
    return f"network:facet-options:{model._meta.model_name}"


def cached_terms(*models, also=()):
    """[(slug, name), ...] for each taxonomy model, in its order, then for each of `also`
    (options read afresh every time, never kept here: read_terms): those not kept are read
    together, in one query."""
    keys = [options_cache_key(model) for model in models]
    found = cache.get_many(keys)
    missing = [model for model, key in zip(models, keys, strict=True) if key not in found]
    fresh = read_terms(missing, also) if missing or also else {}
    read = {
        options_cache_key(model): [(slug, name) for _pk, slug, name in fresh[model]]
        for model in missing
    }
    if read:
        cache.set_many(read, OPTIONS_CACHE_SECONDS)
        found.update(read)
    return [found[key] for key in keys] + [
        [(slug, name) for _pk, slug, name in fresh[rows]] for rows in also
    ]
