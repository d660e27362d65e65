"""The mutation score of each privacy-critical module, after `mutmut run` (`make mutate`).

Reads mutmut's results (mutants/**/*.meta) and the accepted equivalent mutants listed in
docs/testing.md (a table row `| <mutant name> | <reason> |` under "Accepted equivalent
mutants"), then prints, per module: mutants, killed (a timeout counts as killed: the test run
never finished), survived, not covered by any selected test, accepted as equivalent, and the
score, killed / (all - equivalent). Every surviving mutant is listed with its diff. Exits 1
when a module scores under --min (90 by default), or an accepted mutant no longer exists or is
killed by a test (mutmut numbers a function's mutants afresh when it changes, so a listed name
can come to mean another change: the list is then checked again).
"""

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # killed, pytest error, timeout, type check
NOT_COVERED = {5, 33}
SECTION = "## Accepted equivalent mutants"


def accepted_equivalents(doc=ROOT / "docs" / "testing.md"):
    """{mutant name: reason} from the table under SECTION in docs/testing.md."""
    text = doc.read_text()
    if SECTION not in text:
        return {}
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\|\s*`?([\w.]+__mutmut_\d+)`?\s*\|\s*(.+?)\s*\|\s*$", section, re.M)
    return dict(rows)


def results(mutants=ROOT / "mutants"):
    """{module path: {mutant name: exit code}} for every mutated file."""
    found = {}
    for meta in sorted(mutants.rglob("*.py.meta")):
        module = str(meta.relative_to(mutants))[: -len(".meta")]
        found[module] = json.loads(meta.read_text()).get("exit_code_by_key", {})
    return found


def diff(name, module):
    try:
        from mutmut.mutation.diff_apply import get_diff_for_mutant

        return get_diff_for_mutant(name, path=ROOT / "mutants" / module)
    except Exception as error:  # the report must not die on one diff
        return f"(no diff: {error})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=90.0, help="lowest score allowed, per cent")
    parser.add_argument("--no-diffs", action="store_true", help="list survivors without diffs")
    args = parser.parse_args()

    equivalents = accepted_equivalents()
    by_module = results()
    if not by_module:
        print("No mutmut results: run `make mutate` first.")
        return 2
    seen = set()
    killed_equivalents = []
    failing = []
    survivors = defaultdict(list)
    unchecked_total = 0
    print("| module | mutants | killed | survived | not covered | equivalent | score |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for module, codes in by_module.items():
        killed = survived = uncovered = equivalent = 0
        for name, code in codes.items():
            if code is None:  # the run has not reached it (or was stopped)
                unchecked_total += 1
                survivors[module].append(name)
                survived += 1
                continue
            if name in equivalents:
                seen.add(name)
                if code in KILLED:  # a test notices it: not equivalent, whatever the list says
                    killed += 1
                    killed_equivalents.append(name)
                else:
                    equivalent += 1
            elif code in KILLED:
                killed += 1
            else:
                survivors[module].append(name)
                if code in NOT_COVERED:
                    uncovered += 1
                else:
                    survived += 1
        counted = len(codes) - equivalent
        score = 100.0 * killed / counted if counted else 100.0
        if score < args.min:
            failing.append(module)
        print(
            f"| {module} | {len(codes)} | {killed} | {survived} | {uncovered} | {equivalent} "
            f"| {score:.1f}% |"
        )
    for module, names in survivors.items():
        print(f"\n### Surviving mutants in {module}")
        for name in names:
            print(f"- {name}")
            if not args.no_diffs:
                print("\n".join(f"      {line}" for line in diff(name, module).splitlines()))
    if unchecked_total:
        print(
            f"\n{unchecked_total} mutants were never run (an interrupted run?): counted as "
            "surviving."
        )
    stale = sorted(set(equivalents) - seen)
    if stale:
        print("\nAccepted equivalents that no longer exist (remove them from docs/testing.md):")
        print("\n".join(f"- {name}" for name in stale))
    if killed_equivalents:
        print(
            "\nListed as equivalent but killed by a test (renumbered? check the list in "
            "docs/testing.md):"
        )
        print("\n".join(f"- {name}" for name in killed_equivalents))
    if failing or stale or killed_equivalents:
        if failing:
            print(f"\nUnder {args.min:.0f}%: {', '.join(failing)}")
        return 1
    print(f"\nEvery module scores at least {args.min:.0f}%.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
