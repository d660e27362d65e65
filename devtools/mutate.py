"""`make mutate` and `make mutate-resume` (`python -m devtools.mutate run`): `mutmut run`,
without its second pass of clean tests after a full stats run.

mutmut first runs the whole test selection once with no mutant active to record which tests
reach which functions ("stats", stopping at the first failure), then runs the same tests again
with no mutant active ("clean tests") before it tests any mutant. After a full stats run the
second pass proves nothing the first did not, and it costs about 25 minutes on one core here.
After a resumed run, whose stats came from disk, the clean pass still runs: the tree may have
changed since.

It also leaves out the accepted equivalent mutants (docs/testing.md) whose change is still the
one that was checked (its recorded fingerprint): a mutant no test can notice re-runs every test
that reaches its function, minutes apiece, to survive again. A mutant named on the command line
runs whatever the list says.

`python -m devtools.mutate generate` only writes the mutants (a second or two), so that their
diffs can be read and recorded (`devtools/mutation_score.py --record`) without a run.
"""

import sys
from pathlib import Path

from mutmut import __main__ as mutmut_main

from devtools.mutation_score import SKIPPED, checked_changes, fingerprint


def leave_out_checked_equivalents(mutants):
    """Mark the accepted equivalents whose change is the one checked as skipped."""
    checked = checked_changes()
    kept = []
    for data, name, result in mutants:
        if result in (None, SKIPPED):
            same = name in checked and fingerprint(name, data.path) == checked[name]
            # Skipped while its change is the one checked; run again once it is not (or once
            # its row is gone from the list).
            if (result is None) == same:
                data.exit_code_by_key[name] = result = SKIPPED if same else None
                data.save()
        kept.append((data, name, result))
    return kept


def generate():
    """Write mutants/ as `mutmut run` would, without running a test."""
    mutmut_main.set_mutant_under_test("mutant_generation")
    Path("mutants").mkdir(exist_ok=True)
    mutmut_main.copy_src_dir()
    mutmut_main.copy_also_copy_files()
    mutmut_main.setup_source_paths()
    mutmut_main.store_lines_covered_by_tests()
    print(mutmut_main.create_mutants(2))


def main(argv):
    if argv[:1] == ["generate"]:
        return generate()
    stats_ran = False
    collect_stats = mutmut_main.run_stats_collection
    get_runner = mutmut_main.get_mutant_runner

    def run_stats_collection(runner, tests=None):
        nonlocal stats_ran
        collect_stats(runner, tests)
        stats_ran = stats_ran or not tests  # no tests named: the whole selection passed

    def get_mutant_runner(*args, **kwargs):
        runner = get_runner(*args, **kwargs)
        run_clean_tests = runner.run_clean_tests

        def clean_tests_unless_stats_ran(tests):
            if stats_ran:
                print("    the stats run just passed the same tests with no mutant active")
                return 0
            return run_clean_tests(tests)

        runner.run_clean_tests = clean_tests_unless_stats_ran
        return runner

    collect_mutants = mutmut_main.collect_source_file_mutation_data

    def collect_source_file_mutation_data(*, mutant_names):
        mutants, by_path = collect_mutants(mutant_names=mutant_names)
        if not mutant_names:
            mutants = leave_out_checked_equivalents(mutants)
        return mutants, by_path

    mutmut_main.collect_source_file_mutation_data = collect_source_file_mutation_data
    mutmut_main.run_stats_collection = run_stats_collection
    mutmut_main.get_mutant_runner = get_mutant_runner
    mutmut_main.cli(argv, prog_name="mutmut")


if __name__ == "__main__":
    main(sys.argv[1:])
