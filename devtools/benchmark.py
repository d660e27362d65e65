"""The benchmark behind `make bench` / `manage.py bench`: the pieces, kept apart from the command
so the figures, targets and table can be tested without a server.

Page types to measure come from `BENCH_PAGES` plus what each feature app declares in its
`<app>/seeding.py` (`BENCH_PAGES` or `bench_pages()`, read by devtools/registry.py). gunicorn is
started by the one harness, devtools/site.py, as production starts it.

What is measured, for each page type:
- latency: the time gunicorn spends on each request (`%(D)s` in its access log), median and p95,
  over a fixed number of requests from a few concurrent clients; the client-side figures, which
  include waiting for a free worker, are kept too;
- requests per second over that run;
- response size: the HTML (or XML) plus the CSS and JS files it links, raw and gzipped;
- query count: in-process with Django's test client, on the first request after the Django cache
  is emptied (uncached), and again with the cache warm;
- after the run, the resident memory of each gunicorn worker (VmRSS, and VmHWM for the peak).

A page type stops taking new requests when its time budget runs out, and a request gunicorn has
not answered in REQUEST_TIMEOUT seconds counts as timed out (a missed target), so a pathological
page (search at the large scale, say) bounds the run instead of stalling it.
"""

import concurrent.futures
import contextlib
import gzip
import http.client
import json
import os
import secrets
import subprocess
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import registry, site
from .seeders import get_generators

GZIP_LEVEL = 6  # a typical proxy/CDN setting
PASS, MISS = "✓", "✗"


# --- what to measure, and against what ------------------------------------------------------


VIEWERS = (None, "member")  # who a page type is measured as: anonymous, or a signed-in member


@dataclass(frozen=True)
class BenchPage:
    """One page type to measure. `url` is a path, or a callable returning one (or None to skip,
    e.g. before seeding). `size_target` is False for responses that are not pages people load
    (the sitemap), so the HTML + CSS + JS budget does not apply; `requests` overrides the run's
    request count for this page type; `viewer="member"` measures it signed in as a member
    (the demo member), as members' pages are only served to them."""

    label: str
    url: object
    size_target: bool = True
    requests: int | None = None
    viewer: str | None = None

    def __post_init__(self):
        if self.viewer not in VIEWERS:
            raise ValueError(f"viewer must be one of {VIEWERS}, not {self.viewer!r}")

    def resolve(self):
        return self.url() if callable(self.url) else self.url


def seeded_page_url(kind):
    """A callable giving the URL of one seeded page of `kind` (see devtools/seeders.py)."""

    def resolve():
        sample_url = getattr(get_generators().get(kind), "sample_url", None)
        return sample_url() if sample_url else None

    return resolve


BENCH_PAGES = [
    BenchPage("home", "/"),
    BenchPage("standard page", "/about/"),
    BenchPage("section page", "/blog/"),
    BenchPage("seeded page", seeded_page_url("posts")),
    # A word thousands of seeded pages contain (search/seeding.py adds more search pages).
    BenchPage("search", "/search/?q=leadership"),
    # The sitemap index and the home sitemap; each section's own is declared by its app.
    BenchPage("sitemap", "/sitemap.xml", size_target=False, requests=50),
    BenchPage("sitemap, home", "/sitemap-home.xml", size_target=False, requests=50),
]


def get_bench_pages():
    """The site-wide page types, then each feature app's, in INSTALLED_APPS order."""
    return [*BENCH_PAGES, *registry.bench_pages()]


@dataclass(frozen=True)
class Targets:
    median_ms: float = 30
    page_gzip_kb: float = 60
    queries: int = 12
    worker_rss_mb: float = 150


def targets_for(scale):
    """30 ms median at the default (and small) scale, 60 ms at large, on SQLite."""
    return Targets(median_ms=60 if scale == "large" else 30)


# --- figures ---------------------------------------------------------------------------------


