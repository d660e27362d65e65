"""Original copy for the demo site, written in the network's voice (plain English, warm, calm)."""


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


HOME = {
    "title": "Home",
    "hero_heading": "Lived experience is leadership",
    "intro": (
        "LEAD is a UK network of people whose own experience of mental distress, of using "
        "services or of other hard times shapes how they lead. Find us, hire us fairly, "
        "and meet peers doing the same work."
    ),
    "cta_label": "Find a lived-experience leader",
    "body": [
        {"type": "heading", "value": {"text": "Why LEAD exists", "level": "h2"}},
        {
            "type": "paragraph",
            "value": p(
                "Knowledge gained by living through something is expertise. It sits beside "
                "qualifications and training, not below them, and it belongs in every room "
                "where decisions are made, including the boardroom.",
                "The NHS Long Term Plan (2019) committed to building a lived-experience and peer "
                "workforce. LEAD helps organisations find the people who make that real, and "
                "helps those people find each other.",
            ),
        },
        {
            "type": "callout",
            "value": {
                "tone": "info",
                "heading": "Fair pay, always",
                "text": p(
                    "We ask every organisation that finds someone through LEAD to pay them for "
                    "their time, and to say what it pays up front."
                ),
            },
        },
    ],
}

PAGES = [
    {
        "slug": "about",
        "title": "About LEAD",
        "show_in_menus": True,
        "intro": "Who we are, what we stand for and how the network is run.",
        "body": [
            {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
            {
                "type": "paragraph",
                "value": p(
                    "LEAD brings together peer support workers, trainers, advisors, researchers, "
                    "board members and directors. What we share is that our own experience of "
                    "distress, services or adversity informs the work we do.",
                    "Some of us use our own names and some of us use a pseudonym. Everyone "
                    "decides for themselves how much of their story to share.",
                ),
            },
            {"type": "heading", "value": {"text": "What we stand for", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<ul><li>Lived experience is expertise, and it belongs at every level."
                "</li><li>Involvement is paid fairly, and pay is open.</li><li>Leaders look "
                "after each other: peer support is part of what we offer.</li><li>People "
                "earlier in their journey should be able to see leaders who have walked a "
                "similar road.</li></ul>",
            },
            {
                "type": "quote",
                "value": {
                    "quote": "The first time I sat on a board as the person with lived "
                    "experience, I wished I had known someone who had done it before me.",
                    "attribution": "A founding member of the network",
                },
            },
        ],
    },
    {
        "slug": "blog",
        "title": "Blog",
        "show_in_menus": True,
        "intro": "Stories, ideas and practical guides from people leading with lived experience.",
        "body": [
            {
                "type": "paragraph",
                "value": p(
                    "Our members write about co-production that works, about being paid fairly, "
                    "and about looking after yourself while you do this work. New posts will "
                    "appear here."
                ),
            }
        ],
    },
    {
        "slug": "network",
        "title": "Network",
        "show_in_menus": True,
        "intro": "Find lived-experience leaders by expertise, role and region.",
        "body": [
            {
                "type": "paragraph",
                "value": p(
                    "The directory lists members who have chosen to make their leadership "
                    "visible. Each member decides what their profile shows and who can see it."
                ),
            }
        ],
    },
    {
        "slug": "events",
        "title": "Events",
        "show_in_menus": True,
        "intro": "Gatherings, training and peer support sessions, online and across the UK.",
        "body": [
            {
                "type": "paragraph",
                "value": p(
                    "Every event lists its access arrangements, and tells you whether "
                    "lived-experience contributors are paid."
                ),
            }
        ],
    },
    {
        "slug": "join",
        "title": "Join the network",
        "show_in_menus": True,
        "intro": "Apply to be listed in the directory and to join our peer community.",
        "body": [
            {
                "type": "paragraph",
                "value": p(
                    "Joining is free. You choose your display name, what your profile shows, "
                    "and who can see each part of it. You can change your mind or leave at any "
                    "time, and when you leave we erase your details."
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "support",
                    "heading": "Take your time",
                    "text": p(
                        "You do not need to share anything you are not comfortable sharing. "
                        "Your region is all we ask about where you live."
                    ),
                },
            },
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "show_in_menus": False,
        "intro": "How LEAD collects, uses and protects your information.",
        "body": [
            {"type": "heading", "value": {"text": "What we collect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": p(
                    "When you join, we ask for a display name, an email address we never show "
                    "to anyone, your region and what you choose to tell us about your work.",
                    "If your profile names an area of lived experience, that is health "
                    "information. UK data protection law treats it as special category data, "
                    "so we only use it with your explicit consent, and we record when you gave "
                    "it and which wording you agreed to.",
                ),
            },
            {"type": "heading", "value": {"text": "Your choices", "level": "h2"}},
            {
                "type": "paragraph",
                "value": p(
                    "For each sensitive part of your profile you choose who sees it: everyone, "
                    "members only, or nobody. You can download your data, and you can withdraw. "
                    "When you withdraw, your profile goes offline at once and we erase your "
                    "personal data, keeping only a note that the erasure happened."
                ),
            },
            {"type": "heading", "value": {"text": "Messages", "level": "h2"}},
            {
                "type": "paragraph",
                "value": p(
                    "Visitors contact members through the site. We pass the message on; your "
                    "email address is never shown."
                ),
            },
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "show_in_menus": False,
        "intro": "How accessible this website is, and how to tell us about a problem.",
        "body": [
            {
                "type": "paragraph",
                "value": p(
                    "We want as many people as possible to be able to use this website. We aim "
                    "to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.",
                    "You should be able to navigate the whole site with a keyboard, zoom to "
                    "400% without text spilling off the screen, and use it with a screen reader. "
                    "Every page is checked with automated accessibility tests in a real browser "
                    "before it is published.",
                ),
            },
            {"type": "heading", "value": {"text": "Reporting a problem", "level": "h2"}},
            {
                "type": "paragraph",
                "value": p(
                    "If something does not work for you, email us and tell us the page and what "
                    "happened. We will reply within 5 working days."
                ),
            },
        ],
    },
]

SETTINGS = {
    "organisation_name": "LEAD: Lived Experience Advisory Directory",
    "organisation_details": "A network of lived-experience leaders across the UK.\n"
    "This is a demonstration site: the people and events on it are made up.",
    "contact_email": "hello@lead.example",
}
