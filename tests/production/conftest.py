from ..membership.conftest import other_member  # noqa: F401 (shared fixtures)
from ..network.conftest import directory, make_profile, member_user  # noqa: F401
