"""Spreadsheet downloads from the admin never hand a spreadsheet a formula.

Every "Download CSV" and "Download XLSX" in the admin (the search reports, Wagtail's own reports,
redirects, any listing with `list_export`) goes through Wagtail's `SpreadsheetExportMixin`, and
some of what they hold was typed by people outside the team: anonymous searches, a member's
display name. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return runs as a
formula when the file is opened (`=HYPERLINK(...)` sends the reader's click anywhere), so
`protect_exports` (called once at start-up, HomeConfig.ready) changes the mixin itself:

- CSV: such a text cell gets a leading `'` (OWASP's advice), headings included, and every cell
  is quoted, so a `;` or `,` inside a value never starts a new cell in a spreadsheet that splits
  on it. Text that is a negative number ("-5" typed into search) is prefixed too: it is text,
  and a spreadsheet cannot tell it from the start of a formula. Numbers the export counts
  itself stay numbers.
- XLSX: cells are typed, so text is never a formula (Wagtail already stores text that starts
  with `=` as text); such cells are also marked "quote prefix", Excel's own flag for text that
  looks like a formula, so editing the cell does not turn it into one. The text shows as typed.
"""

import csv

from wagtail.admin.views import mixins
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(value):
    """A CSV cell's value that a spreadsheet reads as text, never as a formula."""
    return f"'{value}" if looks_like_formula(value) else value


def _stream_csv(self, queryset):
    writer = csv.DictWriter(mixins.Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_ALL)
    yield writer.writerow(
        {field: neutralise(self.get_heading(queryset, field)) for field in self.list_export}
    )
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


def protect_exports():
    mixin = SpreadsheetExportMixin
    if getattr(mixin, "lead_protected", False):
        return
    preprocess, generate_xlsx_row = mixin.preprocess_field_value, mixin.generate_xlsx_row

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return neutralise(value) if export_format == mixin.FORMAT_CSV else value

    def generate_quoted_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in generate_xlsx_row(self, worksheet, row_dict, date_format=date_format):
            if looks_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell

    mixin.stream_csv = _stream_csv
    mixin.preprocess_field_value = preprocess_field_value
    mixin.generate_xlsx_row = generate_quoted_xlsx_row
    mixin.lead_protected = True
