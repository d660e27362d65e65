"""Helpers feature apps use to build their section of the demo site."""

from wagtail.models import Page


def ensure_section(home, slug, page_class, stdout=None, **fields):
    """The child of `home` at `slug`, as a `page_class` page.

    If the slug holds an empty placeholder StandardPage (the core's stand-in before the feature
    existed), it is replaced in place, keeping its position in the menu. A page with children
    is never replaced."""
    existing = home.get_children().filter(slug=slug).first()
    if existing is not None:
        existing = existing.specific
        if isinstance(existing, page_class):
            return existing
        if existing.get_children().exists():
            if stdout:
                stdout.write(f"/{slug}/ has pages under it; left as it is.")
            return None
    if existing is not None:
        fields.setdefault("show_in_menus", existing.show_in_menus)
    else:
        fields.setdefault("show_in_menus", True)
    section = page_class(slug=slug if existing is None else f"{slug}-new", **fields)
    home.add_child(instance=section)
    if existing is not None:
        Page.objects.get(pk=section.pk).move(existing, pos="left")
        # Fetch again: the move shifted the placeholder's tree path.
        Page.objects.get(pk=existing.pk).delete()
        section = page_class.objects.get(pk=section.pk)
        section.slug = slug
    section.save_revision().publish()
    if stdout:
        stdout.write(f"Section /{slug}/ created.")
    return page_class.objects.get(pk=section.pk)
