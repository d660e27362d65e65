"""Values other apps keep about a profile in their own models, shown on the profile's Private
tab as if they were the page's own fields.

The directory imports no such app. An app declares its values (`Feature.profile_private_fields`,
a function returning `PrivateField` objects; membership: the member's contact email, and
whether they accept relayed messages). They carry the tab's
permission: editors without it neither see nor send them. Editable ones come after the tab's
help text, read-only ones last.

The values are the app's own, never page content: no revision holds them, so no draft,
revert or older revision can bring an old one back. A value an editor changes is saved when
the form's revision is (ProfilePage.save_revision), which every admin action does before it
publishes anything: publishing sees the new value.
"""

from wagtail.admin.panels import FieldPanel, ObjectList, Panel

from lead.features import call_each


class PrivateField:
    """One value on the Private tab. An app subclasses it to say how to read and write it."""

    name = ""
    label = ""
    help_text = ""
    icon = ""  # Wagtail's icon name; editable fields get one from their form field
    read_only = False

    def form_field(self):
        """The form field that edits the value (editable fields only)."""
        raise NotImplementedError

    def value(self, page):
        raise NotImplementedError

    def save(self, page, value):
        raise NotImplementedError


def private_fields():
    return [field for fields in call_each("profile_private_fields") for field in fields]


class PrivateFieldsForm:
    """Page form mixin for the editable private fields. Their panels name them like model
    fields (so the permission on the panel removes them for users without it); each form class
    Wagtail builds from the panels declares them here."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Only the classes Wagtail builds carry their own Meta, once every app is loaded.
        names = getattr(cls.__dict__.get("Meta"), "fields", None) or ()
        for field in private_fields() if names else ():
            if not field.read_only and field.name in names:
                cls.declared_fields[field.name] = field.form_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.private_fields = [field for field in private_fields() if field.name in self.fields]
        if self.instance.pk:
            for field in self.private_fields:
                self.initial[field.name] = field.value(self.instance)

    def save(self, commit=True):
        page = super().save(commit=commit)
        # Saved by save_private_values() with the page's revision, once the page has its row.
        page.private_values = [
            (field, self.cleaned_data[field.name]) for field in self.private_fields
        ]
        return page


def save_private_values(page):
    """Write what the form sent for each private field (once: the stash is used up)."""
    for field, value in page.__dict__.pop("private_values", []):
        field.save(page, value)


class PrivateFieldPanel(FieldPanel):
    """A private field's panel. Its form field comes from PrivateFieldsForm, not the model;
    a read-only one shows the value the app gives."""

    def __init__(self, field_name, private_field=None, **kwargs):
        super().__init__(field_name, **kwargs)
        self.private_field = private_field

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "private_field": self.private_field}

    def format_value_for_display(self, value):
        # FieldPanel's own formatting reads the model field, and there is none.
        return Panel.format_value_for_display(self, value)

    class BoundPanel(FieldPanel.BoundPanel):
        @property
        def value_from_instance(self):
            return self.panel.private_field.value(self.instance)


class PrivateFields(Panel):
    """Where the private fields go on the tab: the editable ones, or the read-only ones."""

    def __init__(self, read_only=False, **kwargs):
        super().__init__(**kwargs)
        self.read_only = read_only

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "read_only": self.read_only}

    def panels(self, permission):
        return [
            PrivateFieldPanel(
                field.name,
                private_field=field,
                read_only=field.read_only,
                permission=permission,
                heading=field.label,
                help_text=field.help_text,
                icon=field.icon,
            )
            for field in private_fields()
            if field.read_only == self.read_only
        ]


class PrivateTab(ObjectList):
    """The Private tab, with the private fields other apps declare put in their places when
    the page type's editor is first built (once every app is loaded)."""

    def on_model_bound(self):
        self.children = [
            panel
            for child in self.children
            for panel in (
                child.panels(self.permission) if isinstance(child, PrivateFields) else [child]
            )
        ]
        super().on_model_bound()
