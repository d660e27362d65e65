"""Where devtools finds what each feature app seeds and benchmarks.

A feature app names its seeding module in its declaration (`Feature(seeding="blog.seeding")`,
lead/features.py); the module is development-only (no production module imports it) and
declares:

- `seeders()`, a function returning a mapping of kind ("posts") to seeder (usually a
  `devtools.seeders.PageSeeder`), called afresh for each run; or `SEEDERS`, the mapping itself;
- `BENCH_PAGES`, a list of `devtools.benchmark.BenchPage`; or `bench_pages()` returning one.

Apps are read in INSTALLED_APPS order, so the kinds and page types come out in that order; a
later app's seeder replaces an earlier one of the same kind.
"""

from importlib import import_module

from lead.features import declared


def feature_seeding_modules():
    """Each feature's declared seeding module, in INSTALLED_APPS order."""
    return [import_module(path) for path in declared("seeding")]


def _declared(module, *names):
    for name in names:
        value = getattr(module, name, None)
        if value is not None:
            return value() if callable(value) else value
    return None


def seeders():
    """{kind: seeder} from every feature's `seeders()` or `SEEDERS`."""
    found = {}
    for module in feature_seeding_modules():
        found.update(_declared(module, "SEEDERS", "seeders") or {})
    return found


def kinds():
    """The kinds of content that can be seeded, e.g. ("profiles", "posts", "events", "roles")."""
    return tuple(seeders())


def bench_pages():
    """Every feature's `BENCH_PAGES` (or `bench_pages()`), in order."""
    pages = []
    for module in feature_seeding_modules():
        pages.extend(_declared(module, "BENCH_PAGES", "bench_pages") or ())
    return pages
