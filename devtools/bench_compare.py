"""`make bench-compare REF=<git ref>`: this tree against another revision, side by side.

Absolute times on shared machines swing by half from one run to the next, so a change is judged
by a ratio from one run in which both revisions took the same noise:

1. REF is checked out (detached) into a worktree of its own under BENCH_COMPARE_DIR, with its
   own virtualenv from its own lock files (`make install` there), both kept for the next run;
2. REF's code seeds one database (`load_demo_content`, `seed_scale`); this tree gets a copy of
   it, migrated forward with this tree's migrations, so both serve the same content;
3. each revision is served by gunicorn (production settings, no page cache, one sync worker,
   static files collected for it), and every page type this tree benchmarks is requested in
   interleaved rounds (REF then this tree, this tree then REF, ...), one request at a time;
4. per page type it prints the two server medians (gunicorn's own time per request, from its
   access log), their ratio (REF / this tree: 2.0 means this tree is twice as fast) and the
   spread of the per-round ratios, and writes them as JSON to bench/results/.

Runs outside Django, as `make loadcheck` does; the statistics are plain functions, tested in
tests/devtools/test_bench_compare.py.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: `python devtools/bench_compare.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools import site  # noqa: E402

BASE_DIR = site.BASE_DIR
DEFAULT_DIR = Path(tempfile.gettempdir()) / "lead-bench-compare"
SCALES = ("small", "default", "large")


# --- figures ---------------------------------------------------------------------------------


def median(values):
    return statistics.median(values) if values else None


def ratio(ref_ms, this_ms):
    """REF's time over this tree's: above 1, this tree is faster; None without both."""
    if not ref_ms or not this_ms:
        return None
    return ref_ms / this_ms


def compare_page(rounds):
    """Figures for one page type from its rounds: [{"ref": [ms...], "this": [ms...]}, ...].

    The medians pool every round's samples. The ratio is taken within each round (both
    revisions measured moments apart, under the same noise): the figure is the median of the
    rounds' ratios, and its spread the lowest and highest, so a ratio that holds only in some
    rounds shows."""
    ref = [ms for r in rounds for ms in r["ref"]]
    this = [ms for r in rounds for ms in r["this"]]
    per_round = [
        value
        for value in (ratio(median(r["ref"]), median(r["this"])) for r in rounds)
        if value is not None
    ]
    return {
        "ref_median_ms": median(ref),
        "this_median_ms": median(this),
        "ratio": median(per_round),
        "ratio_min": min(per_round) if per_round else None,
        "ratio_max": max(per_round) if per_round else None,
        "samples": (len(ref), len(this)),
    }


def _ms(value):
    return "–" if value is None else f"{value:,.1f}"


def _x(value):
    return "–" if value is None else f"{value:.2f}×"


def format_table(pages, ref_label, this_label):
    lines = [
        f"| page type | {ref_label} median ms | {this_label} median ms | ratio | "
        "ratio per round (min–max) |",
        "| --- | --: | --: | --: | --: |",
    ]
    for page in pages:
        if page.get("note"):
            lines.append(f"| {page['label']} | – | – | – | {page['note']} |")
            continue
        lines.append(
            f"| {page['label']} | {_ms(page['ref_median_ms'])} | {_ms(page['this_median_ms'])} "
            f"| {_x(page['ratio'])} | {_x(page['ratio_min'])}–{_x(page['ratio_max'])} |"
        )
    return "\n".join(lines)


# --- the two trees ---------------------------------------------------------------------------


def git(*args, cwd=BASE_DIR):
    return subprocess.run(  # noqa: S603
        ["git", *args],  # noqa: S607
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,  # noqa: S607
    ).stdout.strip()


def checkout(ref, workdir):
    """REF's commit checked out (detached) with its own virtualenv: a site.Tree."""
    sha = git("rev-parse", "--verify", f"{ref}^{{commit}}")
    path = workdir / f"ref-{sha[:12]}"
    if not (path / "manage.py").exists():
        shutil.rmtree(path, ignore_errors=True)
        git("worktree", "prune")
        git("worktree", "add", "--detach", str(path), sha)
    progress(f"Installing {ref} ({sha[:12]})'s dependencies in {path}/.venv ...")
    subprocess.run(["make", "-s", "install"], cwd=path, check=True)  # noqa: S603, S607
    return sha, site.Tree(path, path / ".venv" / "bin" / "python")


