"""Forty-four fictional demo profiles, written for LEAD's demo site.

Any resemblance to real people is accidental."""

PROFILES = [
    {
        "name": "Danielle Hartley",
        "pronouns": "she/her",
        "headline": "Lived experience director at a mental-health trust",
        "organisation": "Brindlemoor NHS Foundation Trust",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "north-east-and-yorkshire",
        "photo": True,
        "summary": (
            "I lead our trust's lived-experience team of 40 peer workers. I've used services on "
            "and off since my twenties, and I now sit at the table where decisions get made. I "
            "want that seat to be normal, not newsworthy."
        ),
        "biography": (
            "<p>I joined Brindlemoor as a peer support worker in 2016, after several years of "
            "using its community and crisis services myself. Now I'm the trust's first lived "
            "experience director, and I report to the board.</p><p>My team has grown from three "
            "peer workers to forty. We wrote a fair pay policy for involvement, so nobody is asked "
            "to give their story for a cup of tea. We also run a monthly supervision circle, "
            "because this work can be heavy.</p><p>I care about <strong>career paths</strong>. A "
            "peer worker starting today should be able to see a route to the boardroom, if that's "
            "what they want.</p>"
        ),
        "lived_experience": ["mental-distress", "crisis-services"],
        "expertise": ["board-governance", "workforce-development", "co-production"],
        "roles": ["lived-experience-director", "mentor"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/danielle-hartley-example",
        "selected_work": [
            {
                "kind": "talk",
                "title": "From peer worker to the boardroom",
                "year": 2024,
                "description": (
                    "A keynote on building a lived-experience career path inside an NHS trust, "
                    "given at a regional workforce conference."
                ),
            },
            {
                "kind": "project",
                "title": "Fair pay for involvement",
                "year": 2022,
                "description": (
                    "Co-wrote the trust's first policy setting rates, payment routes and prompt "
                    "payment for everyone who gives their time."
                ),
            },
        ],
        "joined_days_ago": 812,
    },
    {
        "name": "Imran Siddiqui",
        "pronouns": "he/him",
        "headline": "Peer mentor and trainer supporting men leaving prison",
        "organisation": "Second Chapter Justice Project",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "north-east-and-yorkshire",
        "photo": True,
        "summary": (
            "Imran spent four years in prison in his twenties. He now trains peer mentors who meet "
            "men at the gate on release day, and advises probation teams on what actually helps in "
            "the first few weeks."
        ),
        "biography": (
            "<p>Imran knows how long the first week out of prison can feel. He came out with a bag "
            "of belongings and a list of appointments he had no way to get to. Today he makes sure "
            "other men do not face that alone.</p><p>At Second Chapter he recruits and trains peer "
            "mentors, most of whom have been through the system themselves. Mentors meet people at "
            "the gate, help with housing and GP registration, and stay in touch for a "
            "year.</p><p>Imran also talks with mosques and community groups about mental health, "
            "in Urdu and Punjabi as well as English. He wants families to be able to talk about it "
            "without shame.</p>"
        ),
        "lived_experience": ["criminal-justice-system", "substance-use"],
        "expertise": ["peer-support", "training-and-education", "policy-and-campaigning"],
        "roles": ["peer-trainer", "mentor", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English, Urdu, Punjabi",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Gate to Home",
                "year": 2021,
                "description": (
                    "Designed a year-long peer mentoring offer for men on release from prison, now "
                    "run with two local probation teams."
                ),
            },
        ],
        "joined_days_ago": 340,
    },
    {
        "name": "Wren",
        "pronouns": "they/them",
        "headline": "Hearing voices group facilitator and research partner",
        "organisation": "",
        "organisation_visibility": "members",
        "region_visibility": "members",
        "photo_visibility": "hidden",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "north-east-and-yorkshire",
        "photo": False,
        "summary": (
            "I've heard voices for most of my adult life. I co-facilitate a hearing voices group "
            "and work as a research partner on studies about voices, making sure the questions "
            "asked are ones voice-hearers care about."
        ),
        "biography": (
            "<p>I use a pseudonym online because I'd like my work to be seen before my story. I've "
            "lived with voices for over fifteen years. Some are difficult, some are kind, and I've "
            "learned to negotiate with them.</p><p>I co-facilitate a weekly hearing voices group. "
            "It's a space where nobody tries to argue you out of your experience. I also work as a "
            "paid research partner with two universities, helping to shape study questions, "
            "consent forms and interview guides.</p><p>What I care about most is respect. People "
            "who hear voices are experts in their own lives, and research goes better when we're "
            "in the room from the start.</p>"
        ),
        "lived_experience": ["psychosis-and-hearing-voices", "inpatient-care"],
        "expertise": ["research-and-evaluation", "peer-support", "co-production"],
        "roles": ["research-partner", "advisory-group-member"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Questions worth asking",
                "year": 2023,
                "description": (
                    "A co-authored short article on how a panel of voice-hearers rewrote the "
                    "interview guide for a study about voices."
                ),
            },
        ],
        "joined_days_ago": 205,
    },
    {
        "name": "Graham Lowther",
        "pronouns": "he/him",
        "headline": "Carer representative on an integrated care board's mental-health group",
        "organisation": "Kestrel Vale Integrated Care Board",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "north-east-and-yorkshire",
        "photo": False,
        "summary": (
            "Graham cared for his wife through twenty years of mental distress, and then through "
            "her final illness. He now brings the carer's view to commissioning decisions and "
            "chairs a carers' forum in his town."
        ),
        "biography": (
            "<p>Graham was a maintenance engineer for thirty years. For most of that time he was "
            "also a carer for his wife, Jean, who lived with long periods of mental distress. He "
            "learned the system the hard way: forms, waiting lists, and meetings where carers were "
            "thanked and then ignored.</p><p>Since Jean died in 2019, Graham has put that learning "
            "to work. He sits on the ICB's mental-health commissioning group and chairs a local "
            "carers' forum. He helped make sure a new crisis service has a line for carers, not "
            "just patients.</p><p>He is plain-spoken and patient, and he reads every paper before "
            "a meeting.</p>"
        ),
        "lived_experience": ["caring-for-someone", "bereavement"],
        "expertise": ["commissioning", "policy-and-campaigning"],
        "roles": ["advisory-group-member", "interview-panel-member"],
        "availability": "open",
        "expects_payment": "no",
        "payment_routes": ["declines-payment"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "A line for carers",
                "year": 2025,
                "description": (
                    "Worked with commissioners so that the new all-age crisis service has a "
                    "dedicated line and call-back promise for carers."
                ),
            },
        ],
        "joined_days_ago": 611,
    },
    {
        "name": "Amara Okafor",
        "pronouns": "she/her",
        "headline": "Peer support worker in a community mental-health team",
        "organisation": "Saltmarsh NHS Foundation Trust",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "members",
        "region": "north-west",
        "photo": True,
        "summary": (
            "I work alongside people in the weeks after they leave hospital. I've been there "
            "myself. I care about small things done well: a phone call that happens when it was "
            "promised, and a worker who remembers your name."
        ),
        "biography": (
            "<p>I became a peer support worker in 2020, three years after my own time in hospital. "
            "Coming home had been the hardest part for me, so that's where I focus now.</p><p>I "
            "meet people in the first six weeks after discharge. We might walk to the shops, sort "
            "out a prescription, or just talk. I'm open about my own experience when it helps, and "
            "I listen more than I speak.</p><p>I've also helped train new peer workers across the "
            "trust, and I sit on interview panels for clinical roles. I ask every candidate the "
            "same thing: <em>how would you want to be treated on your worst day?</em></p>"
        ),
        "lived_experience": ["inpatient-care", "mental-distress"],
        "expertise": ["peer-support", "training-and-education"],
        "roles": ["interview-panel-member", "peer-trainer"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 97,
    },
    {
        "name": "Callum Fitzgerald",
        "pronouns": "he/him",
        "headline": "Recovery college tutor and course co-designer",
        "organisation": "Ashcombe Recovery College",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "north-west",
        "photo": True,
        "summary": (
            "Callum co-designs and teaches recovery college courses on living with long-term pain "
            "and low mood. Former head chef. Known for short, practical sessions and for always "
            "bringing biscuits."
        ),
        "biography": (
            "<p>Callum was a head chef until a spinal injury in his thirties changed everything. "
            "The pain was constant, and his mood followed it down. A recovery college course on "
            "living well with pain was the first place he felt understood rather than "
            "managed.</p><p>He now co-designs and teaches courses there, working beside clinical "
            "tutors as an equal. His course on pain and low mood has run twelve times and has a "
            "waiting list. Students often say it's the first time anyone has talked about both at "
            "once.</p><p>Callum believes learning is a gentler door into recovery than treatment, "
            "and that everyone has something to teach.</p>"
        ),
        "lived_experience": ["long-term-physical-illness", "mental-distress"],
        "expertise": ["recovery-colleges", "training-and-education", "co-production"],
        "roles": ["peer-trainer", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Living with pain and low mood",
                "year": 2022,
                "description": (
                    "A six-week recovery college course co-written with a physiotherapist and a "
                    "psychologist."
                ),
            },
        ],
        "joined_days_ago": 455,
    },
    {
        "name": "Priya Chauhan",
        "pronouns": "she/her",
        "headline": "Perinatal peer support lead",
        "organisation": "Bluebell Perinatal Peer Project",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "north-west",
        "photo": True,
        "summary": (
            "After my first baby I had a very hard year. Now I lead a peer team that supports "
            "parents through pregnancy and the first year, and I help our local perinatal service "
            "listen to fathers and to South Asian families."
        ),
        "biography": (
            "<p>The year after my daughter was born was the hardest of my life. I didn't have "
            "words for what I was feeling, and in my family we didn't talk about it. A health "
            "visitor noticed, and a peer supporter called me every week for six months.</p><p>I "
            "now lead the Bluebell peer team. We have twelve volunteers and four paid peer "
            "workers, and we support parents in English, Gujarati, Urdu and Polish. I've helped "
            "our local perinatal service change its leaflets and its waiting room so that more "
            "families feel welcome.</p><p>I'm especially keen to reach dads, who so often go "
            "unseen.</p>"
        ),
        "lived_experience": ["perinatal-mental-health"],
        "expertise": ["peer-support", "service-design", "co-production"],
        "roles": ["advisory-group-member", "mentor"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Gujarati",
        "website_url": "https://bluebellpeers.example",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Dads matter too",
                "year": 2023,
                "description": (
                    "A peer-led group for new fathers, meeting on Saturday mornings at a family "
                    "hub, with a dad who has been there leading each session."
                ),
            },
        ],
        "joined_days_ago": 128,
    },
    {
        "name": "Jo P.",
        "pronouns": "",
        "headline": "Freelance co-production facilitator",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "north-west",
        "photo": False,
        "summary": (
            "I run co-production workshops for charities and NHS teams, built so that autistic "
            "people, and anyone who finds meetings hard work, can take a full part. Questions in "
            "advance, quiet breaks, and ending on time."
        ),
        "biography": (
            "<p>I found out I was autistic at 41, after years of being told to 'try harder' in "
            "meetings that were never built for people like me. Now I design the meetings.</p><p>I "
            "run co-production workshops for charities and NHS teams. I send questions in advance, "
            "offer written and spoken ways to take part, build in quiet breaks, and keep to time. "
            "These changes help everyone, not only neurodivergent people.</p><p>Recent work "
            "includes helping a mental-health charity redesign its volunteer induction, and a "
            "half-day session with a trust board on what real co-production looks like.</p>"
        ),
        "lived_experience": ["neurodivergence", "mental-distress"],
        "expertise": ["co-production", "service-design", "training-and-education"],
        "roles": ["consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "https://jo-facilitates.example",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 57,
    },
    {
        "name": "Tendai Moyo",
        "pronouns": "he/him",
        "headline": "Non-executive director at a community and mental-health trust",
        "organisation": "Westmere Health and Care Partnership",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "midlands",
        "photo": True,
        "summary": (
            "Tendai is a non-executive director at a community and mental-health trust. He has "
            "lived with kidney disease for many years, and has spent time on a mental-health ward. "
            "He pushes for care that treats body and mind together."
        ),
        "biography": (
            "<p>Tendai has known two very different kinds of hospital care. He spent years on "
            "dialysis, and later had a stay on a mental-health ward when the strain became too "
            "much. He noticed how rarely the two sides of his care spoke to each other.</p><p>He "
            "trained as a peer support worker, then moved into quality improvement. In 2023 he "
            "joined the Westmere board as a non-executive director. He sits on the quality "
            "committee, where he asks for the experience of patients, not just the "
            "numbers.</p><p>Tendai mentors peer workers who are thinking about governance roles. "
            "He wants the next generation to arrive sooner than he did.</p>"
        ),
        "lived_experience": ["long-term-physical-illness", "inpatient-care"],
        "expertise": ["board-governance", "service-design"],
        "roles": ["non-executive-board-member", "mentor"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Shona",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/tendai-moyo-example",
        "selected_work": [
            {
                "kind": "talk",
                "title": "What the board needs to hear",
                "year": 2025,
                "description": (
                    "A talk to a national governance network on bringing patients' experience, not "
                    "just performance data, into quality committees."
                ),
            },
        ],
        "joined_days_ago": 390,
    },
    {
        "name": "Harpreet Kaur Sandhu",
        "pronouns": "she/her",
        "headline": "Community researcher on carers' wellbeing",
        "organisation": "Greywell University",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "members",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "midlands",
        "photo": True,
        "summary": (
            "I'm a community researcher. I cared for my brother through years of heavy drinking, "
            "and I now help run research with carers from Sikh and Punjabi families, whose voices "
            "are too often missing from studies."
        ),
        "biography": (
            "<p>For ten years I was my brother's main carer while he lived with heavy drinking and "
            "everything that came with it. I learned a lot about services, and about how rarely "
            "families like mine were asked what we needed.</p><p>Now I work as a community "
            "researcher with Greywell University. I run interviews and listening groups with "
            "carers in Punjabi and English, in gurdwaras, community centres and people's own "
            "kitchens. I also help analyse the findings, so the conclusions stay close to what "
            "people actually said.</p><p>My brother has been well for four years. He's proud of "
            "this work, and so am I.</p>"
        ),
        "lived_experience": ["caring-for-someone", "substance-use"],
        "expertise": ["research-and-evaluation", "writing"],
        "roles": ["research-partner"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Punjabi",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Kitchen-table conversations",
                "year": 2024,
                "description": (
                    "A community report written with twenty carers from Punjabi families, setting "
                    "out what support they want and in which language."
                ),
            },
        ],
        "joined_days_ago": 233,
    },
    {
        "name": "Harbour Light",
        "pronouns": "",
        "headline": "Lived-experience adviser on crisis services",
        "organisation": "",
        "organisation_visibility": "hidden",
        "region_visibility": "hidden",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
        "region": "midlands",
        "photo": False,
        "summary": (
            "I advise NHS and charity teams on crisis services, drawing on several years of using "
            "them. I write under a pen name to keep my work and my family life separate."
        ),
        "biography": (
            "<p>I've used crisis lines, crisis teams and a crisis house over several years. Some "
            "of those contacts kept me going. Others left me feeling like a problem to be moved "
            "on.</p><p>I now advise services on what makes the difference. I've reviewed "
            "call-handler training, helped write a crisis house welcome pack, and sat on a working "
            "group designing a new 24-hour mental-health line. I focus on the first thirty seconds "
            "of any contact, because that's when people decide whether to stay on the "
            "line.</p><p>I use a pen name so that I can be honest in my work while keeping my "
            "family life private.</p>"
        ),
        "lived_experience": ["crisis-services", "self-harm"],
        "expertise": ["service-design", "training-and-education"],
        "roles": ["advisory-group-member", "consultant-facilitator"],
        "availability": "limited",
        "expects_payment": "prefer_not",
        "payment_routes": [],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "A welcome that works",
                "year": 2018,
                "description": (
                    "Co-wrote the welcome pack for a crisis house, with guests' own words about "
                    "what helped on their first night."
                ),
            },
        ],
        "joined_days_ago": 148,
    },
    {
        "name": "Martin Reeve",
        "pronouns": "he/him",
        "headline": "Housing First peer navigator",
        "organisation": "Foundry Lane Housing First",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "midlands",
        "photo": True,
        "summary": (
            "Martin slept rough for two winters. Today he's a peer navigator, helping people move "
            "from the street into a home of their own and stay there. He also trains hostel staff "
            "in trauma-informed practice."
        ),
        "biography": (
            "<p>Martin spent two winters sleeping rough after his marriage ended and his drinking "
            "took hold. What finally helped was a worker who kept turning up, week after week, "
            "with no conditions attached.</p><p>He now does that job himself. As a peer navigator "
            "at Foundry Lane Housing First, he supports eight people at a time to move into their "
            "own homes and keep them. He helps with bills, furniture and neighbours, and he is "
            "honest about his own setbacks.</p><p>Martin also co-delivers training to hostel and "
            "council staff. His message is simple: <strong>people stay where they feel "
            "respected</strong>.</p>"
        ),
        "lived_experience": ["homelessness", "substance-use"],
        "expertise": ["peer-support", "training-and-education"],
        "roles": ["peer-trainer", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "talk",
                "title": "People stay where they feel respected",
                "year": 2017,
                "description": (
                    "A short talk at a regional homelessness conference about what keeps people in "
                    "their tenancies."
                ),
            },
        ],
        "joined_days_ago": 71,
    },
    {
        "name": "Sophie Greenwood",
        "pronouns": "she/her",
        "headline": "Peer trainer and writer on eating difficulties",
        "organisation": "Nourish Voices Forum",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "east-of-england",
        "photo": True,
        "summary": (
            "I write and teach about recovery from eating difficulties, especially for people in "
            "mid-life, who are often overlooked. I train GP practice teams and co-run an online "
            "peer group for over-40s."
        ),
        "biography": (
            "<p>My eating difficulties started at 14 and came back at 43, when my children left "
            "home. The second time, I was told more than once that I was 'too old for this'. I "
            "wasn't.</p><p>Since then, I've trained more than 300 GP practice staff to notice and "
            "respond to eating difficulties in adults of all ages. I co-run an online peer group "
            "for people over 40, and I write a monthly column for a carers' newsletter.</p><p>I "
            "believe recovery is possible at any age, and that hope is part of the treatment.</p>"
        ),
        "lived_experience": ["eating-difficulties"],
        "expertise": ["training-and-education", "writing", "public-speaking"],
        "roles": ["peer-trainer", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "https://sophiegreenwood.example",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "talk",
                "title": "Never too old",
                "year": 2024,
                "description": (
                    "A talk for primary care teams on recognising eating difficulties in mid-life."
                ),
            },
            {
                "kind": "publication",
                "title": "Second Time Round",
                "year": 2025,
                "description": (
                    "A short collection of essays on recovery in mid-life, written with members of "
                    "an online peer group."
                ),
            },
        ],
        "joined_days_ago": 512,
    },
    {
        "name": "Kasia Nowak",
        "pronouns": "she/her",
        "headline": "Peer support worker for Polish-speaking communities",
        "organisation": "Meridian Mental Health Alliance",
        "organisation_visibility": "members",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "members",
        "region": "east-of-england",
        "photo": True,
        "summary": (
            "Kasia supports Polish-speaking people and families who are struggling, many of them "
            "working long shifts in food factories and warehouses. She helps services reach people "
            "who rarely come through the door."
        ),
        "biography": (
            "<p>Kasia moved to the UK in 2008 and worked night shifts in a packing plant. A few "
            "years later, after her mother died back home and months of isolation here, she "
            "reached a very low point. Finding help in a second language was hard.</p><p>Now she "
            "works for Meridian as a peer support worker for Polish-speaking communities. She runs "
            "drop-ins at a community centre and on factory sites, and she goes with people to GP "
            "appointments when they want her to. She has helped translate key leaflets and a "
            "crisis card.</p><p>Kasia wants services to meet people where they already are, "
            "including at 6am after a night shift.</p>"
        ),
        "lived_experience": ["bereavement", "mental-distress"],
        "expertise": ["peer-support", "service-design"],
        "roles": ["interview-panel-member", "advisory-group-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Polish",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "A crisis card in Polish",
                "year": 2019,
                "description": (
                    "Worked with the local crisis team to produce a pocket card in Polish listing "
                    "where to get help, day and night."
                ),
            },
        ],
        "joined_days_ago": 166,
    },
    {
        "name": "Leon Baptiste",
        "pronouns": "he/him",
        "headline": "Recovery coaching lead at a drug and alcohol service",
        "organisation": "Beacon Street Recovery Service",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "east-of-england",
        "photo": True,
        "summary": (
            "Eleven years in recovery. I coach people leaving residential rehab and advise our "
            "local drug and alcohol service on how it listens. I'm also a keen allotment grower, "
            "which turns out to be good for peer support."
        ),
        "biography": (
            "<p>I've been in recovery from drug use for eleven years. I started volunteering at "
            "Beacon Street a year in, making tea at the Saturday drop-in. Now I lead the recovery "
            "coaching team.</p><p>We support people in the months after rehab, when the structure "
            "falls away. I set up our allotment project, where people grow food together and talk "
            "side by side rather than face to face. It's become one of our busiest groups.</p><p>I "
            "also chair the service-user forum that advises the local drug and alcohol service. We "
            "changed how appointments are booked, and missed appointments went down by a third.</p>"
        ),
        "lived_experience": ["substance-use"],
        "expertise": ["peer-support", "co-production", "service-design"],
        "roles": ["mentor", "advisory-group-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Beacon Street allotment",
                "year": 2016,
                "description": (
                    "A peer-led growing project for people in recovery, now with thirty regular "
                    "members and a shared Saturday lunch."
                ),
            },
        ],
        "joined_days_ago": 702,
    },
    {
        "name": "Fieldfare",
        "pronouns": "she/her",
        "headline": "Public reviewer for mental-health research funding",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "hidden",
        "photo_visibility": "public",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "members",
        "region": "east-of-england",
        "photo": False,
        "summary": (
            "Fieldfare reviews research funding applications from a lived-experience view. She "
            "asks the question panels sometimes forget: will this study make a real difference to "
            "people's lives?"
        ),
        "biography": (
            "<p>Fieldfare is a pen name. She has her own long experience of using health services, "
            "and she worked in a university library for many years before that became "
            "difficult.</p><p>For the last six years she has reviewed funding applications for "
            "mental-health research, as a public reviewer and panel member. She looks closely at "
            "how researchers plan to involve people with lived experience, and whether they have "
            "budgeted to pay them fairly.</p><p>She is known for kind but direct feedback. Several "
            "research teams have thanked her for comments that made their studies better, and more "
            "welcoming to the people taking part.</p>"
        ),
        "lived_experience": ["long-term-physical-illness", "mental-distress"],
        "expertise": ["research-and-evaluation", "writing"],
        "roles": ["research-partner", "advisory-group-member"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["vouchers"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 288,
    },
    {
        "name": "Yusuf Abdi",
        "pronouns": "he/him",
        "headline": "Community mental-health advocate and speaker",
        "organisation": "Open Door Voices CIC",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "london",
        "photo": True,
        "summary": (
            "Yusuf works with Somali families in London to open up conversations about mental "
            "health. He speaks at mosques, schools and NHS events, and helped set up a young men's "
            "peer group that meets after football."
        ),
        "biography": (
            "<p>Yusuf grew up in west London and lost his older brother when he was nineteen. In "
            "the years that followed, he struggled with grief and with the feeling that there was "
            "nowhere to take it.</p><p>He now works for Open Door Voices, helping Somali families "
            "talk about mental health without stigma. He co-founded a peer group for young men "
            "that meets after Sunday football. He also speaks at mosques, schools and NHS training "
            "days, in Somali and English.</p><p>Yusuf sits on a London mental-health equality "
            "advisory group. He pushes for services that earn trust before they ask for it.</p>"
        ),
        "lived_experience": ["bereavement", "mental-distress"],
        "expertise": ["public-speaking", "peer-support", "policy-and-campaigning"],
        "roles": ["speaker", "advisory-group-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English, Somali",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "talk",
                "title": "Grief has no passport",
                "year": 2023,
                "description": (
                    "A talk at a London community mental-health summit on grief, faith and young "
                    "men."
                ),
            },
        ],
        "joined_days_ago": 45,
    },
    {
        "name": "Grace Adeyemi-Clarke",
        "pronouns": "she/her",
        "headline": "Patient director at a mental-health trust",
        "organisation": "Elmstead and Wyke NHS Foundation Trust",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "london",
        "photo": True,
        "summary": (
            "I'm the patient director at Elmstead and Wyke. I make sure people who use our "
            "services shape the decisions that affect them, from the board agenda to the menu on "
            "the wards."
        ),
        "biography": (
            "<p>I was admitted to a mental-health ward in 2011, in my final year at university. I "
            "remember how little anyone asked me about what I needed. Twelve years later, I became "
            "patient director of a trust with wards very like that one.</p><p>My job is to make "
            "involvement routine. I lead a team of eight involvement leads, hold the budget for "
            "paying people fairly, and report directly to the chief executive. We publish our "
            "involvement pay rates online.</p><p>I'm proud that every ward now has a patient "
            "council, and that its minutes go to the board. I want the next patient director to "
            "inherit a culture, not just a job description.</p>"
        ),
        "lived_experience": ["inpatient-care", "mental-distress"],
        "expertise": ["board-governance", "co-production", "workforce-development"],
        "roles": ["patient-director", "speaker"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/grace-adeyemi-clarke-example",
        "selected_work": [
            {
                "kind": "project",
                "title": "Ward patient councils",
                "year": 2024,
                "description": (
                    "Set up patient councils on all twelve inpatient wards, with their minutes "
                    "reported to the trust board every quarter."
                ),
            },
            {
                "kind": "talk",
                "title": "A culture, not a job description",
                "year": 2025,
                "description": (
                    "A keynote on making paid involvement part of everyday life across an NHS "
                    "trust."
                ),
            },
        ],
        "joined_days_ago": 620,
    },
    {
        "name": "Mei Lin Chen",
        "pronouns": "she/they",
        "headline": "Peer researcher in digital mental health",
        "organisation": "Northlight Research Collaborative",
        "organisation_visibility": "members",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "london",
        "photo": True,
        "summary": (
            "Mei Lin is a peer researcher who tests mental-health apps and online services with "
            "the people meant to use them. She is especially interested in how East and Southeast "
            "Asian communities find support, or don't."
        ),
        "biography": (
            "<p>Mei Lin started looking for help online at 17, because talking to anyone face to "
            "face felt impossible. Some of what she found was helpful. A lot of it was not built "
            "with people like her in mind.</p><p>Now she's a peer researcher at Northlight. She "
            "co-designs user testing for mental-health apps and websites, runs interviews with "
            "young people, and writes plain-English summaries of the results. She has led work on "
            "how East and Southeast Asian students in the UK look for support.</p><p>Mei Lin "
            "believes digital tools should add to human care, never replace it.</p>"
        ),
        "lived_experience": ["self-harm", "mental-distress"],
        "expertise": ["research-and-evaluation", "service-design", "writing"],
        "roles": ["research-partner", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Cantonese",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Finding help in a new country",
                "year": 2025,
                "description": (
                    "A peer-led study of how East and Southeast Asian students in the UK look for "
                    "mental-health support online and offline."
                ),
            },
        ],
        "joined_days_ago": 19,
    },
    {
        "name": "Sam R.",
        "pronouns": "they/them",
        "headline": "Freelance youth participation worker and trainer",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "members",
        "photo_visibility": "members",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "london",
        "photo": False,
        "summary": (
            "I help young people aged 14 to 25 take part in decisions about the services they use. "
            "I was in care and spent time in hospital as a teenager, so I know how it feels when "
            "adults decide everything for you."
        ),
        "biography": (
            "<p>I spent my teenage years in foster care, and some of that time on an adolescent "
            "ward. Decisions about my life were made in meetings I wasn't invited to.</p><p>Now "
            "I'm a freelance youth participation worker. I help young people sit on interview "
            "panels, review services and present to commissioners, with proper preparation and "
            "proper pay. I also train staff to involve young people without turning it into a "
            "tick-box exercise.</p><p>The best part of my job is watching someone who has never "
            "been listened to realise that their view changed something.</p>"
        ),
        "lived_experience": ["inpatient-care", "crisis-services"],
        "expertise": ["co-production", "training-and-education", "workforce-development"],
        "roles": ["interview-panel-member", "peer-trainer", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 134,
    },
    {
        "name": "Rebecca Thornton",
        "pronouns": "she/her",
        "headline": "Non-executive director and former mental-health nurse",
        "organisation": "Downland Community Health NHS Trust",
        "organisation_visibility": "hidden",
        "region_visibility": "public",
        "photo_visibility": "members",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "hidden",
        "region": "south-east",
        "photo": True,
        "summary": (
            "Rebecca was a mental-health nurse for 18 years before she needed care herself. She "
            "now serves as a non-executive director, bringing both views to the board: the staff "
            "member's and the patient's."
        ),
        "biography": (
            "<p>Rebecca nursed on acute wards and in community teams for eighteen years. Then, "
            "after a long stretch of overwork and a family loss, she became unwell and needed care "
            "herself.</p><p>That year changed how she sees everything. She now serves as a "
            "non-executive director at Downland, where she chairs the people committee. She has "
            "pushed for better support for staff with their own lived experience, including a peer "
            "network for NHS workers that now has 200 members.</p><p>Rebecca is clear that staff "
            "and patients are not two separate groups. Many people are both.</p>"
        ),
        "lived_experience": ["crisis-services", "bereavement"],
        "expertise": ["board-governance", "workforce-development"],
        "roles": ["non-executive-board-member", "mentor"],
        "availability": "not_now",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/rebecca-thornton-example",
        "selected_work": [],
        "joined_days_ago": 744,
    },
    {
        "name": "Olu Bankole",
        "pronouns": "he/him",
        "headline": "Lived-experience consultant on racial equity in mental-health care",
        "organisation": "Upstream Lived Experience Consultancy",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "south-east",
        "photo": True,
        "summary": (
            "I help NHS trusts and charities tackle racial inequality in mental-health care. I was "
            "detained twice in my twenties. Now I sit with the people who write the policies, and "
            "I bring others with me."
        ),
        "biography": (
            "<p>I was detained under the Mental Health Act twice before I was 25. Both times, I "
            "noticed how many of the other young men on the ward looked like me, and how few of "
            "the people making decisions did.</p><p>I set up Upstream in 2020. We work with trusts "
            "and charities on racial equity: reviewing data, running community listening events "
            "and coaching leadership teams. Every project is co-delivered with people who have "
            "used services.</p><p>I also mentor young Black men who want to work in mental health. "
            "Several are now peer support workers, and one has just joined a trust board.</p>"
        ),
        "lived_experience": [
            "detention-under-the-mental-health-act",
            "psychosis-and-hearing-voices",
        ],
        "expertise": ["policy-and-campaigning", "service-design", "public-speaking"],
        "roles": ["consultant-facilitator", "speaker", "mentor"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "https://upstream-le.example",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Listening before acting",
                "year": 2022,
                "description": (
                    "Community listening events with Black families in three towns, feeding "
                    "directly into a trust's equality plan."
                ),
            },
            {
                "kind": "talk",
                "title": "The view from both sides of the door",
                "year": 2024,
                "description": (
                    "A talk to a national conference of approved mental health professionals on "
                    "detention, trust and race."
                ),
            },
        ],
        "joined_days_ago": 301,
    },
    {
        "name": "Quiet Tide",
        "pronouns": "",
        "headline": "Peer forum moderator and writer on self-harm recovery",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "members",
        "photo_visibility": "hidden",
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
        "region": "south-east",
        "photo": False,
        "summary": (
            "I write about living through self-harm and finding other ways through, and I support "
            "others through a moderated online peer forum. I'm careful with words, because I know "
            "how much they matter."
        ),
        "biography": (
            "<p>Self-harm was part of my life for many years, from my teens into my thirties. I "
            "don't write about the details, because they don't help anyone. I write about what "
            "came after: the slow work of finding other ways through hard days.</p><p>I volunteer "
            "as a moderator on an online peer support forum, and I helped write its safe-messaging "
            "guide. I also write short pieces for charity blogs and training packs, and I've "
            "reviewed guidance for emergency department staff.</p><p>I use a pen name because it "
            "lets me be fully honest. The name comes from the sea near where I live, which I walk "
            "beside most mornings.</p>"
        ),
        "lived_experience": ["self-harm"],
        "expertise": ["writing", "peer-support"],
        "roles": ["advisory-group-member"],
        "availability": "limited",
        "expects_payment": "prefer_not",
        "payment_routes": [],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Words that help",
                "year": 2021,
                "description": (
                    "A safe-messaging guide for volunteer moderators of online peer forums, "
                    "written with forum members."
                ),
            },
        ],
        "joined_days_ago": 412,
    },
    {
        "name": "Hannah Brooks-Patel",
        "pronouns": "she/her",
        "headline": "Co-production lead at an integrated care board",
        "organisation": "Weald and Coast Integrated Care Board",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "south-east",
        "photo": True,
        "summary": (
            "Hannah leads co-production for an integrated care board. A parent carer of a "
            "neurodivergent son, and neurodivergent herself, she makes sure families shape "
            "children's mental-health services from the first draft."
        ),
        "biography": (
            "<p>Hannah spent six years fighting for the right support for her son, who is "
            "neurodivergent and found school overwhelming. Along the way, she realised she was "
            "neurodivergent too.</p><p>She now leads co-production at Weald and Coast ICB. Parent "
            "carers and young people sit on every major children's mental-health project, and they "
            "are paid for their time. Together they redesigned the assessment pathway and cut the "
            "number of forms families fill in from six to one.</p><p>Hannah is calm under pressure "
            "and has a gift for turning angry meetings into useful ones. She believes frustration "
            "is usually information.</p>"
        ),
        "lived_experience": ["caring-for-someone", "neurodivergence"],
        "expertise": ["co-production", "commissioning", "service-design"],
        "roles": ["advisory-group-member", "consultant-facilitator"],
        "availability": "not_now",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "One form, not six",
                "year": 2024,
                "description": (
                    "Co-designed a simpler assessment pathway for children and families, with "
                    "parent carers paid as equal partners."
                ),
            },
        ],
        "joined_days_ago": 560,
    },
    {
        "name": "Tom Penrose",
        "pronouns": "he/him",
        "headline": "Peer support worker on an acute mental-health ward",
        "organisation": "Granite Coast NHS Foundation Trust",
        "organisation_visibility": "members",
        "region_visibility": "public",
        "photo_visibility": "members",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "south-west",
        "photo": True,
        "summary": (
            "I'm a peer support worker on an acute ward. Ten years ago I was a patient on a ward "
            "just like it. I help people feel less alone in the first, frightening days, and I "
            "help staff see the ward through patients' eyes."
        ),
        "biography": (
            "<p>In 2015 I was admitted to hospital under a section, frightened and far from home. "
            "A healthcare assistant sat with me on my first night and told me it wouldn't always "
            "feel like this. She was right.</p><p>Now I'm the peer support worker on the same kind "
            "of ward. I spend time with people when they arrive, run a weekly music group, and "
            "help people plan for going home. I also join ward rounds when patients want me "
            "there.</p><p>I've worked with the ward team to rewrite the welcome booklet and make "
            "the first 24 hours calmer. Complaints about admission have dropped since.</p>"
        ),
        "lived_experience": ["detention-under-the-mental-health-act", "inpatient-care"],
        "expertise": ["peer-support", "service-design"],
        "roles": ["mentor", "interview-panel-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "The first 24 hours",
                "year": 2024,
                "description": (
                    "Worked with ward staff and former patients to make admission calmer, from the "
                    "welcome booklet to a quiet first-night room."
                ),
            },
        ],
        "joined_days_ago": 88,
    },
    {
        "name": "Lucy Carne",
        "pronouns": "she/her",
        "headline": "Rural peer support coordinator for farming families",
        "organisation": "Moorland Minds Network",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "south-west",
        "photo": True,
        "summary": (
            "Lucy grew up on a dairy farm and still helps out at calving time. She coordinates "
            "peer support for farming families and speaks at agricultural shows about mental "
            "health, money worries and loneliness."
        ),
        "biography": (
            "<p>Lucy's family lost their herd, and then her dad, within two years. She kept the "
            "farm running while grieving, and for a long time she told no one how she was really "
            "doing.</p><p>When she finally reached out, she found that most support was in town, "
            "in office hours, and assumed you could leave the animals. So she started something "
            "different. Moorland Minds now has peer supporters at livestock markets and a phone "
            "line that opens early in the morning.</p><p>Lucy speaks at shows and farmers' "
            "meetings across the South West. She's practical, funny and honest, and people tell "
            "her things they've never said out loud.</p>"
        ),
        "lived_experience": ["bereavement", "mental-distress"],
        "expertise": ["peer-support", "public-speaking", "service-design"],
        "roles": ["speaker", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Market day peer supporters",
                "year": 2021,
                "description": (
                    "Trained farmers to offer peer support at three livestock markets, where "
                    "people already gather every week."
                ),
            },
        ],
        "joined_days_ago": 257,
    },
    {
        "name": "Marcus Oyelaran",
        "pronouns": "he/him",
        "headline": "Research fellow in lived-experience leadership",
        "organisation": "Exbridge University",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "south-west",
        "photo": True,
        "summary": (
            "I'm a lived-experience researcher. My doctoral study looked at what helps peer "
            "workers move into senior roles. I'm interested in pay, power and who gets to call "
            "themselves an expert."
        ),
        "biography": (
            "<p>I came to research late. In my twenties I spent time in prison, and then in a "
            "secure mental-health unit. Studying was how I kept hold of myself in those "
            "years.</p><p>I now work as a research fellow at Exbridge University. My doctoral "
            "study followed 30 peer workers over three years, looking at what helped and what held "
            "them back as they moved into senior roles. A lived-experience advisory group steers "
            "the work with me, and they are co-authors on everything we publish.</p><p>I want "
            "lived-experience research to be as rigorous as any other kind, and better paid.</p>"
        ),
        "lived_experience": ["criminal-justice-system", "inpatient-care"],
        "expertise": ["research-and-evaluation", "writing", "workforce-development"],
        "roles": ["research-partner", "speaker"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/marcus-oyelaran-example",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Climbing without a ladder",
                "year": 2025,
                "description": (
                    "A co-authored paper reporting a three-year study of peer workers' career "
                    "paths in the NHS."
                ),
            },
            {
                "kind": "talk",
                "title": "Who gets to be an expert?",
                "year": 2023,
                "description": (
                    "A seminar on lived-experience research methods for a university school of "
                    "public health."
                ),
            },
        ],
        "joined_days_ago": 366,
    },
    {
        "name": "Kestrel",
        "pronouns": "they/them",
        "headline": "Peer support group facilitator for trans and non-binary adults",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "members",
        "photo_visibility": "public",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "public",
        "region": "south-west",
        "photo": False,
        "summary": (
            "Kestrel runs a peer support group for trans and non-binary adults, and advises "
            "services on making their forms, wards and waiting rooms safer and more welcoming for "
            "LGBTQ+ people."
        ),
        "biography": (
            "<p>Kestrel came out as non-binary in their late twenties, at a time when life was "
            "very hard. They keep the details of that time private. What they remember most is how "
            "much it mattered when staff used the right name.</p><p>Now they run a fortnightly "
            "peer support group for trans and non-binary adults, online and in person. They also "
            "advise local services on inclusive practice: forms, ward policies and staff training. "
            "A local crisis house changed its admission process after Kestrel's "
            "review.</p><p>Kestrel believes that small things, like a name said correctly, are "
            "where dignity starts.</p>"
        ),
        "lived_experience": ["homelessness", "mental-distress"],
        "expertise": ["peer-support", "training-and-education"],
        "roles": ["consultant-facilitator", "advisory-group-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 178,
    },
    {
        "name": "Seonag MacInnes",
        "pronouns": "she/her",
        "headline": "Lived-experience adviser on rural and island mental health",
        "organisation": "NHS Glenmorran",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "scotland",
        "photo": True,
        "summary": (
            "I advise our health board on mental-health services in remote and island communities, "
            "where the nearest ward can be a ferry ride away. I work in English and Gaelic."
        ),
        "biography": (
            "<p>I grew up on an island where everyone knew everyone. When I became very unwell in "
            "my thirties, the nearest mental-health ward was a ferry and a long drive away. My "
            "children visited once in six weeks.</p><p>Now I sit on NHS Glenmorran's mental-health "
            "advisory group and its rural health network. I've pushed for video visiting on wards, "
            "and for a peer worker post based on the islands. I also record short wellbeing audio "
            "guides in Gaelic.</p><p>I care about distance: not only miles, but the distance "
            "between the people planning services and the people using them.</p>"
        ),
        "lived_experience": ["inpatient-care", "mental-distress"],
        "expertise": ["policy-and-campaigning", "co-production"],
        "roles": ["advisory-group-member"],
        "availability": "not_now",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Scottish Gaelic",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Faclan socair: calm words",
                "year": 2022,
                "description": (
                    "A set of short wellbeing audio guides recorded in Gaelic, for people in "
                    "island communities."
                ),
            },
        ],
        "joined_days_ago": 489,
    },
    {
        "name": "Dev Rajan",
        "pronouns": "he/him",
        "headline": "Peer trainer at a recovery college",
        "organisation": "Thistle Bank Recovery College",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "scotland",
        "photo": True,
        "summary": (
            "Dev co-writes and teaches recovery college courses on hearing voices, sleep and "
            "managing stress. He used to be a software tester, and still loves spotting what's "
            "broken and working out a better way."
        ),
        "biography": (
            "<p>Dev started hearing voices in his final year at university. It took several years, "
            "two hospital stays and a lot of trial and error before he found ways of living "
            "alongside them that worked for him.</p><p>He now teaches at Thistle Bank Recovery "
            "College, co-delivering courses with clinicians as an equal partner. He wrote the "
            "college's course on hearing voices with two other voice-hearers, and it's now one of "
            "the most popular on the programme. He also leads a session for new mental-health "
            "nurses each spring.</p><p>Dev's students say he makes difficult subjects feel "
            "ordinary, which is exactly what he's aiming for.</p>"
        ),
        "lived_experience": ["psychosis-and-hearing-voices", "inpatient-care"],
        "expertise": ["recovery-colleges", "training-and-education"],
        "roles": ["peer-trainer", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Making sense of voices",
                "year": 2023,
                "description": (
                    "A four-week recovery college course co-written by three voice-hearers and a "
                    "clinical psychologist."
                ),
            },
        ],
        "joined_days_ago": 77,
    },
    {
        "name": "Eilidh Fraser",
        "pronouns": "she/her",
        "headline": "Policy officer at a lived-experience alliance",
        "organisation": "Cairn Lived Experience Alliance",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "scotland",
        "photo": True,
        "summary": (
            "I work on mental-health policy for a lived-experience alliance. I turn what members "
            "tell us into responses to government consultations, and I help members give evidence "
            "in person."
        ),
        "biography": (
            "<p>I've lived with an eating difficulty since my teens, and spent time in specialist "
            "inpatient care in my twenties. Being asked to share my story again and again, with "
            "nothing changing, is part of why I went into policy.</p><p>At Cairn I coordinate our "
            "responses to government and parliamentary consultations. I run workshops so that "
            "members can shape each response, and I support members to give evidence themselves, "
            "with preparation and a debrief afterwards. Last year our evidence helped secure "
            "funding for peer support in two more health board areas.</p><p>I want people to see "
            "their words in the final document, not just a thank-you in the footnotes.</p>"
        ),
        "lived_experience": ["eating-difficulties", "inpatient-care"],
        "expertise": ["policy-and-campaigning", "writing", "co-production"],
        "roles": ["advisory-group-member", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Seen in the final draft",
                "year": 2026,
                "description": (
                    "A short guide for policy teams on showing people how their evidence shaped a "
                    "consultation response."
                ),
            },
        ],
        "joined_days_ago": 24,
    },
    {
        "name": "Stuart K.",
        "pronouns": "he/him",
        "headline": "Peer mentor for military veterans",
        "organisation": "Steady Ground Veterans Network",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "members",
        "region": "scotland",
        "photo": False,
        "summary": (
            "Stuart served 12 years in the army. After leaving, he went through a hard few years "
            "of drinking, homelessness and a short prison sentence. He now mentors other veterans "
            "and advises a charity on what helps."
        ),
        "biography": (
            "<p>Stuart left the army after twelve years and found civilian life harder than any "
            "tour. Within three years he had lost his flat, was drinking heavily, and had spent "
            "four months in prison.</p><p>A veterans' peer mentor visited him inside, and kept "
            "visiting after release. Stuart now does the same for others. He mentors six men at a "
            "time, meets them where they feel comfortable, and helps them link up with housing, "
            "work and health services.</p><p>He also sits on a charity's advisory panel on "
            "veterans' mental health. He is quiet, steady and patient, and he never gives up on "
            "anyone.</p>"
        ),
        "lived_experience": ["criminal-justice-system", "homelessness", "substance-use"],
        "expertise": ["peer-support", "policy-and-campaigning"],
        "roles": ["mentor", "advisory-group-member"],
        "availability": "not_now",
        "expects_payment": "no",
        "payment_routes": [],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 690,
    },
    {
        "name": "Rhian Pritchard",
        "pronouns": "she/her",
        "headline": "Lived-experience involvement lead at a university health board",
        "organisation": "Bryn Derw University Health Board",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "wales",
        "photo": True,
        "summary": (
            "Rhian leads lived-experience involvement for a health board in north Wales, working "
            "in Welsh and English. She started as a volunteer on a service-user forum and now "
            "manages a team of six."
        ),
        "biography": (
            "<p>Rhian first used mental-health services at 19, after a hard year at university. "
            "Much later, a nurse invited her to a service-user forum. She went along, found she "
            "had a lot to say, and kept going.</p><p>Fifteen years on, she leads lived-experience "
            "involvement at Bryn Derw. She manages a team of six, runs a paid involvement bank of "
            "more than 200 people, and makes sure everyone can take part in Welsh or English. Her "
            "team helped design a new crisis café that opens in the evenings.</p><p>Rhian believes "
            "the best involvement is local, bilingual and paid, and happens before decisions are "
            "made, not after.</p>"
        ),
        "lived_experience": ["mental-distress", "crisis-services"],
        "expertise": ["co-production", "workforce-development", "commissioning"],
        "roles": ["advisory-group-member", "interview-panel-member"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Welsh",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/rhian-pritchard-example",
        "selected_work": [
            {
                "kind": "project",
                "title": "The involvement bank",
                "year": 2020,
                "description": (
                    "Set up a paid, bilingual pool of more than 200 people who can be involved in "
                    "service changes at short notice."
                ),
            },
        ],
        "joined_days_ago": 590,
    },
    {
        "name": "Gareth Evans-Lloyd",
        "pronouns": "he/him",
        "headline": "Peer trainer for volunteers and peer workers",
        "organisation": "Cwm Gwyrdd Wellbeing Partnership",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "wales",
        "photo": False,
        "summary": (
            "I train peer workers and volunteers across the valleys, in Welsh and English. I've "
            "lived with a long-term heart condition since my forties, and with low mood alongside "
            "it. I believe in tea, patience and plain speaking."
        ),
        "biography": (
            "<p>I worked in community development for twenty years before a heart condition forced "
            "me to stop. The months after were some of my hardest. I felt useless, and I didn't "
            "recognise myself.</p><p>A peer support group at my local surgery brought me back. Now "
            "I train peer workers and volunteers for Cwm Gwyrdd, in Welsh and English. Our course "
            "covers listening, boundaries and looking after yourself while you support "
            "others.</p><p>Since 2021 we've trained more than 150 peer supporters. Many of them "
            "now run groups of their own, which is the part I'm proudest of.</p>"
        ),
        "lived_experience": ["long-term-physical-illness", "mental-distress"],
        "expertise": ["training-and-education", "peer-support", "workforce-development"],
        "roles": ["peer-trainer"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Welsh",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Valleys peer supporter course",
                "year": 2021,
                "description": (
                    "A ten-session bilingual course for new peer supporters, co-written with "
                    "people who had been through it."
                ),
            },
        ],
        "joined_days_ago": 421,
    },
    {
        "name": "Nadia Rahman",
        "pronouns": "she/her",
        "headline": "Research partner on perinatal mental health",
        "organisation": "Seren Family Research Centre",
        "organisation_visibility": "members",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "members",
        "region": "wales",
        "photo": True,
        "summary": (
            "Nadia is a research partner on studies about mental health in pregnancy and early "
            "parenthood. A mother of three, she helps researchers reach Bangladeshi families in "
            "Wales and shapes how studies ask sensitive questions."
        ),
        "biography": (
            "<p>After the birth of her second child, Nadia went through months of distress that "
            "nobody around her seemed to notice, least of all the services she saw each week. Only "
            "after she recovered did she realise how common her experience was.</p><p>She now "
            "works as a paid research partner on three studies about perinatal mental health. She "
            "helps design questionnaires, co-runs focus groups in Bengali and Sylheti, and checks "
            "that findings are reported fairly.</p><p>Nadia is particularly interested in how "
            "researchers can earn the trust of families who have good reasons to be wary of "
            "official forms.</p>"
        ),
        "lived_experience": ["perinatal-mental-health"],
        "expertise": ["research-and-evaluation", "co-production"],
        "roles": ["research-partner"],
        "availability": "not_now",
        "expects_payment": "yes",
        "payment_routes": ["vouchers"],
        "languages": "English, Bengali, Sylheti",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 112,
    },
    {
        "name": "Ceri W.",
        "pronouns": "",
        "headline": "Volunteer advocate on a mental-health ward",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "members",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "wales",
        "photo": False,
        "summary": (
            "I visit a mental-health ward each week as a volunteer advocate, helping people "
            "understand their rights and have their say in meetings. I was detained myself years "
            "ago, and I remember how confusing it all was."
        ),
        "biography": (
            "<p>I was detained under the Mental Health Act in my forties. Nobody explained my "
            "rights in a way I could take in, and I signed papers I didn't understand.</p><p>Since "
            "retiring from teaching, I've volunteered as a ward advocate. I sit with people before "
            "tribunals and ward rounds, explain their rights in plain language, and help them say "
            "what they want to say. I also helped the ward write an easy-read guide to people's "
            "rights.</p><p>I don't take payment for this. It's my way of giving back, and I enjoy "
            "the company.</p>"
        ),
        "lived_experience": ["detention-under-the-mental-health-act"],
        "expertise": ["peer-support", "writing"],
        "roles": ["interview-panel-member", "advisory-group-member"],
        "availability": "open",
        "expects_payment": "no",
        "payment_routes": ["declines-payment"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Your rights on the ward",
                "year": 2015,
                "description": (
                    "An easy-read guide to rights under the Mental Health Act, written with people "
                    "who had been detained."
                ),
            },
        ],
        "joined_days_ago": 533,
    },
    {
        "name": "Siobhán Doherty",
        "pronouns": "she/her",
        "headline": "Peer support development lead at a health and social care trust",
        "organisation": "Northern Glen Health and Social Care Trust",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "northern-ireland",
        "photo": True,
        "summary": (
            "Siobhán built the first peer support team in her trust and now leads its growth. She "
            "cares deeply about how grief and trauma are passed down through families, and how "
            "communities heal."
        ),
        "biography": (
            "<p>Siobhán lost her uncle during the Troubles when she was a child, and grew up in a "
            "family where grief was never spoken about. In her twenties that silence caught up "
            "with her, and she spent several years in and out of mental-health services.</p><p>In "
            "2017 she became one of the first peer support workers in her trust. She now leads "
            "peer support development, with 22 peer workers across community, inpatient and "
            "addiction services. She designed the trust's peer supervision model and a career "
            "framework with clear pay bands.</p><p>Siobhán believes healing happens in "
            "relationships, and that services should be built around them.</p>"
        ),
        "lived_experience": ["bereavement", "mental-distress"],
        "expertise": ["workforce-development", "peer-support", "service-design"],
        "roles": ["mentor", "interview-panel-member"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, Irish",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "A career path for peer workers",
                "year": 2022,
                "description": (
                    "Designed a peer workforce framework with three pay bands, protected "
                    "supervision and a route into leadership."
                ),
            },
        ],
        "joined_days_ago": 655,
    },
    {
        "name": "Ciarán McAteer",
        "pronouns": "he/him",
        "headline": "Co-director of a recovery college",
        "organisation": "Lough Shore Recovery College",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "northern-ireland",
        "photo": True,
        "summary": (
            "I co-direct a recovery college with a clinical colleague. I bring my experience of "
            "addiction and recovery; she brings hers as a psychologist. Together we run more than "
            "60 courses a year, all co-produced."
        ),
        "biography": (
            "<p>I've been in recovery from alcohol and gambling for nine years. The recovery "
            "college was one of the first places I went where nobody asked me what was wrong with "
            "me. They asked what I wanted to learn.</p><p>Now I co-direct the college alongside a "
            "clinical psychologist. We share the job equally, from budgets to course approval. "
            "Every course is written and taught by a peer tutor and a professional tutor together. "
            "Last year more than 1,400 students enrolled.</p><p>I'm proud that nearly half our "
            "tutors started out as students.</p>"
        ),
        "lived_experience": ["substance-use"],
        "expertise": ["recovery-colleges", "co-production", "workforce-development"],
        "roles": ["lived-experience-director", "speaker"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "talk",
                "title": "Learning, not treating",
                "year": 2019,
                "description": (
                    "A talk on the recovery college model at an all-island mental-health "
                    "conference."
                ),
            },
        ],
        "joined_days_ago": 777,
    },
    {
        "name": "Blackbird",
        "pronouns": "they/them",
        "headline": "Freelance trainer in trauma-informed practice",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "hidden",
        "photo_visibility": "hidden",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "public",
        "region": "northern-ireland",
        "photo": False,
        "summary": (
            "Blackbird is a freelance trainer who helps services become more trauma-informed. They "
            "draw on their own experience, which they keep private, and on twelve years of "
            "training police, housing and health staff."
        ),
        "biography": (
            "<p>Blackbird is a pen name. They keep the details of their own story private, but it "
            "shapes every session they run.</p><p>For twelve years they have trained staff in "
            "health, housing and policing on trauma-informed practice. Sessions are practical and "
            "grounded in real situations: a first appointment, a difficult phone call, a knock on "
            "the door. People leave with changes they can make on Monday morning.</p><p>Blackbird "
            "also co-wrote a training pack for custody staff with people who have been held in "
            "custody. They believe trauma-informed care is mostly ordinary courtesy, done "
            "consistently.</p>"
        ),
        "lived_experience": ["criminal-justice-system", "mental-distress"],
        "expertise": ["training-and-education", "workforce-development"],
        "roles": ["peer-trainer", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "https://blackbird-training.example",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Courtesy in custody",
                "year": 2020,
                "description": (
                    "A training pack for custody staff, co-written with people who have been held "
                    "in police custody."
                ),
            },
        ],
        "joined_days_ago": 320,
    },
    {
        "name": "Aoife Campbell",
        "pronouns": "she/her",
        "headline": "Charity trustee and carer",
        "organisation": "Riverside Mind Collective",
        "organisation_visibility": "hidden",
        "region_visibility": "public",
        "photo_visibility": "members",
        "lived_experience_visibility": "members",
        "payment_visibility": "public",
        "region": "northern-ireland",
        "photo": True,
        "summary": (
            "Aoife is a trustee of a mental-health charity and a full-time carer for her son. She "
            "brings a carer's eye to governance, and she's learning Irish in whatever spare hours "
            "she can find."
        ),
        "biography": (
            "<p>Aoife cares for her son, who is now in his twenties and has lived with serious "
            "mental-health difficulties since school. She knows the system from the outside "
            "looking in: the phone calls, the confidentiality rules, the waiting.</p><p>She joined "
            "the board of a mental-health charity in 2022 and now chairs its service-quality "
            "group. She has pushed the charity to involve carers at every stage, and to publish "
            "what it pays people for their time.</p><p>Aoife values honesty, and papers sent out "
            "on time. She says carers have the most to offer and the least time to offer it.</p>"
        ),
        "lived_experience": ["caring-for-someone"],
        "expertise": ["board-governance", "co-production"],
        "roles": ["non-executive-board-member"],
        "availability": "not_now",
        "expects_payment": "prefer_not",
        "payment_routes": [],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 246,
    },
    {
        "name": "Daniel Asante",
        "pronouns": "he/him",
        "headline": "Deaf peer support worker and trainer",
        "organisation": "Signbridge Deaf Wellbeing",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "uk-wide-remote",
        "photo": True,
        "summary": (
            "I'm Deaf and a BSL user. I work as a peer support worker for Deaf people across the "
            "UK, mostly by video, and I train hearing staff to work well with interpreters and "
            "Deaf patients."
        ),
        "biography": (
            "<p>When I needed mental-health support in my twenties, I often waited weeks for an "
            "interpreter, and sometimes they didn't come. I remember sitting in a ward round where "
            "nobody could talk to me directly.</p><p>Now I work as a peer support worker for "
            "Signbridge, supporting Deaf people across the UK by video call in BSL. I also train "
            "NHS staff on working with interpreters and on Deaf culture. I helped make a set of "
            "BSL videos explaining what happens in a mental-health assessment.</p><p>I want every "
            "Deaf person to get care in their own language, first time.</p>"
        ),
        "lived_experience": ["inpatient-care", "mental-distress"],
        "expertise": ["peer-support", "training-and-education", "public-speaking"],
        "roles": ["peer-trainer", "speaker"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["payroll"],
        "languages": "English, British Sign Language",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "project",
                "title": "Your assessment, in BSL",
                "year": 2023,
                "description": (
                    "A series of short BSL videos explaining each step of a mental-health "
                    "assessment, made with Deaf people who use services."
                ),
            },
        ],
        "joined_days_ago": 63,
    },
    {
        "name": "Still Water",
        "pronouns": "",
        "headline": "Online peer group host and patient information reviewer",
        "organisation": "",
        "organisation_visibility": "hidden",
        "region_visibility": "hidden",
        "photo_visibility": "hidden",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "public",
        "region": "uk-wide-remote",
        "photo": False,
        "summary": (
            "I host online peer groups for people living with long-term illness and the low moods "
            "that can come with it. I also review patient information for charities, checking that "
            "it's clear, kind and honest."
        ),
        "biography": (
            "<p>I use a pen name because my health can be unpredictable and I like to keep some "
            "things private. What I can say is that I know how isolating it is to be unwell for a "
            "long time.</p><p>I host two online peer groups each week, one of them in the evening "
            "for people who work. I also review leaflets, websites and letters for health "
            "charities, making sure they're clear and don't talk down to anyone.</p><p>I've "
            "reviewed more than 80 documents so far. My favourite feedback is when a rewritten "
            "letter means fewer worried phone calls.</p>"
        ),
        "lived_experience": ["long-term-physical-illness", "mental-distress"],
        "expertise": ["peer-support", "writing"],
        "roles": ["advisory-group-member"],
        "availability": "limited",
        "expects_payment": "yes",
        "payment_routes": ["vouchers"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "",
        "selected_work": [],
        "joined_days_ago": 199,
    },
    {
        "name": "Ellie M.",
        "pronouns": "she/her",
        "headline": "Lived-experience commissioning adviser",
        "organisation": "",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "hidden",
        "payment_visibility": "hidden",
        "region": "uk-wide-remote",
        "photo": False,
        "summary": (
            "Ellie advises commissioners on mental-health and drug and alcohol services, drawing "
            "on her own experience and a background in local government finance. She reads a "
            "contract the way other people read novels."
        ),
        "biography": (
            "<p>Ellie worked in local government finance for fifteen years. She also has her own "
            "experience of using services, which she keeps private in her work.</p><p>These days "
            "she advises integrated care boards and councils on commissioning, remotely and across "
            "the UK. She helps write service specifications that include peer support from the "
            "start, and she sits on panels that score bids. She checks that involvement is "
            "properly costed, not added as an afterthought.</p><p>Ellie believes money is where "
            "values become real. <em>If it's not in the budget, it's not a priority.</em></p>"
        ),
        "lived_experience": ["substance-use", "mental-distress"],
        "expertise": ["commissioning", "policy-and-campaigning"],
        "roles": ["consultant-facilitator", "interview-panel-member"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English",
        "website_url": "",
        "linkedin_url": "https://www.linkedin.com/in/ellie-m-example",
        "selected_work": [],
        "joined_days_ago": 141,
    },
    {
        "name": "Farah Haddad",
        "pronouns": "she/her",
        "headline": "Trainer and writer on neurodivergence and mental health",
        "organisation": "Calmer Rooms Training",
        "organisation_visibility": "public",
        "region_visibility": "public",
        "photo_visibility": "public",
        "lived_experience_visibility": "public",
        "payment_visibility": "public",
        "region": "uk-wide-remote",
        "photo": True,
        "summary": (
            "I was told I was 'too sensitive' for thirty years before I learned I'm "
            "neurodivergent. Now I write and train on how mental-health services can work better "
            "for neurodivergent adults."
        ),
        "biography": (
            "<p>I spent most of my twenties and early thirties in and out of services, trying "
            "support that didn't quite fit. At 34, I learned I was neurodivergent. It didn't fix "
            "everything, but it finally made sense of a lot.</p><p>Now I write and train on "
            "neurodivergence and mental health. I've worked with three NHS trusts to adapt their "
            "talking therapy services, and I co-wrote a guide for clinicians on making "
            "appointments less overwhelming. My newsletter has more than 2,000 readers.</p><p>I "
            "care about adapting services, not asking people to hide who they are. Bright lights, "
            "long waits and vague letters are all things we can change.</p>"
        ),
        "lived_experience": ["neurodivergence", "mental-distress"],
        "expertise": ["writing", "training-and-education", "public-speaking"],
        "roles": ["speaker", "consultant-facilitator"],
        "availability": "open",
        "expects_payment": "yes",
        "payment_routes": ["invoice-self-employed"],
        "languages": "English, Arabic",
        "website_url": "https://farahhaddad.example",
        "linkedin_url": "",
        "selected_work": [
            {
                "kind": "publication",
                "title": "Fewer lights, clearer letters",
                "year": 2024,
                "description": (
                    "A practical guide for clinicians on adapting appointments for neurodivergent "
                    "adults."
                ),
            },
            {
                "kind": "talk",
                "title": "Too sensitive, or just unheard?",
                "year": 2025,
                "description": (
                    "A conference talk on neurodivergence in adult mental-health services."
                ),
            },
        ],
        "joined_days_ago": 36,
    },
]
