"""The benchmark's helpers that need no server: figures, targets, the table, log parsing.
No timings are asserted anywhere: the benchmark reports, it never fails a test run."""

import contextlib
import http.server
import io
import json
import os
import threading
from datetime import UTC, datetime

import pytest

from devtools import benchmark, site
from devtools.benchmark import BenchPage, Targets

DEFAULT = Targets()


def page_figures(label="home", **figures):
    page = {
        "label": label,
        "url": "/",
        "size_target": True,
        "median_ms": 12.0,
        "p95_ms": 20.0,
        "client_median_ms": 25.0,
        "rps": 150.0,
        "total_bytes": 20 * 1024,
        "total_gzip_bytes": 6 * 1024,
        "queries": 8,
        "queries_cached": 6,
    }
    page.update(figures)
    return page


def test_targets_by_scale():
    assert benchmark.targets_for("small").median_ms == 30
    assert benchmark.targets_for("default") == Targets(30, 60, 12, 150)
    assert benchmark.targets_for("large").median_ms == 60


def test_percentile_interpolates():
    values = list(range(1, 101))
    assert benchmark.percentile(values, 50) == pytest.approx(50.5)
    assert benchmark.percentile(values, 95) == pytest.approx(95.05)
    assert benchmark.percentile([7.0], 95) == 7.0
    assert benchmark.percentile([], 50) is None


def test_evaluate_passes_misses_and_skips():
    assert benchmark.evaluate(page_figures(), DEFAULT) == {
        "median_ms": True,
        "gzip_kb": True,
        "queries": True,
    }
    slow = page_figures(median_ms=31.0, total_gzip_bytes=61 * 1024, queries=13)
    assert benchmark.evaluate(slow, DEFAULT) == {
        "median_ms": False,
        "gzip_kb": False,
        "queries": False,
    }
    # The sitemap is not a page people load: no size budget.
    sitemap = page_figures("sitemap", size_target=False, total_gzip_bytes=500 * 1024)
    assert benchmark.evaluate(sitemap, DEFAULT)["gzip_kb"] is None
    # The large scale allows 60 ms.
    assert benchmark.evaluate(slow, benchmark.targets_for("large"))["median_ms"] is True


def test_table_puts_each_figure_beside_its_target():
    pages = [
        page_figures(),
        page_figures("search", median_ms=45.3, queries=14),
        page_figures("sitemap", size_target=False, total_gzip_bytes=300 * 1024),
    ]
    memory = {"workers": [{}, {}], "max_rss_mb": 151.5, "max_hwm_mb": 160.0}
    table = benchmark.format_table(pages, memory, DEFAULT)
    lines = table.splitlines()
    assert lines[0].startswith("| page type | median ms |")
    assert len({line.count("|") for line in lines[:5]}) == 1  # every row has every column
    home, search, sitemap = lines[2:5]
    assert "| home | 12.0 ≤ 30 ✓ |" in home
    assert "6.0 ≤ 60 ✓" in home and "8 ≤ 12 ✓" in home
    assert "45.3 > 30 ✗" in search
    assert "14 > 12 ✗" in search
    assert "| 300.0 |" in sitemap  # no target, no mark
    assert "Worker memory after the run: 151.5 > 150 ✗ MB resident" in table
    assert "largest of 2 workers; peak 160.0 MB" in table

    assert benchmark.misses(pages, memory, DEFAULT) == [
        "search: median ms",
        "search: queries",
        "worker memory",
    ]
    assert benchmark.misses(pages[:1], {"max_rss_mb": 90.0}, DEFAULT) == []


def test_timeouts_and_the_time_budget_are_reported():
    slow = page_figures(
        "search", median_ms=25.0, timeouts=3, stopped_early=True, requests=9, requests_planned=50
    )
    slow["queries"], slow["queries_note"] = None, "queries not counted, as requests timed out."
    assert benchmark.evaluate(slow, DEFAULT)["median_ms"] is False
    table = benchmark.format_table([slow], {"max_rss_mb": 100.0}, DEFAULT)
    assert "| search | 25.0 ✗ (3 timed out) |" in table
    assert f"search: 3 requests got no answer within {benchmark.REQUEST_TIMEOUT} s" in table
    assert "search: the time budget ran out after 12 of 50 requests (9 answered)." in table
    assert "search: queries not counted" in table
    assert benchmark.misses([slow], {"max_rss_mb": 100.0}, DEFAULT) == ["search: median ms"]


