"""Member accounts (/account/), the contact relay (/network/<profile>/contact/) and
introduction requests (/network/<profile>/introduce/)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from .views import account, contact, introductions, mentoring, passwords

app_name = "membership"

urlpatterns = [
    path("account/", account.account, name="account"),
    path("account/login/", account.LoginView.as_view(), name="login"),
    path("account/logout/", account.logout_view, name="logout"),
    path("account/edit/", account.edit, name="edit"),
    path("account/visibility/", account.visibility, name="visibility"),
    path("account/photo/", account.photo, name="photo"),
    path("account/photo/remove/", account.photo_remove, name="photo_remove"),
    path("account/export/", account.export, name="export"),
    path("account/my-data/", account.my_data, name="my_data"),
    path("account/withdraw/", account.withdraw, name="withdraw"),
    path("account/withdrawn/", account.withdrawn, name="withdrawn"),
    path("account/password/", account.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="membership/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "account/set-password/<uidb64>/<token>/",
        passwords.SetPasswordView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/set-password/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="membership/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("network/<slug:slug>/contact/", contact.contact, name="contact"),
    path("network/<slug:slug>/contact/sent/", contact.contact_sent, name="contact_sent"),
    path("network/<slug:slug>/introduce/", introductions.introduce, name="introduce"),
    path(
        "network/<slug:slug>/introduce/sent/",
        introductions.introduce_sent,
        name="introduce_sent",
    ),
]

urlpatterns += [
    path("account/mentoring/", mentoring.my_mentoring, name="mentoring"),
    path(
        "account/mentoring/requests/<int:pk>/answer/",
        mentoring.answer_from_account,
        name="mentoring_answer_here",
    ),
    path(
        "account/mentoring/answer/<str:token>/",
        mentoring.answer_by_link,
        name="mentoring_answer",
    ),
    path("account/mentors/", mentoring.mentors, name="mentors"),
    path("account/mentors/<slug:slug>/ask/", mentoring.ask, name="mentoring_ask"),
    path("account/mentors/<slug:slug>/ask/sent/", mentoring.ask_sent, name="mentoring_sent"),
]
