"""Who the signed-in viewer is, as far as pages need to know: their groups (members see values
shown to members; a section may be open to some groups) and whether they may use the admin
(Wagtail's userbar). Read together in one query, once per request, and held on the request's
user, so a change of groups shows on the next request."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q, Value

_HELD = "_lead_viewer"
_NO_GROUP = -1


def _read(user):
    """({group id: group name}, may use the admin), from one UNION ALL query."""
    groups = Group.objects.filter(user=user).order_by().annotate(admin=Value(False))
    admin = (
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
        .filter(Q(user=user) | Q(group__user=user))
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
