"""For Wagtail's notification templates: whether a page's title names a person, and what such
a page is called (home/editorial/notifications.py)."""

from django import template

from ..editorial.notifications import kind_of, names_a_person

register = template.Library()

register.filter("names_a_person", names_a_person)
register.filter("kind_of", kind_of)