def percentile(values, pct):
    """The pct-th percentile (0-100) with linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def evaluate(page, targets):
    """Pass (True), miss (False) or no target (None) for each targeted figure of one page type."""

    def at_most(value, limit):
        return None if value is None else value <= limit

    total_gzip = page.get("total_gzip_bytes")
    median_ok = False if page.get("timeouts") else at_most(page.get("median_ms"), targets.median_ms)
    return {
        "median_ms": median_ok,
        "gzip_kb": (
            at_most(total_gzip / 1024, targets.page_gzip_kb)
            if page.get("size_target", True) and total_gzip is not None
            else None
        ),
        "queries": at_most(page.get("queries"), targets.queries),
    }


def evaluate_memory(memory, targets):
    rss = memory.get("max_rss_mb")
    return None if rss is None else rss <= targets.worker_rss_mb


def misses(pages, memory, targets):
    """'label: figure' for every target missed."""
    missed = []
    for page in pages:
        for name, ok in evaluate(page, targets).items():
            if ok is False:
                missed.append(f"{page['label']}: {name.replace('_', ' ')}")
    if evaluate_memory(memory, targets) is False:
        missed.append("worker memory")
    return missed


def _number(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def checked(value, limit, ok, digits=1):
    """A figure beside its target: '12.3 ≤ 30 ✓', '45.6 > 30 ✗', or the bare figure."""
    if value is None:
        return "–"
    if ok is None:
        return _number(value, digits)
    limit_text = _number(limit, 0) if isinstance(limit, float) else _number(limit)
    return f"{_number(value, digits)} {'≤' if ok else '>'} {limit_text} {PASS if ok else MISS}"


def median_cell(page, targets, ok):
    if page.get("timeouts"):
        return f"{_number(page.get('median_ms'))} {MISS} ({page['timeouts']} timed out)"
    return checked(page.get("median_ms"), targets.median_ms, ok)


TABLE_HEADER = (
    "| page type | median ms | p95 ms | client median ms | req/s | raw KB | gzip KB | queries "
    "| warm-cache queries |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: |",
)


def format_table(pages, memory, targets):
    """The results as a markdown table, each targeted figure beside its target, then memory."""
    lines = list(TABLE_HEADER)
    for page in pages:
        checks = evaluate(page, targets)
        total_gzip = page.get("total_gzip_bytes")
        total_raw = page.get("total_bytes")
        cells = [
            page["label"],
            median_cell(page, targets, checks["median_ms"]),
            _number(page.get("p95_ms")),
            _number(page.get("client_median_ms")),
            _number(page.get("rps"), 0),
            _number(None if total_raw is None else total_raw / 1024),
            checked(
                None if total_gzip is None else total_gzip / 1024,
                targets.page_gzip_kb,
                checks["gzip_kb"],
            ),
            checked(page.get("queries"), targets.queries, checks["queries"], 0),
            _number(page.get("queries_cached")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    rss_ok = evaluate_memory(memory, targets)
    if memory.get("max_rss_mb") is None:
        lines.append("Worker memory: not measured (no /proc, or no workers found).")
    else:
        lines.append(
            f"Worker memory after the run: "
            f"{checked(memory['max_rss_mb'], targets.worker_rss_mb, rss_ok)} MB resident "
            f"(largest of {len(memory.get('workers', []))} workers; peak "
            f"{_number(memory.get('max_hwm_mb'))} MB)"
        )
    for page in pages:
        if page.get("timeouts"):
            lines.append(
                f"{page['label']}: {page['timeouts']} requests got no answer within "
                f"{REQUEST_TIMEOUT} s (gunicorn killed the worker)."
            )
        if page.get("stopped_early"):
            made = page.get("requests", 0) + page.get("timeouts", 0) + page.get("failures", 0)
            lines.append(
                f"{page['label']}: the time budget ran out after {made} of "
                f"{page.get('requests_planned')} requests ({page.get('requests', 0)} answered)."
            )
        for note in ("note", "queries_note"):
            if page.get(note):
                lines.append(f"{page['label']}: {page[note]}")
    return "\n".join(lines)


TABLE_NOTES = (
    "median/p95: time in gunicorn per request (access log %(D)s); client median adds waiting "
    "for a free worker. raw/gzip KB: the response plus the CSS and JS it links, gzip level "
    f"{GZIP_LEVEL}, images apart (no size target for non-HTML such as the sitemap). queries: "
    "the first request after emptying the Django cache (no page is cached); warm-cache: the "
    "same request again."
)


def summarise_page(
    page, *, server_ms, client_ms, seconds, statuses, html, assets, timeouts=0, failures=0
):
    """Fill a page result's figures from the raw measurements."""
    page.update(
        timeouts=timeouts,
        failures=failures,
        requests=len(client_ms),
        statuses={str(code): n for code, n in sorted(statuses.items())},
        errors=sum(n for code, n in statuses.items() if code != 200),
        median_ms=percentile(server_ms, 50),
        p95_ms=percentile(server_ms, 95),
        mean_ms=sum(server_ms) / len(server_ms) if server_ms else None,
        max_ms=max(server_ms) if server_ms else None,
        server_samples=len(server_ms),
        client_median_ms=percentile(client_ms, 50),
        client_p95_ms=percentile(client_ms, 95),
        rps=len(client_ms) / seconds if seconds > 0 else None,
        assets=assets,
    )
    if html is None:  # never answered: no size to report
        page.update(html_bytes=None, html_gzip_bytes=None, total_bytes=None, total_gzip_bytes=None)
    else:
        page.update(
            html_bytes=len(html),
            html_gzip_bytes=gzip_size(html),
            total_bytes=len(html) + sum(a["bytes"] for a in assets),
            total_gzip_bytes=gzip_size(html) + sum(a["gzip_bytes"] for a in assets),
        )
    return page


