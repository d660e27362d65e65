"""The demo's fair-pay pledge: `load_demo_content` on a new install ends with the pledge page at
/for-organisations/pledge/, two checked signatories listed (their roles badged) and one waiting
(not listed, its roles unbadged); a second run adds nothing."""

import io

import pytest
from django.core.management import call_command

from opportunities.models import PledgePage, PledgeSignature, PledgeStatus, PledgeVersion

pytestmark = pytest.mark.django_db


def test_the_demo_builds_the_pledge_with_two_checked_signatories(full_demo_site, client):
    page = PledgePage.objects.get()
    assert page.live and page.url == "/for-organisations/pledge/"
    assert page.get_parent().specific_class.__name__ == "GuideIndexPage"
    version = PledgeVersion.current()
    assert version.label == "Version 1" and version.commitments.count() == 5
    statuses = sorted(PledgeSignature.objects.values_list("status", flat=True))
    assert statuses == [PledgeStatus.PENDING, PledgeStatus.VERIFIED, PledgeStatus.VERIFIED]

    html = client.get("/for-organisations/pledge/").content.decode()
    assert "2 organisations have signed" in html
    assert "Riverside Mental Health NHS Foundation Trust</p>" in html
    assert "Open Door Peer Collective</p>" in html
    assert "Cairn Wellbeing Trust" not in html  # waiting to be checked
    assert "Priya Lomax" not in html and "Martin Oyelaran" not in html  # private
    badged = client.get("/opportunities/lived-experience-board-member/").content.decode()
    assert "Riverside Mental Health NHS Foundation Trust has signed" in badged
    pending = client.get("/opportunities/peer-mentor-new-peer-workers/").content.decode()
    assert "Cairn Wellbeing Trust" in pending and "Fair-pay pledge" not in pending

    call_command("load_demo_content", stdout=io.StringIO())
    assert PledgeSignature.objects.count() == 3 and PledgePage.objects.count() == 1
    assert PledgeVersion.objects.count() == 1
