"""Reading the sitemap as a search engine does: the index at /sitemap.xml, then every sitemap
it lists (lead/sitemaps.py)."""

import re

LOC = re.compile(r"<loc>([^<]+)</loc>")


def local(url):
    """An absolute address's path and query, for the test client."""
    return re.sub(r"^https?://[^/]+", "", url)


def sitemaps(client):
    """{path: XML} for every sitemap the index lists (each must answer 200)."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200, index.status_code
    documents = {}
    for location in LOC.findall(index.content.decode()):
        response = client.get(local(location))
        assert response.status_code == 200, location
        documents[local(location)] = response.content.decode()
    return documents


def sitemap_text(client):
    """Every listed sitemap's XML, one after another."""
    return "\n".join(sitemaps(client).values())


def sitemap_locations(client):
    """Every page address in every listed sitemap, in order."""
    return [location for text in sitemaps(client).values() for location in LOC.findall(text)]
