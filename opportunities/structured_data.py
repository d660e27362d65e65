"""schema.org JobPosting for an open role: public details only (never the organisation's
private address)."""

from datetime import timedelta

from django.utils import timezone
from django.utils.html import strip_tags

from .choices import WorkMode
from .dates import closing_moment
from .pay import FULL_TIME_HOURS_A_WEEK, PayUnit, hourly_equivalent, money

# Units schema.org knows; the others are given as their hourly figure.
UNIT_TEXT = {PayUnit.HOUR: "HOUR", PayUnit.DAY: "DAY", PayUnit.SALARY: "YEAR"}


def base_salary(role):
    unit = UNIT_TEXT.get(role.pay_unit)
    if unit:
        low, high = role.pay_amount, role.pay_amount_max
    else:  # a range stays a range, each end as its hourly figure
        unit, low = "HOUR", role.hourly_rate()
        if low is None:
            return None
        high = hourly_equivalent(
            role.pay_amount_max, role.pay_unit, role.hours_per_session, role.total_hours
        )
    value = {"@type": "QuantitativeValue", "unitText": unit}
    if high and high > low:
        value.update(minValue=float(money(low)), maxValue=float(money(high)))
    else:
        value["value"] = float(money(low))
    return {"@type": "MonetaryAmount", "currency": "GBP", "value": value}


def uk_date(moment):
    return timezone.localdate(moment, timezone.get_default_timezone()).isoformat()


def valid_through(role):
    """The last second of the closing day in UK time, with its offset (a reader that keeps
    only the date sees the closing date, not the day after)."""
    return (closing_moment(role.closing_date) - timedelta(seconds=1)).isoformat()


def employment_type(role):
    """Full time only for a salary at full-time hours; a pro rata salary or sessions are part
    time."""
    if role.pay_unit != PayUnit.SALARY:
        return "PART_TIME"
    hours = role.hours_per_session
    return "FULL_TIME" if hours is None or hours >= FULL_TIME_HOURS_A_WEEK else "PART_TIME"


def job_posting(role, request):
    organisation = role.organisation
    hiring = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        hiring["sameAs"] = organisation.website
    posted = role.first_published_at or role.latest_revision_created_at
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": role.title,
        "description": role.description or role.summary,
        # The day it was posted in the UK (not in UTC: just after midnight in summer is
        # still the day before in UTC).
        "datePosted": uk_date(posted) if posted else None,
        "validThrough": valid_through(role),
        "employmentType": employment_type(role),
        "hiringOrganization": hiring,
        "url": role.get_full_url(request),
        "directApply": role.how_to_apply == "lead",
    }
    if role.work_mode == WorkMode.REMOTE:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "United Kingdom"}
    else:
        address = {"@type": "PostalAddress", "addressCountry": "GB"}
        if role.region_id:
            address["addressRegion"] = role.region.name
        data["jobLocation"] = {"@type": "Place", "address": address}
        if role.work_mode == WorkMode.HYBRID:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "United Kingdom"}
    salary = base_salary(role)
    if salary:
        data["baseSalary"] = salary
    if not data["datePosted"]:
        del data["datePosted"]
    data["description"] = data["description"] or strip_tags(role.summary)
    return data
