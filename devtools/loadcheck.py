"""Load and fault checks for LEAD under gunicorn (`make loadcheck`). A script, not a test: it
prints a table per phase and a summary to paste into a release note, and exits 1 when a phase
misses its criterion.

  a. load: LOAD_CLIENTS (8) concurrent clients for LOAD_SECONDS (60) over a mix of public URLs;
     no request may fail. Reports requests, throughput and p50/p95/p99 per route.
  b. submissions: LOAD_SUBMISSIONS (20) distinct join applications and as many contact messages
     sent at once, each stored exactly once; then the same form sent twice at once (a
     double-click), stored once (the forms' one-time submission_key). All with the mail server
     stopped: the mail worker beside gunicorn finds SMTP (a local sink, devtools/mailsink.py)
     refusing connections, so every email must wait in the queue; once the sink is started,
     each applicant's acknowledgement and each relayed message must arrive exactly once.
  c. PostgreSQL restarted under load (pg_ctlcluster, as root on this machine; skipped
     otherwise, or with LOAD_RESTART_POSTGRES=0): errors while it is down are reported; every
     request from RECOVERY_GRACE (5) s after it is back must succeed.
  d. Redis unavailable: a second server whose REDIS_URL points at a closed port serves the mix
     with no server error, and /healthz says "degraded".

Needs DATABASE_URL=postgres://... (the checks use their own database, lead_load, on that
server: dropped and made afresh) and REDIS_URL. RATE_LIMITS_SCALE is raised for the servers
started here, as every submission comes from 127.0.0.1; LOAD_SCALE=small|default seeds
synthetic content too. WEB_CONCURRENCY / GUNICORN_THREADS size the server as in production.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools.mailsink import MailSink  # noqa: E402
from devtools.site import (  # noqa: E402 - after the path set-up above
    Client,
    MailWorker,
    Server,
    database_url_for,
    development_env,
    free_port,
    manage,
    production_env,
    recreate_database,
    site_files,
)

RECOVERY_GRACE = 5.0
CLOSED_REDIS = "redis://127.0.0.1:1/0"
MAIL_WAIT = 120  # seconds for the queue to empty once the mail server is back

URLS = """
import json
from blog.models import BlogIndexPage, BlogPage
from events.models import EventPage
from network.models import ProfilePage, Region
from membership.models import JoinPage, Membership

posts = BlogPage.objects.live().public().order_by("-date")[:3]
blog = BlogIndexPage.objects.live().first()
region = Region.objects.order_by("sort_order").first()
contactable = (ProfilePage.objects.live().public()
               .filter(membership__in=Membership.objects.contactable()).order_by("pk").first())
mix = [
    ("home", "/"),
    ("blog index", blog.url),
    *[("post", post.url) for post in posts],
    ("directory", "/network/"),
    ("directory filtered", f"/network/?region={region.slug}&sort=name"),
    ("profile", ProfilePage.objects.live().public().order_by("pk").first().url),
    ("events", "/events/"),
    ("event", EventPage.objects.live().public().order_by("pk").first().url),
    ("search", "/search/?q=peer+support"),
    ("blog feed", blog.url + "feed/rss/"),
    ("calendar", "/events/calendar.ics"),
    ("sitemap", "/sitemap.xml"),
]
print(json.dumps({
    "mix": mix,
    "join": JoinPage.objects.live().first().url,
    "contact": f"/network/{contactable.slug}/contact/",
}))
"""

COUNTS = """
import json
from membership.models import ContactRequest
from network.models import ProfilePage
names = json.loads({names!r})
print(json.dumps({{
    "join": {{n: ProfilePage.objects.filter(title=n).count() for n in names["join"]}},
    "contact": {{n: ContactRequest.objects.filter(sender_name=n).count()
                for n in names["contact"]}},
}}))
"""

MAIL_QUEUE = """
import json
from django_tasks_db.models import DBTaskResult
rows = DBTaskResult.objects.filter(backend_name="mail")
print(json.dumps({"waiting": rows.filter(status__in=["READY", "RUNNING"]).count(),
                  "failed": rows.filter(status="FAILED").count()}))
