"""What goes into the search index.

- `index_pages`: index pages in bulk, for code that writes pages or their relations without
  saving each page (a publication's many-to-many values, a renamed taxonomy term, pages created
  in bulk).
- `index_text_as_nfc`: every text value indexed for search or autocomplete is put in Unicode NFC
  first, as queries are (search/query.py). Otherwise a name saved with "a" + a combining accent
  (as some keyboards and pasted text give it) and the same name typed with "á" are different
  words to the backend, and neither finds the other. The stored page keeps the
  text as typed; only the index is normalised.
"""

import unicodedata
from functools import wraps

from modelsearch import index
from wagtail.search.backends import get_search_backends


def index_pages(model, pages):
    """Add pages of one model to every search backend, in one go (what saving one page does)."""
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, pages)


def nfc(value):
    """`value` with every string in it (in lists and dicts too: StreamField's searchable
    content is a list) in NFC; anything else unchanged."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list | tuple):
        return [nfc(item) for item in value]
    if isinstance(value, dict):
        return {key: nfc(item) for key, item in value.items()}
    return value


def _nfc_values(get_value):
    @wraps(get_value)
    def get_nfc_value(self, obj):
        return nfc(get_value(self, obj))

    get_nfc_value.lead_nfc = True
    return get_nfc_value


def index_text_as_nfc():
    """Called once at start-up (SearchConfig.ready). modelsearch reads every indexed value
    through the field's `get_value`, whatever the backend; filter fields keep their values as
    they are (numbers, dates, booleans)."""
    for field_class in (index.SearchField, index.AutocompleteField):
        if not getattr(field_class.get_value, "lead_nfc", False):
            field_class.get_value = _nfc_values(field_class.get_value)
