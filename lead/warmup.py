"""What every worker would otherwise build at its first request, built once before gunicorn
forks the workers (preload_app, lead/gunicorn.conf.py): the URL patterns, compiled and indexed
for reverse() (Wagtail's admin alone brings hundreds, and importing them imports every view
module). A worker that replaces another (max_requests) then answers its first visitor in a
fraction of the time, and the workers share these pages of memory rather than each building a
copy of its own amid its first requests' garbage. Nothing here opens a database or cache
connection, which a fork must never share."""

from django.urls import get_resolver


def warm_up():
    get_resolver().reverse_dict  # noqa: B018 (populating it is the point)
