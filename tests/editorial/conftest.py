import pytest
from django.contrib.auth.models import Group

from ..blog.builders import blog_index
from ..network.conftest import directory, make_profile  # noqa: F401 (shared fixtures)


@pytest.fixture
def user_in(django_user_model):
    """user_in("Editors"): a new account in that group."""

    def _make(group_name, username=None):
        username = username or f"test-{group_name.lower()}"
        user = django_user_model.objects.create_user(
            username, f"{username}@example.com", "pw-test-1234"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return _make


@pytest.fixture
def blog(home_page):
    return blog_index(home_page)
