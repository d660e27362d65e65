"""Bring mutmut's copy of the tree (mutants/) up to date before `mutmut run` resumes a run.

mutmut copies the tree into mutants/ once and afterwards regenerates only the mutated modules:
templates, tests and other code changed since then would be stale there (and a test reading a
changed email template would fail the clean run). This copies every other file again and
removes the ones deleted since, keeping the mutated modules and mutmut's results, so a resumed
run re-tests only the functions that changed and the mutants not reached yet.
"""

import shutil
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
SKIP_PARTS = {"__pycache__"}


def main():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    mutated = {Path(path) for path in config["only_mutate"]}
    roots = [*config["source_paths"], *config["also_copy"], "tests"]
    for name in roots:
        source = ROOT / name
        files = [source] if source.is_file() else [p for p in source.rglob("*") if p.is_file()]
        for path in files:
            relative = path.relative_to(ROOT)
            if relative in mutated or SKIP_PARTS & set(relative.parts):
                continue
            target = MUTANTS / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        copy = MUTANTS / name
        if copy.is_dir():
            for path in [p for p in copy.rglob("*") if p.is_file()]:
                relative = path.relative_to(MUTANTS)
                kept = relative in mutated or path.name.endswith(".meta")
                if not kept and not (ROOT / relative).exists():
                    path.unlink()


if __name__ == "__main__":
    main()
