from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from lead.view_restrictions import is_private_path

from ..models import PledgePage
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


@register.filter
def pence_cell(value):
    """As `pence`, for a table cell on a narrow screen: a long sum may wrap after a thousands
    comma ("£71,540,|000.00"), never inside a group of digits."""
    return mark_safe(escape(pence(value)).replace(",", ",<wbr>"))  # noqa: S308 (escaped first)


@register.inclusion_tag("opportunities/includes/pledge_badge.html", takes_context=True)
def pledge_badge(context, organisation_name="", role=None):
    """The badge and a line linking to the pledge page, whose address is read once a request
    however many cards carry the badge (with the roles, when `role` came from with_pledge)."""
    return {
        "pledge_url": pledge_page_url(context.get("request"), role),
        "organisation_name": organisation_name,
    }


def pledge_page_url(request, role=None):
    url = getattr(request, "_pledge_page_url", None)
    if url is None:
        if hasattr(role, "pledge_page_path"):
            url = _url_read_with(role, request)
        else:
            page = PledgePage.objects.live().public().first()
            url = page.get_url(request) if page is not None else ""
        if request is not None:
            request._pledge_page_url = url
    return url


def _url_read_with(role, request):
    """The pledge page's address from the columns read with the role; empty when there is
    no live pledge page, or it is not public."""
    path = role.pledge_page_path
    if path is None or is_private_path(path):
        return ""
    return PledgePage(path=path, url_path=role.pledge_page_url_path).get_url(request)
