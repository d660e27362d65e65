"""The search pages the benchmark measures (devtools/registry.py reads them; development only,
never imported by the site)."""

from devtools.benchmark import BenchPage

# Beside the site-wide /search/?q=leadership: a common word filtered to one type, a page deep in
# the results, two words, a search that finds nothing (so "did you mean" runs), and the
# suggestions endpoint.
BENCH_PAGES = [
    BenchPage("search, people", "/search/?q=peer&type=people"),
    BenchPage("search, page 20", "/search/?q=leadership&page=20"),
    BenchPage("search, two words", "/search/?q=peer+support"),
    BenchPage("search, nothing found", "/search/?q=leadershp+suport"),
    BenchPage("search suggestions", "/search/suggest/?q=lead", size_target=False),
]
