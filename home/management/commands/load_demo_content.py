"""Build the demo site. Safe to run again: it only adds what is missing and never overwrites
what an editor has changed."""

import io
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.blocks import default_home_sections
from home.demo import copy
from home.demo.accounts import ensure_team_accounts
from home.models import FollowPage, HomePage, SiteSettings, StandardPage
from lead import features
from lead.features import declared

SHARE_IMAGE_TITLE = "LEAD share image"


class Command(BaseCommand):
    help = "Load the demo pages and site settings (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--core-only",
            action="store_true",
            help="Only the core pages and settings, without the feature apps' sections "
            "(the test suite's fast starting point).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        home, site = self.ensure_home()
        created = []
        for spec in copy.PAGES:
            if not home.get_children().filter(slug=spec["slug"]).exists():
                self.add_page(home, StandardPage, spec)
                created.append(spec["slug"])
        if not FollowPage.objects.exists():
            follow = self.add_page(home, FollowPage, copy.FOLLOW)
            created.append(follow.slug)
        # Feature apps then build their sections (the directory at /network/, say) as each
        # declares (`Feature.demo_content`), replacing the core's placeholder pages in place.
        builders = [] if options["core_only"] else declared("demo_content")
        for path in builders:
            created += features.function(path)(home=home, stdout=self.stdout) or []
        # Then the links between them (a home section naming pages several apps built).
        for path in [] if options["core_only"] else declared("demo_links"):
            created += features.function(path)(home=home, stdout=self.stdout) or []
        # Fetch the home page again: sections replaced under it changed its tree fields, and
        # saving a stale copy would write them back.
        home = HomePage.objects.get(pk=home.pk)
        self.fill_settings(site, home)
        self.add_team_accounts()
        if created:
            # Pages index themselves as they are saved; a full rebuild also catches related
            # values (authors, categories, taxonomy names) written after their page.
            call_command("update_index", stdout=io.StringIO())
            self.stdout.write(self.style.SUCCESS(f"Demo content added: {', '.join(created)}"))
        else:
            self.stdout.write("Demo content already present; nothing changed.")

    def add_team_accounts(self):
        for username, role, password in ensure_team_accounts():
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created a demo {role[:-1].lower()} account (sign in at /admin/): "
                    f"username {username}, password {password} (shown only once)."
                )
            )

    def ensure_home(self):
        """A HomePage at the site root, replacing Wagtail's placeholder 'Welcome' page."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            spec = copy.HOME
            home = HomePage(
                title=spec["title"],
                slug="lead-home",
                hero_heading=spec["hero_heading"],
                intro=spec["intro"],
                cta_label=spec["cta_label"],
                body=json.dumps(spec["body"] + default_home_sections()),
            )
            root.add_child(instance=home)
            placeholder = site.root_page if site else None
            if site is None:
                site = Site.objects.create(
                    hostname="localhost", port=80, root_page=home, is_default_site=True
                )
            else:
                site.root_page = home
                site.save()
            if placeholder is not None and placeholder.specific_class is Page:
                placeholder.delete()
            home.slug = "home"
            home.save()
            home.save_revision().publish()
            self.stdout.write("Home page created.")
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        if (site.hostname, site.port) == ("localhost", 80):
            # Wagtail's placeholder site: give it the address the demo is served at, so
            # canonical URLs, the sitemap and share links point somewhere real.
            base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = base.hostname or "localhost"
            site.port = base.port or (443 if base.scheme == "https" else 80)
        site.site_name = site.site_name or "LEAD"
        site.save()
        return home, site

    def add_page(self, parent, page_class, spec):
        page = page_class(
            title=spec["title"],
            slug=spec["slug"],
            show_in_menus=spec.get("show_in_menus", False),
            intro=spec.get("intro", ""),
            body=json.dumps(spec.get("body", [])),
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def fill_settings(self, site, home):
        site_settings = SiteSettings.for_site(site)
        changed = False
        for field, value in copy.SETTINGS.items():
            if getattr(site_settings, field) in ("", None, "LEAD"):
                setattr(site_settings, field, value)
                changed = True
        for field, slug in (("privacy_page", "privacy"), ("accessibility_page", "accessibility")):
            if getattr(site_settings, field) is None:
                setattr(site_settings, field, home.get_children().filter(slug=slug).first())
                changed = True
        if site_settings.follow_page is None:
            site_settings.follow_page = FollowPage.objects.first()
            changed = True
        if site_settings.default_share_image is None:
            site_settings.default_share_image = self.share_image()
            changed = True
        if home.cta_page_id is None and home.cta_label:
            network = home.get_children().filter(slug="network").first()
            if network is not None:
                home.cta_page = network
                home.save_revision().publish()
        if changed:
            site_settings.save()

    def share_image(self):
        """The default share image, drawn here with Pillow so nothing is downloaded."""
        Image = get_image_model()
        existing = Image.objects.filter(title=SHARE_IMAGE_TITLE).first()
        if existing:
            return existing
        canvas = PILImage.new("RGB", (1200, 630), "#1d3b53")
        draw = ImageDraw.Draw(canvas)
        draw.rounded_rectangle((80, 80, 420, 300), radius=24, fill="#ffd27a")
        draw.text((120, 140), "LEAD", fill="#1d3b53", font_size=120)
        draw.text((80, 380), "Lived Experience Advisory Directory", fill="#ffffff", font_size=56)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        return Image.objects.create(
            title=SHARE_IMAGE_TITLE, file=ImageFile(buffer, name="lead-share.png")
        )
