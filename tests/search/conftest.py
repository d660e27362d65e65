"""Fixtures for the site search: a helper that reads a results page the way a visitor sees
it."""

import pytest
from bs4 import BeautifulSoup


class ResultsPage:
    def __init__(self, response):
        self.response = response
        self.soup = BeautifulSoup(response.content, "html.parser")

    @property
    def titles(self):
        """Result titles in order, promoted results first."""
        return [h.get_text(strip=True) for h in self.soup.select(".search-results h2")]

    @property
    def organic_titles(self):
        return [
            h.get_text(strip=True)
            for h in self.soup.select(".search-results:not(.search-results--recommended) h2")
        ]

    @property
    def summary(self):
        found = self.soup.select_one(".search-summary")
        return found.get_text(" ", strip=True) if found else ""

    @property
    def text(self):
        return self.soup.get_text(" ", strip=True)

    def type_counts(self):
        counts = {}
        for item in self.soup.select(".search-types li"):
            label, _, count = item.get_text(" ", strip=True).rpartition(" ")
            counts[label] = int(count.strip("()"))
        return counts


@pytest.fixture
def search(client):
    def _search(**params):
        response = client.get("/search/", params)
        assert response.status_code == 200, response.status_code
        return ResultsPage(response)

    return _search
