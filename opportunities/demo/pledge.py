"""The demo's fair-pay pledge (/for-organisations/pledge/), from demo/pledge.toml: the page, the
first version and its commitments, two checked signatures linked to demo organisations (so some
demo roles carry the badge) and one waiting to be checked. Adds only what is missing.

The page sits in the guides app's "For organisations" section. The guides app comes after this
one in INSTALLED_APPS, so its loader runs later: the section is found by its slug, or added here
(as the guides app's model, read from the app registry: this app never imports guides), and the
guides loader then finds it the same way."""

import json
import uuid
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.utils import timezone
from django.utils.html import escape

from home.demo.data import load, pick
from home.demo.sections import ensure_section

from ..models import (
    Organisation,
    PledgeCommitment,
    PledgePage,
    PledgeSignature,
    PledgeStatus,
    PledgeVersion,
)

CONTENT = Path(__file__).with_name("pledge.toml")


def build_pledge(home, stdout):
    data = load(CONTENT)
    section = for_organisations(home, data["section"], stdout)
    if section is None:
        return []
    created = []
    version = ensure_version(data["version"])
    if not PledgePage.objects.exists():
        add_pledge_page(section, data["page"])
        created.append("fair-pay pledge")
    organisations = {o.name: o for o in Organisation.objects.all()}
    now = timezone.now()
    for spec in data["signatures"]:
        if PledgeSignature.objects.filter(organisation_name=spec["organisation"]).exists():
            continue
        signature = PledgeSignature(
            version=version,
            commitments=[commitment.text for commitment in version.commitments.all()],
            organisation_name=spec["organisation"],
            organisation_type=spec["type"],
            contact_name=spec["contact_name"],
            contact_email=spec["contact_email"],
            signer_name=spec["signer_name"],
            signer_role=spec["signer_role"],
            submission_key=uuid.uuid4(),
        )
        if "verified_days_ago" in spec:
            signature.status = PledgeStatus.VERIFIED
            signature.verified_at = now - timedelta(days=spec["verified_days_ago"])
            if spec.get("linked"):
                signature.organisation = pick(
                    organisations, spec["organisation"], spec, "organisation"
                )
        signature.save()
    if created:
        stdout.write("Fair-pay pledge added.")
    return created


def for_organisations(home, spec, stdout):
    """The "For organisations" section, found by its slug or added (None without guides)."""
    try:
        model = apps.get_model("guides", "GuideIndexPage")
    except LookupError:
        return None
    return ensure_section(
        home, spec["slug"], model, stdout, title=spec["title"], intro=spec["intro"]
    )


def ensure_version(spec):
    existing = PledgeVersion.objects.filter(label=spec["label"]).first()
    if existing is not None:
        return existing
    version = PledgeVersion(
        label=spec["label"],
        published_on=timezone.localdate() - timedelta(days=spec["published_days_ago"]),
        is_current=not PledgeVersion.objects.filter(is_current=True).exists(),
    )
    # sort_order is set here: modelcluster only numbers rows saved through a form, and
    # PostgreSQL returns unnumbered rows in any order.
    version.commitments = [
        PledgeCommitment(text=text, sort_order=order)
        for order, text in enumerate(spec["commitments"])
    ]
    version.save()
    return version


def add_pledge_page(section, spec):
    body = [
        {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
        for text in spec["body"]
    ]
    page = PledgePage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        body=json.dumps(body),
        thanks=spec["thanks"],
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page
