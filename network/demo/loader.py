"""The network's demo content: taxonomies from the brief, the directory and its profiles, from
content.toml and profiles.toml beside this module."""

import hashlib
import io
from datetime import timedelta
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.demo.data import load, pick, rich_text
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

CONTENT = Path(__file__).with_name("content.toml")
PROFILES = Path(__file__).with_name("profiles.toml")
# Each taxonomy and the table of content.toml that lists its starting terms.
TAXONOMIES = [
    (LivedExperienceArea, "lived_experience"),
    (Expertise, "expertise"),
    (Role, "roles"),
    (Region, "regions"),
    (PaymentRoute, "payment_routes"),
]
PALETTE = ["#1d3b53", "#1f6b4f", "#7a3b69", "#8a4b00", "#2f4f8f", "#5b2a86", "#275d5d"]


def seed_taxonomies():
    """Add the brief's starting terms that are missing; returns how many were added."""
    content = load(CONTENT)
    added = 0
    for model, table in TAXONOMIES:
        for order, (slug, name) in enumerate(content[table].items()):
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
    content = load(CONTENT)
    words = content["directory"]
    directory = ensure_section(
        home, "network", DirectoryIndexPage, stdout, title=words["title"], intro=words["intro"]
    )
    if directory is None:
        return created
    alt_text = content["portraits"]["alt_text"]
    existing = set(directory.get_children().values_list("slug", flat=True))
    new_profiles = 0
    for spec in load(PROFILES)["profiles"]:
        profile = make_profile(spec, alt_text)
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


def make_profile(spec, alt_text):
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
        biography=rich_text(spec["biography"], spec),
        lived_experience_visibility=spec["lived_experience_visibility"],
        availability=spec["availability"],
        expects_payment=spec["expects_payment"],
        payment_visibility=spec["payment_visibility"],
        languages=spec["languages"],
        website_url=spec["website_url"],
        linkedin_url=spec["linkedin_url"],
        selected_work=[("work", dict(work)) for work in spec.get("selected_work", [])],
        consent_given_at=timezone.now(),
        consent_wording_version=consent.current_version(),
        consent_recorded_by="Demo content loader",
    )
    if spec["photo"]:
        profile.photo = avatar(spec["name"])
        profile.photo_alt_text = alt_text.replace("{name}", spec["name"])

    def chosen(model, field):
        return [pick(terms[model], slug, spec, field) for slug in spec[field]]

    profile.lived_experience = chosen(LivedExperienceArea, "lived_experience")
    profile.expertise = chosen(Expertise, "expertise")
    profile.roles_sought = chosen(Role, "roles")
    profile.payment_routes = chosen(PaymentRoute, "payment_routes")
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
