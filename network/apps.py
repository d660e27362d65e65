from django.apps import AppConfig

from lead.features import Editorial, Feature, SearchType

ALL = ("add", "change", "delete", "view")
TAXONOMIES = ("livedexperiencearea", "expertise", "role", "region", "paymentroute")


class NetworkConfig(AppConfig):
    name = "network"
    feature = Feature(
        search_types=(
            SearchType(
                "people",
                "People",
                "network.ProfilePage",
                template="search/includes/result_person.html",
                singular="Person",
                select_related=("region",),
                order=20,
            ),
        ),
        editorial=Editorial(
            managed={("network", model): ALL for model in TAXONOMIES},
            moderator_only=(("network", "profilepage", "view_private_fields"),),
            workflows={
                ("network", "directoryindexpage"): (
                    "Profile review",
                    "Moderator review of a profile",
                )
            },
        ),
        home_blocks=(("featured_profiles", "network.home_sections.FeaturedProfilesBlock"),),
        # A profile's address (/network/<slug>/, its photo and contact routes) and its title are
        # the member's name.
        person_paths=("/network/",),
        person_pages=("network.ProfilePage",),
        demo_content="network.demo.loader.build_network",
        dashboard_items="network.dashboard.dashboard_items",
        seeding="network.seeding",
        quality="tests.quality.features.network",
    )

    def ready(self):
        # Not at the top: these import the models, which Django loads after apps.py.
        from . import photo_library, photo_store, signals

        signals.connect()
        photo_store.install()  # members' photos' files in the private store
        photo_library.register()  # and in the image library only for those allowed them
