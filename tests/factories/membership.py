"""Membership: the join page."""

import wagtail_factories

from membership.models import JoinPage


class JoinPageFactory(wagtail_factories.PageFactory):
    title = "Join the network"
    slug = "join"
    intro = "Apply to be listed in the directory and to join our peer community."
    show_in_menus = True

    class Meta:
        model = JoinPage
