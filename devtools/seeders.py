"""Synthetic content at scale, for the benchmark (`manage.py seed_scale`): the engine.

Each kind of content ("profiles", "posts", "events", "roles") has a *seeder*: a callable
`seeder(count, *, progress_stream=None) -> SeedResult` that makes sure at least `count` seeded
items of its kind exist, creating only the missing ones. Feature apps declare theirs in
`<app>/seeding.py` (`seeders()` or `SEEDERS`, read by devtools/registry.py), usually a
`PageSeeder` for their own page model with its size at each scale:

    def seeders():
        return {"posts": PageSeeder("posts", model=BlogPage, section_slug="blog",
                                    slug_prefix="seed-post", build=build_post,
                                    sizes={"small": 50, "default": 500, "large": 2_000})}

Pages are created in bulk (`bulk_add_children`): treebeard paths are computed here and the rows
inserted with a few statements per batch instead of one `add_child` per page, then indexed for
search in bulk. Seeded pages are live and public but have no revisions or log entries.
"""

import json
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, Site

from search.indexing import index_pages

from . import registry

# BENCH_SCALE / `seed_scale --scale`: small is a smoke run. Each seeder says its size at each.
SCALE_NAMES = ("small", "default", "large")
DEFAULT_BATCH_SIZE = 500


# --- progress -------------------------------------------------------------------------------


def _duration(seconds):
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    """A progress bar on stderr with count, rate and ETA.

    On a terminal it redraws one line (at most ten times a second); in a log it prints a line
    every few seconds, so `make bench | tee` stays readable.
    """

    width = 24

    def __init__(self, label, total, stream=None, clock=time.monotonic):
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.done = 0
        self.started = clock()
        self.last_drawn = None
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = 0.1 if self.tty else 5.0

    def __enter__(self):
        if self.tty:
            self.draw(force=True)
        else:
            self.last_drawn = self.started
        return self

    def __exit__(self, *exc_info):
        self.close()

    def advance(self, count=1):
        self.done += count
        self.draw()

    def rate(self):
        elapsed = self.clock() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self):
        total = max(self.total, 1)
        filled = int(self.width * min(self.done, total) / total)
        bar = "#" * filled + "-" * (self.width - filled)
        rate = self.rate()
        if self.done >= self.total:
            eta = f"in {_duration(self.clock() - self.started)}"
        elif rate > 0:
            eta = f"ETA {_duration((self.total - self.done) / rate)}"
        else:
            eta = "ETA --:--"
        percent = 100 * self.done / total if self.total else 100
        return (
            f"{self.label:<10} [{bar}] {self.done:>6,}/{self.total:,} {percent:3.0f}% "
            f"{rate:8,.0f}/s  {eta}"
        )

    def draw(self, force=False):
        now = self.clock()
        if not force and self.last_drawn is not None and now - self.last_drawn < self.interval:
            return
        if not self.tty and not force and self.done >= self.total:
            return  # close() prints the final line
        self.last_drawn = now
        if self.tty:
            self.stream.write("\r" + self.line())
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def close(self):
        self.stream.write(("\r" if self.tty else "") + self.line() + "\n")
        self.stream.flush()


# --- bulk page creation ---------------------------------------------------------------------


def _page_model_chain(model):
    """The concrete models from Page down to `model`, each with its own table."""
    parents = [m for m in reversed(model._meta.get_parent_list()) if m is not Page]
    for parent in parents:
        if not issubclass(parent, Page):
            raise TypeError(f"{model.__name__} inherits from {parent.__name__}, not a page model")
    return [*parents, model] if model is not Page else []


