"""Blog posts, categories and authors for LEAD's demo site.

The posts were written for LEAD's demo site. The people in them are fictional, and any
resemblance to real people is accidental. The references are real public sources.
"""

CATEGORIES = [
    (
        "Leadership",
        "leadership",
        "Lived-experience leadership at every level, from the team to the board.",
    ),
    (
        "Paying people fairly",
        "paying-people-fairly",
        "How to pay people fairly for their time and expertise, and what to check first.",
    ),
    (
        "Peer support",
        "peer-support",
        "The work of peer support, the people who do it and what they need to do it well.",
    ),
    (
        "Wellbeing",
        "wellbeing",
        "Looking after yourself and each other while doing lived-experience work.",
    ),
    (
        "Network news",
        "network-news",
        "News from LEAD: events, gatherings and what members are asking for.",
    ),
    (
        "Research and evidence",
        "research-and-evidence",
        "What research and history tell us, and how to take part in research as a partner.",
    ),
]

AUTHORS = [
    {
        "name": "Tendai Moyo",
        "role_line": "Non-executive director at a community and mental-health trust",
        "profile": "tendai-moyo",
    },
    {
        "name": "Danielle Hartley",
        "role_line": "Lived experience director",
        "profile": "danielle-hartley",
    },
    {
        "name": "Amara Okafor",
        "role_line": "Peer support worker in a community mental-health team",
        "profile": "amara-okafor",
    },
    {
        "name": "Grace Adeyemi-Clarke",
        "role_line": "Patient director at a mental-health trust",
        "profile": "grace-adeyemi-clarke",
    },
    {
        "name": "Sophie Greenwood",
        "role_line": "Peer trainer and writer",
        "profile": "sophie-greenwood",
    },
    {
        "name": "Marcus Oyelaran",
        "role_line": "Research fellow in lived-experience leadership",
        "profile": "marcus-oyelaran",
    },
    {
        "name": "Wren",
        "role_line": "Hearing voices group facilitator and research partner",
        "profile": "wren",
    },
    {
        "name": "Fieldfare",
        "role_line": "Public reviewer for mental-health research funding",
        "profile": "fieldfare",
    },
    {
        "name": "Imran Siddiqui",
        "role_line": "Peer mentor and trainer",
        "profile": "imran-siddiqui",
    },
    {
        "name": "Pete Ashworth",
        "role_line": "Guest writer; finance manager at a community mental-health charity",
        "profile": None,
    },
    {"name": "LEAD editorial team", "role_line": "", "profile": None},
]

