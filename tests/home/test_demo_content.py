"""The demo loader builds the tree once and changes nothing when run again."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from home.models import HomePage, SiteSettings
from opportunities.models import OpportunityIndexPage

# The loader builds the demo from what `migrate` leaves, as on a new install.
pytestmark = pytest.mark.usefixtures("freshly_migrated")


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": Site.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


@pytest.mark.django_db
def test_demo_tree_and_settings(client):
    call_command("load_demo_content", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    slugs = list(home.get_children().live().values_list("slug", flat=True))
    assert slugs == [
        "about", "blog", "network", "events", "join", "privacy", "accessibility", "follow",
        "members", "contact", "for-organisations", "for-members", "opportunities", "pathways",
    ]  # fmt: skip
    # Roles link to the members' guide in its section, not to a page of their own.
    board = OpportunityIndexPage.objects.get()
    assert board.benefits_guide.url == "/for-members/payments-and-benefits/"
    # The home page's "For organisations" section names pages two apps built.
    section = next(block for block in home.body if block.block_type == "for_organisations")
    linked = [item["page"].url for item in section.value["links"]]
    assert linked == [
        "/network/", "/for-organisations/", "/for-organisations/pay-calculator/",
        "/for-organisations/pledge/",
    ]  # fmt: skip
    # Wagtail's placeholder welcome page is gone.
    assert Page.objects.filter(depth=2).count() == 1
    site_settings = SiteSettings.for_site(site)
    assert site_settings.privacy_page.slug == "privacy"
    assert site_settings.follow_page.slug == "follow"
    assert site_settings.contact_page.slug == "contact"
    assert site_settings.default_share_image is not None
    assert site_settings.contact_email == "hello@lead.example"
    assert home.cta_page.slug == "network"
    assert Page.find_problems() == ([], [], [], [], [])
    # The Follow page explains the demo's feeds and calendar, linked from every footer.
    follow = client.get("/follow/").content.decode()
    for words in ("Follow LEAD", "Prefer email?", "/blog/feed/rss", "/opportunities/feed/rss/"):
        assert words in follow
    assert "webcal://" in follow and "/events/calendar.ics" in follow
    assert 'href="/follow/">Follow LEAD</a>' in client.get("/about/").content.decode()


@pytest.mark.django_db
def test_running_the_loader_twice_changes_nothing():
    call_command("load_demo_content", stdout=io.StringIO())
    before = counts()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert counts() == before
    assert "nothing changed" in out.getvalue()


@pytest.mark.django_db
def test_loader_keeps_editors_changes():
    call_command("load_demo_content", stdout=io.StringIO())
    about = Page.objects.get(slug="about").specific
    about.title = "About us (edited)"
    about.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.get(slug="about").title == "About us (edited)"


@pytest.mark.django_db
def test_ensure_admin_prints_a_generated_password_once(django_user_model):
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    text = out.getvalue()
    password = text.split("password: ")[1].split()[0]
    assert len(password) >= 16
    user = django_user_model.objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert "already exists" in again.getvalue()
    assert password not in again.getvalue()
    assert django_user_model.objects.filter(is_superuser=True).count() == 1
