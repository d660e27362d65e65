"""From every live demo profile a visitor can reach the member: "Write to <name>" where the
member takes messages, "Ask LEAD to introduce you" everywhere else, and each link opens a
working form."""

import re

import pytest

from network.models import ProfilePage

pytestmark = pytest.mark.django_db

WRITE = re.compile(r'href="(/network/[\w-]+/contact/)">Write to ')
INTRODUCE = re.compile(r'href="(/network/[\w-]+/introduce/)">Ask LEAD to introduce you')


def test_every_live_demo_profile_offers_one_route_that_works(client, full_demo_site):
    profiles = list(ProfilePage.objects.live().public().order_by("slug"))
    assert len(profiles) >= 40  # the control: the demo's directory is there
    routes = {"write": [], "introduce": []}
    for profile in profiles:
        html = client.get(profile.url).content.decode()
        write, introduce = WRITE.findall(html), INTRODUCE.findall(html)
        assert len(write) + len(introduce) == 1, f"{profile.slug} offers {write + introduce}"
        (link,) = write + introduce
        assert link.startswith(f"/network/{profile.slug}/")
        routes["write" if write else "introduce"].append(profile.slug)
        form = client.get(link)
        assert form.status_code == 200, link
        assert '<form class="membership-form" method="post"' in form.content.decode()
    # The demo has both kinds: its member takes messages; the others are introduced.
    assert routes["write"] == ["danielle-hartley"]
    assert "imran-siddiqui" in routes["introduce"]
