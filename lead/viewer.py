"""Who the signed-in viewer is, as far as pages need to know: their groups (members see values
shown to members; a section may be open to some groups) and whether they may use the admin
(Wagtail's userbar). Read once per request and held on the request's user, so a change of
groups shows on the next request: with the user, by the authentication backend below, or else
in one query of their own."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, F, OuterRef, Q, Value

_HELD = "_lead_viewer"
_NO_GROUP = -1


def _admin_access(user):
    """Wagtail's "access admin" permission where `user` (a user or an OuterRef) holds it,
    themselves or through a group."""
    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).filter(Q(user=user) | Q(group__user=user))


class ViewerBackend(ModelBackend):
    """Django's ModelBackend, which reads the signed-in user on every request with what this
    module holds (their groups, admin access) in the same query: one row per group."""

    def get_user(self, user_id):
        rows = list(
            get_user_model()
            ._default_manager.filter(pk=user_id)
            .annotate(
                viewer_group_id=F("groups__id"),
                viewer_group_name=F("groups__name"),
                viewer_admin=Exists(_admin_access(OuterRef("pk"))),
            )
        )
        if not rows or not self.user_can_authenticate(rows[0]):
            return None
        user = rows[0]
        groups = {row.viewer_group_id: row.viewer_group_name for row in rows}
        groups.pop(None, None)  # no group: the one row's group columns are empty
        setattr(user, _HELD, (groups, user.viewer_admin))
        return user


def _read(user):
    """({group id: group name}, may use the admin), from one UNION ALL query."""
    groups = Group.objects.filter(user=user).order_by().annotate(admin=Value(False))
    admin = (
        _admin_access(user)
        .order_by()
        .annotate(group_id=Value(_NO_GROUP), group_name=Value(""), admin=Value(True))
    )
    rows = groups.values_list("pk", "name", "admin").union(
        admin.values_list("group_id", "group_name", "admin"), all=True
    )
    names, may_use_admin = {}, False
    for pk, name, is_admin in rows:
        if is_admin:
            may_use_admin = True
        else:
            names[pk] = name
    return names, may_use_admin


def _held(user):
    if not user.is_authenticated:
        return {}, False
    held = getattr(user, _HELD, None)
    if held is None:
        held = _read(user)
        setattr(user, _HELD, held)
    return held


def group_ids(user):
    """The ids of the user's groups (none for an anonymous visitor)."""
    return frozenset(_held(user)[0])


def group_names(user):
    """The names of the user's groups (none for an anonymous visitor)."""
    return frozenset(_held(user)[0].values())


def may_use_admin(user):
    """Whether the user holds Wagtail's "access admin" permission, themselves or through a
    group (superusers aside: they hold every permission without rows)."""
    return _held(user)[1]
