"""Membership: the join page."""

import wagtail_factories

from membership.models import JoinPage

from .publishing import add_page


class JoinPageFactory(wagtail_factories.PageFactory):
    title = "Join the network"
    slug = "join"
    intro = "Apply to be listed in the directory and to join our peer community."
    show_in_menus = True

    class Meta:
        model = JoinPage


def join_page(home_page):
    """The join page at /join/, added under the home page if the site has none."""
    return JoinPage.objects.first() or add_page(home_page, JoinPageFactory.build())
