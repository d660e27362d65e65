"""Fifteen fictional demo events, written for LEAD's demo site.

Dates are days from the day the loader runs ("days": -21 is three weeks ago), so the demo always
has events coming up and events in the archive. Speakers with a "profile" slug link to the demo
profile of that name. Any resemblance to real events or people is accidental."""

CIRCLE = "peer-leadership-circle"

INDEX_INTRO = (
    "Talks, workshops and peer sessions for lived-experience leaders and the organisations "
    "that work with them. Every event lists its access arrangements, and we pay people who "
    "contribute their lived experience."
)
PAST_INTRO = "Events that have already taken place. Slides and notes are linked where we have them."

ACCESS_ONLINE = {
    "captions": "yes",
    "camera_optional": "yes",
    "regular_breaks": "yes",
    "materials_in_advance": "yes",
}
ACCESS_VENUE = {
    "step_free": "yes",
    "accessible_toilets": "yes",
    "hearing_loop": "yes",
    "quiet_space": "yes",
    "regular_breaks": "yes",
}

EVENTS = [
    {
        "slug": CIRCLE,
        "title": "Peer leadership circle",
        "summary": (
            "A monthly space for lived-experience leaders to talk about the work: the wins, the "
            "hard days and the decisions nobody else quite understands. Online, first Tuesday "
            "of the month."
        ),
        "body": [
            (
                "paragraph",
                "<p>Leading from lived experience can be lonely. You may be the only person in "
                "the room who has used the services being discussed, and you carry that into "
                "every meeting. The circle is a place to set it down for an hour and a half, "
                "with peers who know what that is like.</p>",
            ),
            ("heading", "How a circle runs"),
            (
                "paragraph",
                "<p>Two trained peer facilitators hold the space. We start with a short check-in, "
                "then one or two people bring something they are working through, and the group "
                "listens and offers what has helped them. You can speak as much or as little as "
                "you like, and what is said in the circle stays there.</p>",
            ),
            (
                "paragraph",
                "<p>The circle is for LEAD members in paid or voluntary leadership roles. Book "
                "once and we will send you the joining link for every date.</p>",
            ),
        ],
        "circle": True,
        "start": "18:30",
        "end": "20:00",
        "format": "online",
        "platform": "Zoom",
        "link": "https://meet.lead.example/circle",
        "link_sharing": "after_booking",
        "region": "uk-wide-remote",
        "booking_instructions": (
            "Email circle@lead.example with the name you would like to use in the group. "
            "We reply within two working days."
        ),
        "capacity": 14,
        "access": {**ACCESS_ONLINE, "quiet_space": "no"},
        "access_notes": (
            "Join by phone if video is hard for you: the dial-in number comes with the link. "
            "A facilitator stays on for ten minutes afterwards for anyone who wants to talk."
        ),
        "speakers": [
            ("Stuart K.", "Peer facilitator", "stuart-k"),
            ("Gareth Evans-Lloyd", "Peer facilitator", "gareth-evans-lloyd"),
        ],
    },
    {
        "slug": "lived-experience-on-the-board",
        "title": "Lived experience on the board: a practical morning",
        "summary": (
            "For anyone thinking about a non-executive or board role. Two members who sit on "
            "NHS boards talk honestly about applying, the first year and what support made "
            "the difference."
        ),
        "body": [
            (
                "paragraph",
                "<p>Boards make the decisions that shape services for years. More trusts now "
                "want people with lived experience at that table, and not only on an advisory "
                "group down the corridor. This morning is about what it takes to get there and "
                "to stay well once you have.</p>",
            ),
            (
                "paragraph",
                "<p>We will look at how board recruitment works, what papers and meetings are "
                "really like, and how to ask for the adjustments you need. There is time to "
                "work on your own application with a partner, and a long lunch for questions.</p>",
            ),
        ],
        "days": 12,
        "start": "10:00",
        "end": "13:00",
        "format": "in_person",
        "venue": "Holbeck Community Rooms",
        "address": "14 Mill Yard\nLeeds",
        "postcode": "LS11 9AB",
        "region": "north-east-and-yorkshire",
        "booking_url": "https://tickets.lead.example/board-morning",
        "capacity": 30,
        "paid": True,
        "access": {**ACCESS_VENUE, "materials_in_advance": "yes"},
        "access_notes": (
            "Leeds station is a 15-minute walk or a short bus ride (routes 1 and 55). Two "
            "blue-badge spaces at the door. Lunch is vegetarian, with vegan and gluten-free "
            "options: tell us what you need when you book."
        ),
        "speakers": [
            ("Danielle Hartley", "Lived experience director", "danielle-hartley"),
            ("Tendai Moyo", "Non-executive director", "tendai-moyo"),
        ],
    },
    {
        "slug": "fair-pay-for-involvement",
        "title": "Fair pay for involvement: setting rates that respect people",
        "summary": (
            "A lunchtime webinar for involvement leads and finance teams: how to set fair "
            "rates, pay promptly and explain the effect on welfare benefits before anyone "
            "agrees to take part."
        ),
        "body": [
            (
                "paragraph",
                "<p>People are still asked to share their experience for a voucher and a sandwich. "
                "Paying properly says that their expertise counts. Getting it right takes a "
                "policy, a payment route that works and honest information up front.</p>",
            ),
            (
                "paragraph",
                "<p>Our speakers share the rates their organisations pay, how they cut payment "
                "times from weeks to days, and why they always point people to independent "
                "benefits advice before the first session. Bring your questions: the last "
                "twenty minutes are yours.</p>",
            ),
        ],
        "days": 20,
        "start": "12:30",
        "end": "13:30",
        "format": "online",
        "platform": "Microsoft Teams",
        "link": "https://meet.lead.example/fair-pay-webinar",
        "link_sharing": "public",
        "region": "uk-wide-remote",
        "paid": True,
        "access": ACCESS_ONLINE,
        "access_notes": "A recording with corrected captions is shared with everyone a week later.",
        "speakers": [
            ("Grace Adeyemi-Clarke", "Patient director", "grace-adeyemi-clarke"),
            ("Ellie M.", "Commissioning adviser", "ellie-m"),
        ],
    },
    {
        "slug": "co-production-in-commissioning",
        "title": "Co-production in commissioning: what good looks like",
        "summary": (
            "An afternoon for commissioners and lived-experience advisers, in Birmingham and "
            "online. Real examples of sharing power from the first meeting to the contract."
        ),
        "body": [
            (
                "paragraph",
                "<p>Co-production is easy to promise and hard to do. This session starts from "
                "three commissioning projects where people with lived experience set the "
                "questions, scored the bids and sat on the panel, and from what went wrong "
                "along the way.</p>",
            ),
            ("heading", "Who it is for"),
            (
                "paragraph",
                "<p>Commissioners, integrated care board staff and anyone advising them from "
                "lived experience. Join in the room for the group work, or online to listen "
                "and ask questions in the chat.</p>",
            ),
        ],
        "days": 33,
        "start": "13:30",
        "end": "16:30",
        "format": "hybrid",
        "venue": "Digbeth Quaker Meeting House",
        "address": "40 Floodgate Street\nBirmingham",
        "postcode": "B5 5SL",
        "region": "midlands",
        "platform": "Zoom",
        "link": "https://meet.lead.example/co-production",
        "link_sharing": "after_booking",
        "booking_url": "https://tickets.lead.example/co-production",
        "free": False,
        "price": "25.00",
        "cost_note": (
            "Free for anyone attending from their own lived experience: choose the free ticket"
        ),
        "capacity": 60,
        "paid": True,
        "access": {**ACCESS_VENUE, **ACCESS_ONLINE, "bsl": "yes"},
        "access_notes": (
            "BSL interpreters in the room and on screen. The quiet room is on the same floor."
        ),
        "speakers": [
            ("Hannah Brooks-Patel", "Co-production lead", "hannah-brooks-patel"),
            ("Ellie M.", "Commissioning adviser", "ellie-m"),
            ("Priti Anand", "Head of mental-health commissioning (guest)", None),
        ],
    },
    {
        "slug": "peer-research-retreat",
        "title": "Peer research retreat",
        "summary": (
            "Two days for peer and community researchers to share methods, talk through ethics "
            "and plan joint work, near Cardiff Bay."
        ),
        "body": [
            (
                "paragraph",
                "<p>Peer researchers bring questions that nobody else thinks to ask. This "
                "retreat is time away from the day job to learn from each other: interviewing "
                "with care, writing up findings people can use, and getting credit in the "
                "papers that come out of your work.</p>",
            ),
            (
                "paragraph",
                "<p>Travel, a room for the night and meals are paid for. We pay everyone "
                "who leads a session.</p>",
            ),
        ],
        "days": 47,
        "end_days": 48,
        "all_day": True,
        "format": "in_person",
        "venue": "Tiger Bay Conference Centre",
        "address": "2 Dock Road\nCardiff",
        "postcode": "CF10 4PA",
        "region": "wales",
        "booking_instructions": (
            "Every place has been taken. Email research@lead.example to join the waiting list."
        ),
        "capacity": 30,
        "fully_booked": True,
        "paid": True,
        "access": {**ACCESS_VENUE, "materials_in_advance": "yes"},
        "access_notes": (
            "Bedrooms are step-free with wet rooms. Tell us "
            "about any dietary or access needs when you book."
        ),
        "speakers": [
            ("Marcus Oyelaran", "Research fellow", "marcus-oyelaran"),
            ("Rhian Pritchard", "Involvement lead", "rhian-pritchard"),
        ],
    },
    {
        "slug": "writing-your-story-for-applications",
        "title": "Writing about your lived experience in a job application",
        "summary": (
            "An evening workshop on deciding what to share, and how, when a job asks for lived "
            "experience. Small group, online, cameras optional."
        ),
        "body": [
            (
                "paragraph",
                "<p>More job adverts ask for lived experience, and few say how much to tell. "
                "You decide what to share. This workshop helps you describe what you learned "
                "and how you use it, without handing over your whole history.</p>",
            ),
            (
                "paragraph",
                "<p>Bring an advert you are interested in. We will work through a short "
                "framework together, then write a first paragraph with quiet time to think.</p>",
            ),
        ],
        "days": 9,
        "start": "18:00",
        "end": "19:30",
        "format": "online",
        "platform": "Zoom",
        "link": "https://meet.lead.example/writing",
        "link_sharing": "after_booking",
        "region": "uk-wide-remote",
        "booking_url": "https://tickets.lead.example/writing-workshop",
        "capacity": 16,
        "paid": True,
        "access": ACCESS_ONLINE,
        "speakers": [("Sophie Greenwood", "Peer trainer and writer", "sophie-greenwood")],
    },
    {
        "slug": "recovery-college-tutors-exchange",
        "title": "Recovery college tutors' exchange",
        "summary": (
            "A day for peer tutors from recovery colleges across Scotland to swap course ideas, "
            "co-delivery tips and ways of looking after themselves."
        ),
        "body": [
            (
                "paragraph",
                "<p>Peer tutors often design courses alone. The exchange brings them together to "
                "share what works in the classroom, from opening a session safely to sharing "
                "the teaching with a clinical co-tutor as an equal.</p>",
            ),
        ],
        "days": 60,
        "start": "10:30",
        "end": "15:30",
        "format": "in_person",
        "venue": "The Albany Learning Centre",
        "address": "44 Ashley Street\nGlasgow",
        "postcode": "G3 6DS",
        "region": "scotland",
        "status": "postponed",
        "status_note": (
            "We are moving to a bigger room. We will publish the new date soon, and everyone "
            "who booked keeps their place."
        ),
        "booking_url": "https://tickets.lead.example/tutors-exchange",
        "paid": True,
        "access": ACCESS_VENUE,
        "speakers": [("Dev Rajan", "Peer trainer", "dev-rajan")],
    },
    {
        "slug": "deaf-led-peer-support",
        "title": "Deaf-led peer support: building access in from the start",
        "summary": (
            "How services can make peer support work for Deaf people, led by Deaf peer "
            "workers. Now online, with BSL and live captions throughout."
        ),
        "body": [
            (
                "paragraph",
                "<p>Deaf people are too often offered peer support through an interpreter as an "
                "afterthought. Our speakers run peer groups in BSL and train hearing teams. "
                "They will show what changes when access is planned from the first day.</p>",
            ),
        ],
        "days": 26,
        "start": "14:00",
        "end": "15:30",
        "format": "in_person",
        "venue": "Bloomsbury Deaf Arts Centre",
        "address": "3 Coram Place\nLondon",
        "postcode": "WC1N 1AA",
        "region": "london",
        "status": "moved_online",
        "status_note": (
            "Moved online because of rail strikes on "
            "the day. BSL interpreters and captions as planned."
        ),
        "platform": "Zoom",
        "link": "https://meet.lead.example/deaf-led",
        "link_sharing": "after_booking",
        "booking_url": "https://tickets.lead.example/deaf-led",
        "paid": True,
        "access": {**ACCESS_ONLINE, "bsl": "yes"},
        "speakers": [("Daniel Asante", "Deaf peer support worker", "daniel-asante")],
    },
    {
        "slug": "spring-network-social-belfast",
        "title": "Network social in Belfast",
        "summary": (
            "An informal evening for members in Northern Ireland to meet, eat and talk about "
            "anything but work, if you like."
        ),
        "body": [
            (
                "paragraph",
                "<p>A relaxed get-together with food and soft drinks. No talks, no name badges "
                "unless you want one.</p>",
            ),
        ],
        "days": 15,
        "start": "18:00",
        "end": "20:30",
        "format": "in_person",
        "venue": "The Linen Hall Café",
        "address": "17 Donegall Square North\nBelfast",
        "postcode": "BT1 5GB",
        "region": "northern-ireland",
        "status": "cancelled",
        "status_note": (
            "The café has had to close for repairs. We are sorry, and we will plan another "
            "social soon."
        ),
        "access": {"step_free": "yes", "accessible_toilets": "yes", "quiet_space": "no"},
        "speakers": [("Siobhán Doherty", "Host", "siobhan-doherty")],
    },
    {
        "slug": "peer-worker-induction-series",
        "title": "Induction series for new peer workers",
        "summary": (
            "Four fortnightly online sessions for people in their first year as a peer worker: "
            "boundaries, supervision, recording and looking after yourself."
        ),
        "body": [
            (
                "paragraph",
                "<p>Starting as a peer worker can feel like joining a team that speaks another "
                "language. These sessions cover the practical side, with time to ask the "
                "questions you might not ask at work.</p>",
            ),
        ],
        "days": 5,
        "start": "10:00",
        "end": "11:30",
        "repeat": "fortnightly",
        "count": 4,
        "format": "online",
        "platform": "Microsoft Teams",
        "link": "https://meet.lead.example/induction",
        "link_sharing": "after_booking",
        "region": "uk-wide-remote",
        "booking_url": "https://tickets.lead.example/induction",
        "capacity": 24,
        "access": ACCESS_ONLINE,
        "speakers": [("Gareth Evans-Lloyd", "Peer trainer", "gareth-evans-lloyd")],
    },
    {
        "slug": "leadership-summit",
        "title": "Lived experience leadership summit",
        "summary": (
            "Our biggest day of the year, in Manchester and online: keynotes, workshops and "
            "time to meet leaders from across the UK."
        ),
        "body": [
            (
                "paragraph",
                "<p>The summit brings together peer workers, trainers, researchers and board "
                "members to look at where lived-experience leadership is heading. Every "
                "speaker leads from their own experience, and every one of them is paid.</p>",
            ),
            ("heading", "Bursaries"),
            (
                "paragraph",
                "<p>Thirty free places with travel paid are kept for people who would not "
                "otherwise be able to come. Ask for one when you book: we do not ask why.</p>",
            ),
        ],
        "days": 120,
        "start": "09:30",
        "end": "16:30",
        "format": "hybrid",
        "venue": "Ancoats Works",
        "address": "8 Redhill Street\nManchester",
        "postcode": "M4 5BA",
        "region": "north-west",
        "platform": "Zoom",
        "link": "https://meet.lead.example/summit",
        "link_sharing": "after_booking",
        "booking_url": "https://tickets.lead.example/summit",
        "free": False,
        "price": "40.00",
        "cost_note": "Bursary places are free, with travel paid",
        "capacity": 250,
        "paid": True,
        "access": {**ACCESS_VENUE, **ACCESS_ONLINE, "bsl": "yes"},
        "access_notes": (
            "A quiet room all day, and a named access contact you can message beforehand."
        ),
        "speakers": [
            ("Danielle Hartley", "Lived experience director", "danielle-hartley"),
            ("Olu Bankole", "Lived-experience consultant", "olu-bankole"),
            ("Imran Siddiqui", "Peer mentor and trainer", "imran-siddiqui"),
        ],
    },
    # Over already: the archive.
    {
        "slug": "supervision-for-peer-workers",
        "title": "Supervision for peer workers: what helps",
        "summary": (
            "Peer workers and their managers on what good supervision looks like, and how to "
            "ask for it."
        ),
        "body": [
            (
                "paragraph",
                "<p>Supervision should be a space to reflect, not a performance review. Our "
                "speakers talked about peer-to-peer supervision, the questions that open up a "
                "conversation, and how to raise it when supervision is not happening.</p>",
            ),
        ],
        "days": -21,
        "start": "12:30",
        "end": "13:30",
        "format": "online",
        "platform": "Zoom",
        "link": "https://meet.lead.example/supervision",
        "link_sharing": "after_booking",
        "region": "uk-wide-remote",
        "paid": True,
        "access": ACCESS_ONLINE,
        "speakers": [("Amara Okafor", "Peer support worker", "amara-okafor")],
    },
    {
        "slug": "annual-members-gathering",
        "title": "Annual members' gathering",
        "summary": (
            "A day for members to look back on the year, vote on the network's priorities and "
            "celebrate each other's work."
        ),
        "body": [
            (
                "paragraph",
                "<p>Members met in London and online to agree the network's three priorities "
                "for the coming year: fair pay, career paths for peer workers and peer support "
                "for leaders.</p>",
            ),
        ],
        "days": -60,
        "all_day": True,
        "format": "hybrid",
        "venue": "Conway Hall",
        "address": "25 Red Lion Square\nLondon",
        "postcode": "WC1R 4RL",
        "region": "london",
        "platform": "Zoom",
        "link_sharing": "after_booking",
        "paid": True,
        "access": {**ACCESS_VENUE, **ACCESS_ONLINE, "bsl": "yes"},
        "speakers": [
            ("Danielle Hartley", "Chair", "danielle-hartley"),
            ("Yusuf Abdi", "Community advocate", "yusuf-abdi"),
        ],
    },
    {
        "slug": "making-ward-rounds-work",
        "title": "Inpatient voices: making ward rounds work",
        "summary": (
            "What people on acute wards want from ward rounds, and the small changes peer "
            "workers have helped teams make."
        ),
        "body": [
            (
                "paragraph",
                "<p>Ward rounds can feel like being talked about rather than talked with. "
                "A peer worker on an acute ward shared how his team changed the format, with "
                "patients choosing who is in the room and what is discussed first.</p>",
            ),
        ],
        "days": -35,
        "start": "14:00",
        "end": "16:00",
        "format": "in_person",
        "venue": "Stokes Croft Community Hall",
        "address": "12 Jamaica Street\nBristol",
        "postcode": "BS2 8JP",
        "region": "south-west",
        "paid": True,
        "access": ACCESS_VENUE,
        "speakers": [("Tom Penrose", "Ward peer support worker", "tom-penrose")],
    },
    {
        "slug": "starting-a-perinatal-peer-group",
        "title": "Perinatal peer support: starting a group",
        "summary": (
            "Practical steps for starting a peer group for parents during pregnancy and after "
            "birth, from two people who have done it."
        ),
        "body": [
            (
                "paragraph",
                "<p>The session covered finding a welcoming venue, working with health "
                "visitors, keeping the group safe and making space for partners too.</p>",
            ),
        ],
        "days": -90,
        "start": "10:00",
        "end": "11:30",
        "format": "online",
        "platform": "Zoom",
        "link_sharing": "after_booking",
        "region": "uk-wide-remote",
        "paid": True,
        "access": ACCESS_ONLINE,
        "speakers": [
            ("Priya Chauhan", "Perinatal peer support lead", "priya-chauhan"),
            ("Nadia Rahman", "Research partner", "nadia-rahman"),
        ],
    },
]
