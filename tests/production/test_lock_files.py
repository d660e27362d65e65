"""The lock files install what pyproject.toml asks for, and the two agree.

`make install` installs requirements.txt and the site with `--no-deps`, so a dependency added
to pyproject.toml without `make lock` would be missing on every fresh install, and a range
changed without it would go unchecked. Read offline: no index is asked.
"""

import re
import tomllib
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(settings.BASE_DIR)
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def pins(name):
    """{package: {versions}}: a package pinned twice holds one version per range of Pythons."""
    found = defaultdict(set)
    for line in (ROOT / name).read_text().splitlines():
        if match := PIN.match(line):
            found[canonicalize_name(match[1])].add(match[2])
        elif line and not line.startswith((" ", "#")):
            raise AssertionError(f"{name}: not a hashed pin: {line!r}")
    return found


def unlocked(requirements, locked):
    problems = []
    for text in requirements:
        requirement = Requirement(text)
        versions = locked.get(canonicalize_name(requirement.name), set())
        if not versions or not all(requirement.specifier.contains(v) for v in versions):
            problems.append(f"{text} (locked: {sorted(versions) or 'missing'})")
    return problems


def test_the_lock_files_cover_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    runtime, dev = pins("requirements.txt"), pins("requirements-dev.txt")
    # Run `make lock` after changing pyproject.toml's dependencies.
    assert unlocked(project["dependencies"] + extras["s3"], runtime) == []
    assert unlocked(project["dependencies"] + extras["dev"], dev) == []


def test_development_installs_the_same_versions_as_production():
    runtime, dev = pins("requirements.txt"), pins("requirements-dev.txt")
    assert {name: dev.get(name) for name in runtime} == dict(runtime)
