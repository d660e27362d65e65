"""The fair-pay pledge: versions with their commitments, the pledge page (in a "For
organisations" section) and signatures, pending or verified."""

import factory
from django.utils import timezone

from guides.models import GuideIndexPage
from opportunities.models import (
    PledgeCommitment,
    PledgePage,
    PledgeSignature,
    PledgeStatus,
    PledgeVersion,
)

from .publishing import add_page

COMMITMENTS = (
    "We pay at or above LEAD's fair-pay rates.",
    "We pay within 30 days.",
    "We offer payroll or invoice.",
)


def pledge_version(label="Version 1", commitments=COMMITMENTS, current=True, published_on=None):
    """A version of the pledge with its commitments in order; current unless told."""
    version = PledgeVersion(
        label=label,
        published_on=published_on or timezone.localdate(),
        is_current=current,
    )
    version.commitments = [PledgeCommitment(text=text) for text in commitments]
    version.save()
    return version


def pledge_page(home_page, **fields):
    """The pledge page at /for-organisations/pledge/, with its section, found or added."""
    existing = PledgePage.objects.first()
    if existing is not None:
        return existing
    section = GuideIndexPage.objects.filter(slug="for-organisations").first()
    if section is None:
        section = add_page(
            home_page,
            GuideIndexPage(
                title="For organisations", slug="for-organisations", intro="For organisations."
            ),
        )
    fields = {
        "title": "Fair-pay pledge",
        "slug": "pledge",
        "intro": "Promise to pay lived-experience leaders fairly.",
        **fields,
    }
    return add_page(section, PledgePage(**fields))


def _current_or_new_version():
    return PledgeVersion.current() or pledge_version()


class PledgeSignatureFactory(factory.django.DjangoModelFactory):
    """A pending signature of the current version (one is made if there is none)."""

    version = factory.LazyFunction(_current_or_new_version)
    commitments = factory.LazyAttribute(lambda s: [c.text for c in s.version.commitments.all()])
    organisation_name = factory.Sequence(lambda n: f"Signing Organisation {n}")
    organisation_type = "charity"
    contact_name = factory.Sequence(lambda n: f"Contact Person {n}")
    contact_email = factory.Sequence(lambda n: f"contact{n}@signing.example")
    signer_name = factory.Sequence(lambda n: f"Signer Person {n}")
    signer_role = "Chief executive"

    class Meta:
        model = PledgeSignature


def verified_signature(**fields):
    """A signature an editor has verified (listed, and its organisation's roles badged)."""
    fields.setdefault("verified_at", timezone.now())
    return PledgeSignatureFactory(status=PledgeStatus.VERIFIED, **fields)