def test_table_copes_with_missing_figures():
    page = {"label": "seeded page", "url": "/x/"}
    table = benchmark.format_table([page], {}, DEFAULT)
    assert "| seeded page | – |" in table
    assert "Worker memory: not measured" in table


def test_summarise_page_adds_up_html_and_assets():
    html = b"<html>" + b"x" * 5000 + b"</html>"
    css = {"url": "/static/css/site.css", "bytes": 9000, "gzip_bytes": 2500}
    page = benchmark.summarise_page(
        {"label": "home", "url": "/"},
        server_ms=[10.0, 20.0, 30.0],
        client_ms=[15.0, 25.0, 35.0, 45.0],
        seconds=2.0,
        statuses={200: 3, 500: 1},
        html=html,
        assets=[css],
    )
    assert page["median_ms"] == 20.0
    assert page["client_median_ms"] == 30.0
    assert page["rps"] == 2.0
    assert page["errors"] == 1
    assert page["statuses"] == {"200": 3, "500": 1}
    assert page["total_bytes"] == len(html) + 9000
    assert page["html_gzip_bytes"] < len(html)
    assert page["total_gzip_bytes"] == page["html_gzip_bytes"] + 2500
    json.dumps(page)  # fit for the results file


def test_a_page_that_never_answered_has_no_sizes():
    page = benchmark.summarise_page(
        {"label": "search", "url": "/search/"},
        server_ms=[],
        client_ms=[],
        seconds=60.0,
        statuses={},
        html=None,
        assets=[],
        timeouts=4,
    )
    assert page["total_gzip_bytes"] is None and page["median_ms"] is None
    assert benchmark.evaluate(page, DEFAULT) == {
        "median_ms": False,
        "gzip_kb": None,
        "queries": None,
    }
    assert "| search | – ✗ (4 timed out) |" in benchmark.format_table([page], {}, DEFAULT)


def test_linked_assets_are_local_stylesheets_and_scripts():
    html = """<html><head>
        <link rel="stylesheet" href="/static/css/site.abc123.css">
        <link rel="icon" href="/static/img/favicon.svg">
        <link rel="preload stylesheet" href="/static/css/site.abc123.css">
        <script src="https://cdn.example.com/tracker.js"></script>
        </head><body><script src="/static/js/menu.js" defer></script>
        <script>inline()</script></body></html>"""
    assert benchmark.linked_assets(html, "/about/") == [
        "/static/css/site.abc123.css",
        "/static/js/menu.js",
    ]
    assert benchmark.linked_assets(b'<script src="app.js"></script>', "/blog/post/") == [
        "/blog/post/app.js"
    ]


def test_access_log_lines_are_read_in_step(tmp_path):
    log = tmp_path / "access.log"
    log.write_text(
        "<101>\t200\t12500\t/\t\n"
        "<102>\t200\t3000\t/search/\tq=leadership\n"
        "not a log line\n"
        "<101>\t500\t800\t/about/\t-\n"
        "<102>\t200\t99"  # still being written
    )
    access_log = site.AccessLog(log)
    assert access_log.collect(2, timeout=0) == [
        (101, 200, 12.5, "/"),
        (102, 200, 3.0, "/search/?q=leadership"),
    ]
    assert access_log.collect(5, timeout=0) == [(101, 500, 0.8, "/about/")]
    with log.open("a") as handle:
        handle.write("9\t/\t\n")
    assert access_log.collect(1, timeout=0) == [(102, 200, 0.999, "/")]


def test_production_env_for_gunicorn():
    base = {"DATABASE_URL": "sqlite:////tmp/bench.sqlite3", "SECURE_SSL_REDIRECT": "true"}
    env = site.production_env(base)
    assert env["DJANGO_SETTINGS_MODULE"] == "lead.settings.production"
    assert env["DATABASE_URL"] == base["DATABASE_URL"]
    assert env["ALLOWED_HOSTS"] == "127.0.0.1,localhost"
    assert env["SECURE_SSL_REDIRECT"] == "false"
    assert len(env["SECRET_KEY"]) >= 50
    assert site.production_env(base)["SECRET_KEY"] != env["SECRET_KEY"]
    assert site.production_env(base, SECRET_KEY="shared")["SECRET_KEY"] == "shared"
    # The benchmark measures the application, not the page cache, unless asked to.
    assert benchmark.server_env(base)["PAGE_CACHE_SECONDS"] == "0"
    cached = benchmark.server_env({**base, "BENCH_PAGE_CACHE_SECONDS": "600"})
    assert cached["PAGE_CACHE_SECONDS"] == "600"
    # Every request comes from 127.0.0.1: the search's per-minute limits must not refuse them.
    assert benchmark.server_env(base)["RATE_LIMITS_SCALE"] == "1000"