POSTS = [
    {
        "slug": "why-lived-experience-belongs-on-boards",
        "title": "Why lived experience belongs on boards",
        "standfirst": (
            "Boards decide what mental-health care looks like. People who have used "
            "those services bring expertise that numbers alone cannot give. Here is "
            "why that seat matters, and how to make it more than a token."
        ),
        "days_ago": 12,
        "featured": True,
        "categories": ["leadership"],
        "tags": ["boards", "governance", "co-production", "shared-decision-making"],
        "authors": ["Tendai Moyo"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>When I joined the board of a community and mental-health trust, a "
                    "colleague asked me, kindly, what I would bring. It was a fair question. "
                    "My answer was simple. I have been a patient in the kind of services we "
                    "govern. I know what a ward feels like at three in the morning. I know "
                    "what it is like to wait for a letter that does not come.</p>"
                    "<p>That knowledge is not a nice extra. It is a form of expertise, and "
                    "boards need it.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What a board does, and what it can miss", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>A board sets direction, checks quality and holds the organisation to "
                    "account. Most of what reaches it arrives as numbers: waiting times, "
                    "incidents, staffing and money. Numbers matter. But they flatten "
                    "experience. A target can be met while people still feel unheard.</p>"
                    "<p>Someone with lived experience reads a board paper differently. They "
                    "notice what is missing. They ask who was asked. They know that 'did not "
                    "attend' can mean 'could not afford the bus'.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What the guidance says", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>This is not only our view. NICE's guideline on shared decision making "
                    "asks every organisation to make a senior leader, usually a board member, "
                    "accountable for it. It also suggests that organisations consider "
                    "appointing a patient director from a service-user background, to raise "
                    "the profile of service users' voices at the highest level.</p>"
                    "<p>Charlene Sunkel and Claudia Sartor, of the Global Mental Health Peer "
                    "Network, argue that people with lived experience should be included at "
                    "every level of mental-health systems, leadership included. They also "
                    "name what gets in the way: stigma, negative stereotypes, and the poverty "
                    "and poor access to education that keep many people from leadership "
                    "roles.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "A seat at the table is only the start. What matters is whether the "
                        "agenda changes because you are there."
                    ),
                    "attribution": "Grace Adeyemi-Clarke, patient director",
                },
            ),
            (
                "heading",
                {"text": "Making it real, not token", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>One seat is not enough if it is a lonely one. From what I have seen, "
                    "a few things make the difference:</p><ul>"
                    "<li><strong>Pay the role properly.</strong> A board seat is a job. "
                    "Unpaid 'representatives' are easy to ignore.</li>"
                    "<li><strong>Recruit for skills as well as experience.</strong> Lived "
                    "experience is expertise. It sits alongside the usual skills of "
                    "governance, not instead of them.</li>"
                    "<li><strong>Offer induction and a mentor.</strong> Board papers have "
                    "their own language. Nobody should have to learn it alone.</li>"
                    "<li><strong>Respect privacy.</strong> A director decides how much of "
                    "their own story to share, and when.</li>"
                    "<li><strong>Connect the seat to a wider network.</strong> One person "
                    "cannot speak for everyone. Link the board to peer workers, advisory "
                    "groups and community voices.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>If you are a peer worker wondering whether the boardroom is for you: "
                    "it can be. The next generation should not have to wait as long as mine "
                    "did. LEAD's directory lists members who are open to mentoring, including "
                    "some who sit on boards now.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "Sunkel C. and Sartor C.",
                "year": "2022",
                "title": (
                    "Perspectives: involving persons with lived experience of mental health "
                    "conditions in service delivery, development and leadership"
                ),
                "source": "BJPsych Bulletin, 46(3), pp. 160–164",
                "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9346508/",
                "accessed": "2026-11-03",
            },
            {
                "authors": "National Institute for Health and Care Excellence",
                "year": "2021",
                "title": "Shared decision making (NICE guideline NG197)",
                "source": "NICE",
                "url": "https://www.nice.org.uk/guidance/ng197",
                "accessed": "2026-11-03",
            },
        ],
    },
    {
        "slug": "paying-people-fairly-for-involvement",
        "title": "Paying people fairly for involvement: a practical guide",
        "standfirst": (
            "Asking people to share their expertise for free is not real involvement. "
            "Here is how to pay fairly, which payment routes work, and why people on "
            "benefits should get advice before they accept payment."
        ),
        "days_ago": 41,
        "featured": False,
        "categories": ["paying-people-fairly"],
        "tags": ["payment", "benefits", "co-production"],
        "authors": ["Danielle Hartley", "Pete Ashworth"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Some organisations still thank people for their time with a cup of "
                    "tea and a sandwich. The intention is kind. The message is not. If the "
                    "doctor, the manager and the consultant at the table are paid, the person "
                    "with lived experience should be paid too.</p>"
                    "<p>Fair payment is about respect. It also widens who can take part. If "
                    "only people who can afford to give their time for free get involved, you "
                    "hear from a narrow group.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Start with a clear policy", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Before you ask anyone to help, write down what you will pay, for "
                    "what, and how. A good policy covers:</p><ul>"
                    "<li>the rate for meetings, reading and preparation time</li>"
                    "<li>expenses, paid separately and quickly, so nobody is out of "
                    "pocket</li>"
                    "<li>how and when people will be paid, in writing, before they start</li>"
                    "<li>what happens if a meeting is cancelled at short notice</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>You do not have to start from nothing. NHS England has a policy for "
                    "paying its own patient and public voice partners and reimbursing their "
                    "expenses. NIHR publishes payment guidance for involvement in research. "
                    "Both are useful models.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Choosing a payment route", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>There is no single right route. Ask people which one suits them, and "
                    "respect their answer.</p><ul>"
                    "<li><strong>Payroll.</strong> The person is paid through your payroll, "
                    "and tax is handled there. It is simple for them, but it can take a "
                    "little time to set up.</li>"
                    "<li><strong>Invoice.</strong> People who are self-employed send an "
                    "invoice and sort out their own tax. This suits freelancers and "
                    "consultants.</li>"
                    "<li><strong>Vouchers.</strong> Some people prefer shop vouchers. "
                    "Vouchers are still a form of payment. They can count as income for tax "
                    "and benefits, just like cash.</li>"
                    "<li><strong>Declining payment.</strong> Some people choose not to be "
                    "paid. That is their right. Still offer expenses, and still record the "
                    "value of their time.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "important",
                    "heading": "Payments may affect benefits",
                    "text": (
                        "<p>If someone receives welfare benefits, an involvement payment may "
                        "affect their claim. The rules depend on each person's circumstances. "
                        "Encourage everyone to get independent advice before they accept payment, "
                        "for example from a welfare rights service or <a "
                        'href="https://www.citizensadvice.org.uk/">Citizens Advice</a>. It is '
                        "their choice whether to accept.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"text": "A view from the finance office", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Pete writes: most of the delays I see are avoidable. Collect bank and "
                    "tax details once, at the start, not on the day. Agree who signs off each "
                    "claim. Pay fees within 30 days, and expenses sooner. If a process "
                    "confuses your own staff, it will confuse everyone else.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What we learned at our trust", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Danielle writes: when we wrote our fair pay policy, we asked the "
                    "people it would affect. They told us late payment hurt more than low "
                    "rates. So we set a deadline, and we report on how often we meet it. We "
                    "also publish our rates, so nobody has to ask.</p>"
                    "<p>If your organisation is just starting, begin small. Pay for the next "
                    "meeting. Then build your policy with the people you are paying.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "NHS England",
                "year": "2021",
                "title": (
                    "Working with our patient and public voice (PPV) partners: reimbursing "
                    "expenses and paying involvement payments (version 3)"
                ),
                "source": "NHS England",
                "url": "",
                "accessed": "2026-11-10",
            },
            {
                "authors": "National Institute for Health and Care Research",
                "year": "2022",
                "title": (
                    "Payment guidance for members of the public considering involvement in research"
                ),
                "source": "NIHR",
                "url": (
                    "https://www.nihr.ac.uk/payment-guidance-members-public-considering-involvement-research"
                ),
                "accessed": "2026-11-10",
            },
        ],
    },
    {
        "slug": "what-a-peer-support-worker-does",
        "title": "What a peer support worker does, and the framework behind the role",
        "standfirst": (
            "Peer support workers use their own experience to walk alongside people. "
            "A national competence framework describes the skills involved, and what "
            "employers owe peer workers in return."
        ),
        "days_ago": 88,
        "featured": False,
        "categories": ["peer-support"],
        "tags": ["peer-support", "workforce", "supervision"],
        "authors": ["Amara Okafor"],
        "content_note": "Mentions a stay in hospital and the weeks after leaving.",
        "body": [
            (
                "paragraph",
                (
                    "<p>People often ask me what I actually do all day. The short answer: I "
                    "spend time with people in the weeks after they leave hospital. I have "
                    "been where they are. That shared ground changes the conversation.</p>"
                    "<p>Sometimes we talk about what helped me. More often we sort out "
                    "practical things together: a benefits form, a GP appointment, the first "
                    "trip back to the shops. I listen. I keep my promises. I remember "
                    "names.</p>"
                ),
            ),
            (
                "heading",
                {"text": "A role with its own framework", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>In 2020, Health Education England published the Competence Framework "
                    "for Mental Health Peer Support Workers. The National Collaborating "
                    "Centre for Mental Health developed it with UCLPartners and an expert "
                    "group that included peer support workers. It came ahead of a big "
                    "expansion of peer roles in NHS services, part of the commitment to grow "
                    "the mental-health workforce in the NHS Long Term Plan.</p>"
                    "<p>The framework has three parts: a supporting document, a full list of "
                    "competences and a curriculum for training. It sets out core skills for "
                    "people starting out, optional skills for those who want to develop "
                    "further, and what organisations need to do to support peer workers.</p>"
                    "<p>What I like most is what it does not try to do. Its authors set out "
                    "to avoid over-professionalising a role that is, at heart, about human "
                    "connection.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What the competences cover", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>In plain terms, the framework describes being able to:</p><ul>"
                    "<li>draw on your own lived experience and share it with care</li>"
                    "<li>build trust and mutual respect</li>"
                    "<li>support people to manage their own wellbeing and make their own "
                    "choices</li>"
                    "<li>work well in a team and speak up for people's rights</li>"
                    "<li>look after yourself and make good use of supervision</li></ul>"
                ),
            ),
            (
                "heading",
                {"text": "What employers owe peer workers", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>The framework is clear that competence is not only the peer worker's "
                    "job. It includes competences for organisations: how they employ, support "
                    "and supervise peer workers. Teams need to understand the role before a "
                    "peer worker arrives. Supervision should come from someone who "
                    "understands peer work. And there should be room to grow. In my "
                    "experience, that last part is where things most often fall down.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "On the ward I am not a junior nurse. I am something different, and the "
                        "team works better when everyone understands that."
                    ),
                    "attribution": "Tom Penrose, peer support worker on an acute ward",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you manage peer workers, read the organisational section of the "
                    "framework with your team. If you are a peer worker, use it to ask for "
                    "the training and supervision you need. It is there for both of you.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "Health Education England",
                "year": "2020",
                "title": "The Competence Framework for Mental Health Peer Support Workers",
                "source": (
                    "Health Education England, with the National Collaborating Centre for "
                    "Mental Health"
                ),
                "url": (
                    "https://www.rcpsych.ac.uk/improving-care/nccmh/competence-frameworks/the-competence-framework-for-mental-health-peer-support-workers"
                ),
                "accessed": "2026-10-21",
            },
            {
                "authors": "NHS England",
                "year": "2019",
                "title": "The NHS Long Term Plan",
                "source": "NHS England",
                "url": "https://www.longtermplan.nhs.uk/",
                "accessed": "2026-10-21",
            },
        ],
    },
    {
        "slug": "shared-decision-making-in-practice",
        "title": "Shared decision making in practice: from the board to the ward",
        "standfirst": (
            "NICE's guideline on shared decision making asks organisations to lead it "
            "from the top. A patient director explains what that looks like from day "
            "to day."
        ),
        "days_ago": 118,
        "featured": False,
        "categories": ["leadership"],
        "tags": ["shared-decision-making", "nice-guidance", "boards"],
        "authors": ["Grace Adeyemi-Clarke"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Shared decision making sounds simple. A person and their clinician "
                    "work together to reach a decision about care, based on what matters to "
                    "that person. In mental health it is often harder than it sounds. Power "
                    "is uneven, and people may feel they have no real choice.</p>"
                    "<p>That is why I was glad when NICE published its guideline on shared "
                    "decision making in 2021. It applies across healthcare, and it says the "
                    "work starts at the top of an organisation.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What NICE asks organisations to do", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>The guideline asks every organisation to make a senior leader "
                    "accountable for embedding shared decision making. That should be a board "
                    "member, or the most senior leader if there is no board. It suggests "
                    "organisations consider appointing a patient director from a service-user "
                    "background, to raise the profile of service users' voices, especially "
                    "from under-served groups. It also recommends champions among senior "
                    "clinicians and among people who use services.</p>"
                    "<p>The guideline goes on to cover training for staff, talking about "
                    "risks and benefits in ways people can understand, and using decision "
                    "aids.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What it looks like at our trust", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>I am a patient director. Here is what shared decision making means in "
                    "practice where I work:</p><ul>"
                    "<li><strong>Choices are written down.</strong> Care plans record the "
                    "options we discussed, including the option to wait or to change "
                    "nothing.</li>"
                    "<li><strong>Time to think.</strong> Nobody should have to decide in one "
                    "appointment if they need longer. People can take information home and "
                    "come back.</li>"
                    "<li><strong>Plain numbers.</strong> Words like 'rare' and 'common' mean "
                    "different things to different people. We use numbers and pictures where "
                    "we can.</li>"
                    "<li><strong>Wishes made in advance.</strong> People can write down what "
                    "they want if they become very unwell, and staff are expected to read "
                    "it.</li>"
                    "<li><strong>Feedback that reaches the board.</strong> We ask people "
                    "whether they felt involved, and the answers go to the board's quality "
                    "committee.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The best question a psychiatrist ever asked me was: what would a good "
                        "week look like for you?"
                    ),
                    "attribution": "Amara Okafor, peer support worker",
                },
            ),
            (
                "heading",
                {"text": "Where it gets hard", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>NICE's guideline does not cover decisions at a time when a person "
                    "does not have the mental capacity to make them. A separate NICE "
                    "guideline deals with that. But in my view, involvement should not stop "
                    "when someone is very unwell. It changes shape. People can still be asked "
                    "what matters to them. Their earlier wishes can still guide the team. "
                    "When the crisis has passed, they should help review what happened.</p>"
                    "<p>If your organisation has not named its senior lead for shared "
                    "decision making, ask who it is. If the answer is nobody, that is where "
                    "to start.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "National Institute for Health and Care Excellence",
                "year": "2021",
                "title": "Shared decision making (NICE guideline NG197)",
                "source": "NICE",
                "url": "https://www.nice.org.uk/guidance/ng197",
                "accessed": "2026-11-03",
            },
        ],
    },
    {
        "slug": "looking-after-yourself-as-a-lived-experience-leader",
        "title": "Looking after yourself as a lived-experience leader",
        "standfirst": (
            "This work asks us to use our own stories, often in rooms where we are "
            "the only one. Here is what helps with the emotional load, the isolation "
            "and the harder days."
        ),
        "days_ago": 63,
        "featured": False,
        "categories": ["wellbeing"],
        "tags": ["wellbeing", "supervision", "peer-support"],
        "authors": ["Sophie Greenwood"],
        "content_note": (
            "Mentions suicidal feelings and times of poor mental health, without details."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Nobody told me, when I started, how tiring it would be to use my own "
                    "story at work. I might share something personal in a training session at "
                    "ten, then sit in a budget meeting at two. By the evening I felt scraped "
                    "out.</p>"
                    "<p>If that sounds familiar, you are not alone. Many people in this "
                    "network know that feeling well.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Emotional labour is real", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Lived-experience leaders do a particular kind of work. We bring our "
                    "own history into the room, on purpose, to make things better for others. "
                    "We often manage other people's reactions to it. And we are sometimes the "
                    "only person in the room doing so.</p>"
                    "<p>That is emotional labour. It is skilled, and it takes energy. Naming "
                    "it is the first step to planning for it.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Things that help", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>Decide what to share before you go in.</strong> You own your "
                    "story. Choose what is for the room and what stays with you. You can "
                    "change your mind.</li>"
                    "<li><strong>Build in time to recover.</strong> After a heavy session, "
                    "protect the next hour if you can. A walk, a cup of tea, a quiet journey "
                    "home.</li>"
                    "<li><strong>Find peer supervision.</strong> Regular time with people who "
                    "do similar work, led by someone who understands lived-experience roles, "
                    "is not a luxury. It is how the work stays safe.</li>"
                    "<li><strong>Say no sometimes.</strong> An invitation is not an "
                    "obligation. Saying no to one thing keeps you able to say yes to "
                    "others.</li>"
                    "<li><strong>Agree a plan with your manager.</strong> A short wellbeing "
                    "plan, written when you are well, helps everyone know what to do if you "
                    "start to struggle.</li></ul>"
                ),
            ),
            (
                "heading",
                {"text": "When it feels lonely", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Isolation is common, especially in senior and freelance roles. You "
                    "may be the only person with declared lived experience on a board or in a "
                    "team. It can be hard to admit you are struggling when part of your role "
                    "is to show that recovery is possible.</p>"
                    "<p>Here is what I remind myself. Recovery is not a straight line, and "
                    "leaders are allowed hard weeks too. There have been times in my life "
                    "when I did not want to be alive. Asking for help then was not a failure. "
                    "It is part of why I can do this work now.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Our supervision circle is the one meeting nobody cancels. It is where we "
                        "put the heavy things down."
                    ),
                    "attribution": "Danielle Hartley, lived experience director",
                },
            ),
            (
                "paragraph",
                (
                    "<p>LEAD runs small online peer circles for members. They are "
                    "confidential and led by members trained in peer supervision. You are "
                    "welcome, whatever your role.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "support",
                    "heading": "If you need support now",
                    "text": (
                        "<p>If you are struggling right now, you do not have to wait. The urgent "
                        "help box on every page of this site lists where to get support, at any "
                        "time of day. In the UK you can call Samaritans free on 116 123, day or "
                        "night. If your life is at risk, call 999 or go to A&amp;E.</p>"
                    ),
                },
            ),
        ],
        "references": [],
    },
    {
        "slug": "from-peer-worker-to-director",
        "title": "From peer worker to director: mapping a career in lived-experience leadership",
        "standfirst": (
            "There is now more than one route from a first peer role to the "
            "boardroom. Here is what the path can look like, and what organisations "
            "can do to open it up."
        ),
        "days_ago": 152,
        "featured": False,
        "categories": ["leadership", "peer-support"],
        "tags": ["career-paths", "boards", "mentoring", "workforce"],
        "authors": ["Danielle Hartley"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>I started as a peer support worker in 2016. Today I am a lived "
                    "experience director, and I report to a board. When I began, I could not "
                    "have named anyone in a role like mine. That is changing. It needs to "
                    "change faster.</p>"
                ),
            ),
            (
                "heading",
                {"text": "The roles along the way", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>There is no single ladder. But many members in our directory have "
                    "moved through some of these roles:</p><ul>"
                    "<li><strong>Peer support worker:</strong> working alongside people who "
                    "use services, drawing on your own experience.</li>"
                    "<li><strong>Senior peer worker or peer trainer:</strong> supporting and "
                    "training other peer workers, often running supervision.</li>"
                    "<li><strong>Lived experience lead or co-production lead:</strong> "
                    "shaping how a service or a whole organisation involves people.</li>"
                    "<li><strong>Lived experience director, patient director or non-executive "
                    "director:</strong> working with the board or sitting on it, with a share "
                    "in strategy and scrutiny.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Others move sideways into research, training, commissioning or "
                    "policy. Those paths count too. Not everyone wants to be a director, and "
                    "nobody should feel they have failed if they stay in direct peer work. It "
                    "is skilled work.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What helps people move on", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>From my own path, and from talking with members, a few things make "
                    "the biggest difference:</p><ul>"
                    "<li><strong>Seeing someone ahead of you.</strong> It is hard to aim for "
                    "a role you have never seen held by someone like you.</li>"
                    "<li><strong>A mentor.</strong> Someone who has done the next job and "
                    "will tell you honestly what it involves.</li>"
                    "<li><strong>Development built into the role.</strong> Health Education "
                    "England's competence framework for peer support workers includes "
                    "optional skills for people who want to develop further. Use it to plan "
                    "training with your manager.</li>"
                    "<li><strong>Real senior posts.</strong> NICE's guideline on shared "
                    "decision making suggests organisations consider appointing a patient "
                    "director from a service-user background. Posts like that give people "
                    "something to aim for.</li>"
                    "<li><strong>Fair pay at every step.</strong> Peer roles are too often "
                    "graded low, with no route upwards. That has to change.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "In my study, the people who moved into senior roles nearly all named one "
                        "person who believed in them early on."
                    ),
                    "attribution": (
                        "Marcus Oyelaran, research fellow in lived-experience leadership"
                    ),
                },
            ),
            (
                "heading",
                {"text": "Three questions for employers", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>If you employ peer workers, ask yourself three questions. Can a peer "
                    "worker here see a route to a senior role? Is there a lived-experience "
                    "voice at board level? Do we pay people fairly as they grow? If the "
                    "answer to any of these is no, start there.</p>"
                    "<p>And if you are a peer worker thinking about what comes next, get in "
                    "touch. Several LEAD members offer mentoring. They remember what it was "
                    "like to be where you are.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "Health Education England",
                "year": "2020",
                "title": "The Competence Framework for Mental Health Peer Support Workers",
                "source": (
                    "Health Education England, with the National Collaborating Centre for "
                    "Mental Health"
                ),
                "url": (
                    "https://www.rcpsych.ac.uk/improving-care/nccmh/competence-frameworks/the-competence-framework-for-mental-health-peer-support-workers"
                ),
                "accessed": "2026-10-21",
            },
            {
                "authors": "National Institute for Health and Care Excellence",
                "year": "2021",
                "title": "Shared decision making (NICE guideline NG197)",
                "source": "NICE",
                "url": "https://www.nice.org.uk/guidance/ng197",
                "accessed": "2026-11-03",
            },
        ],
    },
    {
        "slug": "a-short-history-of-peer-work",
        "title": "A short history of peer work",
        "standfirst": (
            "Peer support can look like a new idea. Its roots go back more than two "
            "hundred years, to a Paris hospital and a superintendent who had once "
            "been a patient there."
        ),
        "days_ago": 190,
        "featured": False,
        "categories": ["research-and-evidence", "peer-support"],
        "tags": ["history", "peer-support", "evidence"],
        "authors": ["Marcus Oyelaran"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>It is easy to think peer support began with recent NHS workforce "
                    "plans. In fact, people with experience of distress have supported one "
                    "another, formally and informally, for a very long time.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Paris in the 1790s", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>In 2012, Larry Davidson and colleagues published a review of peer "
                    "support in the journal World Psychiatry. They start not in the 1990s but "
                    "at the end of the 18th century, at the Bicêtre hospital in Paris.</p>"
                    "<p>Jean-Baptiste Pussin was the superintendent of the hospital's wards "
                    "for people thought to be incurable. He had first come to Bicêtre as a "
                    "patient himself. He chose many of his staff from among people who had "
                    "been patients and had recovered. In a letter to the physician Philippe "
                    "Pinel in 1793, he explained why. In his view, former patients were "
                    "usually gentler, more honest and more humane with the people in their "
                    "care.</p>"
                    "<p>Pussin and Pinel are linked with the start of what became known as "
                    "moral treatment, which put kindness, routine and respect in place of "
                    "chains and punishment. Davidson and colleagues argue that peer staff "
                    "were part of that story from the beginning.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Lost, and found again", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>The idea did not hold. As asylums grew larger over the following "
                    "century, the practice faded. The review describes peer support coming "
                    "back at different points in the history of psychiatry. In its modern "
                    "form, it grew with the service-user movement and spread quickly from the "
                    "1990s.</p>"
                    "<p>Health Education England's 2020 competence framework for peer support "
                    "workers tells a similar story for England. Peer support began as a "
                    "grassroots social movement, long before it became a paid role in NHS "
                    "teams.</p>"
                ),
            ),
            (
                "heading",
                {"text": "What the evidence says", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Davidson's review also looked at research. It found evidence that "
                    "peer staff can help people engage with care, and can reduce the use of "
                    "emergency and hospital services. Where peer workers shared their own "
                    "experience and acted as role models, the people they supported reported "
                    "more hope, more sense of control and a stronger sense of belonging.</p>"
                    "<p>The evidence is still growing, and not every study is positive. But "
                    "the history matters. It reminds us that lived experience was valued in "
                    "mental-health care long before anyone talked about co-production.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Knowing that people like us were trusted to care for others two hundred "
                        "years ago changed how I see my own job."
                    ),
                    "attribution": "Wren, hearing voices group facilitator",
                },
            ),
        ],
        "references": [
            {
                "authors": "Davidson L., Bellamy C., Guy K. and Miller R.",
                "year": "2012",
                "title": (
                    "Peer support among persons with severe mental illnesses: a review of "
                    "evidence and experience"
                ),
                "source": "World Psychiatry, 11(2), pp. 123–128",
                "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3363389/",
                "accessed": "2026-10-09",
            },
            {
                "authors": "Health Education England",
                "year": "2020",
                "title": "The Competence Framework for Mental Health Peer Support Workers",
                "source": (
                    "Health Education England, with the National Collaborating Centre for "
                    "Mental Health"
                ),
                "url": (
                    "https://www.rcpsych.ac.uk/improving-care/nccmh/competence-frameworks/the-competence-framework-for-mental-health-peer-support-workers"
                ),
                "accessed": "2026-10-21",
            },
        ],
    },
    {
        "slug": "notes-from-our-leeds-peer-leadership-day",
        "title": "Notes from our peer leadership day in Leeds",
        "standfirst": (
            "Sixty members from across the North East and Yorkshire spent a day in "
            "Leeds talking about pay, power and looking after each other. Here is "
            "what we heard."
        ),
        "days_ago": 26,
        "featured": False,
        "categories": ["network-news"],
        "tags": ["events", "career-paths", "payment", "supervision"],
        "authors": ["LEAD editorial team"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Last month, sixty LEAD members met in a community hall in Leeds for "
                    "our first peer leadership day in the North East and Yorkshire. People "
                    "came from NHS trusts, charities, recovery colleges and freelance work. "
                    "Some had held senior roles for years. Some had started their first peer "
                    "job that month.</p>"
                    "<p>A group of members planned the day with us, and everyone who helped "
                    "to run it was paid. Here is what we took away.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Morning: what leadership looks like", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Danielle Hartley, lived experience director at Brindlemoor NHS "
                    "Foundation Trust, opened the day. She spoke about growing her team from "
                    "three peer workers to forty, and about the fair pay policy the team "
                    "wrote together.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "I used to think leadership meant having all the answers. Now I think it "
                        "means making sure the right people are in the room when the questions "
                        "get asked."
                    ),
                    "attribution": "Danielle Hartley, lived experience director",
                },
            ),
            (
                "heading",
                {"text": "The workshops", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>Getting paid without losing out.</strong> A practical "
                    "session on payment routes. The clearest message: get benefits advice "
                    "before you accept any payment, and ask organisations to put their offer "
                    "in writing.</li>"
                    "<li><strong>Peer mentoring at the prison gate.</strong> Imran Siddiqui "
                    "shared how his team meets men on the day they leave prison, and what "
                    "mentors need to stay well in demanding work.</li>"
                    "<li><strong>Research with us, not on us.</strong> Wren led a session on "
                    "being a research partner. Groups practised turning a researcher's "
                    "question into one that people with lived experience would want "
                    "answered.</li>"
                    "<li><strong>Supervision circles.</strong> Members tried out a short peer "
                    "supervision format to take back to their own teams.</li></ul>"
                ),
            ),
            (
                "heading",
                {"text": "Afternoon: what members want next", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>In the last session, we asked what members want from the network over "
                    "the next year. Three requests came up again and again:</p><ul>"
                    "<li>more mentoring, especially for people moving into their first senior "
                    "role</li>"
                    "<li>a shared set of fair pay rates that members can point to</li>"
                    "<li>more regional days, in places people can reach by public "
                    "transport</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>We heard you. We will share plans for mentoring and pay rates in the "
                    "spring, and we are already looking for hosts in other regions.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "heading": "Would you like to host a day in your region?",
                    "text": (
                        "<p>We are looking for members to help plan regional days next year. "
                        "Planning time is paid. Get in touch with the editorial team through the "
                        "contact page.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Thank you to everyone who came, spoke, cooked and cleared up. It was "
                    "a day full of warmth, good sense and plenty of tea.</p>"
                ),
            ),
        ],
        "references": [],
    },
    {
        "slug": "involving-people-in-research",
        "title": "Involving people in research: what good looks like",
        "standfirst": (
            "Research is better when people with lived experience help to shape it. "
            "Two research partners explain what real involvement looks like, and how "
            "NIHR's payment guidance helps."
        ),
        "days_ago": 236,
        "featured": False,
        "categories": ["research-and-evidence", "paying-people-fairly"],
        "tags": ["research", "payment", "benefits", "co-production"],
        "authors": ["Wren", "Fieldfare"],
        "content_note": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Wren writes: I have heard voices for most of my adult life. For a "
                    "long time, research about voices felt like something done to people like "
                    "me. Now I sit on study teams and help decide which questions get asked. "
                    "That shift matters.</p>"
                    "<p>NIHR, the National Institute for Health and Care Research, defines "
                    "public involvement as research done with or by members of the public, "
                    "rather than to, about or for them. It is a useful test for any "
                    "project.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Involvement is not the same as taking part", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Taking part means being a participant: filling in a survey or joining "
                    "a trial. Involvement means helping to shape the research itself. "
                    "Research partners might:</p><ul>"
                    "<li>help choose which questions matter most</li>"
                    "<li>check plans and information sheets so they make sense</li>"
                    "<li>sit on steering groups and funding panels</li>"
                    "<li>help make sense of the findings and share them</li></ul>"
                ),
            ),
            (
                "heading",
                {"text": "A reviewer's view", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Fieldfare writes: I review funding applications from a "
                    "lived-experience point of view. The strongest ones show that people with "
                    "lived experience were involved before the money was asked for, not added "
                    "at the end. They budget properly for that involvement. And they say what "
                    "difference it made.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The best teams asked what would make it easier for me to join before I "
                        "had to ask."
                    ),
                    "attribution": "Mei Lin Chen, peer researcher",
                },
            ),
            (
                "heading",
                {"text": "Paying research partners", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>NIHR publishes payment guidance for researchers and for members of "
                    "the public. It says people should not be left out of pocket, that "
                    "expenses should be covered, and that organisations should give clear "
                    "written information about the role, the time it takes and the payment on "
                    "offer.</p>"
                    "<p>It also asks researchers to agree a payment policy before involvement "
                    "starts, to involve public contributors in setting the budget where they "
                    "can, and to talk to their finance and HR teams early.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "important",
                    "heading": "Check before you accept payment",
                    "text": (
                        "<p>If you receive welfare benefits, a payment for involvement may affect "
                        "your claim. NIHR's guidance strongly advises getting expert advice from "
                        "a benefits adviser about your own situation first. It is your choice "
                        "whether to accept payment.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you are a researcher, start early, pay fairly and tell people what "
                    "changed because of them. If you are thinking about becoming a research "
                    "partner, LEAD's directory can help you find members who have done it and "
                    "are happy to talk.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "National Institute for Health and Care Research",
                "year": "2022",
                "title": (
                    "Payment guidance for members of the public considering involvement in research"
                ),
                "source": "NIHR",
                "url": (
                    "https://www.nihr.ac.uk/payment-guidance-members-public-considering-involvement-research"
                ),
                "accessed": "2026-11-10",
            },
            {
                "authors": "National Institute for Health and Care Research",
                "year": "2022",
                "title": "Payment guidance for researchers and professionals",
                "source": "NIHR",
                "url": "https://www.nihr.ac.uk/payment-guidance-researchers-and-professionals",
                "accessed": "2026-11-10",
            },
        ],
    },
    {
        "slug": "what-do-we-mean-by-lived-experience",
        "title": "What do we mean by 'lived experience'?",
        "standfirst": (
            "The phrase is everywhere, and people use it in different ways. Here is "
            "how LEAD uses it, and why we treat lived experience as expertise."
        ),
        "days_ago": 297,
        "featured": False,
        "categories": ["network-news"],
        "tags": ["lived-experience", "co-production", "peer-support"],
        "authors": ["LEAD editorial team", "Imran Siddiqui"],
        "content_note": "Mentions prison and substance use.",
        "body": [
            (
                "paragraph",
                (
                    "<p>'Lived experience' has become a common phrase in health and care. Job "
                    "adverts ask for it. Strategies promise to put it at the centre. But "
                    "people use it in different ways, and that can cause confusion.</p>"
                ),
            ),
            (
                "heading",
                {"text": "How LEAD uses the term", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>At LEAD, lived experience means knowledge you have gained by living "
                    "through something, rather than by studying it. For most members, that "
                    "means experience of mental distress or of using mental-health services. "
                    "It can also mean other life-changing adversity, such as bereavement, "
                    "long-term physical illness, substance use, homelessness or time in the "
                    "criminal justice system. Caring for someone through these experiences "
                    "counts too.</p>"
                    "<p>We describe experience, not diagnosis. Members choose what to share "
                    "on their profiles, and who can see it.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Expertise, alongside other expertise", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>We see lived experience as a form of expertise. It sits alongside "
                    "learned experience, such as qualifications and professional training. "
                    "Neither replaces the other. Good decisions need both.</p>"
                    "<p>That view is shared well beyond LEAD. Health Education England's "
                    "competence framework for peer support workers puts lived experience, "
                    "including the experience of caring for someone, at the core of the role, "
                    "and treats it as expertise. Charlene Sunkel and Claudia Sartor, of the "
                    "Global Mental Health Peer Network, describe people with lived experience "
                    "as experts by experience and agents of change, who can often see simple, "
                    "practical fixes for problems in a system that others miss.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "I spent four years in prison, and I know how long the first week out can "
                        "feel. No course taught me that. But I also trained hard to become a good "
                        "mentor. Both kinds of knowing matter."
                    ),
                    "attribution": "Imran Siddiqui, peer mentor and trainer",
                },
            ),
            (
                "heading",
                {"text": "Words to use with care", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>Ask, do not assume.</strong> Some people prefer 'lived "
                    "experience', some 'lived and living experience', some 'survivor' or "
                    "'expert by experience'. Use the words a person uses for themselves.</li>"
                    "<li><strong>It is not a job description on its own.</strong> A "
                    "lived-experience role needs a clear purpose, fair pay and real "
                    "influence.</li>"
                    "<li><strong>Nobody speaks for everyone.</strong> One person's experience "
                    "is valuable. It is not the voice of all people who use services.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Language will keep changing, and that is healthy. What matters is the "
                    "idea underneath. People who have lived through something know things "
                    "that others do not, and that knowledge belongs in every room where "
                    "decisions are made.</p>"
                ),
            ),
        ],
        "references": [
            {
                "authors": "Health Education England",
                "year": "2020",
                "title": "The Competence Framework for Mental Health Peer Support Workers",
                "source": (
                    "Health Education England, with the National Collaborating Centre for "
                    "Mental Health"
                ),
                "url": (
                    "https://www.rcpsych.ac.uk/improving-care/nccmh/competence-frameworks/the-competence-framework-for-mental-health-peer-support-workers"
                ),
                "accessed": "2026-10-21",
            },
            {
                "authors": "Sunkel C. and Sartor C.",
                "year": "2022",
                "title": (
                    "Perspectives: involving persons with lived experience of mental health "
                    "conditions in service delivery, development and leadership"
                ),
                "source": "BJPsych Bulletin, 46(3), pp. 160–164",
                "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9346508/",
                "accessed": "2026-11-03",
            },
        ],
    },
]
