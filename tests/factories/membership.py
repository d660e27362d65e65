"""Membership: the join page."""

import wagtail_factories

from membership.models import JoinPage


class JoinPageFactory(wagtail_factories.PageFactory):
    title = "Join the network"
    slug = "join"
    show_in_menus = True

    class Meta:
        model = JoinPage
