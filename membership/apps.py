from django.apps import AppConfig

from lead.features import Editorial, Feature, Section


class MembershipConfig(AppConfig):
    name = "membership"
    verbose_name = "membership"
    feature = Feature(
        # Messages, consent records, erasure receipts and photos kept for an unfinished join
        # form: no public page shows them. (A Membership is not private: whether the member
        # can be written to shows as the profile's contact box.)
        private_models=(
            "membership.ContactRequest",
            "membership.ConsentRecord",
            "membership.Enquiry",
            "membership.ErasureReceipt",
            "membership.HeldPhoto",
            "membership.IntroductionRequest",
            # Requests between members: no page shows them. (Members' mentoring choices
            # are not private here, although only members see them: "Find a mentor" is
            # kept until they change, as public listings are.)
            "membership.MentoringRequest",
        ),
        editorial=Editorial(
            # Messages and introduction requests visitors send: editors read them and their
            # history; moderators also act on them (admin_requests.py). Enquiries through the
            # contact page: editors read them and mark them answered.
            managed={
                ("membership", "contactrequest"): ("view",),
                ("membership", "introductionrequest"): ("view",),
                ("membership", "enquiry"): ("view", "change"),
            },
            moderator_only=(
                ("membership", "contactrequest", "change_contactrequest"),
                ("membership", "introductionrequest", "change_introductionrequest"),
                ("membership", "erasurereceipt", "view_erasurereceipt"),
                ("membership", "erasurereceipt", "erase_member"),
                ("membership", "enquiry", "delete_enquiry"),
            ),
        ),
        profile_sections=(
            Section("membership/includes/contact_box.html", "membership.sections.contact_box"),
        ),
        header_sections=(
            Section("membership/includes/account_link.html", "membership.sections.account_link"),
        ),
        demo_content="membership.demo.loader.build_membership",
        consent_wordings="membership.consent.wording_choices",
        profile_private_fields="membership.private_fields.contact_details",
        is_own_profile="membership.accounts.is_own_profile",
        dashboard_items="membership.dashboard.requests_dashboard_items",
        quality="tests.quality.features.membership",
        seeding="membership.seeding",
    )

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
