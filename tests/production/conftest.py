from ..network.conftest import directory, make_profile, member_user  # noqa: F401 (shared fixtures)
