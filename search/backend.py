"""The site's database search backend: Wagtail's (modelsearch's), with two changes.

`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backend"` picks, like
`wagtail.search.backends.database`, the backend for the database in use:

- SQLite (FTS5): modelsearch ranks each match with a correlated subquery that runs the FTS
  `MATCH` again for every matching row, so a common word over 13,000 pages took seconds. Here
  the FTS table is joined once (FTS match -> index entry by rowid -> page by primary key) and
  ranked with FTS5's own `bm25()`, which weights a title match well above a body match. Filters
  on the queryset (`.live().public()`, types) stay in the same statement, so counting and a page
  of ten results are each one query, and LIMIT lets SQLite keep only the top rows.
- PostgreSQL: the ranking weights the title above the body (title rank x TITLE_WEIGHT), so a
  title match ranks above a match in body text only, and names the text search configuration
  so the query is worked out once per search rather than once per ranked row.

Everything else (indexing, autocomplete, facets, filters, other databases) is modelsearch's.
"""

from django.db import connection, models
from django.db.models import F
from django.db.models.expressions import RawSQL
from modelsearch.backends import database
from modelsearch.conf import get_app_config
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

# How much more a word in the title counts than the same word in the body.
TITLE_WEIGHT = 10.0


def _integer_pk(model):
    pk = model._meta.pk
    field = pk.target_field if pk.is_relation else pk
    return isinstance(field, models.IntegerField)


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        return _sqlite_backend_class()(params)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return backend


def _sqlite_backend_class():
    # Not at the top: each database's backend module defines models for its own database only
    # (importing the SQLite one on PostgreSQL fails), so it is imported once that one is in use.
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )

    app_config = get_app_config()
    index_entry = app_config.get_model("IndexEntry")
    fts_entry = app_config.get_model("SQLiteFTSIndexEntry")

    class JoinedFTSMixin:
        # bm25() weights, in the FTS table's column order: autocomplete, body, title. The
        # autocomplete column repeats the title, so it does not count towards the rank.
        BM25_WEIGHTS = (0.0, 1.0, TITLE_WEIGHT)

        def search(self, config, start, stop, score_field=None):
            query = normalize(self.query)
            model = self.queryset.model
            if isinstance(query, MatchAll | Not) or not _integer_pk(model):
                return super().search(config, start, stop, score_field=score_field)
            match = MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS,
                self.build_search_query(query, config=config),
            )
            match_sql, match_params = match.as_sql(
                self.queryset.query.get_compiler(connection=connection), connection
            )
            qn = connection.ops.quote_name
            fts, entries = qn(fts_entry._meta.db_table), qn(index_entry._meta.db_table)
            pk = f"{qn(model._meta.db_table)}.{qn(model._meta.pk.column)}"
            type_ids = ",".join(map(str, get_descendants_content_types_pks(model)))
            ranked = self.order_by_relevance or score_field is not None
            if not ranked:
                # Only which rows match: an uncorrelated subquery (run once), which also keeps
                # the queryset usable inside other queries (the directory's facets).
                ids = (
                    f"SELECT CAST({entries}.object_id AS INTEGER) FROM {fts} "  # noqa: S608
                    f"CROSS JOIN {entries} ON {entries}.id = {fts}.rowid "
                    f"WHERE {match_sql} AND +{entries}.content_type_id IN ({type_ids})"
                )
                queryset = self.queryset.filter(pk__in=RawSQL(ids, match_params))  # noqa: S611
                if not queryset.query.order_by:
                    queryset = queryset.order_by("-pk")
                return queryset[start:stop]
            weights = ", ".join(str(weight) for weight in self.BM25_WEIGHTS)
            score = score_field or "_score"
            # Ranked: one join, FTS match -> index entry by rowid -> row by primary key.
            queryset = self.queryset.extra(  # noqa: S610 - fixed SQL; the match is a parameter
                select={score: f"bm25({fts}, {weights})"},
                tables=[index_entry._meta.db_table, fts_entry._meta.db_table],
                where=[
                    f"{entries}.id = {fts}.rowid",
                    f"CAST({entries}.object_id AS INTEGER) = {pk}",
                    # Unary + keeps SQLite from reaching the FTS table through the entries'
                    # content type index (one MATCH per entry, seconds at scale): the FTS
                    # match must drive the join.
                    f"+{entries}.content_type_id IN ({type_ids})",
                    match_sql,
                ],
                params=match_params,
            )
            if self.order_by_relevance:
                # bm25() is lower for a better match.
                queryset = queryset.order_by(score, "-pk")
            elif not queryset.query.order_by:
                queryset = queryset.order_by("-pk")
            return queryset[start:stop]

    class JoinedSearchCompiler(JoinedFTSMixin, SQLiteSearchQueryCompiler):
        pass

    class JoinedAutocompleteCompiler(JoinedFTSMixin, SQLiteAutocompleteQueryCompiler):
        BM25_WEIGHTS = (1.0, 0.0, 0.0)

    class Results(SQLiteSearchResults):
        def as_queryset(self, with_text=False):
            """The matches as a queryset (unsliced), to filter or count in the database; with
            `with_text`, each row also has `search_text`, its indexed body text (ranked
            searches only: they join the index entry)."""
            queryset = self.get_queryset()
            if with_text and self.query_compiler.order_by_relevance:
                entries = connection.ops.quote_name(index_entry._meta.db_table)
                queryset = queryset.extra(select={"search_text": f"{entries}.body"})  # noqa: S610
            return queryset

    class LeadSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = JoinedSearchCompiler
        autocomplete_query_compiler_class = JoinedAutocompleteCompiler
        results_class = Results

    return LeadSQLiteSearchBackend


_server_configs = {}


def _server_config():
    """PostgreSQL's default text search configuration (what the index was built with when the
    backend names none), read once per database."""
    key = connection.settings_dict.get("NAME")
    if key not in _server_configs:
        with connection.cursor() as cursor:
            cursor.execute("SHOW default_text_search_config")
            _server_configs[key] = cursor.fetchone()[0]
    return _server_configs[key]


def _postgres_backend_class():
    # Not at the top: as for SQLite above, only on the database it is for.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )

    class TitleWeightedCompiler(PostgresSearchQueryCompiler):
        def get_index_vectors(self, search_query):
            return [
                (F("index_entries__title"), F("index_entries__title_norm") * TITLE_WEIGHT),
                (F("index_entries__body"), 1.0),
            ]

        def _build_rank_expression(self, vectors, config):
            # Rank with the configuration named: to_tsquery(regconfig, text) is immutable, so
            # PostgreSQL works the query out once, not once for every row it ranks (half the
            # cost of ranking thousands of matches). The match itself keeps the backend's form.
            return super()._build_rank_expression(vectors, config or _server_config())

    class Results(PostgresSearchResults):
        def as_queryset(self, with_text=False):
            queryset = self.get_queryset()
            if with_text and self.query_compiler.order_by_relevance:
                queryset = queryset.annotate(search_text=F("index_entries__body_text"))
            return queryset

    class LeadPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = TitleWeightedCompiler
        autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
        results_class = Results

    return LeadPostgresSearchBackend
