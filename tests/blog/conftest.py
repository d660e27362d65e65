from functools import partial

import pytest

from ..factories import make_post


@pytest.fixture
def post(blog):
    """post(title, live=True, restricted=False, categories=[slugs], tags=[...], ...): a post in
    the blog."""
    return partial(make_post, blog)
