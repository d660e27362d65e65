"""The tests' site: the pages every test starts from, built once per test database.

It has the shape of the demo site's core, built with the factories in a fraction of the demo
loader's time: the home page, standard pages (about, privacy, accessibility), every section
a visitor reaches from the menu (blog, network directory with the brief's taxonomies, events,
join) and the site settings. The opportunities board is not part of it (most tests never
need it): `board(home_page)` adds it.
"""

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings
from network.models import DirectoryIndexPage

from .blog import blog_index
from .events import events_index
from .home import HomePageFactory, blocks, make_page
from .images import ImageFactory
from .membership import join_page
from .network import TERM_FACTORIES, directory
from .publishing import add_page


def build_site():
    """Replace Wagtail's welcome page with the tests' site; returns its home page."""
    clear_site()
    root = Page.get_first_root_node()
    home = add_page(root, HomePageFactory.build())
    Site.objects.create(
        hostname="testserver", port=80, site_name="LEAD", root_page=home, is_default_site=True
    )
    make_page(
        home,
        "About LEAD",
        slug="about",
        show_in_menus=True,
        intro="Who we are, what we stand for and how the network is run.",
        body=blocks(
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>LEAD brings together peer support workers, trainers, advisors, "
                "researchers, board members and directors.</p>",
            ),
        ),
    )
    blog_index(home)
    network = directory(home)
    events_index(home)
    join_page(home)
    privacy = make_page(
        home,
        "Privacy notice",
        slug="privacy",
        intro="How LEAD collects, uses and protects your information.",
    )
    accessibility = make_page(
        home,
        "Accessibility statement",
        slug="accessibility",
        intro="How accessible this website is, and how to tell us about a problem.",
    )
    home.cta_page = network
    home.save_revision().publish()
    SiteSettings.objects.create(
        site=home.get_site(),
        organisation_name="LEAD: Lived Experience Advisory Directory",
        organisation_details="A network of lived-experience leaders across the UK.",
        contact_email="hello@lead.example",
        privacy_page=privacy,
        accessibility_page=accessibility,
        default_share_image=ImageFactory(title="LEAD share image"),
    )
    return HomePage.objects.get(pk=home.pk)


def site_is_built():
    """True when the database holds this module's site (a reused test database may hold an
    older one, such as the demo's core that the suite used to start from)."""
    home = HomePage.objects.filter(depth=2).first()
    return (
        home is not None
        and home.intro == HomePageFactory.intro
        and DirectoryIndexPage.objects.exists()
        and SiteSettings.objects.filter(site__root_page=home).exists()
    )


def clear_site():
    """Remove everything a site is made of, down to the tree's root: pages, sites and their
    settings, images, taxonomy terms and accounts."""
    for page in Page.get_first_root_node().get_children():
        page.delete()
    Site.objects.all().delete()
    get_image_model().objects.all().delete()
    for term_factory in TERM_FACTORIES:
        term_factory._meta.model.objects.all().delete()
    get_user_model().objects.all().delete()


def restore_welcome_page():
    """The tree as `migrate` leaves it: Wagtail's welcome page served by a localhost site."""
    clear_site()
    welcome = Page(title="Welcome to your new Wagtail site!", slug="home")
    Page.get_first_root_node().add_child(instance=welcome)
    Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    return welcome
