"""The blog's demo content: the section, categories and authors in content.toml and the posts
in posts.toml, beside this module."""

import io
import json
import uuid
from datetime import timedelta
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.demo.data import load, pick, stream
from home.demo.sections import ensure_section
from network.models import ProfilePage

from ..models import Author, BlogCategory, BlogIndexPage, BlogPage, BlogPageAuthor

CONTENT = Path(__file__).with_name("content.toml")
POSTS = Path(__file__).with_name("posts.toml")
# Abstract banners (shapes, not people) for a few posts, so cards show how images look.
BANNER_COLOURS = [("#1d3b53", "#ffd27a"), ("#1f6b4f", "#e8f3ee"), ("#7a3b69", "#ffb3a7")]


def build_blog(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    content = load(CONTENT)
    created = []
    words = content["blog"]
    blog = ensure_section(
        home, "blog", BlogIndexPage, stdout, title=words["title"], intro=words["intro"]
    )
    if blog is None:
        return created
    for order, spec in enumerate(content["categories"]):
        BlogCategory.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "description": spec["description"],
                "sort_order": order,
            },
        )
    authors = {}
    for spec in content["authors"]:
        profile = ProfilePage.objects.filter(slug=spec.get("profile")).first()
        authors[spec["name"]], _ = Author.objects.get_or_create(
            name=spec["name"], defaults={"role_line": spec["role_line"], "profile": profile}
        )
    existing = set(blog.get_children().values_list("slug", flat=True))
    new_posts = 0
    alt_text = content["banners"]["alt_text"]
    for number, spec in enumerate(load(POSTS)["posts"]):
        if spec["slug"] in existing:
            continue
        banner = alt_text if number < len(BANNER_COLOURS) or spec["featured"] else None
        post = make_post(spec, authors, banner)
        blog.add_child(instance=post)
        post.save_revision().publish()
        published = timezone.now() - timedelta(days=spec["days_ago"])
        BlogPage.objects.filter(pk=post.pk).update(
            first_published_at=published,
            last_published_at=published,
            date=timezone.localdate(published),
        )
        if spec["featured"]:
            BlogIndexPage.objects.filter(pk=blog.pk).update(featured_post=post)
        new_posts += 1
    if new_posts:
        created.append(f"{new_posts} blog posts")
    return created


def make_post(spec, authors, banner=None):
    """`banner`: the alt text of the drawn banner the post shows, if it shows one."""
    categories = list(BlogCategory.objects.filter(slug__in=spec["categories"]))
    post = BlogPage(
        title=spec["title"],
        slug=spec["slug"],
        standfirst=spec["standfirst"],
        content_note=spec["content_note"],
        body=json.dumps([_block(b["type"], b["value"]) for b in stream(spec.get("body", []))]),
        references=json.dumps([_block("reference", ref) for ref in spec.get("references", [])]),
    )
    if banner:
        post.hero_image = banner_image(spec["slug"])
        post.hero_alt_text = banner
    post.categories = categories
    post.tags.add(*spec["tags"])
    post.post_authors = [
        BlogPageAuthor(author=pick(authors, name, spec, "authors"), sort_order=order)
        for order, name in enumerate(spec["authors"])
    ]
    return post


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def banner_image(slug):
    Image = get_image_model()
    title = f"Demo banner {slug}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    ground, shape = BANNER_COLOURS[sum(map(ord, slug)) % len(BANNER_COLOURS)]
    canvas = PILImage.new("RGB", (1200, 630), ground)
    draw = ImageDraw.Draw(canvas)
    for step in range(4):
        offset = 160 * step
        draw.ellipse((120 + offset, 120, 520 + offset, 520), outline=shape, width=18)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"banner-{slug[:40]}.png"))


def link_career_stories(home, stdout):
    """Link each career story in posts.toml to the career pathway steps it describes, once
    every app has built its pages: the steps are found by their address under the home page
    (`pathway_steps`), so the blog needs nothing from the app that makes them. A story already
    linked (by an editor, or an earlier run) is left as it is; steps the site lacks are left
    out. Returns a summary of what it linked."""
    blog = home.get_children().filter(slug="blog").first()
    if blog is None:
        return []
    linked = 0
    for spec in load(POSTS)["posts"]:
        paths = [f"{home.url_path}{path.strip('/')}/" for path in spec.get("pathway_steps", [])]
        post = BlogPage.objects.child_of(blog).filter(slug=spec["slug"]).first()
        if not paths or post is None or post.pathway_steps.exists():
            continue
        field = BlogPage._meta.get_field("pathway_steps")
        steps = list(field.related_model.objects.filter(url_path__in=paths).order_by("path"))
        if not steps:
            continue
        post = post.get_latest_revision_as_object()
        post.pathway_steps = steps
        post.save_revision().publish()
        linked += 1
    return [f"{linked} career stories linked to their pathway steps"] if linked else []
