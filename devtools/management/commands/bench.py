"""Serve the site with gunicorn and measure every page type against its targets (`make bench`).

Prints a markdown table (each figure beside its target) and writes the figures as JSON to
bench/results/<UTC timestamp>-<scale>.json. A benchmark, not a test: missed targets (timed-out
requests included) are reported, and fail the command only with --strict; error responses fail
it. Needs collectstatic run with production settings first (`make bench` does it) and, for the
seeded page, `manage.py seed_scale`.
"""

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Page

from devtools import benchmark, seeders, site


class Command(BaseCommand):
    help = "Benchmark the site under gunicorn: latency, req/s, page weight, queries, memory."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            choices=seeders.SCALE_NAMES,
            default=os.environ.get("BENCH_SCALE") or "default",
            help="the content scale seeded (labels the results and picks the latency target; "
            "default: $BENCH_SCALE or 'default')",
        )
        parser.add_argument(
            "--requests", type=int, default=200, help="requests per page type (default 200)"
        )
        parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
        parser.add_argument(
            "--warmup", type=int, default=10, help="warm-up requests per page type (default 10)"
        )
        parser.add_argument(
            "--max-seconds",
            type=float,
            default=60,
            help="time budget per page type: no new request starts after it (default 60)",
        )
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.BASE_DIR) / "bench" / "results"),
            help="where the JSON goes (default bench/results/)",
        )
        parser.add_argument(
            "--strict", action="store_true", help="exit with an error when a target is missed"
        )
        parser.add_argument(
            "--list-pages",
            action="store_true",
            help="print the page types and their URLs on this database as JSON, and stop "
            "(make bench-compare measures the same URLs on both revisions)",
        )

    def progress(self, message):
        self.stderr.write(message, style_func=str)

    def handle(self, *args, **options):
        if options["list_pages"]:
            pages = [
                {"label": p["label"], "url": p["url"], "viewer": p["viewer"]}
                for p in self.resolve_pages()
            ]
            self.stdout.write(json.dumps(pages))
            return
        if options["requests"] < 1 or options["clients"] < 1 or options["workers"] < 1:
            raise CommandError("--requests, --clients and --workers must be at least 1.")
        self.check_static_manifest()
        self.analyze_database()
        scale = options["scale"]
        targets = benchmark.targets_for(scale)
        started_at = datetime.now(UTC)
        load_before = benchmark.load_average()

        pages = self.resolve_pages()
        env = benchmark.server_env()
        sessions = self.sign_in(pages, env)
        self.progress(
            f"Starting gunicorn ({options['workers']} workers, production settings) on 127.0.0.1..."
        )
        try:
            with benchmark.start_server(options["workers"], env=env) as server:
                self.progress(f"gunicorn answers on 127.0.0.1:{server.port}; warming up...")
                self.measure(server, pages, options, sessions)
                memory = server.worker_memory()
                worker_timeouts = server.worker_timeouts()
            css_path, cached = self.measure_cached(env, pages, options)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        load_after = benchmark.load_average()
        self.count_queries(pages, sessions)

        table = benchmark.format_table(pages, memory, targets)
        table += "\n" + benchmark.format_cached(cached, css_path)
        missed = benchmark.misses(pages, memory, targets)
        for page in pages:
            page["checks"] = benchmark.evaluate(page, targets)
        generators = seeders.get_generators()
        results = {
            "scale": scale,
            "started_at": started_at.isoformat(),
            "targets": asdict(targets),
            "run": {
                "requests_per_page_type": options["requests"],
                "clients": options["clients"],
                "workers": options["workers"],
                "warmup_requests": options["warmup"],
                "max_seconds_per_page_type": options["max_seconds"],
                "request_timeout_seconds": benchmark.REQUEST_TIMEOUT,
                "worker_timeouts": worker_timeouts,
                "gzip_level": benchmark.GZIP_LEVEL,
                "settings": "lead.settings.production",
                "load_average_before": load_before,
                "load_average_after": load_after,
            },
            "database": self.database_info(),
            "content": self.content_counts(generators),
            "environment": benchmark.environment_info(settings.BASE_DIR),
            "pages": pages,
            "memory": {**memory, "pass": benchmark.evaluate_memory(memory, targets)},
            "cached_home": {**(cached or {}), "file": css_path},
            "missed": missed,
            "all_targets_met": not missed,
            "table": table,
        }
        path = benchmark.write_results(results, options["output_dir"], scale, started_at)

        content = results["content"]
        seeded = ", ".join(f"{content.get(kind) or 0:,} {kind}" for kind in generators)
        self.stdout.write("")
        self.stdout.write(
            f"## LEAD benchmark: {scale} scale ({seeded}; {content['live_pages']:,} live pages), "
            f"{self.request_counts(pages, options['requests'])}, {options['clients']} clients, "
            f"{options['workers']} gunicorn workers, {connection.vendor}"
        )
        self.stdout.write("")
        self.stdout.write(table)
        self.stdout.write("")
        self.stdout.write(benchmark.TABLE_NOTES)
        self.stdout.write("")
        busy = benchmark.busy_warning(load_before)
        if busy:
            self.stdout.write(self.style.WARNING(busy))
        if missed:
            self.stdout.write(self.style.WARNING(f"Targets missed: {'; '.join(missed)}"))
        else:
            self.stdout.write(self.style.SUCCESS("All targets met."))
        self.stdout.write(f"Results written to {path}")

        # Slow pages that time out are figures (missed targets); errors mean a broken run.
        failed = [p for p in pages if p.get("errors") or p.get("failures")]
        if failed:
            details = "; ".join(
                f"{p['label']} {p['url']}: {p.get('statuses')} {p.get('failures', 0)} failed"
                for p in failed
            )
            raise CommandError(f"Some requests failed or did not return 200: {details}")
        if missed and options["strict"]:
            raise CommandError("Targets missed (--strict).")

    @staticmethod
    def request_counts(pages, default):
        fewer = {}
        for page in pages:
            planned = page.get("requests_planned", default)
            if planned != default:
                fewer.setdefault(planned, []).append(page["label"])
        text = f"{default} requests per page type"
        if fewer:
            text += (
                " ("
                + "; ".join(
                    f"{', '.join(labels)}: {count}" for count, labels in sorted(fewer.items())
                )
                + ")"
            )
        return text

    def analyze_database(self):
        """PostgreSQL plans each query from its table statistics: refresh them after seeding
        (autovacuum keeps them current on a live site), or the run measures blind plans."""
        if connection.vendor == "postgresql":
            self.progress("Refreshing PostgreSQL's table statistics (ANALYZE)...")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def check_static_manifest(self):
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        if not manifest.exists():
            raise CommandError(
                f"No {manifest}: production settings serve hashed static files. Run "
                "`DJANGO_SETTINGS_MODULE=lead.settings.production SECRET_KEY=x "
                "ALLOWED_HOSTS=127.0.0.1 manage.py collectstatic --noinput` first "
                "(make bench does)."
            )

    def resolve_pages(self):
        pages = []
        for bench_page in benchmark.get_bench_pages():
            url = bench_page.resolve()
            if not url:
                self.progress(f"Skipping {bench_page.label}: nothing to measure (not seeded?)")
                continue
            pages.append(
                {
                    "label": bench_page.label,
                    "url": url,
                    "size_target": bench_page.size_target,
                    "requests_wanted": bench_page.requests,
                    "viewer": bench_page.viewer,
                }
            )
        if not pages:
            raise CommandError("No pages to measure: run load_demo_content and seed_scale first.")
        return pages

    def sign_in(self, pages, env):
        """{viewer: (user pk, cookies)} for the viewers the page types need, signed in on the
        site gunicorn will serve (`env`: its database and SECRET_KEY). Page types whose viewer
        the site lacks (no member yet) are skipped. Sessions stay apart from the results file,
        which never holds a credential."""
        sessions = {}
        if any(page["viewer"] == "member" for page in pages):
            session = site.member_session(env)
            if session:
                sessions["member"] = session
        for page in [p for p in pages if p["viewer"] and p["viewer"] not in sessions]:
            self.progress(f"Skipping {page['label']}: no {page['viewer']} to sign in as")
            pages.remove(page)
        return sessions

    @staticmethod
    def cookies_for(page, sessions):
        return sessions[page["viewer"]][1] if page["viewer"] else None

    def measure(self, server, pages, options, sessions):
        port, clients, budget = server.port, options["clients"], options["max_seconds"]
        for page in pages:
            wanted = page.pop("requests_wanted")
            page["requests_planned"] = (
                min(wanted, options["requests"]) if wanted else options["requests"]
            )

        samples, runs = {}, {}
        for page in pages:
            # Enough for every worker to have served the page; fewer for slow pages.
            count = min(options["warmup"], max(options["workers"], page["requests_planned"] // 10))
            cookies = self.cookies_for(page, sessions)
            run = benchmark.run_load(
                port, page["url"], max(1, count), clients, budget / 2, cookies=cookies
            )
            server.access_log.collect(run.responses)
            samples[page["label"]] = run.first_body
            if run.timeouts and not run.responses:
                # Hopeless: measuring would only wait for more timeouts.
                page["note"] = "every warm-up request timed out; not measured further."
                runs[page["label"]] = run, []

        for page in pages:
            if page["label"] in runs:
                continue
            count = page["requests_planned"]
            self.progress(f"Measuring {page['label']} ({page['url']}): {count} requests...")
            cookies = self.cookies_for(page, sessions)
            run = benchmark.run_load(port, page["url"], count, clients, budget, cookies=cookies)
            runs[page["label"]] = run, server.access_log.collect(run.responses)
            samples[page["label"]] = samples[page["label"]] or run.first_body

        asset_sizes = {}
        for page in pages:
            page["assets"] = []
            for asset in benchmark.linked_assets(samples[page["label"]] or b"", page["url"]):
                if asset not in asset_sizes:
                    status, data, _seconds = benchmark.fetch(port, asset)
                    server.access_log.collect(1)
                    asset_sizes[asset] = {
                        "url": asset,
                        "status": status,
                        "bytes": len(data),
                        "gzip_bytes": benchmark.gzip_size(data),
                    }
                page["assets"].append(asset_sizes[asset])

        for page in pages:
            run, entries = runs[page["label"]]
            benchmark.summarise_page(
                page,
                server_ms=[ms for _pid, _status, ms, path in entries if path == page["url"]],
                client_ms=run.client_ms,
                seconds=run.seconds,
                statuses=run.statuses,
                html=samples[page["label"]],
                assets=page["assets"],
                timeouts=run.timeouts,
                failures=run.failures,
            )
            page["stopped_early"] = run.stopped_early and "note" not in page
            page["workers_used"] = len({pid for pid, *_rest in entries})

    def measure_cached(self, env, pages, options):
        """(site.css's path, figures): the home page from the anonymous page cache beside
        whitenoise serving the stylesheet the home page links, both asked for as a browser
        does (gzip), on a server of their own with the page cache on. (None, None) when the
        home page linked no stylesheet."""
        home = next((page for page in pages if page["url"] == "/" and not page["viewer"]), None)
        css_path = next(
            (a["url"] for a in (home or {}).get("assets", []) if ".css" in a["url"]), None
        )
        if not css_path:
            return None, None
        count = max(1, options["requests"] // benchmark.CACHED_ROUNDS)
        headers = benchmark.BROWSER_HEADERS
        cached_env = {**env, "PAGE_CACHE_SECONDS": "600"}
        self.progress(f"Measuring the cached home page beside {css_path} (page cache on)...")
        with benchmark.start_server(options["workers"], env=cached_env, name="bench-cached") as s:
            runs, sent = {"/": [], css_path: []}, {}
            for path in runs:
                warm = benchmark.run_load(s.port, path, options["warmup"], 1, headers=headers)
                sent[path] = len(warm.first_body or b"")
            # Every worker stores its copy (local memory without Redis) before the clock runs.
            if not benchmark.warm_every_worker(s.port, "/", options["workers"], headers):
                raise RuntimeError("The home page never came from the page cache.")
            for number in range(benchmark.CACHED_ROUNDS):
                for path in list(runs)[:: 1 if number % 2 == 0 else -1]:
                    run = benchmark.run_load(
                        s.port, path, count, options["clients"], options["max_seconds"],
                        headers=headers,
                    )  # fmt: skip
                    if run.statuses != {200: run.responses} or not run.responses:
                        raise RuntimeError(f"{path} answered {run.statuses} with the cache on")
                    runs[path].append(run)
        figures = benchmark.cached_throughput(runs["/"], runs[css_path], sent["/"], sent[css_path])
        return css_path, figures

    def count_queries(self, pages, sessions):
        """In-process, after the server has gone; not for pages that timed out under gunicorn
        (they would take as long here, with nothing to stop them)."""
        self.progress(f"Counting queries for {len(pages)} page types (in-process)...")
        benchmark.warm_process()
        for page in pages:
            if page.get("timeouts"):
                page.update(queries=None, queries_cached=None, query_status=None)
                page["queries_note"] = "queries not counted, as requests timed out."
                continue
            user_pk = sessions[page["viewer"]][0] if page["viewer"] else None
            status, uncached, cached = benchmark.count_queries(page["url"], user_pk=user_pk)
            page.update(query_status=status, queries=uncached, queries_cached=cached)

    def database_info(self):
        info = {"vendor": connection.vendor, "name": str(connection.settings_dict["NAME"])}
        if connection.settings_dict.get("HOST"):
            info["host"] = connection.settings_dict["HOST"]
        return info

    def content_counts(self, generators):
        counts = {"live_pages": Page.objects.live().count()}
        for kind, generator in generators.items():
            seeded = getattr(generator, "seeded", None)
            if seeded is not None:
                try:
                    counts[kind] = seeded().count()
                except seeders.SeedingError:
                    counts[kind] = 0
        return counts
