"""Every spreadsheet the admin offers (CSV and XLSX) hands over text, never a formula, even
where the text was typed by a visitor: a search, a member's display name, a page title."""

import csv
import io

import openpyxl
import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from home.editorial.exports import FORMULA_STARTS
from home.editorial.roles import EDITORS
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

PAGE_TITLE = '=HYPERLINK("https://evil.example/","Open")'
UNCONSENTED = "+1+1 Person"
IN_REVIEW = "@SUM(1+1) Person"
POPULAR = "-2+3"
NOTHING_FOUND = "=1+1"
REDIRECT_LINK = "=cmd|' /C calc'!A0"

# Each export the admin offers, and what planted below it must show (every one, prefixed).
EXPECTED = {
    "/admin/reports/searches/popular/": [POPULAR, NOTHING_FOUND],
    "/admin/reports/searches/nothing-found/": [NOTHING_FOUND],
    "/admin/searchpicks/reports/search-terms/": [POPULAR, NOTHING_FOUND],
    "/admin/reports/profiles-without-consent/": [UNCONSENTED],
    "/admin/reports/missing-descriptions/": [PAGE_TITLE],
    "/admin/reports/locked/": [PAGE_TITLE],
    "/admin/reports/aging-pages/": [PAGE_TITLE],
    "/admin/reports/site-history/": [PAGE_TITLE, IN_REVIEW],
    "/admin/reports/workflow/": [IN_REVIEW],
    "/admin/reports/workflow_tasks/": [IN_REVIEW],
    "/admin/redirects/": [REDIRECT_LINK],
}


def export_urls(patterns=None, prefix="/"):
    """Every admin listing that offers a spreadsheet download (its list_export is not empty)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from export_urls(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "view_class", None)
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if (
                view
                and issubclass(view, SpreadsheetExportMixin)
                and view.list_export
                and not initkwargs.get("results_only")
            ):
                yield prefix + str(pattern.pattern)


def test_every_export_is_planted_below():
    """A new export joins EXPECTED with something planted that it shows."""
    assert sorted(export_urls()) == sorted(EXPECTED)


@pytest.fixture
def planted(client, admin_user, make_page, make_profile, user_in):
    page = make_page(PAGE_TITLE, intro="")
    Page.objects.filter(pk=page.pk).update(
        locked=True, locked_by=admin_user, locked_at=timezone.now()
    )
    make_profile(UNCONSENTED, live=False, consent_given_at=None)
    in_review = Page.objects.get(pk=make_profile(IN_REVIEW, live=False).pk).specific
    in_review.get_workflow().start(in_review, user_in(EDITORS))
    Query.get(POPULAR).add_hit()
    Query.get(POPULAR).add_hit()
    ZeroResultQuery.record(Query.get(NOTHING_FOUND))
    Query.get(NOTHING_FOUND).add_hit()
    Redirect.objects.create(old_path="/old-page", redirect_link=REDIRECT_LINK)
    client.force_login(admin_user)
    return client


def download(client, url, export_format):
    response = client.get(url, {"export": export_format})
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url", sorted(EXPECTED))
def test_csv_cells_are_text_never_formulas(planted, url):
    rows = list(csv.reader(io.StringIO(download(planted, url, "csv").decode("utf-8"))))
    cells = [cell for row in rows for cell in row]
    for text in EXPECTED[url]:
        assert f"'{text}" in cells, f"{url} did not show {text!r} as text"
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == [], url


def test_csv_cells_are_quoted_so_a_separator_never_starts_a_cell(planted):
    line = download(planted, "/admin/reports/searches/nothing-found/", "csv").decode().splitlines()
    assert line[1].startswith(f'"\'{NOTHING_FOUND}","1",')


def test_a_negative_number_typed_as_text_is_prefixed_too(planted):
    Query.get("-5").add_hit()
    text = download(planted, "/admin/reports/searches/popular/", "csv").decode()
    assert ["'-5", "1"] in list(csv.reader(io.StringIO(text)))


XLSX_CHECKED = [
    "/admin/reports/searches/popular/",
    "/admin/reports/profiles-without-consent/",
    "/admin/reports/site-history/",
]


@pytest.mark.parametrize("url", XLSX_CHECKED)
def test_xlsx_cells_are_text_shown_as_typed(planted, url):
    sheet = openpyxl.load_workbook(io.BytesIO(download(planted, url, "xlsx"))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    by_text = {cell.value: cell for cell in cells if isinstance(cell.value, str)}
    for text in EXPECTED[url]:
        assert text in by_text, f"{url} did not show {text!r} as typed"
        assert by_text[text].data_type == "s" and by_text[text].quotePrefix, text
