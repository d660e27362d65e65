"""Which app may import which (docs/architecture.md): the core names no feature, features build
on the core and the directory, and production code never reaches the development tools."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = {"lead", "home", "search"}
# app -> the project packages it may import. lead/urls.py is the project's URLconf, so the
# project package may import the core apps' URLs and views.
ALLOWED = {
    "lead": {"home", "search"},
    "home": {"lead"},
    "search": {"lead"},
    "network": CORE,
    "membership": CORE | {"network"},
    "blog": CORE | {"network"},
    "events": CORE | {"network"},
    "opportunities": CORE | {"network", "membership"},
    "guides": CORE,
    "members": CORE | {"network"},
    # A career pathway step lists profiles (network) and open paid roles (opportunities); the
    # stories that describe it are blog posts naming it, read through that relation.
    "pathways": CORE | {"network", "opportunities"},
}
PROJECT = set(ALLOWED) | {"devtools", "tests"}


def imports_of(path):
    """The project packages a module imports (at any depth in the file)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & PROJECT


def modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_each_app_imports_only_what_it_may(app):
    offenders = []
    for path in modules(app):
        allowed = ALLOWED[app] | {app}
        if path.name == "seeding.py":  # development only: builds on devtools
            allowed |= {"devtools"}
        offenders += [
            f"{path.relative_to(ROOT)} imports {name}" for name in imports_of(path) - allowed
        ]
    assert offenders == []


def test_the_rules_would_catch_a_stray_import(tmp_path):
    module = tmp_path / "views.py"
    module.write_text("def view():\n    from blog.models import BlogPage\n    return BlogPage\n")
    assert imports_of(module) == {"blog"}
    assert "blog" not in ALLOWED["home"]
