import pytest

from ..network.conftest import directory, make_profile  # noqa: F401 (shared fixtures)
from .builders import blog_index, make_post


@pytest.fixture
def blog(home_page):
    return blog_index(home_page)


@pytest.fixture
def post(blog):
    """make_post(title, live=True, restricted=False, categories=[slugs], tags=[...], ...)."""

    def _make(title, **kwargs):
        return make_post(blog, title, **kwargs)

    return _make