# --- linked CSS and JS -----------------------------------------------------------------------


class _AssetParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def linked_assets(html, page_url="/"):
    """Paths of the stylesheets and scripts an HTML page links on its own host, in order."""
    parser = _AssetParser()
    parser.feed(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    paths = []
    for url in parser.urls:
        parts = urlsplit(urljoin(page_url, url))
        if parts.netloc and parts.hostname not in ("127.0.0.1", "localhost"):
            continue  # another host: not ours to measure
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path not in paths:
            paths.append(path)
    return paths


# --- query counts (in-process) ---------------------------------------------------------------


def _fresh_cache():
    """An empty local-memory cache of our own (never the shared Redis one)."""
    location = f"lead-bench-{secrets.token_hex(8)}"
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                        "LOCATION": location}}  # fmt: skip


def count_queries(path, slow_seconds=10, user_pk=None):
    """(status, queries uncached, queries cached) for a GET of path, in this process, signed
    in as the user `user_pk` names if given (their session is read from the database, as in a
    worker).

    Uncached: the first request after the Django cache is emptied (what a page costs when
    nothing about it is cached). Cached: the same request again straight after; skipped (None)
    when the first took longer than slow_seconds. Warm the process first (`warm_process`) so
    per-process caches (content types) are filled, as in a worker that has served pages.
    """
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    # Count straight away: captured_queries reads connection.queries, which the next request
    # resets.
    cached = None
    with override_settings(ALLOWED_HOSTS=["testserver"], CACHES=_fresh_cache()):
        client = Client()
        if user_pk is not None:
            client.force_login(get_user_model().objects.get(pk=user_pk))
        started = time.monotonic()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        uncached = len(captured.captured_queries)
        if time.monotonic() - started <= slow_seconds:
            with CaptureQueriesContext(connection) as captured:
                client.get(path)
            cached = len(captured.captured_queries)
    return response.status_code, uncached, cached


def warm_process(path="/"):
    """One request in this process, so the query counts that follow start warm."""
    from django.test import Client
    from django.test.utils import override_settings

    with override_settings(ALLOWED_HOSTS=["testserver"], CACHES=_fresh_cache()):
        Client().get(path)


# --- HTTP load -------------------------------------------------------------------------------


# A request still running after this long is stopped: gunicorn's worker timeout (it kills the
# worker) and, with a margin, the client's.
REQUEST_TIMEOUT = 30


def fetch(port, path, timeout=REQUEST_TIMEOUT + 10, cookies=None, headers=None):
    """GET path from 127.0.0.1:port, sending `cookies` ({name: value}) and `headers` if given:
    (status, body as sent, seconds)."""
    headers = {"User-Agent": "lead-bench", **(headers or {})}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return response.status, body, time.perf_counter() - started


@dataclass
class LoadRun:
    client_ms: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)
    timeouts: int = 0  # no answer in time (or the worker was killed for taking too long)
    failures: int = 0  # any other error: refused, broken response
    seconds: float = 0.0
    stopped_early: bool = False  # the time budget ran out before all requests were made
    first_body: bytes | None = None

    @property
    def responses(self):
        return sum(self.statuses.values())


