import pytest

from ..factories import UserFactory


@pytest.fixture
def user_in(db):
    """user_in("Editors"): a new account in that group."""

    def _make(group_name, username=None):
        username = username or f"test-{group_name.lower()}"
        return UserFactory(username=username, groups=[group_name])

    return _make
