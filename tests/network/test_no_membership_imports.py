"""The directory works without membership: no module of `network/` imports it, migrations
and imports by name included (tests/architecture/ checks the apps' import rules in general).
What the directory needs from membership (consent wordings, the contact details on a profile's
Private tab, whether a viewer is the profile's member, the contact box) comes from membership's
declaration on its AppConfig (lead/features.py)."""

import ast
from pathlib import Path

from django.conf import settings

NETWORK = Path(settings.BASE_DIR) / "network"
IMPORT_FUNCTIONS = {"import_module", "__import__"}


def imported_modules(source, package):
    """(line, absolute module name) for every import in the source, functions included;
    `package` resolves relative imports."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join(base) if node.level else ""
            if node.module:
                module = f"{module}.{node.module}" if module else node.module
            yield node.lineno, module
            yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in IMPORT_FUNCTIONS and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def membership_imports(source, package="network"):
    return [
        f"{line}: {module}"
        for line, module in imported_modules(source, package)
        if module == "membership" or module.startswith("membership.")
    ]


def test_no_network_module_imports_membership():
    files = sorted(NETWORK.rglob("*.py"))
    assert NETWORK / "models" / "profiles.py" in files  # the scan reads the app's code
    offenders = {}
    for path in files:
        package = ".".join(path.relative_to(settings.BASE_DIR).parent.parts)
        found = membership_imports(path.read_text(), package)
        if found:
            offenders[str(path.relative_to(settings.BASE_DIR))] = found
    assert offenders == {}


def test_the_scan_sees_every_way_of_importing():
    source = (
        "import membership\n"
        "from membership.models import Membership\n"
        "from network.models import ProfilePage\n"
        "def hidden():\n"
        "    import membership.accounts as accounts\n"
        "    importlib.import_module('membership.consent')\n"
        "    __import__('membership')\n"
    )
    assert membership_imports(source) == [
        "1: membership",
        "2: membership.models",
        "2: membership.models.Membership",
        "5: membership.accounts",
        "6: membership.consent",
        "7: membership",
    ]
    # A relative import never reaches beyond the network package.
    assert membership_imports("from ..consent import wording_choices\n", "network.models") == []
