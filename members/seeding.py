"""The members' space page type `make bench` measures, signed in as the demo member (the only
viewer it is served to). Development only: read by devtools/registry.py, never imported by the
site. Nothing is seeded: the demo's members' posts are what a member reads."""

from devtools.benchmark import BenchPage

BENCH_PAGES = [
    BenchPage("members' space", "/members/", viewer="member"),
]
