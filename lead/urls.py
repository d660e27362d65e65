from django.conf import settings
from django.contrib import admin
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lead import serving, sitemaps
from lead.health import healthz
from lead.private_media import private_media_urlpatterns
from lead.uploads import media_urlpatterns
from lead.views import robots_txt
from search import views as search_views

urlpatterns = [
    # Load balancers and monitoring: database and cache state, never cached (lead/health.py).
    path("healthz", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Private files (members' photos), for the people the image library shows them to.
    *private_media_urlpatterns(),
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    # A sitemap index, then one sitemap per section (lead/sitemaps.py).
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:slug>.xml", sitemaps.section, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Lazy: the hashed name is looked up per request, so importing the URLs (`manage.py check`)
    # works before collectstatic has written the manifest.
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static, str)("img/favicon.svg"), permanent=False),
    ),
    # Member accounts (/account/) and the contact relay (/network/<profile>/contact/).
    path("", include("membership.urls")),
    # A member's role alerts (/account/alerts/) and their one-click unsubscribe.
    path("", include("opportunities.urls")),
    # Profile photos that are not public, for the viewers allowed them (network/private_photos.py).
    path("", include("network.urls")),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded files with safe content types: images inline, anything else as a download,
    # documents only through /documents/ (lead/uploads.py).
    urlpatterns += media_urlpatterns()

urlpatterns += [
    # Calendar files (.ics) are page routes that Wagtail's pattern cannot match: events/urls.py.
    path("", include("events.urls")),
    # Wagtail serves every other URL from the page tree, with what it looks up kept in the cache
    # (lead/serving.py); its password and sign-in views come first. Keep these last.
    path("", include([p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"])),
    re_path(wagtail_urls.serve_pattern, serving.serve, name="wagtail_serve"),
]

# The static 500 page; 503 while the database is unreachable (lead.views.server_error).
handler500 = "lead.views.server_error"
