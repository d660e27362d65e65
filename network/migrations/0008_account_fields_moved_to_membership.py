"""The member's account link, contact email and relayed-messages choice now live in
membership's own model (membership/migrations/0005_copy_account_fields.py copies them first,
when membership is installed). The consent wording's versions are declared by the app that
holds the wording (network/consent.py), so the field no longer lists them."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0007_capture_member_choices'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='memberchoices',
            name='accepts_messages',
        ),
        migrations.RemoveField(
            model_name='profilepage',
            name='accepts_messages',
        ),
        migrations.RemoveField(
            model_name='profilepage',
            name='contact_email',
        ),
        migrations.RemoveField(
            model_name='profilepage',
            name='member',
        ),
        migrations.AlterField(
            model_name='profilepage',
            name='consent_wording_version',
            field=models.CharField(blank=True, help_text='The version of the consent wording the member agreed to.', max_length=20, verbose_name='consent wording'),
        ),
    ]
