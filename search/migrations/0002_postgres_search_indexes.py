"""PostgreSQL only (nothing happens on other databases):

- a GIN index on the index entries' `title || body`, the expression modelsearch's PostgreSQL
  backend matches against (without it every search reads every entry);
- the pg_trgm extension, for "did you mean" (trigram similarity). Creating it needs a role
  allowed to (pg_trgm is a trusted extension: the database owner can); if that fails, search
  works without suggestions (see search/suggest.py).
"""

from django.db import migrations

INDEX_NAME = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    table = connection.ops.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON {table} USING gin ((title || body))"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute("SAVEPOINT search_trgm")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except Exception:
                cursor.execute("ROLLBACK TO SAVEPOINT search_trgm")
            else:
                cursor.execute("RELEASE SAVEPOINT search_trgm")
    except Exception:  # noqa: S110 - "did you mean" degrades to off without the extension
        pass


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
