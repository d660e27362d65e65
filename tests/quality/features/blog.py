"""The blog in the quality harnesses: its listings, feeds, parameters and where it hides things."""

from wagtail.models import Page

from ...factories import blog_index, follow_page, make_post
from ..growers import budget_photos
from ..listing import ListingBudget
from ..planters import restrict_to_members


def add_posts(home_page, count):
    """Live posts in one category, sharing a tag, each by its own author and all matching
    'budgetmatch' (more than one blog page at 60)."""
    blog = blog_index(home_page)
    start = blog.get_children().count()
    for n in range(start, start + count):
        make_post(
            blog,
            f"Budget post {n:03d}",
            categories=["leadership"],
            tags=["budget"],
            authors=[f"Budget writer {n}"],
            body="budgetmatch words",
        )


def add_posts_with_images(home_page, count):
    """Live posts as the home page shows them at their fullest: each with an image and two
    authors."""
    blog = blog_index(home_page)
    photos = budget_photos()
    start = blog.get_children().count()
    for n in range(start, start + count):
        make_post(
            blog,
            f"Home post {n:03d}",
            authors=[f"Home writer {n}", "Budget co-writer"],
            hero_image=photos[n % len(photos)],
            hero_alt_text="A photo",
        )


def add_related_posts(home_page, count):
    """Posts related to /blog/budget-hub/ (the post page's related posts grow with these)."""
    blog = blog_index(home_page)
    if not blog.get_children().filter(slug="budget-hub").exists():
        make_post(blog, "Budget hub", categories=["leadership"], tags=["budget"])
    add_posts(home_page, count)


def add_topics(home_page, count):
    """Categories with a live post each: the Follow page offers one feed per category."""
    follow_page(home_page)
    blog = blog_index(home_page)
    start = blog.get_children().count()
    for n in range(start, start + count):
        make_post(blog, f"Topic post {n:03d}", categories=[f"topic-{n:03d}"])


def plant_in_blog(home_page, text):
    """A never-published post, a draft revision of a live post, a members-only post, and a
    tag and an author only drafts use."""
    blog = blog_index(home_page)
    live = make_post(blog, "Planted live post", categories=["leadership"], tags=["budget"])
    live.title = f"Draft title {text}"
    live.standfirst = f"Draft standfirst {text}"
    live.save_revision()
    draft = make_post(
        blog,
        f"Draft post {text}",
        slug="planted-draft-post",
        live=False,
        categories=["leadership"],
        tags=[f"tag{text.split()[0]}"],
        authors=[f"Author {text}"],
        body=f"Body {text}",
    )
    private = make_post(
        blog,
        f"Private post {text}",
        slug="planted-private-post",
        categories=["leadership"],
        tags=["budget"],
        body=f"Body {text}",
    )
    restrict_to_members(private)
    return [Page.objects.get(pk=page.pk) for page in (live, draft, private)]


LISTING_BUDGETS = [
    # Warm, a page of cards is kept (BlogIndexPage.listing_context): the page itself, and the
    # category or tag it lists.
    ListingBudget("blog index", "/blog/", add_posts, ceiling=9, warm_ceiling=1),
    ListingBudget(
        "blog index, page 2", "/blog/?page=2", add_posts, ceiling=9, sizes=(15, 60), warm_ceiling=1
    ),
    ListingBudget(
        "blog category", "/blog/category/leadership/", add_posts, ceiling=10, warm_ceiling=2
    ),
    ListingBudget("blog tag", "/blog/tag/budget/", add_posts, ceiling=10, warm_ceiling=2),
    ListingBudget("sitemap, blog", "/sitemap-blog.xml", add_posts, ceiling=5),
    # Warm, a feed is kept whole (home/feeds.py): only its page is read.
    ListingBudget("blog feed (RSS)", "/blog/feed/rss/", add_posts, ceiling=7, warm_ceiling=1),
    ListingBudget("blog feed (Atom)", "/blog/feed/atom/", add_posts, ceiling=7, warm_ceiling=1),
    ListingBudget(
        "blog post (related posts)",
        "/blog/budget-hub/",
        add_related_posts,
        ceiling=10,
    ),
    ListingBudget("home page (latest posts)", "/", add_posts, ceiling=9),
    ListingBudget("follow page (a feed per category)", "/follow/", add_topics, ceiling=9),
]

# The home page with every section (tests/quality/registry.py) grows this one's.
HOME_SECTION_GROWERS = [add_posts_with_images]
SEARCH_GROWERS = [add_posts]  # the search of every type (tests/quality/registry.py)

PUBLIC_OUTPUTS = [
    "/blog/",
    "/blog/?page=2",
    "/blog/feed/rss/",
    "/blog/feed/atom/",
    "/blog/category/leadership/",
    "/blog/category/leadership/feed/rss/",
    "/blog/category/leadership/feed/atom/",
    "/blog/tag/budget/",
    "/blog/planted-live-post/",
]

GET_PARAMETERS = [
    ("/blog/", ["page"]),
    ("/blog/category/leadership/", ["page"]),
    ("/blog/tag/budget/", ["page"]),
    ("/blog/feed/rss/", ["page"]),
    ("/sitemap-blog.xml", ["p"]),
]

SITE_BUILDERS = [lambda home_page: add_posts(home_page, 3)]

LEAK_PLANTERS = [plant_in_blog]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("blog index", "/blog/"),
    ("blog category", "/blog/category/leadership/"),
    ("blog tag", "/blog/tag/boards/"),
    ("blog post with references", "/blog/why-lived-experience-belongs-on-boards/"),
    ("blog post with a content note", "/blog/looking-after-yourself-as-a-lived-experience-leader/"),
]
