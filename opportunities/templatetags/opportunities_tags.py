from django import template

from ..pay import pounds as pounds_text

register = template.Library()


@register.filter
def pounds(value):
    """£25, £27.50, £1,250."""
    return pounds_text(value) if value is not None else ""
