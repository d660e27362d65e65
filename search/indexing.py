"""Index pages in bulk, for code that writes pages or their relations without saving each page
(a publication's many-to-many values, a renamed taxonomy term, pages created in bulk)."""

from wagtail.search.backends import get_search_backends


def index_pages(model, pages):
    """Add pages of one model to every search backend, in one go (what saving one page does)."""
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, pages)
