"""/account/set-password/…: a member chooses their password from the emailed link, and is
signed in straight away (the link already proved who they are)."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.urls import reverse

MEMBER_BACKEND = "lead.viewer.ViewerBackend"


class MemberSetPasswordForm(SetPasswordForm):
    """Django's form, with the validators' errors ("This password is too common") on the
    password itself rather than on its confirmation, and plainer labels."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "Choose a password"
        self.fields["new_password2"].label = "Type the same password again"
        self.fields["new_password2"].help_text = "So we know it has no typing mistake."

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return super(SetPasswordForm, self).clean()


class SetPasswordView(auth_views.PasswordResetConfirmView):
    template_name = "membership/password_reset_confirm.html"
    form_class = MemberSetPasswordForm
    post_reset_login = True
    post_reset_login_backend = MEMBER_BACKEND

    def form_valid(self, form):
        # Staff accounts (an admin's reset link works here too) sign in at the admin, as
        # ever; members go straight to their account.
        self.post_reset_login = not form.user.is_staff
        response = super().form_valid(form)
        if self.post_reset_login:
            messages.success(self.request, "Your password is saved and you are signed in.")
        return response

    def get_success_url(self):
        if self.post_reset_login:
            return reverse("membership:account")
        return reverse("membership:password_reset_complete")
