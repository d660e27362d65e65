"""One page of every type with every optional part filled in: a profile with a photo and
every value public, a post with a banner, a content note, references and every body block,
a repeating online event with speakers and a cancelled date, a role on the board, the
Follow page and the contact page with topics and a body (both named in the site settings), a
guide with sources and a related guide in the "For organisations" section, and the fair-pay
calculator and the fair-pay pledge there (with an example rate and a version to sign), a
career pathway step, and the members' space with a resource in it.

For tests that must see each template's every branch (security headers, previews, serving
without the cache), where they once loaded the whole demo site."""

from datetime import timedelta

from django.utils import timezone

from blog.models import BlogIndexPage
from events.models import EventIndexPage
from network.models import DirectoryIndexPage, FeaturedProfile, Region

from .blog import author, make_post
from .events import days_from_now, make_event
from .guides import guide_section, make_guide
from .home import blocks, follow_page
from .images import ImageFactory
from .members import make_members_post, members_space
from .membership import contact_page
from .network import make_profile
from .opportunities import FairPayRateFactory, board, make_role, pay_calculator
from .pathways import make_step, pathways_overview
from .pledge import pledge_page, pledge_version


def build_showcase(home_page):
    """Returns {"profile": ..., "post": ..., "event": ..., "role": ..., "follow": ...,
    "guide": ..., "calculator": ..., "pledge": ...}."""
    directory = DirectoryIndexPage.objects.get()
    profile = make_profile(
        directory,
        "Rowan Hale",
        pronouns="she/her",
        headline="Lived experience director at a mental-health trust",
        organisation="Brindlemoor NHS Foundation Trust",
        organisation_visibility="public",
        region="north-east-and-yorkshire",
        region_visibility="public",
        photo=ImageFactory(title="Portrait of Rowan Hale"),
        photo_alt_text="Illustrated portrait of Rowan Hale",
        photo_visibility="public",
        summary="I lead our trust's lived-experience team of peer workers.",
        biography="<p>I joined as a peer support worker in 2016.</p><p>Now I lead.</p>",
        experience=["mental-distress", "crisis-services"],
        lived_experience_visibility="public",
        expertise=["board-governance", "co-production"],
        roles=["lived-experience-director", "mentor"],
        availability="limited",
        expects_payment="yes",
        routes=["payroll"],
        payment_visibility="public",
        languages="English, Welsh",
        website_url="https://rowan.example",
        linkedin_url="https://www.linkedin.com/in/rowan-hale-example",
        selected_work=blocks(
            (
                "work",
                {
                    "kind": "talk",
                    "title": "From peer worker to the boardroom",
                    "year": 2024,
                    "url": "https://talks.example/boardroom",
                    "description": "A keynote on lived-experience careers in an NHS trust.",
                },
            )
        ),
        contact_email="rowan@members.example",
        accepts_messages=True,
    )
    FeaturedProfile.objects.create(page=directory, profile=profile, sort_order=0)

    blog = BlogIndexPage.objects.get()
    banner = ImageFactory(title="Banner")
    post = make_post(
        blog,
        "Why lived experience belongs on boards",
        categories=["leadership"],
        tags=["boards", "governance"],
        authors=[author("Rowan Hale", profile=profile, role_line="Lived experience director")],
        hero_image=banner,
        hero_alt_text="An abstract pattern of overlapping circles.",
        content_note="mentions crisis care",
        references=blocks(
            (
                "reference",
                {
                    "authors": "Sunkel C. and Sartor C.",
                    "year": "2022",
                    "title": "Perspectives: involving persons with lived experience",
                    "source": "BJPsych Bulletin, 46(3), pp. 160-164",
                    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9346508/",
                    "accessed": "2026-11-03",
                },
            )
        ),
    )
    post.body = blocks(
        ("heading", {"text": "What a board does", "level": "h2"}),
        ("paragraph", "<p>A board sets <b>direction</b> and checks quality.</p>"),
        ("quote", {"quote": "I wished I had known someone.", "attribution": "A member"}),
        ("image", {"image": banner.pk, "alt_text": "Circles", "caption": "A banner"}),
        (
            "call_to_action",
            {
                "heading": "Join us",
                "text": "Go on.",
                "button_label": "Apply",
                "link": {"page": home_page.pk, "url": ""},
            },
        ),
        ("callout", {"tone": "support", "heading": "Take care", "text": "<p>Rest.</p>"}),
    )
    post.save_revision().publish()
    BlogIndexPage.objects.filter(pk=blog.pk).update(featured_post=post)

    begins = days_from_now(3, 18, 30)
    event = make_event(
        EventIndexPage.objects.get(),
        "Peer leadership circle",
        summary="A space for lived-experience leaders to talk about the work.",
        body=blocks(("paragraph", "<p>Leading from lived experience can be lonely.</p>")),
        start=begins,
        end=begins + timedelta(hours=1, minutes=30),
        repeat="weekly",
        repeat_count=6,
        event_format="online",
        venue_name="",
        address="",
        postcode="",
        region=Region.objects.get(slug="uk-wide-remote"),
        online_platform="Zoom",
        joining_link="https://meet.example/circle",
        joining_link_sharing="after_booking",
        booking_instructions="Email circle@lead.example with the name you would like to use.",
        capacity=14,
        contributors_paid=True,
        captions="yes",
        camera_optional="yes",
        regular_breaks="yes",
        access_notes="Join by phone if video is hard for you.",
        speakers=[("Rowan Hale", profile), ("Stuart K.", None)],
        cancelled=[(begins + timedelta(days=7)).date()],
    )

    role = make_role(
        board(home_page),
        "Lived experience adviser",
        closing_date=timezone.localdate() + timedelta(days=21),
    )
    follow = follow_page(
        home_page,
        body=blocks(("paragraph", "<p>Members can also have new roles sent by email.</p>")),
    )
    contact = contact_page(
        home_page,
        body=blocks(
            (
                "callout",
                {"tone": "support", "heading": "Not a crisis line", "text": "<p>Call 999.</p>"},
            )
        ),
        thank_you="<p>We reply within a week.</p>",
    )
    section = guide_section(home_page)
    companion = make_guide(section, "Co-production basics", slug="co-production-basics")
    guide = make_guide(
        section,
        "Paying people fairly",
        body=[
            ("heading", {"text": "Set a rate", "level": "h2"}),
            ("paragraph", "<p>Use a published rate table.</p>"),
            ("heading", {"text": "Hourly or daily", "level": "h3"}),
            ("callout", {"tone": "important", "heading": "Benefits", "text": "<p>Ask.</p>"}),
        ],
        sources=[
            (
                "source",
                {
                    "authors": "NHS England",
                    "year": "2017",
                    "title": "Patient and public voice partners policy",
                    "source": "",
                    "url": "https://www.england.nhs.uk/",
                    "accessed": "2026-11-03",
                },
            )
        ],
        related=[companion],
    )
    FairPayRateFactory(level="Advising or co-producing", is_example=True)
    calculator = pay_calculator(home_page)
    pledge_version()
    pledge = pledge_page(home_page)
    step = make_step(
        pathways_overview(home_page), "Lived-experience director", role="lived-experience-director"
    )
    members_post = make_members_post(members_space(home_page), "Winter update", kind="resource")
    return {
        "pathway_step": step,
        "members_post": members_post,
        "profile": profile,
        "post": post,
        "event": event,
        "role": role,
        "follow": follow,
        "contact": contact,
        "guide": guide,
        "calculator": calculator,
        "pledge": pledge,
    }
