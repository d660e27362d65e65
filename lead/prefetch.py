"""Several many-to-many relations of some objects read in one query.

A profile lists four taxonomies (expertise, roles, areas of lived experience, payment routes);
a mentor card lists a mentor's topics (expertise and roles). Read one by one, or with
prefetch_related(), that is a query per relation. The terms' models share one shape and one
order, so one UNION ALL query over the relations' link tables reads them all, and Django's
prefetch cache hands the rows to the usual `page.expertise.all()`, as prefetch_related() would.
"""

from django.db.models import Value, prefetch_related_objects

KIND = "prefetch_kind"


def prefetch_together(instances, names):
    """Read the many-to-many relations `names` of `instances` (objects of one model) together,
    into their prefetch caches. Relations to models of different columns or order are read one
    relation at a time, as Django does."""
    instances = [instance for instance in instances if instance is not None]
    if not instances:
        return
    fields = [instances[0]._meta.get_field(name) for name in names]
    models = [field.related_model for field in fields]
    columns = [field.attname for field in models[0]._meta.concrete_fields]
    ordering = list(models[0]._meta.ordering)
    if (
        len(models) < 2
        or any(key.lstrip("-") not in columns for key in ordering)  # plain columns only
        or any(
            [field.attname for field in model._meta.concrete_fields] != columns
            or list(model._meta.ordering) != ordering
            for model in models
        )
    ):
        prefetch_related_objects(instances, *names)
        return
    pks = {instance.pk for instance in instances}  # an object given twice is read once
    parts = []
    for n, field in enumerate(fields):
        # The link table names the owner and the term: filtering it needs no reverse relation
        # (a mentoring choice's topics have none).
        owner, term = field.m2m_field_name(), field.m2m_reverse_field_name()
        parts.append(
            field.remote_field.through._default_manager.filter(**{f"{owner}__in": list(pks)})
            .order_by()
            .annotate(**{KIND: Value(n)})
            .values_list(KIND, f"{owner}_id", *(f"{term}__{column}" for column in columns))
        )
    read = {(pk, name): [] for pk in pks for name in names}
    db = parts[0].db
    # The union is ordered by the first part's names of the ordering's columns.
    term = fields[0].m2m_reverse_field_name()
    order = [KIND]
    for key in ordering:
        sign, column = ("-", key[1:]) if key.startswith("-") else ("", key)
        order.append(f"{sign}{term}__{column}")
    for kind, owner_pk, *values in parts[0].union(*parts[1:], all=True).order_by(*order):
        read[owner_pk, names[kind]].append(models[kind].from_db(db, columns, values))
    for instance in instances:
        cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
        for name in names:
            manager = getattr(instance, name)
            # modelcluster's relations defer to Django's own manager for what is in the database.
            live = getattr(manager, "get_live_queryset", manager.get_queryset)
            queryset = live()
            queryset._result_cache = list(read[instance.pk, name])
            queryset._prefetch_done = True
            cache[name] = queryset
