"""`make mutate` and `make mutate-resume` (`python -m devtools.mutate run`): `mutmut run`,
without its second pass of clean tests after a full stats run.

mutmut first runs the whole test selection once with no mutant active to record which tests
reach which functions ("stats", stopping at the first failure), then runs the same tests again
with no mutant active ("clean tests") before it tests any mutant. After a full stats run the
second pass proves nothing the first did not, and it costs about 25 minutes on one core here.
After a resumed run, whose stats came from disk, the clean pass still runs: the tree may have
changed since.
"""

import sys

from mutmut import __main__ as mutmut_main


def main(argv):
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

    mutmut_main.run_stats_collection = run_stats_collection
    mutmut_main.get_mutant_runner = get_mutant_runner
    mutmut_main.cli(argv, prog_name="mutmut")


if __name__ == "__main__":
    main(sys.argv[1:])