def bulk_add_children(parent, pages, *, using=None):
    """Add unsaved page instances (all of one model) as the last children of `parent`, in bulk.

    Does what `parent.add_child(instance=page)` does for each page (treebeard path, depth,
    url_path, locale, parent's numchild) with a few INSERTs per batch. Pages marked live get
    publication dates. Sends no signals and creates no revisions; index the pages for search
    yourself (`index_pages`). Returns the pages, saved.
    """
    pages = list(pages)
    if not pages:
        return pages
    model = type(pages[0])
    if any(type(page) is not model for page in pages):
        raise TypeError("bulk_add_children takes pages of one model at a time")
    using = using or router.db_for_write(Page)
    connection = connections[using]
    with transaction.atomic(using=using):
        # A fresh copy of the parent, locked where the database supports it.
        fresh = Page.objects.using(using).select_for_update().get(pk=parent.pk)
        depth = fresh.depth + 1
        last_path = (
            Page.objects.using(using)
            .filter(path__startswith=fresh.path, depth=depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        position = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
        if position + len(pages) >= len(Page.alphabet) ** Page.steplen:
            raise ValueError(f"{parent} cannot hold {len(pages)} more children")
        now = timezone.now()
        for page in pages:
            position += 1
            page.path = Page._get_path(fresh.path, depth, position)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{fresh.url_path}{page.slug}/"
            page.locale_id = fresh.locale_id
            page.draft_title = page.draft_title or page.title
            if page.live:
                page.first_published_at = page.first_published_at or now
                page.last_published_at = page.last_published_at or page.first_published_at
            page.has_unpublished_changes = False

        # Django's bulk_create refuses multi-table models, so insert the Page rows through
        # Page's manager, then each child table's own columns.
        Page.objects.using(using).bulk_create(pages)
        if any(page.id is None for page in pages):  # databases that cannot return new ids
            ids = dict(
                Page.objects.using(using)
                .filter(path__in=[page.path for page in pages])
                .values_list("path", "id")
            )
            for page in pages:
                page.id = ids[page.path]
        for table_model in _page_model_chain(model):
            for link in table_model._meta.parents.values():
                for page in pages:
                    setattr(page, link.attname, page.id)
        for table_model in _page_model_chain(model):
            fields = list(table_model._meta.local_concrete_fields)
            batch = connection.ops.bulk_batch_size(fields, pages) or len(pages)
            for start in range(0, len(pages), batch):
                # The same private helper Model.save() uses to insert one table's row.
                table_model._base_manager._insert(
                    pages[start : start + batch], fields=fields, using=using
                )
        for page in pages:
            page._state.adding = False
            page._state.db = using

        Page.objects.using(using).filter(pk=fresh.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild = fresh.numchild + len(pages)
    return pages


def tree_problems():
    """What treebeard's `Page.find_problems()` reports, from one query.

    find_problems() asks two queries per page: minutes at the large scale. This reads every
    page's path, depth and numchild once and checks them in memory. Returns the same five lists
    of page ids: bad characters, bad path length, orphans, wrong depth, wrong numchild.
    """
    rows = list(Page.objects.order_by().values_list("pk", "path", "depth", "numchild"))
    steplen, alphabet = Page.steplen, set(Page.alphabet)
    paths = {path for _pk, path, _depth, _numchild in rows}
    children = Counter(path[:-steplen] for _pk, path, _depth, _numchild in rows)
    evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild = [], [], [], [], []
    for pk, path, depth, numchild in rows:
        if set(path) - alphabet:
            evil_chars.append(pk)
        elif len(path) % steplen:
            bad_steplen.append(pk)
        elif len(path) > steplen and path[:-steplen] not in paths:
            orphans.append(pk)
        elif depth != len(path) // steplen:
            wrong_depth.append(pk)
        elif children[path] != numchild:
            wrong_numchild.append(pk)
    return evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild


# --- idempotent seeders ---------------------------------------------------------------------


class SeedingError(Exception):
    """Seeding cannot go ahead; the message says what to do."""


@dataclass
class SeedResult:
    kind: str
    requested: int
    existing: int
    created: int
    seconds: float

    @property
    def rate(self):
        return self.created / self.seconds if self.seconds > 0 else 0.0


def site_root():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise SeedingError("No default site: run `manage.py load_demo_content` first.")
    return site.root_page


class PageSeeder:
    """Seeds numbered pages of one model under one section of the site, idempotently.

    Page number n gets the slug `<slug_prefix>-<n, 5 digits>` (e.g. seed-post-00042), so a
    second run with the same count creates nothing and a larger count creates only the
    missing numbers. `build(number)` returns the page's field values (title at least);
    subclasses can override `after_create(pages)` to add related rows in bulk. `sizes` is how
    many to have at each scale (SCALE_NAMES).
    """

    def __init__(
        self,
        kind,
        *,
        model,
        section_slug,
        slug_prefix,
        build,
        sizes=None,
        batch_size=DEFAULT_BATCH_SIZE,
    ):
        self.kind = kind
        self.model = model
        self.section_slug = section_slug
        self.slug_prefix = slug_prefix
        self.build = build
        self.sizes = dict(sizes or {})
        self.batch_size = batch_size

    def slug(self, number):
        return f"{self.slug_prefix}-{number:05d}"

    def number(self, slug):
        head, _, tail = slug.rpartition("-")
        return int(tail) if head == self.slug_prefix and tail.isdigit() else None

    def get_parent(self):
        parent = site_root().get_children().filter(slug=self.section_slug).first()
        if parent is None:
            raise SeedingError(
                f"No '{self.section_slug}' section under the home page for {self.kind}: "
                "run `manage.py load_demo_content` first."
            )
        return parent

    def seeded(self, parent=None):
        parent = parent or self.get_parent()
        return parent.get_children().filter(slug__startswith=f"{self.slug_prefix}-")

    def existing_numbers(self, parent):
        seeded = self.seeded(parent)
        other = seeded.exclude(content_type=ContentType.objects.get_for_model(self.model))
        if other.exists():
            # Seeded by another model (the StandardPage stand-ins of earlier versions): their slugs
            # would clash with the new pages'.
            raise SeedingError(
                f"Seeded {self.kind} under /{self.section_slug}/ are "
                f"{other.first().specific_class.__name__} pages, but the {self.kind} generator "
                f"now makes {self.model.__name__} pages: start from a fresh database (make bench "
                "uses bench/bench-<scale>.sqlite3: delete it) or delete those pages."
            )
        slugs = seeded.values_list("slug", flat=True)
        return {n for n in (self.number(slug) for slug in slugs) if n is not None}

    def after_create(self, pages):
        """Called with each saved batch before it is indexed: add related rows here."""

    def make_page(self, number):
        fields = dict(self.build(number))
        fields.setdefault("live", True)
        return self.model(slug=self.slug(number), **fields)

    def __call__(self, count, *, progress_stream=None):
        started = time.monotonic()
        parent = self.get_parent()
        existing = self.existing_numbers(parent)
        missing = [n for n in range(1, count + 1) if n not in existing]
        if not missing:
            return SeedResult(self.kind, count, len(existing), 0, time.monotonic() - started)
        with Progress(self.kind, len(missing), stream=progress_stream) as progress:
            for start in range(0, len(missing), self.batch_size):
                numbers = missing[start : start + self.batch_size]
                with transaction.atomic():
                    pages = bulk_add_children(parent, [self.make_page(n) for n in numbers])
                    self.after_create(pages)
                    index_pages(self.model, pages)
                progress.advance(len(pages))
        return SeedResult(
            kind=self.kind,
            requested=count,
            existing=len(existing),
            created=len(missing),
            seconds=time.monotonic() - started,
        )

    def sample_url(self):
        """The URL of one seeded page (the first), or None before seeding."""
        page = self.seeded().live().order_by("path").first()
        return page.url if page is not None else None


def get_generators():
    """The seeder for each kind, in INSTALLED_APPS order (what the feature apps declare)."""
    return registry.seeders()


def scales(generators=None):
    """{scale: {kind: size}} from the seeders' own sizes."""
    generators = get_generators() if generators is None else generators
    return {
        scale: {
            kind: sizes[scale]
            for kind, generator in generators.items()
            if scale in (sizes := getattr(generator, "sizes", {}))
        }
        for scale in SCALE_NAMES
    }


def sizes_for(scale, generators=None):
    if scale not in SCALE_NAMES:
        raise ValueError(f"Unknown scale {scale!r}: choose one of {', '.join(SCALE_NAMES)}")
    return scales(generators)[scale]


# --- synthetic copy (deterministic: page n always gets the same words) ----------------------

FIRST_NAMES = [
    "Aisha", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Harpreet", "Isla", "Jamal",
    "Kate", "Liam", "Maya", "Niall", "Olu", "Priya", "Rhys", "Sade", "Tom", "Uzma", "Viv",
    "Wes", "Yasmin", "Zoe", "Alex", "Sam", "Jo", "Robin", "Kit", "Morgan",
]  # fmt: skip
LAST_NAMES = [
    "Adeyemi", "Begum", "Campbell", "Davies", "Evans", "Fraser", "Gill", "Hughes", "Iqbal",
    "Jones", "Khan", "Lewis", "McKenzie", "Nowak", "O'Neill", "Patel", "Quinn", "Roberts",
    "Singh", "Thomas", "Ahmed", "Walsh", "Williams", "Young", "Murphy", "Brown", "Clarke",
]  # fmt: skip
ROLES = [
    "Peer support worker", "Trainer", "Lived-experience advisor", "Researcher", "Board member",
    "Director", "Co-production lead", "Peer trainer", "Service user governor", "Facilitator",
]  # fmt: skip
REGIONS = [
    "the North East", "the North West", "Yorkshire", "the East Midlands", "the West Midlands",
    "the East of England", "London", "the South East", "the South West", "Wales", "Scotland",
    "Northern Ireland",
]  # fmt: skip
TOPICS = [
    "co-production", "peer support", "fair pay for involvement", "recovery colleges",
    "crisis care", "board leadership", "research involvement", "trauma-informed practice",
    "commissioning", "workforce development", "self-harm", "psychosis", "eating disorders",
    "young people's services", "suicide prevention", "housing and homelessness",
]  # fmt: skip
EVENT_TYPES = ["Workshop", "Peer session", "Webinar", "Training day", "Network meeting", "Talk"]
PLACES = [
    "Online", "Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Birmingham",
    "Newcastle", "London", "Norwich", "Plymouth",
]  # fmt: skip
SENTENCES = [
    "Lived experience is expertise, and it belongs in every room where decisions are made.",
    "We start by asking who is missing from the conversation and why.",
    "Paying people for their time is not a courtesy: it is how involvement becomes fair.",
    "Good leadership makes room for people to say no, to pause and to come back later.",
    "Co-production works when power is shared from the first meeting, not the last.",
    "Peer support is a relationship between equals, built on mutual respect.",
    "We write our plans in plain English so that everyone can hold us to them.",
    "Boards listen differently when someone with lived experience sits at the table.",
    "Supervision and reflective practice keep lived-experience leaders well at work.",
    "Every session lists its access arrangements before anyone books a place.",
    "Small changes to how meetings run can make leadership possible for many more people.",
    "Organisations learn fastest when they pay attention to what did not work.",
    "The network connects people earlier in their journey with leaders who have gone before.",
    "Leadership with lived experience is not a single story but many different ones.",
    "We keep what people share confidential unless they choose otherwise.",
]  # fmt: skip


def _rng(kind, number):
    return random.Random(f"lead-seed-{kind}-{number}")  # noqa: S311 - test data, not security


def _paragraph(rng, sentences=3):
    return "<p>" + " ".join(rng.sample(SENTENCES, sentences)) + "</p>"


def _block(block_type, value, rng):
    return {"type": block_type, "value": value, "id": str(uuid.UUID(int=rng.getrandbits(128)))}


def build_profile(number):
    rng = _rng("profile", number)
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    role, region = rng.choice(ROLES), rng.choice(REGIONS)
    topics = rng.sample(TOPICS, 3)
    body = [
        _block("heading", {"text": "About me", "level": "h2"}, rng),
        _block("paragraph", _paragraph(rng, 3), rng),
        _block("heading", {"text": "What I offer", "level": "h2"}, rng),
        _block("paragraph", "<ul>" + "".join(f"<li>{t}</li>" for t in topics) + "</ul>", rng),
        _block("paragraph", _paragraph(rng, 2), rng),
    ]
    return {
        "title": name,
        "intro": f"{role} in {region}, leading with lived experience of {topics[0]}.",
        "body": json.dumps(body),
        "first_published_at": timezone.now() - timedelta(hours=7 * number),
    }


def build_post(number):
    rng = _rng("post", number)
    topic = rng.choice(TOPICS)
    pattern = rng.choice(
        [
            "What {topic} taught me about leadership",
            "Five things we learned about {topic}",
            "Leadership and {topic}: a practical guide",
            "Why {topic} needs lived-experience leaders",
            "Notes from a year of {topic}",
        ]
    )
    title = pattern.format(topic=topic)
    title = title[0].upper() + title[1:]
    body = [_block("paragraph", _paragraph(rng, 4), rng)]
    for heading in rng.sample(["Where we started", "What changed", "What next", "Thanks"], 2):
        body.append(_block("heading", {"text": heading, "level": "h2"}, rng))
        body.append(_block("paragraph", _paragraph(rng, 4), rng))
    body.append(
        _block(
            "quote",
            {"quote": rng.choice(SENTENCES), "attribution": f"A LEAD member, {slugify(topic)}"},
            rng,
        )
    )
    return {
        "title": title,
        "intro": f"A member writes about {topic}: {rng.choice(SENTENCES)}",
        "body": json.dumps(body),
        "first_published_at": timezone.now() - timedelta(hours=17 * number),
    }


def build_event(number):
    rng = _rng("event", number)
    kind, topic, place = rng.choice(EVENT_TYPES), rng.choice(TOPICS), rng.choice(PLACES)
    day = timezone.localdate() + timedelta(days=number % 365)
    body = [
        _block("paragraph", _paragraph(rng, 3), rng),
        _block("heading", {"text": "Access", "level": "h2"}, rng),
        _block(
            "paragraph",
            "<p>Step-free access, quiet room and live captions. Contributors with lived "
            "experience are paid for their time.</p>",
            rng,
        ),
    ]
    return {
        "title": f"{kind}: {topic}",
        "intro": f"{day.day} {day:%B %Y}, {place}. A {kind.lower()} about {topic} for the network.",
        "body": json.dumps(body),
        "first_published_at": timezone.now() - timedelta(hours=5 * number),
    }