def run_load(port, path, count, clients, budget=None, cookies=None, headers=None):
    """GET path `count` times from `clients` threads; one connection per request (gunicorn's
    sync workers close it anyway). With a budget (seconds), no new request starts after it;
    `cookies` and `headers` go with every request (a member's session, Accept-Encoding)."""
    run = LoadRun()
    lock = threading.Lock()
    remaining = [count]
    deadline = None if budget is None else time.monotonic() + budget

    def client():
        while True:
            with lock:
                if remaining[0] <= 0:
                    return
                if deadline is not None and time.monotonic() >= deadline:
                    run.stopped_early = True
                    return
                remaining[0] -= 1
            try:
                status, body, seconds = fetch(port, path, cookies=cookies, headers=headers)
            except (TimeoutError, ConnectionResetError):  # incl. RemoteDisconnected
                with lock:
                    run.timeouts += 1
                continue
            except (OSError, http.client.HTTPException):
                with lock:
                    run.failures += 1
                continue
            with lock:
                run.client_ms.append(seconds * 1000)
                run.statuses[status] = run.statuses.get(status, 0) + 1
                if run.first_body is None and status == 200:
                    run.first_body = body

    threads = [threading.Thread(target=client, daemon=True) for _ in range(max(1, clients))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.seconds = time.perf_counter() - started
    return run


# --- the cached site beside a static file ----------------------------------------------------

# What browsers send: both the stored page and whitenoise's file go out compressed.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}
CACHED_ROUNDS = 3  # alternating page and file, so noise hits both alike


def cache_state(port, path, headers=None):
    """The X-Lead-Cache header of one GET of `path` ("hit", "miss", "bypass" or None)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT + 10)
    try:
        connection.request("GET", path, headers={"User-Agent": "lead-bench", **(headers or {})})
        response = connection.getresponse()
        response.read()
        return response.getheader("X-Lead-Cache")
    finally:
        connection.close()


def warm_every_worker(port, path, workers, headers=None, rounds_of_hits=3, most_rounds=30):
    """Ask for `path` from twice as many clients at once as there are workers, round after
    round, until `rounds_of_hits` rounds in a row all come from the page cache. Without Redis
    each worker keeps its own copy, and gunicorn gives one client's requests to whichever
    worker is free: a warm-up by one client can leave a worker that renders the page (its
    first, slowest request) in the middle of the measured run. True once warm."""
    clients, in_a_row = 2 * max(1, workers), 0
    for _ in range(most_rounds):
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            states = list(pool.map(lambda _n: cache_state(port, path, headers), range(clients)))
        in_a_row = in_a_row + 1 if all(state == "hit" for state in states) else 0
        if in_a_row >= rounds_of_hits:
            return True
    return False


def cached_throughput(page_runs, file_runs, page_bytes, file_bytes):
    """The anonymous page cache's speed beside whitenoise's: the stored home page's requests
    per second over those of site.css (requested alike, in alternating rounds), and the bytes
    each sent. A ratio near 1 means a cached page costs about what a static file does."""
    page_rps = sum(r.responses for r in page_runs) / sum(r.seconds for r in page_runs)
    file_rps = sum(r.responses for r in file_runs) / sum(r.seconds for r in file_runs)
    return {
        "page_rps": page_rps,
        "file_rps": file_rps,
        "ratio": page_rps / file_rps if file_rps else None,
        "page_bytes_sent": page_bytes,
        "file_bytes_sent": file_bytes,
    }


def format_cached(figures, css_path):
    if not figures:
        return "Cached home page: not measured (no stylesheet linked, or no answer)."
    return (
        f"Cached home page (stored compressed, gzip-accepting client): "
        f"{_number(figures['page_rps'], 0)} req/s, {_number(figures['page_bytes_sent'] / 1024)} "
        f"KB sent; whitenoise's {css_path.rsplit('/', 1)[-1]}: {_number(figures['file_rps'], 0)} "
        f"req/s, {_number(figures['file_bytes_sent'] / 1024)} KB sent; ratio "
        f"{_number(figures['ratio'], 2)}."
    )


# --- gunicorn ----------------------------------------------------------------------------


def server_env(base=None):
    """The production environment (devtools/site.py) measuring the application's own speed:
    anonymous pages would otherwise come from the page cache after the first request
    (BENCH_PAGE_CACHE_SECONDS measures the cached site instead); no request log lines; rate
    limits raised, since every request comes from 127.0.0.1 (searches are limited per minute)."""
    env = dict(os.environ if base is None else base)
    return site.production_env(
        env,
        PAGE_CACHE_SECONDS=env.get("BENCH_PAGE_CACHE_SECONDS", "0"),
        LOG_REQUESTS="false",
        RATE_LIMITS_SCALE=1000,
    )


def start_server(workers, env=None, tree=None, name="bench"):
    """gunicorn through the one harness, set up for measuring: sync workers (one thread each),
    none replaced during the run, REQUEST_TIMEOUT, and the access log read for each request's
    time in gunicorn. `tree` serves another checkout (`make bench-compare`)."""
    return site.Server(
        server_env() if env is None else env,
        name,
        tree=tree,
        workers=workers,
        threads=1,
        timeout=REQUEST_TIMEOUT,
        max_requests=0,
        access_log=True,
        start_timeout=60,
    )


def load_average():
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def busy_warning(load, cpus=None):
    """A warning when the machine was already busy before the run (figures come out slower)."""
    cpus = cpus or os.cpu_count() or 1
    if load and load[0] > cpus:
        return (
            f"The machine was busy before the run (load average {load[0]:.1f} on {cpus} CPUs): "
            "other work competed with gunicorn, so latency and req/s are pessimistic."
        )
    return ""


# --- results file ----------------------------------------------------------------------------


def environment_info(base_dir):
    import platform

    import django
    import gunicorn
    import wagtail

    info = {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=base_dir, capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(  # noqa: S603
            ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            cwd=base_dir, capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()  # fmt: skip
        info["git_commit"] = commit + ("-dirty" if dirty else "")
    return info


def write_results(results, output_dir, scale, now):
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"{now:%Y%m%dT%H%M%SZ}-{scale}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return path
