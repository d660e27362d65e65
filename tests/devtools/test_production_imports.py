"""No production module imports the development tooling: neither `devtools` nor any app's
`seeding` module (dev-only by name) may be loaded by the site.

A fresh interpreter with the production settings (what gunicorn runs: devtools is not installed)
sets Django up, then imports every module of every package that ships (pyproject's
`packages.find`, so a new app is covered without editing this test) except migrations and the
`seeding` modules themselves, and reports which module first pulled a development module in.
"""

import json
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

from ..production_python import run_in_production

BASE_DIR = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, json, sys
import django

def development_modules():
    return {
        name for name in sys.modules
        if name.split(".")[0] == "devtools" or name.rsplit(".", 1)[-1] == "seeding"
    }

django.setup()
loaded = development_modules()
report = {"setup": sorted(loaded), "imported_by": {}, "failed": {}}
for name in json.loads(sys.stdin.read()):
    try:
        importlib.import_module(name)
    except Exception as error:
        report["failed"][name] = f"{type(error).__name__}: {error}"
    new = development_modules() - loaded
    if new:
        report["imported_by"][name] = sorted(new)
        loaded |= new
print(json.dumps(report))
"""


def shipped_packages():
    """The top-level packages the distribution ships, found as pyproject.toml finds them."""
    config = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())
    find = config["tool"]["setuptools"]["packages"]["find"]
    found = find_namespace_packages(
        str(BASE_DIR), include=find.get("include", ("*",)), exclude=find.get("exclude", ())
    )
    return sorted({name for name in found if "." not in name})


def production_modules():
    modules = []
    for package in shipped_packages():
        for path in sorted((BASE_DIR / package).rglob("*.py")):
            parts = path.relative_to(BASE_DIR).with_suffix("").parts
            if "migrations" in parts or parts[-1] == "seeding":
                continue
            if not all(part.isidentifier() for part in parts):
                continue  # not importable by name (lead/gunicorn.conf.py is read by gunicorn)
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def test_the_shipped_packages_are_the_apps_and_the_project_not_the_tooling():
    packages = shipped_packages()
    assert {"lead", "home", "blog", "events", "network", "search"} <= set(packages)
    assert "devtools" not in packages and "tests" not in packages


def test_no_production_module_imports_devtools_or_a_seeding_module(tmp_path):
    modules = production_modules()
    assert "lead.wsgi" in modules and "blog.wagtail_hooks" in modules
    assert "blog.seeding" not in modules
    report = run_in_production(SCRIPT, tmp_path, stdin=json.dumps(modules))
    assert report["failed"] == {}
    assert report["setup"] == [], "django.setup() under production settings loaded these"
    assert report["imported_by"] == {}, "production modules importing development tooling"
