"""axe-core in Chromium on every page type: no serious or critical WCAG 2.2 AA violations, on a
desktop (1280 px) and on a phone (360 px), where the header folds and layouts stack.

Moderate and minor findings do not fail the build but are printed (pytest -s) and summarised per
page at the end of the run, so they are seen and can be tracked.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import page_type_params

pytestmark = pytest.mark.browser

AXE = Axe()  # the axe.min.js bundled with axe-playwright-python: no network needed
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
BLOCKING = {"serious", "critical"}
WIDTHS = [pytest.param(1280, id="1280px"), pytest.param(360, id="360px")]


def describe(violation):
    targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"])
    return f"[{violation['impact']}] {violation['id']}: {violation['help']} -> {targets}"


def assert_no_serious_axe_violations(page, where):
    """For journeys that check the pages they pass through."""
    violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe on {where}:\n" + "\n".join(describe(v) for v in blocking)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path"), page_type_params())
def test_no_serious_or_critical_axe_violations(page, visit, request, name, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    violations = AXE.run(visit(path), options=AXE_OPTIONS).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    advisory = [v for v in violations if v["impact"] not in BLOCKING]

    for violation in advisory:
        print(f"axe advisory on {name} ({path}, {width}px): {describe(violation)}")
    ids = ", ".join(v["id"] for v in advisory) or "none"
    summary = (
        f"{name} ({path}, {width}px): serious/critical {len(blocking)}, "
        f"moderate/minor {len(advisory)} ({ids})"
    )
    print(f"axe summary: {summary}")
    request.node.user_properties.append(("axe summary", summary))

    assert not blocking, f"axe on {path} at {width}px:\n" + "\n".join(describe(v) for v in blocking)
