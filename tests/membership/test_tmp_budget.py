import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.core.cache import cache

from ..quality.features.membership import add_mentors, mentoring_member

pytestmark = pytest.mark.django_db


def test_tmp(home_page):
    user = mentoring_member(home_page)
    out = {}
    made = 0
    for size in (3, 60):
        add_mentors(home_page, size - made)
        made = size
        cache.clear()
        client = Client()
        client.force_login(user)
        for url in ("/account/mentors/", "/account/mentors/?topic=co-production&online=on"):
            client.get(url)
            with CaptureQueriesContext(connection) as ctx:
                r = client.get(url)
            assert r.status_code == 200
            out[(size, url)] = [q["sql"][:200] for q in ctx.captured_queries]
    for key, qs in out.items():
        print("=====", key, len(qs))
    a, b = out[(3, "/account/mentors/")], out[(60, "/account/mentors/")]
    for q in b:
        if q not in a:
            print("NEW", q)
    assert 0
