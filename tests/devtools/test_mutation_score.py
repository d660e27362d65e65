"""`devtools/mutation_score.py`: the score per module, and a list of accepted equivalents that
cannot drift from what the mutants are."""

import json

import pytest

from devtools import mutation_score

DOC = """# Testing

## Accepted equivalent mutants

| mutant | why |
| --- | --- |
| `app.rules.x_check__mutmut_2` | header names are case-insensitive |
| `app.rules.x_check__mutmut_3` | as above |

## Next section
"""


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    """run({mutant: exit code}) -> (exit status, printed report) for one module app/rules.py."""
    doc = tmp_path / "testing.md"
    doc.write_text(DOC)
    monkeypatch.setattr(mutation_score, "ROOT", tmp_path)
    read_doc = mutation_score.accepted_equivalents
    monkeypatch.setattr(mutation_score, "accepted_equivalents", lambda: read_doc(doc))
    monkeypatch.setattr(mutation_score, "diff", lambda name, module: "")
    read_results = mutation_score.results

    def run(codes):
        meta = tmp_path / "mutants" / "app" / "rules.py.meta"
        meta.parent.mkdir(parents=True, exist_ok=True)
        meta.write_text(json.dumps({"exit_code_by_key": codes}))
        monkeypatch.setattr(mutation_score, "results", lambda: read_results(tmp_path / "mutants"))
        monkeypatch.setattr("sys.argv", ["mutation_score.py"])
        status = mutation_score.main()
        return status, capsys.readouterr().out

    return run


def test_equivalents_leave_the_score_and_survivors_fail_it(run):
    killed = {f"app.rules.x_check__mutmut_{n}": 1 for n in range(4, 22)}  # 18 killed
    status, out = run(
        {**killed, "app.rules.x_check__mutmut_2": 0, "app.rules.x_check__mutmut_3": 0}
    )
    assert status == 0 and "| app/rules.py | 20 | 18 | 0 | 0 | 2 | 100.0% |" in out
    equivalents = {"app.rules.x_check__mutmut_2": 0, "app.rules.x_check__mutmut_3": 0}
    survivors = {"app.rules.x_check__mutmut_1": 0, "app.rules.x_other__mutmut_1": 0}
    status, out = run({**killed, **equivalents, **survivors})
    # 18 killed of 20 counted: 90.0%, which passes; a third survivor would not.
    assert status == 0 and "| app/rules.py | 22 | 18 | 2 | 0 | 2 | 90.0% |" in out
    status, out = run({**killed, **equivalents, **survivors, "app.rules.x_other__mutmut_2": 0})
    assert status == 1 and "85.7%" in out and "Under 90%: app/rules.py" in out
    assert "- app.rules.x_check__mutmut_1" in out


def test_an_accepted_mutant_a_test_kills_is_counted_killed_and_flagged(run):
    """Renumbered after a change: the listed name now names a mutant a test catches."""
    killed = {f"app.rules.x_check__mutmut_{n}": 1 for n in range(4, 22)}
    status, out = run(
        {**killed, "app.rules.x_check__mutmut_2": 1, "app.rules.x_check__mutmut_3": 0}
    )
    assert status == 1
    assert "| app/rules.py | 20 | 19 | 0 | 0 | 1 | 100.0% |" in out
    assert "killed by a test" in out and "- app.rules.x_check__mutmut_2" in out


def test_an_accepted_mutant_that_no_longer_exists_is_flagged(run):
    killed = {f"app.rules.x_check__mutmut_{n}": 1 for n in range(4, 22)}
    status, out = run({**killed, "app.rules.x_check__mutmut_2": 0})
    assert status == 1 and "no longer exist" in out and "- app.rules.x_check__mutmut_3" in out
