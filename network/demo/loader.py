"""The network's demo content: taxonomies from the brief, the directory and its profiles."""

import hashlib
import io
from datetime import timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.demo.sections import ensure_section

from .. import consent
from ..models import (
    DirectoryIndexPage,
    Expertise,
    FeaturedProfile,
    LivedExperienceArea,
    PaymentRoute,
    ProfilePage,
    Region,
    Role,
)
from . import taxonomy

TAXONOMIES = [
    (LivedExperienceArea, taxonomy.LIVED_EXPERIENCE),
    (Expertise, taxonomy.EXPERTISE),
    (Role, taxonomy.ROLES),
    (Region, taxonomy.REGIONS),
    (PaymentRoute, taxonomy.PAYMENT_ROUTES),
]
PALETTE = ["#1d3b53", "#1f6b4f", "#7a3b69", "#8a4b00", "#2f4f8f", "#5b2a86", "#275d5d"]
DIRECTORY_INTRO = (
    "Lived-experience leaders across the UK. Filter by region, expertise or the roles people "
    "are looking for. Each member chooses what their profile shows."
)


def seed_taxonomies():
    """Add the brief's starting terms that are missing; returns how many were added."""
    added = 0
    for model, terms in TAXONOMIES:
        for order, (slug, name) in enumerate(terms):
            _, made = model.objects.get_or_create(
                slug=slug, defaults={"name": name, "sort_order": order}
            )
            added += made
    return added


def build_network(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    created = []
    new_terms = seed_taxonomies()
    if new_terms:
        created.append(f"{new_terms} taxonomy terms")
    directory = ensure_section(
        home, "network", DirectoryIndexPage, stdout, title="Network", intro=DIRECTORY_INTRO
    )
    if directory is None:
        return created
    from .profiles import PROFILES

    existing = set(directory.get_children().values_list("slug", flat=True))
    new_profiles = 0
    for spec in PROFILES:
        profile = make_profile(spec)
        if profile.slug in existing:
            continue
        directory.add_child(instance=profile)
        profile.save_revision().publish()
        joined = timezone.now() - timedelta(days=spec["joined_days_ago"])
        ProfilePage.objects.filter(pk=profile.pk).change(
            first_published_at=joined, consent_given_at=joined
        )
        new_profiles += 1
    if new_profiles:
        created.append(f"{new_profiles} profiles")
    if not directory.featured_profiles.exists():
        picks = directory.profiles().filter(photo__isnull=False, photo_visibility="public")
        for order, profile in enumerate(picks.order_by("title")[:4]):
            FeaturedProfile.objects.create(page=directory, profile=profile, sort_order=order)
    return created


def make_profile(spec):
    from django.utils.text import slugify

    terms = {model: {t.slug: t for t in model.objects.all()} for model, _ in TAXONOMIES}
    profile = ProfilePage(
        title=spec["name"],
        slug=slugify(spec["name"]),
        pronouns=spec["pronouns"],
        headline=spec["headline"],
        organisation=spec["organisation"],
        organisation_visibility=spec["organisation_visibility"],
        region=terms[Region].get(spec["region"]),
        region_visibility=spec["region_visibility"],
        photo_visibility=spec["photo_visibility"],
        summary=spec["summary"],
        biography=spec["biography"],
        lived_experience_visibility=spec["lived_experience_visibility"],
        availability=spec["availability"],
        expects_payment=spec["expects_payment"],
        payment_visibility=spec["payment_visibility"],
        languages=spec["languages"],
        website_url=spec["website_url"],
        linkedin_url=spec["linkedin_url"],
        selected_work=[("work", work) for work in spec["selected_work"]],
        contact_email=f"{slugify(spec['name'])}@members.lead.example",
        consent_given_at=timezone.now(),
        consent_wording_version=consent.CURRENT_VERSION,
        consent_recorded_by="Demo content loader",
    )
    if spec["photo"]:
        profile.photo = avatar(spec["name"])
        profile.photo_alt_text = f"Illustrated portrait of {spec['name']}"
    profile.lived_experience = [terms[LivedExperienceArea][s] for s in spec["lived_experience"]]
    profile.expertise = [terms[Expertise][s] for s in spec["expertise"]]
    profile.roles_sought = [terms[Role][s] for s in spec["roles"]]
    profile.payment_routes = [terms[PaymentRoute][s] for s in spec["payment_routes"]]
    return profile


def avatar(name):
    """A simple illustrated portrait drawn with Pillow. The file name carries no name."""
    digest = hashlib.sha256(name.encode()).hexdigest()
    Image = get_image_model()
    title = f"Demo avatar {digest[:12]}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    seed = int(digest, 16)
    background = PALETTE[seed % len(PALETTE)]
    canvas = PILImage.new("RGB", (400, 400), background)
    draw = ImageDraw.Draw(canvas)
    skin = ["#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac", "#a86b3c"][seed % 6]
    top = ["#ffd27a", "#e8f3ee", "#f3f5f7", "#ffb3a7", "#b8d8f0"][(seed >> 4) % 5]
    draw.ellipse((60, 250, 340, 520), fill=top)
    draw.ellipse((130, 90, 270, 240), fill=skin)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image_file = ImageFile(buffer, name=f"avatar-{digest[:12]}.png")
    return Image.objects.create(title=title, file=image_file)