def database_urls(base_url, sha, scale, workdir):
    """(REF's database, this tree's copy) for a scale: SQLite files in workdir, or databases
    beside the one base_url names on its PostgreSQL server."""
    name = f"lead_cmp_{sha[:10]}_{scale}"
    if base_url and base_url.startswith("postgres"):
        this_name = f"{name}_this"
        return site.database_url_for(base_url, name), site.database_url_for(base_url, this_name)
    return f"sqlite:///{workdir / name}.sqlite3", f"sqlite:///{workdir / name}_this.sqlite3"


def seed(ref_tree, url, scale, env):
    """Seed REF's database once per commit and scale (kept for the next run)."""
    stamp = Path(ref_tree.base_dir) / f".seeded-{url.rsplit('/', 1)[-1]}"
    if stamp.exists():
        return
    progress(f"Seeding the {scale} scale with REF's code (once per commit and scale) ...")
    if url.startswith("postgres"):
        site.recreate_database(url)
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    ref_env = {**env, "DATABASE_URL": url}
    site.manage(ref_env, "migrate", "--noinput", tree=ref_tree, timeout=3600)
    site.manage(ref_env, "load_demo_content", tree=ref_tree, timeout=3600)
    dev = site.development_env(ref_env)
    site.manage(dev, "seed_scale", "--scale", scale, tree=ref_tree, timeout=3600)
    stamp.write_text(url)


def copy_database(ref_url, this_url):
    """This tree's copy of REF's seeded database, fresh for every run."""
    if ref_url.startswith("postgres"):
        import dj_database_url
        import psycopg

        ref, this = dj_database_url.parse(ref_url), dj_database_url.parse(this_url)
        keys = ("host", "port", "user", "password")
        params = {k: ref[k.upper()] for k in keys if ref.get(k.upper())}
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{this["NAME"]}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{this["NAME"]}" TEMPLATE "{ref["NAME"]}"')
    else:
        shutil.copyfile(ref_url.removeprefix("sqlite:///"), this_url.removeprefix("sqlite:///"))


def analyze(tree, env):
    """Fresh planner statistics on PostgreSQL (as `make bench` does); nothing on SQLite."""
    if env["DATABASE_URL"].startswith("postgres"):
        code = "from django.db import connection; connection.cursor().execute('ANALYZE')"
        site.manage(env, "shell", "-c", code, tree=tree)


# --- measuring -------------------------------------------------------------------------------


def progress(message):
    print(message, file=sys.stderr, flush=True)


def timed(server, path, count, cookies=None):
    """Server milliseconds of `count` requests for path, one at a time, with `cookies` (a
    member's session) if given; (statuses, times)."""
    statuses = []
    for _ in range(count):
        client = site.Client(server.port, timeout=40)
        client.cookies.update(cookies or {})
        statuses.append(client.get(path).status)
    entries = server.access_log.collect(count)
    return statuses, [ms for _pid, _status, ms, logged in entries if logged == path]


def cookies_for(page, sessions, side):
    """The session cookies page's viewer has on `side` ({} for anonymous pages)."""
    return sessions[side][1] if page.get("viewer") else {}


