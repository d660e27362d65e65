"""The network's own routes beside the page tree: profile photos for permitted viewers."""

from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("network/<slug:slug>/photo/<slug:size>/", views.profile_photo, name="profile_photo"),
]
