"""The shape of a query-budget entry."""

from collections.abc import Callable
from dataclasses import dataclass

WARM_TARGET = 8


@dataclass(frozen=True)
class ListingBudget:
    name: str
    url: str
    grow: Callable  # grow(home_page, count): add `count` more items the listing shows
    ceiling: int  # the most queries the page may make with the shared cache empty, at any size
    sizes: tuple = (3, 60)  # the two data sizes compared
    # For a page only some people see (members only): viewer(home_page) -> the account the
    # page is counted for, signed in; None counts it for an anonymous visitor.
    viewer: Callable | None = None
    # The most once the shared cache holds what the page keeps there (issue 20's target: 8).
    warm_ceiling: int = WARM_TARGET
