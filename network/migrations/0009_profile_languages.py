"""One row for each language a profile names, so the directory can filter and count profiles by
language in the database (network/models/languages.py keeps the rows on every save). Existing
profiles get theirs here, split the way the site splits them on the day this was written. The
field's help text says how to write them."""

import re

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify

SEPARATORS = re.compile(r"\s*(?:[,;/&\n]|\band\b)\s*", re.IGNORECASE)


def split_languages(text):
    found = {}
    for part in SEPARATORS.split(text or ""):
        name = " ".join(part.split()).strip(" .")[:100]
        if name.islower():
            name = name[0].upper() + name[1:]
        slug = slugify(name)[:100]
        if slug and slug not in found:
            found[slug] = name
    return list(found.items())


def fill_languages(apps, schema_editor):
    ProfilePage = apps.get_model("network", "ProfilePage")
    ProfileLanguage = apps.get_model("network", "ProfileLanguage")
    rows = [
        ProfileLanguage(profile_id=pk, slug=slug, name=name)
        for pk, text in ProfilePage.objects.exclude(languages="").values_list("pk", "languages")
        for slug, name in split_languages(text)
    ]
    ProfileLanguage.objects.bulk_create(rows, batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0008_account_fields_moved_to_membership'),
    ]

    operations = [
        migrations.CreateModel(
            name='ProfileLanguage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=100)),
                ('name', models.CharField(max_length=100)),
                ('profile', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='language_rows', to='network.profilepage')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('profile', 'slug'), name='one_row_per_language')],
            },
        ),
        migrations.RunPython(fill_languages, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='profilepage',
            name='languages',
            field=models.CharField(blank=True, help_text='Languages the member works in, separated by commas, e.g. English, Welsh, BSL. Each one is offered as a filter in the directory.', max_length=200),
        ),
    ]
