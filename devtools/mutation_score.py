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
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # killed, pytest error, timeout, type check
NOT_COVERED = {5, 33}
SKIPPED = 34  # devtools/mutate.py: an accepted equivalent whose change is the one checked
SECTION = "## Accepted equivalent mutants"
DOC = ROOT / "docs" / "testing.md"
# A table row: | `name` | reason | fingerprint of the change checked (optional) |
ROW = re.compile(
    r"^\|\s*`?(?P<name>[\w.]+__mutmut_\d+)`?\s*\|\s*(?P<reason>.+?)\s*"
    r"(?:\|\s*`?(?P<checked>[0-9a-f]*)`?\s*)?\|\s*$",
    re.M,
)


def _rows(doc=DOC):
    text = doc.read_text()
    if SECTION not in text:
        return []
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return list(ROW.finditer(section))


def accepted_equivalents(doc=DOC):
    """{mutant name: reason} from the table under SECTION in docs/testing.md."""
    return {row["name"]: row["reason"] for row in _rows(doc)}


def checked_changes(doc=DOC):
    """{mutant name: fingerprint of the change that was checked and accepted}."""
    return {row["name"]: row["checked"] for row in _rows(doc) if row["checked"]}


def fingerprint(name, module, mutants=ROOT / "mutants"):
    """A short hash of the mutated function as it was and as the mutant has it: the same name
    with another change, or the same change in a function changed anywhere, gets another."""
    import libcst as cst
    from mutmut.mutation import diff_apply

    path = Path(mutants) / module
    functions = diff_apply.read_functions_from_index(name, path)
    if functions is None:
        tree = diff_apply.read_mutants_module(path)
        functions = (
            diff_apply.read_original_function(tree, name),
            diff_apply.read_mutant_function(tree, name),
        )
    original, mutant = (cst.Module([function]).code.strip() for function in functions)
    return hashlib.sha256(f"{original}\0{mutant}".encode()).hexdigest()[:12]


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


def record(by_module, doc=DOC):
    """Write into docs/testing.md the fingerprint of each listed equivalent as mutmut made
    it now (after its diff was read against the reason given), so later runs skip it until
    its change or its function changes. A mutant a test killed is left for a person."""
    names = accepted_equivalents(doc)
    found = {}
    for module, codes in by_module.items():
        for name, code in codes.items():
            if name in names and code not in KILLED:
                found[name] = fingerprint(name, module)
    text = doc.read_text()
    head, section = text.split(SECTION, 1)
    section, tail = (section.split("\n## ", 1) + [None])[:2]

    def row(match):
        name = match["name"]
        checked = found.get(name, match["checked"] or "")
        return f"| `{name}` | {match['reason']} | {f'`{checked}`' if checked else ''} |"

    section = ROW.sub(row, section)
    section = re.sub(
        r"^\| mutant \| (.+?) \|(?: .+? \|)?\n\| --- \| --- \|(?: --- \|)?$",
        r"| mutant | \1 | change checked |\n| --- | --- | --- |",
        section,
        count=1,
        flags=re.M,
    )
    doc.write_text(head + SECTION + section + ("\n## " + tail if tail is not None else ""))
    print(f"Recorded the change of {len(found)} accepted equivalents in {doc.name}.")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=90.0, help="lowest score allowed, per cent")
    parser.add_argument("--no-diffs", action="store_true", help="list survivors without diffs")
    parser.add_argument(
        "--record",
        action="store_true",
        help="after reading their diffs, record the changes of the listed equivalents so that "
        "later runs skip them while they stay the same",
    )
    args = parser.parse_args()

    equivalents = accepted_equivalents()
    by_module = results()
    if not by_module:
        print("No mutmut results: run `make mutate` first.")
        return 2
    if args.record:
        return record(by_module)
    seen = set()
    skipped = 0
    killed_equivalents = []
    failing = []
    survivors = defaultdict(list)
    unchecked_total = 0
    print("| module | mutants | killed | survived | not covered | equivalent | score |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for module, codes in by_module.items():
        killed = survived = uncovered = equivalent = 0
        for name, code in codes.items():
            if code is None or (code == SKIPPED and name not in equivalents):  # not run yet
                unchecked_total += 1
                survivors[module].append(name)
                survived += 1
                continue
            if name in equivalents:
                seen.add(name)
                skipped += code == SKIPPED
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
    if skipped:
        print(
            f"\n{skipped} accepted equivalents were not run: each is the change checked and "
            "recorded in docs/testing.md."
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
