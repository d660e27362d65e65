"""A member's role alerts (/account/alerts/) and the one-click unsubscribe from them."""

from django.urls import path

from . import views

app_name = "opportunities"

urlpatterns = [
    path("account/alerts/", views.alerts, name="alerts"),
    path("account/alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