def measure(servers, pages, rounds, requests, warmup, sessions):
    """Interleaved rounds: REF then this tree, then this tree then REF, ... for every page.
    Members' pages (`viewer`) go with each side's member session (`sessions`)."""
    for page in pages:
        for side in servers:
            if page.get("viewer") and not sessions.get(side):
                page["note"] = f"{side} has no {page['viewer']} to sign in as; not compared"
    for page in pages:
        for side, server in servers.items():
            if page.get("note"):
                break
            cookies = cookies_for(page, sessions, side)
            statuses, _times = timed(server, page["url"], warmup, cookies)
            if set(statuses) != {200}:
                page["note"] = f"{side} answered {sorted(set(statuses))}; not compared"
        page["rounds"] = []
    for number in range(rounds):
        order = ["ref", "this"] if number % 2 == 0 else ["this", "ref"]
        progress(f"Round {number + 1} of {rounds} ...")
        for page in pages:
            if page.get("note"):
                continue
            result = {}
            for side in order:
                cookies = cookies_for(page, sessions, side)
                _statuses, result[side] = timed(servers[side], page["url"], requests, cookies)
            page["rounds"].append(result)
    for page in pages:
        if not page.get("note"):
            page.update(compare_page(page["rounds"]))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default=os.environ.get("REF") or "main")
    scale = os.environ.get("BENCH_SCALE") or "default"
    parser.add_argument("--scale", choices=SCALES, default=scale)
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", 6)))
    parser.add_argument(
        "--requests",
        type=int,
        default=int(os.environ.get("REQUESTS", 15)),
        help="requests per page type, revision and round",
    )
    parser.add_argument("--warmup", type=int, default=5)
    workdir = os.environ.get("BENCH_COMPARE_DIR") or DEFAULT_DIR
    parser.add_argument("--workdir", type=Path, default=Path(workdir))
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", ""),
        help="a PostgreSQL URL to compare on PostgreSQL (default: SQLite)",
    )
    options = parser.parse_args(argv)
    if min(options.rounds, options.requests, options.warmup) < 1:
        parser.error("--rounds, --requests and --warmup must be at least 1")
    options.workdir.mkdir(parents=True, exist_ok=True)

    sha, ref_tree = checkout(options.ref, options.workdir)
    dirty = git("status", "--porcelain", "--untracked-files=no")
    head = git("rev-parse", "--short", "HEAD") + ("-dirty" if dirty else "")
    ref_label, this_label = f"REF {sha[:9]}", f"this tree {head}"
    ref_url, this_url = database_urls(options.database_url, sha, options.scale, options.workdir)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "DATABASE_URL")}
    seed(ref_tree, ref_url, options.scale, env)
    copy_database(ref_url, this_url)
    site.manage({**env, "DATABASE_URL": this_url}, "migrate", "--noinput", timeout=3600)
    this_dev = site.development_env({**env, "DATABASE_URL": this_url})
    listed = site.manage(this_dev, "bench", "--list-pages")
    pages = json.loads(listed.strip().splitlines()[-1])

    servers, sessions = {}, {}
    with site.site_files("cmp-ref") as ref_files, site.site_files("cmp-this") as this_files:
        for side, tree, url, files in (
            ("ref", ref_tree, ref_url, ref_files),
            ("this", site.THIS_TREE, this_url, this_files),
        ):
            side_env = site.production_env(
                {**env, **files, "DATABASE_URL": url},
                PAGE_CACHE_SECONDS=0,
                LOG_REQUESTS="false",
                RATE_LIMITS_SCALE=1000,
                CACHE_KEY_PREFIX=f"lead-cmp-{side}-{secrets.token_hex(4)}",
            )
            site.manage(side_env, "collectstatic", "--noinput", "--verbosity", "0", tree=tree)
            analyze(tree, side_env)
            if any(page.get("viewer") for page in pages):
                sessions[side] = site.member_session(side_env, tree)
            servers[side] = site.Server(
                side_env,
                f"cmp-{side}",
                workers=1,
                threads=1,
                timeout=30,
                max_requests=0,
                access_log=True,
                start_timeout=90,
                tree=tree,
            )
        try:
            for server in servers.values():
                server.start()
            measure(servers, pages, options.rounds, options.requests, options.warmup, sessions)
        finally:
            for server in servers.values():
                server.stop()

    table = format_table(pages, ref_label, this_label)
    database = "PostgreSQL" if ref_url.startswith("postgres") else "SQLite"
    heading = (
        f"## bench-compare: {options.scale} scale, {database}, {options.rounds} interleaved rounds "
        f"of {options.requests} requests per page type and revision (one gunicorn worker each)"
    )
    print(f"\n{heading}\n\n{table}\n")
    print(
        "Server medians (gunicorn's time per request); ratio = REF / this tree: above 1, this "
        "tree is faster."
    )
    now = datetime.now(UTC)
    out = BASE_DIR / "bench" / "results" / f"{now:%Y%m%dT%H%M%SZ}-compare-{options.scale}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    for page in pages:
        page.pop("rounds", None)
    out.write_text(
        json.dumps(
            {
                "ref": sha,
                "this": head,
                "scale": options.scale,
                "database": database,
                "rounds": options.rounds,
                "requests": options.requests,
                "pages": pages,
                "table": table,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"Results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
