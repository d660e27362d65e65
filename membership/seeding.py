"""The members' own page types `make bench` measures, signed in as the demo member: the mentor
listing, plain and filtered. Development only: read by devtools/registry.py, never imported by
the site. Nothing is seeded: the demo's mentors are listed (membership/demo/mentoring.toml)."""

from devtools.benchmark import BenchPage

BENCH_PAGES = [
    BenchPage("find a mentor", "/account/mentors/", viewer="member"),
    BenchPage(
        "find a mentor, filtered", "/account/mentors/?topic=peer-support&online=on", viewer="member"
    ),  # fmt: skip
]
