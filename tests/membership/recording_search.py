"""Search backends for tests that stand for an external index (OpenSearch): one records what it
is asked to delete, one is unreachable."""

from modelsearch.backends.base import BaseSearchBackend

DELETED = []


class RecordingSearchBackend(BaseSearchBackend):
    def delete(self, obj):
        DELETED.append((type(obj).__name__, obj.pk))


class UnreachableSearchBackend(BaseSearchBackend):
    catch_indexing_errors = True  # as the OpenSearch backends: a failed update is logged

    def delete(self, obj):
        raise ConnectionError("search server down")
