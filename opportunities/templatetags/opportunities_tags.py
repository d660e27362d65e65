from django import template

from ..pay import pounds as pounds_text
from ..pay import pounds_and_pence

register = template.Library()


@register.filter
def pounds(value):
    """£25, £27.50, £1,250."""
    return pounds_text(value) if value is not None else ""


@register.filter
def pence(value):
    """£1,650.00: always two decimals (the pay calculator's sums)."""
    return pounds_and_pence(value) if value is not None else ""
