"""The Blog menu in the admin."""

from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from home.editorial.return_to import PageListingAdmin

from .models import Author, BlogCategory, BlogPage


class PostAdmin(PageListingAdmin):
    model = BlogPage
    menu_label = "Posts"
    menu_icon = "doc-full"
    list_display = ("title", "date", "category_list", "status")
    list_filter = ("categories", "live", "date")
    search_fields = ("title", "standfirst")
    ordering = ("-date", "-first_published_at")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("categories")

    @staticmethod
    def category_list(obj):
        return ", ".join(category.name for category in obj.categories.all()) or "None"

    @staticmethod
    def status(obj):
        return "Live" if obj.live else "Draft"


class CategoryAdmin(ModelAdmin):
    model = BlogCategory
    menu_label = "Categories"
    menu_icon = "tag"
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}


class AuthorAdmin(ModelAdmin):
    model = Author
    menu_label = "Authors"
    menu_icon = "user"
    list_display = ("name", "role_line", "profile")
    search_fields = ("name", "role_line")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("profile")


class BlogGroup(ModelAdminGroup):
    menu_label = "Blog"
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (PostAdmin, CategoryAdmin, AuthorAdmin)


modeladmin_register(BlogGroup)
