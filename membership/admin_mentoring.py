"""Peer mentoring in the admin: numbers only. Editors see how many members offer or look for
mentoring and how many requests wait, were accepted or were declined, never who or what was
written (mentoring is between members)."""

from django.shortcuts import render
from django.urls import reverse

from home.editorial.dashboard import DashboardItem

from . import mentoring


def mentoring_numbers_view(request):
    numbers = mentoring.counts()
    rows = [
        ("Members who offer mentoring", numbers["mentors"]),
        ("Members looking for a mentor", numbers["seeking"]),
        ("Requests waiting for an answer", numbers["waiting"]),
        ("Requests accepted", numbers["accepted"]),
        ("Requests declined", numbers["declined"]),
    ]
    return render(
        request,
        "membership/admin/mentoring_numbers.html",
        {"rows": rows, "page_title": "Mentoring in numbers", "header_icon": "group"},
    )


def mentoring_dashboard_items(request):
    """One line: requests waiting for a mentor's answer (members act on them, not the team:
    the line links to the numbers)."""
    return [
        DashboardItem(
            "mentoring request waiting for a member's answer",
            "mentoring requests waiting for a member's answer",
            mentoring.counts()["waiting"],
            reverse("membership_mentoring_numbers"),
            "See the numbers",
            order=27,
        )
    ]
