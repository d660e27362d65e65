"""Fixtures for paid roles: the board, and roles on it (live, draft, closed or private)."""

from functools import partial

import pytest

from .. import factories


@pytest.fixture
def board(home_page):
    return factories.board(home_page)


@pytest.fixture
def make_role(board):
    """make_role(title, live=True, restricted=False, routes=("payroll",), **fields): a role on
    the board, published unless live=False."""
    return partial(factories.make_role, board)
