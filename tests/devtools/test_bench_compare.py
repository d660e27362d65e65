"""`make bench-compare`'s figures and its listing of the page types to compare. No timings are
asserted: the comparison reports ratios, it never fails a test run."""

import json

import pytest
from django.core.management import call_command

from devtools import bench_compare, benchmark, site
from devtools.benchmark import BenchPage


def test_ratio_is_the_reference_time_over_this_trees():
    assert bench_compare.ratio(40.0, 20.0) == 2.0  # this tree twice as fast
    assert bench_compare.ratio(20.0, 40.0) == 0.5
    assert bench_compare.ratio(None, 20.0) is None and bench_compare.ratio(20.0, 0) is None


def test_medians_pool_the_rounds_and_the_ratio_is_taken_within_each_round():
    rounds = [
        {"ref": [30.0, 32.0, 34.0], "this": [15.0, 16.0, 17.0]},  # 2.0 in this round
        {"ref": [60.0, 64.0, 68.0], "this": [20.0, 16.0, 24.0]},  # 3.2 in this round (noisy)
    ]
    figures = bench_compare.compare_page(rounds)
    assert figures["ref_median_ms"] == pytest.approx(47.0)  # median of the six pooled samples
    assert figures["this_median_ms"] == pytest.approx(16.5)
    assert figures["ratio"] == pytest.approx(2.6)  # the median of the rounds' ratios
    assert figures["ratio_min"] == pytest.approx(2.0) and figures["ratio_max"] == pytest.approx(3.2)
    assert figures["samples"] == (6, 6)


def test_a_round_without_samples_does_not_count_in_the_spread():
    figures = bench_compare.compare_page(
        [{"ref": [10.0], "this": []}, {"ref": [9.0], "this": [3.0]}]
    )
    assert figures["ratio_min"] == figures["ratio_max"] == pytest.approx(3.0)


def test_table_shows_both_medians_the_ratio_and_pages_not_compared():
    pages = [
        {"label": "home", "ref_median_ms": 48.0, "this_median_ms": 16.0, "ratio": 3.0,
         "ratio_min": 2.5, "ratio_max": 3.4},
        {"label": "pay calculator", "note": "ref answered [404]; not compared"},
    ]  # fmt: skip
    table = bench_compare.format_table(pages, "REF abc", "this tree def").splitlines()
    assert table[0].startswith("| page type | REF abc median ms | this tree def median ms |")
    assert table[2] == "| home | 48.0 | 16.0 | 3.00× | 2.50×–3.40× |"
    assert "| pay calculator | – | – | – | ref answered [404]; not compared |" in table


def test_databases_are_per_commit_and_scale_and_this_tree_gets_a_copy(tmp_path):
    sha = "0123456789abcdef"
    ref, this = bench_compare.database_urls("", sha, "large", tmp_path)
    assert ref == f"sqlite:///{tmp_path}/lead_cmp_0123456789_large.sqlite3"
    assert this == f"sqlite:///{tmp_path}/lead_cmp_0123456789_large_this.sqlite3"
    pg_ref, pg_this = bench_compare.database_urls(
        "postgres://postgres@127.0.0.1:5432/lead_bench", sha, "default", tmp_path
    )
    assert pg_ref == "postgres://postgres@127.0.0.1:5432/lead_cmp_0123456789_default"
    assert pg_this == pg_ref + "_this"


def test_another_tree_is_served_with_its_own_interpreter_and_config(tmp_path):
    tree = site.Tree(tmp_path, tmp_path / ".venv" / "bin" / "python")
    server = site.Server({}, "cmp-ref", tree=tree)
    try:
        assert server.command()[:4] == [
            str(tmp_path / ".venv" / "bin" / "python"), "-m", "gunicorn", "--config"
        ]  # fmt: skip
        assert server.command()[4] == str(tmp_path / "lead" / "gunicorn.conf.py")
        assert site.Server({}, "this").command()[0] == site.PYTHON
    finally:
        server.stop()


def test_bench_lists_its_page_types_for_the_comparison(monkeypatch, capsys):
    """Both revisions are measured on the URLs this tree's `bench --list-pages` gives; a page
    type with nothing seeded is left out."""
    pages = [
        BenchPage("home", "/"),
        BenchPage("seeded post", lambda: "/blog/seeded-1/"),
        BenchPage("not seeded", lambda: None),
        BenchPage("members' space", "/members/", viewer="member"),
    ]
    monkeypatch.setattr(benchmark, "get_bench_pages", lambda: pages)
    call_command("bench", "--list-pages")
    listed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert listed == [
        {"label": "home", "url": "/", "viewer": None},
        {"label": "seeded post", "url": "/blog/seeded-1/", "viewer": None},
        {"label": "members' space", "url": "/members/", "viewer": "member"},
    ]


def test_members_pages_are_compared_signed_in_on_both_sides_or_not_at_all(monkeypatch):
    """Each side's requests carry that side's member session; a side without a member (an
    older revision) leaves the members' pages out rather than comparing sign-in redirects."""
    sent = []

    def timed(server, path, count, cookies=None):
        sent.append((server, path, cookies))
        return [200] * count, [10.0] * count

    monkeypatch.setattr(bench_compare, "timed", timed)
    pages = [
        {"label": "home", "url": "/"},
        {"label": "members' space", "url": "/members/", "viewer": "member"},
    ]
    sessions = {"ref": (3, {"sessionid": "ref-key"}), "this": (3, {"sessionid": "this-key"})}
    bench_compare.measure({"ref": "REF", "this": "THIS"}, pages, 2, 3, 1, sessions)
    members = {
        (server, cookies["sessionid"]) for server, path, cookies in sent if path == "/members/"
    }
    assert members == {("REF", "ref-key"), ("THIS", "this-key")}
    assert all(cookies == {} for _server, path, cookies in sent if path == "/")
    assert pages[1]["ratio"] == 1.0 and "note" not in pages[1]

    sent.clear()
    pages = [{"label": "members' space", "url": "/members/", "viewer": "member"}]
    bench_compare.measure({"ref": "REF", "this": "THIS"}, pages, 2, 3, 1, {**sessions, "ref": None})
    assert pages[0]["note"] == "ref has no member to sign in as; not compared"
    assert sent == [] and "ratio" not in pages[0]
