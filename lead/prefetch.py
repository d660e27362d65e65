"""Several many-to-many relations of one page read in one query.

A profile lists four taxonomies (expertise, roles, areas of lived experience, payment routes):
read one by one, that is four queries on every view of every profile. Their models share one
shape and one order, so one UNION ALL query reads them all, and Django's prefetch cache hands the
rows to the usual `page.expertise.all()`, as prefetch_related() would have (one query each).
"""

from django.db.models import Value, prefetch_related_objects

KIND = "prefetch_kind"


def prefetch_together(instance, names):
    """Read the many-to-many relations `names` of `instance` together, into its prefetch cache.
    Relations to models of different columns or order are read one by one, as Django does."""
    fields = [instance._meta.get_field(name) for name in names]
    models = [field.related_model for field in fields]
    columns = [field.attname for field in models[0]._meta.concrete_fields]
    ordering = list(models[0]._meta.ordering)
    if len(models) < 2 or any(
        [field.attname for field in model._meta.concrete_fields] != columns
        or list(model._meta.ordering) != ordering
        for model in models
    ):
        prefetch_related_objects([instance], *names)
        return
    parts = [
        model._default_manager.filter(**{field.related_query_name(): instance.pk})
        .order_by()
        .annotate(**{KIND: Value(n)})
        .values_list(KIND, *columns)
        for n, (field, model) in enumerate(zip(fields, models, strict=True))
    ]
    read = {name: [] for name in names}
    db = parts[0].db
    for kind, *values in parts[0].union(*parts[1:], all=True).order_by(KIND, *ordering):
        read[names[kind]].append(models[kind].from_db(db, columns, values))
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    for name in names:
        manager = getattr(instance, name)
        # modelcluster's relations defer to Django's own manager for what is in the database.
        live = getattr(manager, "get_live_queryset", manager.get_queryset)
        queryset = live()
        queryset._result_cache = read[name]
        queryset._prefetch_done = True
        cache[name] = queryset
