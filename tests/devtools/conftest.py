from types import SimpleNamespace

import pytest

from devtools import registry


@pytest.fixture
def declare(monkeypatch):
    """declare(SEEDERS=..., BENCH_PAGES=...): what one more feature app's seeding.py would
    declare, read after the installed apps' (so its seeders replace theirs of the same kind)."""
    modules = registry.feature_seeding_modules()

    def declare(**declarations):
        modules.append(SimpleNamespace(**declarations))
        monkeypatch.setattr(registry, "feature_seeding_modules", lambda: list(modules))

    return declare
