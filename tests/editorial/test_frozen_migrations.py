"""Migrations are frozen: replaying an old migration applies what it applied when it was written.

A migration that imports the project's own code (roles, models, helpers) would apply today's rules
instead, or break when that code moves. So each carries its definitions as data and reaches models
only through the historical app registry; this test reads every migration file and fails on any
import of a project module.
"""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Every top-level package of the repository counts, so a new app is covered without a list.
PROJECT_MODULES = {path.parent.name for path in ROOT.glob("*/__init__.py")}
IMPORT_FUNCTIONS = {"import_module", "__import__"}


def migration_files():
    for app_config in apps.get_app_configs():
        folder = Path(app_config.path) / "migrations"
        if ROOT in folder.parents and folder.is_dir():
            yield from sorted(folder.glob("*.py"))


def imported_modules(tree):
    """(line, module) for every import anywhere in the file, functions included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # A relative import can only reach the project's own code.
            yield node.lineno, "." * node.level + (node.module or "")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in IMPORT_FUNCTIONS and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def project_imports(source, filename="<migration>"):
    return [
        f"{filename}:{line} imports {module}"
        for line, module in sorted(imported_modules(ast.parse(source, filename=filename)))
        if module.startswith(".") or module.split(".")[0] in PROJECT_MODULES
    ]


def test_no_migration_imports_project_code():
    files = list(migration_files())
    assert ROOT / "home" / "migrations" / "0002_editorial_roles.py" in files
    offenders = [
        problem
        for path in files
        for problem in project_imports(path.read_text(), str(path.relative_to(ROOT)))
    ]
    # A generated migration may name a project mixin in `bases`: leave it out (see
    # home/migrations/0001_initial.py). A data migration writes its data out instead.
    assert offenders == []


def test_the_check_sees_imports_hidden_in_functions():
    source = (
        "import uuid\n"
        "import home.models\n"
        "from django.db import migrations\n"
        "def apply(apps, schema_editor):\n"
        "    from home.editorial.roles import ensure_roles\n"
        "    from .helpers import data\n"
        "    importlib.import_module('network.models')\n"
    )
    assert project_imports(source) == [
        "<migration>:2 imports home.models",
        "<migration>:5 imports home.editorial.roles",
        "<migration>:6 imports .helpers",
        "<migration>:7 imports network.models",
    ]
