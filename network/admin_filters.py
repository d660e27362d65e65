"""Admin list filters for profiles."""

from django.contrib.admin import SimpleListFilter


class ConsentStatusFilter(SimpleListFilter):
    title = "consent"
    parameter_name = "consent"

    def lookups(self, request, model_admin):
        return [("recorded", "Recorded"), ("missing", "Missing")]

    def queryset(self, request, queryset):
        recorded = queryset.filter(consent_given_at__isnull=False).exclude(
            consent_wording_version=""
        )
        if self.value() == "recorded":
            return recorded
        if self.value() == "missing":
            return queryset.exclude(pk__in=recorded.values("pk"))
        return queryset


class LiveStatusFilter(SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("live", "Live"), ("draft", "Draft or unpublished")]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.filter(live=True)
        if self.value() == "draft":
            return queryset.filter(live=False)
        return queryset
