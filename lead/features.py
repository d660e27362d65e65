"""What each feature app tells the rest of the site, in one place.

A feature app (blog, events, network, membership, opportunities, …) sets `feature = Feature(…)`
on its AppConfig. The core reads these declarations from Django's app registry and never names a
feature app: the page cache, the site search's result types, the editorial roles, the home page's
section blocks, the sections on a profile, erasure and data export, the seeding and benchmark
tools and the quality harnesses all start from `features()`.

Everything that would import the app's models is named by a dotted path ("blog.sections.posts")
and imported when first used, so an apps.py can declare it before the models exist.
`manage.py check` fails (lead.E001) when a project app defines page models and declares nothing.
"""

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class SearchType:
    """A kind of result the site search filters by (`?type=key`)."""

    key: str  # the ?type= value
    label: str  # the filter's label
    model: str | None  # "app_label.ModelName"; None for every other page type
    template: str = ""  # the card when the model sets no search_result_template
    singular: str = ""  # what one result is called on its card ("Post")
    select_related: tuple = ()  # what the card reads from related rows, fetched with the page
    # A method of the model's queryset that adds what the card works out in the database
    # (an event's next date), called on each page of results: still one query per type.
    card_queryset: str = ""
    order: int = 50  # place among the filters (the catch-all "Pages" is last)

    def get_model(self):
        if self.model is None:
            return None
        try:
            return apps.get_model(self.model)
        except LookupError:
            return None


@dataclass(frozen=True)
class Editorial:
    """What the editorial roles (home/editorial/roles.py) may do with a feature's records.

    managed: {("app_label", "model"): actions} editors and moderators share in the admin.
    moderator_only: (app_label, model, codename) permissions only moderators get.
    workflows: {("app_label", "section page model"): ("workflow name", "its moderator task")}.
    """

    managed: dict = field(default_factory=dict)
    moderator_only: tuple = ()
    workflows: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """A block of a page another app owns (a profile's "Posts by …", the header's account link).

    `context` is the dotted path of a function taking the page's template context and returning
    the template's context, or None when there is nothing to show; the core renders `template`.
    """

    template: str
    context: str


@dataclass(frozen=True)
class Subscription:
    """A feed or calendar people can follow, listed on the "Follow LEAD" page.

    kind: "feed" (RSS and Atom, for a feed reader) or "calendar" (.ics, for a calendar app).
    url: its absolute address (a feed's RSS version); alternate_url: a feed's Atom version.
    topics: narrower feeds of the same kind, (name, url) each (one per blog category).
    """

    kind: str
    title: str
    description: str
    url: str
    alternate_url: str = ""
    topics: tuple[tuple[str, str], ...] = ()

    @property
    def webcal_url(self):
        """The address with the webcal: scheme, which opens a calendar app's "subscribe"."""
        return "webcal://" + self.url.partition("://")[2]


@dataclass(frozen=True)
class Feature:
    # Non-page records no public page shows (messages, alerts, receipts): saving them leaves the
    # page cache alone. Every other model of the app clears it, as every page publish does: a
    # forgotten declaration costs a cache clear, never a stale page.
    private_models: tuple[str, ...] = ()
    search_types: tuple[SearchType, ...] = ()
    editorial: Editorial = field(default_factory=Editorial)
    # StreamField blocks editors may place on the home page: ("name", "dotted.path.BlockClass").
    home_blocks: tuple[tuple[str, str], ...] = ()
    profile_sections: tuple[Section, ...] = ()
    head_sections: tuple[Section, ...] = ()  # inside every page's <head>
    header_sections: tuple[Section, ...] = ()  # in every page's header
    # Where a member's name shows in an address or a title. `person_paths`: URL prefixes whose
    # next path segment is a person's slug ("/network/" for /network/<slug>/…), which the logs
    # write as "*" (lead/log_privacy.py). `person_pages`: page models ("app_label.Model")
    # whose title is a person's name: Wagtail's own workflow and comment emails, which quote
    # the title, are replaced by nameless notices (home/editorial/notifications.py).
    person_paths: tuple[str, ...] = ()
    person_pages: tuple[str, ...] = ()
    # Dotted paths of functions, each optional:
    unlisted_pages: str = ""  # () -> ids of live pages search leaves out (closed roles)
    # (now) -> when what the feature's pages show in search next changes by itself, with no
    # publish (an event date ends, a role closes), or None: kept search answers last until then.
    next_change: str = ""
    member_data: str = ""  # (user, profile) -> {"section": data} for a member's export
    erase_member: str = ""  # (user) -> erases what the feature holds about the member
    demo_content: str = ""  # (home, stdout) -> builds the feature's demo pages
    # (home, stdout) -> links the feature's demo pages to other apps' (a home section naming
    # pages several apps build): run once every app's demo_content has run.
    demo_links: str = ""
    dashboard_items: str = ""  # (request) -> [DashboardItem] for the editors' dashboard
    subscriptions: str = ""  # (request) -> [Subscription] the Follow page offers
    # What the directory asks of the app that keeps members' accounts (membership), which it
    # never imports: the consent wordings a profile's consent record may name, () ->
    # [(version, label)] oldest first; the values it keeps about a profile, shown on the
    # profile's Private tab, () -> [network.private_fields.PrivateField]; and whether a user is
    # the profile's member, (page, user) -> bool.
    consent_wordings: str = ""
    profile_private_fields: str = ""
    is_own_profile: str = ""
    # Development only (devtools reads it; production code never imports it): a module with
    # SEEDERS and BENCH_PAGES for `make bench` / `manage.py seed_scale`.
    seeding: str = ""
    # Test only: the module of the app's entries for the quality harnesses (tests/quality/).
    quality: str = ""


def features():
    """(app config, Feature) of every installed app that declares one, in INSTALLED_APPS order."""
    return [
        (config, config.feature)
        for config in apps.get_app_configs()
        if isinstance(getattr(config, "feature", None), Feature)
    ]


def declared(attribute):
    """Every feature's non-empty value of `attribute`, in INSTALLED_APPS order."""
    return [value for _, feature in features() if (value := getattr(feature, attribute))]


def each(attribute):
    """Every item of a tuple attribute across features (search types, sections, …)."""
    return [item for values in declared(attribute) for item in values]


@cache
def function(path):
    """The function a declaration names, imported once."""
    return import_string(path.replace(":", "."))


def call_each(attribute, *args, **kwargs):
    """Call each feature's declared function; returns their results in order."""
    return [function(path)(*args, **kwargs) for path in declared(attribute)]
