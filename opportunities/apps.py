from django.apps import AppConfig

from lead.features import Editorial, Feature, SearchType

ALL = ("add", "change", "delete", "view")


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = "opportunities"
    feature = Feature(
        # Interest sent, roles submitted for review, alerts: no public page shows them.
        private_models=(
            "opportunities.ExpressionOfInterest",
            "opportunities.RoleSubmission",
            "opportunities.RoleAlert",
            "opportunities.AlertDigest",
        ),
        search_types=(
            SearchType(
                "roles",
                "Paid roles",
                "opportunities.OpportunityPage",
                singular="Paid role",
                select_related=("organisation", "region", "activity_level"),
                card_queryset="with_pledge",
                order=40,
            ),
        ),
        editorial=Editorial(
            managed={
                ("opportunities", "organisation"): ALL,
                ("opportunities", "fairpayrate"): ALL,
                ("opportunities", "expressionofinterest"): ("view",),
                # The fair-pay pledge: editors write its versions and verify signatures
                # (signatures come only from the pledge form, so there is no "add").
                ("opportunities", "pledgeversion"): ALL,
                ("opportunities", "pledgesignature"): ("change", "delete", "view"),
            },
            moderator_only=(
                ("opportunities", "expressionofinterest", "change_expressionofinterest"),
            ),
            workflows={
                ("opportunities", "opportunityindexpage"): (
                    "Opportunity review",
                    "Moderator review of a paid role",
                )
            },
        ),
        home_blocks=(("paid_roles", "opportunities.home_sections.PaidRolesBlock"),),
        unlisted_pages="opportunities.listing.closed_role_ids",
        next_change="opportunities.dates.next_change",
        member_data="opportunities.member_data.role_data_for_export",
        erase_member="opportunities.member_data.erase_role_data",
        demo_content="opportunities.demo.loader.build_opportunities",
        dashboard_items="opportunities.dashboard.opportunities_dashboard_items",
        subscriptions="opportunities.sections.subscriptions",
        seeding="opportunities.seeding",
        quality="tests.quality.features.opportunities",
    )
