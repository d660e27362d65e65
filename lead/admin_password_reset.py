"""Wagtail's admin password reset (/admin/password_reset/), queued like the members' one: its
form finds every active account with a usable password, members' included, so building the
email in the request would tell who has an account by the work done. Saving only queues the
address (WAGTAILADMIN_USER_PASSWORD_RESET_FORM); the worker finds the accounts and sends."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.admin.forms.auth import PasswordResetForm

from .mail import later, mail_task

EMAIL_TEMPLATE = "wagtailadmin/account/password_reset/email.txt"
SUBJECT_TEMPLATE = "wagtailadmin/account/password_reset/email_subject.txt"


class QueuedPasswordResetForm(PasswordResetForm):
    def save(self, **kwargs):
        later(send_admin_password_reset, self.cleaned_data["email"])


@mail_task
def send_admin_password_reset(email):
    """In the worker: Wagtail's own form and email, for each account with this address (none
    for any other); its links on the site's own address (WAGTAILADMIN_BASE_URL)."""
    form = PasswordResetForm({"email": email})
    if not form.is_valid():
        return False
    site = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    form.save(
        domain_override=site.netloc,
        use_https=site.scheme == "https",
        email_template_name=EMAIL_TEMPLATE,
        subject_template_name=SUBJECT_TEMPLATE,
    )
    return True