def test_the_benchmark_starts_gunicorn_as_production_does_with_sync_workers():
    server = benchmark.start_server(3, env=site.production_env({}))
    try:
        command = server.command()
        assert command[command.index("--config") + 1].endswith("lead/gunicorn.conf.py")
        assert server.env["WEB_CONCURRENCY"] == "3" and server.env["GUNICORN_THREADS"] == "1"
        assert server.env["GUNICORN_MAX_REQUESTS"] == "0"  # no worker replaced mid-run
        assert command[command.index("--access-logformat") + 1] == site.ACCESS_LOG_FORMAT
    finally:
        server.stop()


def test_memory_is_read_from_proc():
    # The benchmark runs on Linux (the project's machines): /proc is always there.
    sample = site.process_memory(os.getpid())
    assert sample["rss_kb"] > 0 and sample["hwm_kb"] >= sample["rss_kb"]
    assert os.getpid() in site.child_pids(os.getppid())
    summary = site.summarise_memory([sample, None])
    assert summary["max_rss_mb"] == sample["rss_kb"] / 1024
    assert site.summarise_memory([])["max_rss_mb"] is None


def test_busy_machine_is_flagged():
    assert benchmark.busy_warning([3.5, 2.0, 1.0], cpus=2)
    assert benchmark.busy_warning([0.5, 0.5, 0.5], cpus=2) == ""
    assert benchmark.busy_warning(None) == ""


def test_results_file_is_named_by_time_and_scale(tmp_path):
    now = datetime(2026, 3, 1, 9, 30, 5, tzinfo=UTC)
    path = benchmark.write_results({"scale": "small"}, tmp_path / "results", "small", now)
    assert path.name == "20260301T093005Z-small.json"
    assert json.loads(path.read_text()) == {"scale": "small"}


def test_feature_apps_declare_their_page_types_in_their_seeding_module(declare):
    labels = [page.label for page in benchmark.get_bench_pages()]
    assert labels[:3] == ["home", "standard page", "section page"]
    # In INSTALLED_APPS order: network, blog, events, opportunities, search.
    firsts = [labels.index(label) for label in ("directory", "blog index", "events")]
    assert firsts == sorted(firsts) and labels.index("search, people") > firsts[-1]
    extra = BenchPage("badge page", lambda: "/badges/someone/")
    declare(BENCH_PAGES=[extra])
    pages = benchmark.get_bench_pages()
    assert pages[-1] is extra and extra.resolve() == "/badges/someone/"


def test_members_pages_are_measured_signed_in_as_a_member():
    viewers = {page.label: page.viewer for page in benchmark.get_bench_pages()}
    for label in ("members' space", "find a mentor", "directory, as a member"):
        assert viewers[label] == "member"
    assert viewers["directory"] is None and viewers["home"] is None
    with pytest.raises(ValueError, match="viewer"):
        BenchPage("oops", "/", viewer="editor")  # no way to sign one in


