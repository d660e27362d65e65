from django.apps import AppConfig

from lead.features import Feature, Section


class MembersConfig(AppConfig):
    """The members' space (/members/): posts and resources only members may read."""

    name = "members"
    verbose_name = "members' space"
    feature = Feature(
        header_sections=(
            Section("members/includes/space_link.html", "members.sections.space_link"),
        ),
        person_paths=(),
        demo_content="members.demo.loader.build_members_space",
        quality="tests.quality.features.members",
        seeding="members.seeding",
    )

    def ready(self):
        # Not at the top: signals.py imports the models, which Django loads after apps.py.
        from . import signals

        signals.connect()
