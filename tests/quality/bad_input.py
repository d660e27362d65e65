"""A corpus of hostile values for every public parameter and form field."""

BAD_VALUES = [
    "",
    " ",
    "x" * 10_000,
    "\x00",
    "peer\x00support",
    "\u202e\u200b\ufeff",  # right-to-left override, zero-width space, byte-order mark
    "𝕷𝕰𝕬𝕯 👩🏽‍🦯 ẞ ﷽",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "' OR 1=1 --",
    "1; DROP TABLE wagtailcore_page; --",
    '"><script>alert("lead")</script>',
    "<img src=x onerror=alert(1)>",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "../../../../etc/passwd",
    "%00%2e%2e%2f",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "abc",
    "3.5",
]

# Values that would be dangerous if echoed without escaping. (Template syntax such as
# "{{ settings.SECRET_KEY }}" is harmless as text: the check is that it is never evaluated.)
MARKUP_VALUES = [value for value in BAD_VALUES if "<" in value]

# Host headers a production site (DEBUG off, ALLOWED_HOSTS set) must refuse with a readable 400:
# another site's name, malformed names, markup, a header smuggled in, none at all.
ALLOWED_HOST = "lead.example"
BAD_HOSTS = [
    "evil.example",
    f"{ALLOWED_HOST}.evil.example",
    f"{ALLOWED_HOST}@evil.example",
    f"{ALLOWED_HOST}, evil.example",
    f"{ALLOWED_HOST}\r\nX-Injected: 1",
    "<script>alert(1)</script>",
    "[::1",
    "le\u00e4d.example",
    "x" * 300,
    "",
]