def run_session_code():
    """What `site.member_session` runs in `manage.py shell`, run here on the test database."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(site.MEMBER_SESSION_CODE, {})  # noqa: S102 - our own snippet
    return output.getvalue().split()


@pytest.mark.django_db
def test_the_member_session_signs_in_a_member_and_no_one_else(client, member_user, moderator):
    assert client.get("/account/mentors/").status_code == 302  # anonymous: sent to sign in
    pk, cookie_name, key = run_session_code()
    assert int(pk) == member_user.pk  # a member, never the moderator made after them
    client.cookies[cookie_name] = key
    response = client.get("/account/mentors/")
    assert response.status_code == 200 and response.wsgi_request.user == member_user


@pytest.mark.django_db
def test_no_member_session_without_a_member(moderator):
    assert run_session_code() == []


@pytest.mark.django_db
def test_query_counts_for_a_members_page_are_taken_signed_in(member_user):
    assert benchmark.count_queries("/account/mentors/")[0] == 302
    status, uncached, cached = benchmark.count_queries("/account/mentors/", user_pk=member_user.pk)
    assert status == 200 and uncached >= cached > 0


@pytest.mark.django_db
def test_query_counts_for_a_page(home_page):
    status, uncached, cached = benchmark.count_queries("/about/")
    assert status == 200
    assert uncached >= cached > 0


class _Handler(http.server.BaseHTTPRequestHandler):
    lock, asked = threading.Lock(), 0  # requests for the cached paths so far

    def do_GET(self):  # noqa: N802 - the stdlib's name
        if self.path == "/members/" and self.headers.get("Cookie") != "sessionid=abc; x=1":
            self.send_response(302)  # as a members' page answers anyone else
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/echo-encoding":
            body = (self.headers.get("Accept-Encoding") or "").encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path in ("/stored-after-three", "/never-stored"):
            with _Handler.lock:
                _Handler.asked += 1
                stored = self.path == "/stored-after-three" and _Handler.asked > 3
            self.send_response(200)
            self.send_header("X-Lead-Cache", "hit" if stored else "miss")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/hang-up":
            self.close_connection = True
            return  # no response at all, as when gunicorn kills a worker
        body = b"<html>ok</html>"
        self.send_response(200 if self.path in ("/", "/members/") else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def tiny_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_run_load_counts_statuses_hang_ups_and_keeps_to_its_budget(tiny_server):
    run = benchmark.run_load(tiny_server, "/", 12, 3)
    assert run.statuses == {200: 12} and len(run.client_ms) == 12
    assert run.first_body == b"<html>ok</html>" and not run.stopped_early
    assert benchmark.run_load(tiny_server, "/missing", 2, 2).statuses == {404: 2}
    hung_up = benchmark.run_load(tiny_server, "/hang-up", 3, 2)
    assert hung_up.timeouts == 3 and hung_up.responses == 0
    out_of_time = benchmark.run_load(tiny_server, "/", 50, 2, budget=0)
    assert out_of_time.stopped_early and out_of_time.responses == 0


def test_run_load_sends_the_session_with_every_request(tiny_server):
    assert benchmark.run_load(tiny_server, "/members/", 3, 2).statuses == {302: 3}
    signed_in = benchmark.run_load(
        tiny_server, "/members/", 4, 2, cookies={"sessionid": "abc", "x": 1}
    )
    assert signed_in.statuses == {200: 4}


def test_the_cached_page_is_weighed_against_a_static_file():
    def run(responses, seconds):
        return benchmark.LoadRun(statuses={200: responses}, seconds=seconds)

    figures = benchmark.cached_throughput(
        [run(100, 0.5), run(100, 0.5)], [run(100, 0.4), run(100, 0.4)], 17 * 1024, 9 * 1024
    )
    assert figures["page_rps"] == pytest.approx(200) and figures["file_rps"] == pytest.approx(250)
    assert figures["ratio"] == pytest.approx(0.8)
    line = benchmark.format_cached(figures, "/static/css/site.0123abcd.css")
    assert "200 req/s, 17.0 KB sent" in line and "site.0123abcd.css: 250 req/s" in line
    assert line.endswith("ratio 0.80.")
    assert "not measured" in benchmark.format_cached(None, None)


def test_run_load_sends_its_headers(tiny_server):
    assert benchmark.run_load(tiny_server, "/echo-encoding", 1, 1).first_body == b"identity"
    asked = benchmark.run_load(
        tiny_server, "/echo-encoding", 2, 1, headers=benchmark.BROWSER_HEADERS
    )
    assert asked.first_body == b"gzip, deflate, br"


def test_the_cached_page_is_measured_only_once_every_worker_serves_it(tiny_server):
    """The cached home page's run starts when whole rounds of requests, from more clients
    than there are workers, all come from the page cache; a page never stored stops it."""
    _Handler.asked = 0
    assert benchmark.warm_every_worker(tiny_server, "/stored-after-three", 2)
    assert _Handler.asked == 4 * 4  # a round with misses, then three rounds of hits
    assert not benchmark.warm_every_worker(tiny_server, "/never-stored", 2, most_rounds=3)