"""


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


# --- measuring ------------------------------------------------------------------------------


def percentile(values, pct):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


class Load:
    """Clients requesting the URL mix in turn until stopped; every result is kept as
    (label, started, finished, status or None, error text)."""

    def __init__(self, port, mix, clients):
        self.port, self.mix, self.clients = port, mix, clients
        self.results, self.lock = [], threading.Lock()
        self.stopping = threading.Event()
        self.threads = []

    def client(self, offset):
        n = offset
        while not self.stopping.is_set():
            label, path = self.mix[n % len(self.mix)]
            n += 1
            started = time.monotonic()
            try:
                status, error = Client(self.port, timeout=30).get(path).status, ""
            except Exception as exc:  # refused, reset, timed out: all count as failures
                status, error = None, f"{type(exc).__name__}: {exc}"
            with self.lock:
                self.results.append((label, started, time.monotonic(), status, error))

    def start(self):
        self.threads = [
            threading.Thread(target=self.client, args=(n * 3,), daemon=True)
            for n in range(self.clients)
        ]
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()
        return self.results


def failed(result, server_errors_only=False):
    status = result[3]
    if status is None:
        return True
    return status >= 500 if server_errors_only else status >= 400


def route_table(results, seconds):
    rows = defaultdict(list)
    for result in results:
        rows[result[0]].append(result)
    rows["all"] = list(results)
    lines = [
        "| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, items in rows.items():
        ms = [(r[2] - r[1]) * 1000 for r in items if not failed(r)]
        figures = [percentile(ms, p) for p in (50, 95, 99, 100)]
        lines.append(
            f"| {label} | {len(items)} | {sum(failed(r) for r in items)} | "
            f"{len(items) / seconds:.1f} | "
            + " | ".join("-" if f is None else f"{f:.0f}" for f in figures)
            + " |"
        )
    return "\n".join(lines)


def statuses(results):
    counts = defaultdict(int)
    for result in results:
        counts[result[3] if result[3] is not None else "no answer"] += 1
    return dict(counts)


# --- the checks -----------------------------------------------------------------------------


class Checks:
    def __init__(self):
        self.summary, self.failures = [], []

    def report(self, name, ok, line):
        self.summary.append(f"{'PASS' if ok else 'FAIL'}  {name}: {line}")
        if not ok:
            self.failures.append(name)

    def load(self, server, mix, seconds, clients):
        print(f"\n## a. Load: {clients} clients for {seconds} s over {len(mix)} URLs", flush=True)
        load = Load(server.port, mix, clients).start()
        time.sleep(seconds)
        results = load.stop()
        print(route_table(results, seconds))
        errors = [r for r in results if failed(r)]
        all_ms = [(r[2] - r[1]) * 1000 for r in results if not failed(r)]
        p50, p95, p99 = (percentile(all_ms, p) or 0 for p in (50, 95, 99))
        for label, _started, _finished, status, error in errors[:5]:
            print(f"  error: {label}: {status or error}")
        self.report(
            "load",
            not errors and bool(results),
            f"{len(results)} requests in {seconds} s ({len(results) / seconds:.1f} req/s), "
            f"{len(errors)} errors, p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms",
        )

    def submissions(self, server, env, urls, count, sink, worker):
        print(
            f"\n## b. Submissions: {count} join and {count} contact forms at once, "
            "then double-clicks",
            flush=True,
        )
        run = uuid.uuid4().hex[:6]
        forms = []  # (kind, name, client, data) — every form fetched first, as a browser would
        for kind, path in (("join", urls["join"]), ("contact", urls["contact"])):
            for n in range(count):
                name = f"Load {kind} {run} {n}"
                forms.append((kind, name, *self.filled_form(server.port, kind, path, name)))
        doubles = []
        for kind, path in (("join", urls["join"]), ("contact", urls["contact"])):
            for n in range(3):
                name = f"Double {kind} {run} {n}"
                client, data = self.filled_form(server.port, kind, path, name)
                doubles.append((kind, name, client, data))
                doubles.append((kind, name, client, data))  # the same form, sent twice at once

        answers = self.send_at_once(forms, urls) + self.send_at_once(doubles, urls)
        names = {"join": [], "contact": []}
        for kind, name, *_rest in forms + doubles:
            if name not in names[kind]:
                names[kind].append(name)
        output = manage(env, "shell", "-c", COUNTS.format(names=json.dumps(names)))
        stored = json.loads(output.strip().splitlines()[-1])
        bad_answers = [a for a in answers if a not in (302, 303)]
        print("| form | sent | distinct | stored exactly once | answers |")
        print("|---|---:|---:|---:|---|")
        ok = not bad_answers
        for kind in ("join", "contact"):
            sent = sum(1 for f in forms + doubles if f[0] == kind)
            once = sum(1 for n in names[kind] if stored[kind][n] == 1)
            ok = ok and once == len(names[kind])
            print(
                f"| {kind} | {sent} | {len(names[kind])} | {once} | "
                f"{ {a: answers.count(a) for a in set(answers)} } |"
            )
        wrong = {k: {n: c for n, c in v.items() if c != 1} for k, v in stored.items()}
        if any(wrong.values()):
            print(f"  stored other than once: {wrong}")
        total = len(forms) + len(doubles)
        self.report(
            "submissions",
            ok,
            f"{total} POSTs ({len(forms)} distinct at once, {len(doubles) // 2} double-clicks): "
            f"{sum(stored['join'].values())} applications and "
            f"{sum(stored['contact'].values())} messages stored for "
            f"{len(names['join'])} + {len(names['contact'])} distinct forms",
        )
        addresses = sorted(
            {data["email"] for kind, _n, _c, data in forms + doubles if kind == "join"}
        )
        self.mail(env, sink, worker, addresses, names["contact"])

    def mail(self, env, sink, worker, addresses, senders):
        """The forms above were sent with the mail server stopped: their emails must be
        waiting; started, the server gets each applicant's acknowledgement and each relayed
        message exactly once, and the queue empties."""
        print("\n## b'. Their emails: the mail server was stopped, now started", flush=True)
        before = json.loads(manage(env, "shell", "-c", MAIL_QUEUE).strip().splitlines()[-1])
        taken_while_down = len(sink.messages)
        tries = worker.log_text().count("The mail server failed")
        sink.start()
        began, after = time.monotonic(), before
        while time.monotonic() - began < MAIL_WAIT:
            after = json.loads(manage(env, "shell", "-c", MAIL_QUEUE).strip().splitlines()[-1])
            if not after["waiting"]:
                break
            time.sleep(1)
        waited = time.monotonic() - began
        sink.stop()
        acknowledged = [sum(a in m.recipients for m in sink.messages) for a in addresses]
        relayed = [
            sum(f"Their name: {n}" in m.body.splitlines() for m in sink.messages) for n in senders
        ]
        print("| | mail tasks waiting | failed | emails taken by the server |")
        print("|---|---:|---:|---:|")
        print(f"| server stopped | {before['waiting']} | {before['failed']} | {taken_while_down} |")
        print(f"| {waited:.0f} s after it started | {after['waiting']} | {after['failed']} | "
              f"{len(sink.messages)} |")  # fmt: skip
        print(f"  failed tries the worker logged while the server was down: {tries}")
        ok = (
            before["waiting"] > 0
            and tries > 0
            and taken_while_down == 0
            and not after["waiting"]
            and not after["failed"]
            and worker.running()
            and acknowledged == [1] * len(addresses)
            and relayed == [1] * len(senders)
        )
        if not worker.running():
            print(f"  the mail worker stopped:\n{worker.log_text()[-2000:]}")
        self.report(
            "mail",
            ok,
            f"{before['waiting']} mail tasks waited while the mail server was down ({tries} "
            f"failed tries); {len(sink.messages)} emails delivered within {waited:.0f} s of its "
            f"start; arrived exactly once: {acknowledged.count(1)} of {len(addresses)} "
            f"acknowledgements and {relayed.count(1)} of {len(senders)} relayed messages",
        )

    @staticmethod
    def filled_form(port, kind, path, name):
        client = Client(port)
        token, page = client.form(path)
        key = re.search(r'name="submission_key" value="([^"]+)"', page.text)
        if not key:
            raise SystemExit(f"{path} renders no submission_key: the double-click check needs it")
        if kind == "join":
            data = {
                "display_name": name,
                "email": f"{uuid.uuid4().hex[:10]}@example.com",
                "headline": "Peer trainer",
                "summary": "A load-check application.",
                "organisation_visibility": "public",
                "region_visibility": "public",
                "lived_experience_visibility": "members",
                "photo_visibility": "public",
                "availability": "open",
                "expects_payment": "yes",
                "payment_visibility": "hidden",
                "consent_publishing": "on",
            }
        else:
            data = {
                "sender_name": name,
                "sender_email": "sender@example.com",
                "purpose": "peer",
                "message": "A load-check message.",
            }
        data.update(csrfmiddlewaretoken=token, submission_key=key.group(1))
        return client, data

    @staticmethod
    def send_at_once(forms, urls):
        barrier = threading.Barrier(len(forms))
        answers = [None] * len(forms)

        def send(i, kind, client, data):
            barrier.wait()
            try:
                answers[i] = client.post(urls[kind], data).status
            except Exception as exc:
                answers[i] = f"{type(exc).__name__}"

        threads = [
            threading.Thread(target=send, args=(i, kind, client, data))
            for i, (kind, _name, client, data) in enumerate(forms)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return answers

    def postgres_restart(self, server, mix, seconds, clients, database_url):
        print("\n## c. PostgreSQL restarted under load", flush=True)
        command = self.restart_command(database_url)
        if isinstance(command, str):
            print(f"  skipped: {command}")
            self.summary.append(f"SKIP  postgres restart: {command}")
            return
        after = max(10, seconds // 2)
        load = Load(server.port, mix, clients).start()
        time.sleep(3)
        began = time.monotonic()
        restart = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        back = time.monotonic()
        time.sleep(after)
        results = load.stop()
        if restart.returncode:
            print(restart.stdout + restart.stderr)
            self.report("postgres restart", False, f"{' '.join(command)} failed")
            return
        errors = [r for r in results if failed(r)]
        recovered = max((r[2] for r in errors), default=began)
        late = [r for r in results if r[1] >= back + RECOVERY_GRACE and failed(r)]
        print("| window (by start) | requests | errors | slowest ms | statuses |")
        print("|---|---:|---:|---:|---|")
        for name, lo, hi in (
            ("before the restart", 0, began),
            ("while restarting", began, back),
            (f"first {RECOVERY_GRACE:.0f} s after", back, back + RECOVERY_GRACE),
            ("afterwards", back + RECOVERY_GRACE, float("inf")),
        ):
            items = [r for r in results if lo <= r[1] < hi]
            slowest = max(((r[2] - r[1]) * 1000 for r in items), default=0)
            print(
                f"| {name} | {len(items)} | {sum(failed(r) for r in items)} | {slowest:.0f} | "
                f"{statuses(items)} |"
            )
        self.report(
            "postgres restart",
            not late,
            f"restart took {back - began:.1f} s; {len(errors)} of {len(results)} requests "
            f"failed, the last {max(0.0, recovered - began):.1f} s after the restart began; "
            f"{len(late)} failures from {RECOVERY_GRACE:.0f} s after PostgreSQL was back",
        )

    @staticmethod
    def restart_command(database_url):
        """The pg_ctlcluster command for a local cluster, or why there is none."""
        if os.environ.get("LOAD_RESTART_POSTGRES", "1").strip().lower() in ("0", "false", "no"):
            return "LOAD_RESTART_POSTGRES=0 (other work is using this PostgreSQL)"
        host = re.search(r"@([^:/]+)", database_url)
        if host and host.group(1) not in ("127.0.0.1", "localhost"):
            return "PostgreSQL is not on this machine"
        if os.geteuid() != 0 or not shutil.which("pg_ctlcluster"):
            return "needs root and pg_ctlcluster (Debian's PostgreSQL)"
        versions = sorted(Path("/etc/postgresql").glob("*/main"), key=lambda p: p.parent.name)
        if not versions:
            return "no cluster under /etc/postgresql"
        version = versions[-1].parent.name
        return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"]

    def redis_down(self, env, mix, seconds, clients):
        print(f"\n## d. Redis unavailable (REDIS_URL={CLOSED_REDIS})", flush=True)
        with Server({**env, "REDIS_URL": CLOSED_REDIS}, "no-redis") as server:
            health = Client(server.port).get("/healthz")
            load = Load(server.port, mix, clients).start()
            time.sleep(seconds)
            results = load.stop()
            log = server.log_text()
        print(route_table(results, seconds))
        server_errors = [r for r in results if failed(r, server_errors_only=True)]
        body = health.text.strip()
        warnings = log.count("Cache unavailable")
        print(
            f"  /healthz: {health.status} {body}; 'Cache unavailable' warnings logged: {warnings}"
        )
        degraded = health.status == 200 and json.loads(body).get("status") == "degraded"
        all_ms = [(r[2] - r[1]) * 1000 for r in results if not failed(r)]
        self.report(
            "redis down",
            degraded and not server_errors and bool(results),
            f"{len(results)} requests in {seconds} s, {len(server_errors)} server errors, "
            f"p95 {percentile(all_ms, 95) or 0:.0f} ms; /healthz {health.status} {body}",
        )


def main():
    database_url, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        sys.exit(
            "make loadcheck needs DATABASE_URL=postgres://... (its own database, lead_load, is "
            "made on that server) and REDIS_URL=redis://..., as production has."
        )
    with site_files("load") as files:
        run(database_url, redis_url, files)


def run(database_url, redis_url, files):
    """Build the lead_load site (its static and media files in `files`), then run the checks."""
    seconds, clients = env_int("LOAD_SECONDS", 60), env_int("LOAD_CLIENTS", 8)
    count = env_int("LOAD_SUBMISSIONS", 20)
    url = database_url_for(database_url, "lead_load")
    mail_port = free_port()
    env = production_env(
        DATABASE_URL=url,
        REDIS_URL=redis_url,
        CACHE_KEY_PREFIX=f"lead-load-{uuid.uuid4().hex[:8]}",
        SECRET_KEY=secrets.token_urlsafe(50),
        RATE_LIMITS_SCALE=1000,  # every form comes from 127.0.0.1
        LOG_REQUESTS="false",
        # The mail server (devtools/mailsink.py) is stopped until the submissions are in; the
        # worker tries again every few seconds meanwhile.
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=mail_port,
        EMAIL_USE_TLS="false",
        EMAIL_TIMEOUT=5,
        MAIL_RETRY_SECONDS=1,
        MAIL_RETRY_MAX_SECONDS=4,
        **files,
    )
    started, load_before = time.monotonic(), f"{os.getloadavg()[0]:.1f}"
    print("Preparing lead_load:", end="", flush=True)
    recreate_database(url)
    steps = [
        (env, "migrate", "--noinput"),
        (env, "load_demo_content"),
        (env, "collectstatic", "--noinput", "--verbosity", "0"),
    ]
    if os.environ.get("LOAD_SCALE"):
        # devtools' command, so under the development settings (production does not install it).
        steps.append((development_env(env), "seed_scale", "--scale", os.environ["LOAD_SCALE"]))
    for step_env, *step in steps:
        began = time.monotonic()
        manage(step_env, *step)
        print(f" {step[0]} {time.monotonic() - began:.0f} s;", end="", flush=True)
    print()
    urls = json.loads(manage(env, "shell", "-c", URLS).strip().splitlines()[-1])
    mix = [tuple(item) for item in urls["mix"]]

    checks = Checks()
    workers, threads = env_int("WEB_CONCURRENCY", 2), env_int("GUNICORN_THREADS", 2)
    with (
        Server(env, "load", workers=workers, threads=threads) as server,
        MailWorker(env) as worker,
        MailSink(mail_port) as sink,
    ):
        for _label, path in mix:  # warm every worker's code paths and caches
            Client(server.port).get(path)
        checks.load(server, mix, seconds, clients)
        checks.submissions(server, env, urls, count, sink, worker)
        checks.postgres_restart(server, mix, seconds, clients, url)
    checks.redis_down(env, mix, max(10, seconds // 3), clients)

    print("\n## Summary")
    print(
        f"LEAD load and fault checks: gunicorn {workers} workers x {threads} threads, production "
        f"settings, PostgreSQL + Redis on 127.0.0.1, {clients} clients, {os.cpu_count()} CPUs; "
        f"{time.monotonic() - started:.0f} s in all; load average {load_before} before, "
        f"{os.getloadavg()[0]:.1f} after (above the CPU count: other work slowed the figures)."
    )
    for line in checks.summary:
        print(line)
    if checks.failures:
        print(f"Failed: {', '.join(checks.failures)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
