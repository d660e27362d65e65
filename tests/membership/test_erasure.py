"""Withdrawal and erasure: offline at once, then nothing left anywhere but a receipt."""

import io
import logging
import os
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from membership.accounts import member_of
from membership.erasure import erase_member
from membership.models import ContactRequest, ErasureReceipt, IntroductionRequest
from network.models import FORMER_MEMBER, ProfilePage

from ..factories import photo_upload, publish, submission_key

pytestmark = pytest.mark.django_db(transaction=False)


# Tables the scan may skip, each with the reason it cannot be read. None today: every table
# (SQLite's FTS5 full-text table and its shadow tables included) is read on SQLite and
# PostgreSQL. A table listed here is one where no erasure test could see a leftover: add one
# only for a table that holds no text at all, and say why.
UNREADABLE_TABLES: dict[str, str] = {}
# Model columns a table's description does not list (so the scan cannot read them), each with
# the reason that is safe.
UNLISTED_COLUMNS = {
    ("wagtailsearch_indexentry_fts", "rowid"): "SQLite's implicit row number (an integer) in "
    "Wagtail's FTS5 table; its text columns are listed and read",
}


def scan_database(token):
    """(hits, scanned): every "table.column" that holds `token` (any column, cast to text,
    case-insensitively), and {table: {columns read}}. Portable raw SQL over the whole database
    (SQLite, full-text index tables included, and PostgreSQL). Strict: a table or column it
    cannot read fails the test, naming it, rather than being skipped in silence."""
    hits, scanned = [], {}
    quote = connection.ops.quote_name
    # SQLite's full-text index keeps its words lower-cased in binary segments, each sharing its
    # start with the word before it: the bytes are searched for the token's unique end too.
    in_bytes = connection.vendor == "sqlite"
    tail = token.lower()[-16:]
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            if table in UNREADABLE_TABLES:
                continue
            try:
                columns = connection.introspection.get_table_description(cursor, table)
            except Exception as error:
                raise AssertionError(
                    f"The erasure scan cannot describe {table}: {error}"
                ) from error
            assert columns, f"The erasure scan found no columns in {table}"
            scanned[table] = set()
            for column in columns:
                sql = (
                    f"SELECT COUNT(*) FROM {quote(table)} "  # noqa: S608
                    f"WHERE LOWER(CAST({quote(column.name)} AS TEXT)) LIKE %s"
                )
                params = [f"%{token.lower()}%"]
                if in_bytes:
                    sql += f" OR instr(CAST({quote(column.name)} AS BLOB), CAST(%s AS BLOB)) > 0"
                    params.append(tail)
                try:
                    with connection.cursor() as inner:
                        inner.execute(sql, params)
                        count = inner.fetchone()[0]
                except Exception as error:
                    raise AssertionError(
                        f"The erasure scan cannot read {table}.{column.name}: {error}"
                    ) from error
                scanned[table].add(column.name)
                if count:
                    hits.append(f"{table}.{column.name}")
    return hits, scanned


def tables_holding(token):
    """Every "table.column" in the database that holds `token` (see scan_database)."""
    return scan_database(token)[0]


def files_holding(root, token):
    hits = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                if token.encode() in handle.read() or token in name:
                    hits.append(path)
    return hits


@pytest.fixture
def axes_in_the_database(settings):
    """django-axes keeping its records in the database (its default; with REDIS_URL the site
    keeps them in the cache, which an erasure clears whole): the rows erasure must delete."""
    from axes.handlers.proxy import AxesProxyHandler

    settings.AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
    AxesProxyHandler.get_implementation(force=True)
    yield
    # The settings fixture puts AXES_HANDLER back after this; read it afresh when next used.
    AxesProxyHandler.implementation = None


@pytest.fixture
def planted_member(
    axes_in_the_database,
    client,
    join_page,
    application,
    unique_token,
    _media,
    django_capture_on_commit_callbacks,
):
    """A member whose name, email and biography carry the token, with a photo and its
    renditions, two revisions, a workflow, log entries, a relayed message, an introduction
    request and a credit."""
    data = application(
        display_name=f"Name {unique_token}",
        email=f"{unique_token}@example.com",
        biography=f"Story {unique_token}",
        photo_alt_text=f"Alt {unique_token}",
        consent_messages="on",
    )
    data["photo"] = photo_upload(text=unique_token)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/join/", data).status_code == 302
    profile = ProfilePage.objects.get(title=f"Name {unique_token}")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    profile.photo.get_rendition("fill-240x240")
    profile.photo.get_rendition("fill-400x400")
    client.force_login(member_of(profile))
    client.post(
        "/account/edit/",
        {
            "display_name": f"Name {unique_token}",
            "headline": "Board member",
            "summary": f"Summary {unique_token}",
            "expects_payment": "yes",
            "availability": "open",
        },
    )
    contact_url = f"/network/{profile.slug}/contact/"
    key = submission_key(client, contact_url)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            contact_url,
            {
                "submission_key": key,
                "sender_name": "Vis Itor",
                "sender_email": "visitor@example.com",
                "purpose": "paid",
                "message": f"Hello {unique_token}",
            },
        )
    # A request to be introduced, kept from before the member took messages directly.
    IntroductionRequest.objects.create(
        profile=profile,
        requester_name="Ada Asker",
        requester_email="ada@trust.example",
        request=f"Introduce me {unique_token}",
        paid="unpaid",
    )
    client.logout()
    # A mistyped password on another device: django-axes records the attempt under the
    # member's email (from that device's address, so signing in here later does not clear it).
    phone = Client(REMOTE_ADDR="198.51.100.7")
    failed = {"username": member_of(profile).get_username(), "password": "not-my-password"}
    assert phone.post("/account/login/", failed).status_code == 200
    return ProfilePage.objects.get(pk=profile.pk)


def test_the_scan_finds_the_token_before_erasure(planted_member, unique_token, _media):
    """The checks below would catch a leftover: before erasure the token is everywhere."""
    found = tables_holding(unique_token)
    tables = ("wagtailcore_page", "wagtailcore_revision", "auth_user", "indexentry", "axes_")
    for table in tables:
        assert any(table in hit for hit in found), found
    assert "membership_introductionrequest.request" in found
    assert ContactRequest.objects.exists()
    assert ProfilePage.objects.live().search(unique_token.lower())


def test_withdrawing_erases_everything_but_a_receipt(client, planted_member, unique_token, _media):
    image = planted_member.photo
    files = [image.file.path] + [r.file.path for r in image.renditions.all()]
    assert all(os.path.exists(path) for path in files) and len(files) == 3
    user = member_of(planted_member)
    client.force_login(user)
    response = client.get("/account/withdraw/")
    assert "cannot be undone" in response.content.decode()
    # The confirmation step: without it, nothing happens.
    assert client.post("/account/withdraw/", {"byline": "keep"}).status_code == 200
    assert ProfilePage.objects.filter(pk=planted_member.pk).exists()

    response = client.post("/account/withdraw/", {"byline": "keep", "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/account/withdrawn/"
    html = client.get("/account/withdrawn/").content.decode()
    receipt = ErasureReceipt.objects.get()
    assert str(receipt.reference) in html and receipt.erased_by == "member"

    assert tables_holding(unique_token) == []
    assert files_holding(_media, unique_token) == []
    assert not any(os.path.exists(path) for path in files)
    assert not ProfilePage.objects.filter(pk=planted_member.pk).exists()
    assert not Revision.objects.filter(object_id=str(planted_member.pk)).exists()
    assert not PageLogEntry.objects.filter(page_id=planted_member.pk).exists()
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not ContactRequest.objects.exists() and not IntroductionRequest.objects.exists()
    assert not type(user).objects.filter(pk=user.pk).exists()
    assert not ProfilePage.objects.search(unique_token.lower())
    assert client.get(planted_member.url).status_code == 404
    assert client.get("/account/").status_code == 302  # signed out


def test_credits_fall_back_to_the_name_or_former_member(planted_member, unique_token):
    from blog.models import Author

    kept = Author.objects.create(name="Robin Kept", profile=planted_member)
    named = Author.objects.create(name=f"Byline {unique_token}", profile=planted_member)
    call_command(
        "erase_member", str(planted_member.pk), "--former-member", "--yes", stdout=io.StringIO()
    )
    kept.refresh_from_db()
    named.refresh_from_db()
    assert kept.profile is None and kept.name == FORMER_MEMBER
    assert named.name == FORMER_MEMBER and named.role_line == ""
    assert tables_holding(unique_token) == []
    assert ErasureReceipt.objects.get().erased_by == "moderator"


def test_keeping_the_name_keeps_the_byline_unlinked(planted_member):
    from blog.models import Author

    author = Author.objects.create(name="Robin Kept", profile=planted_member)
    call_command("erase_member", planted_member.slug, "--yes", stdout=io.StringIO())
    author.refresh_from_db()
    assert author.name == "Robin Kept" and author.profile is None


def test_the_command_refuses_unknown_profiles():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No profile"):
        call_command("erase_member", "nobody-here", "--yes", stdout=io.StringIO())


def test_an_erasure_clears_cached_pages(client, planted_member):
    from django.core.cache import cache

    cache.set("some-page-fragment", "cached")
    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    assert cache.get("some-page-fragment") is None


def test_a_shared_image_is_not_erased(make_profile, planted_member):
    """An image editors use elsewhere is not the member's to erase."""
    shared = get_image_model().objects.create(title="shared", file=photo_upload())
    other = make_profile("Other Person", photo=shared, photo_alt_text="A photo")
    ProfilePage.objects.filter(pk=planted_member.pk).update(photo=shared)
    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    assert get_image_model().objects.filter(pk=shared.pk).exists()
    assert ProfilePage.objects.get(pk=other.pk).photo_id == shared.pk


def test_the_scan_reads_every_table_and_column_django_knows(planted_member, unique_token):
    """The erasure checks are only as good as the scan: it reads every table in the database
    (every one Django knows among them) and every column of every model."""
    hits, scanned = scan_database(unique_token)
    assert hits  # positive control: the scan finds the planted member
    with connection.cursor() as cursor:
        every_table = set(connection.introspection.table_names(cursor, include_views=False))
    assert set(scanned) == every_table - set(UNREADABLE_TABLES)
    django_tables = set(connection.introspection.django_table_names(only_existing=True))
    assert django_tables and django_tables - set(scanned) == set()
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        if table in django_tables:
            columns = {field.column for field in model._meta.local_concrete_fields}
            unlisted = {column for listed, column in UNLISTED_COLUMNS if listed == table}
            unread = columns - scanned[table] - unlisted
            assert not unread, (table, unread)


def test_the_scan_fails_loudly_on_a_table_or_column_it_cannot_read(db, monkeypatch):
    introspection = connection.introspection
    names, describe = introspection.table_names, introspection.get_table_description

    def undescribable(cursor, table):
        if table == "auth_user":
            raise DatabaseError("no description")
        return describe(cursor, table)

    monkeypatch.setattr(introspection, "get_table_description", undescribable)
    with pytest.raises(AssertionError, match="cannot describe auth_user"):
        tables_holding("anything")

    # A table whose column cannot be read (here: a table that is not there).
    def with_a_missing_table(cursor=None, include_views=False):
        return [*names(cursor, include_views), "no_such_table"]

    def describe_it(cursor, table):
        return [SimpleNamespace(name="id")] if table == "no_such_table" else describe(cursor, table)

    monkeypatch.setattr(introspection, "table_names", with_a_missing_table)
    monkeypatch.setattr(introspection, "get_table_description", describe_it)
    # (A failed query spoils PostgreSQL's transaction: keep it to a savepoint.)
    with (
        pytest.raises(AssertionError, match=r"cannot read no_such_table\.id"),
        transaction.atomic(),
    ):
        tables_holding("anything")


def test_sign_in_records_are_erased_with_the_account(
    client, planted_member, unique_token, settings
):
    """On a site that keeps django-axes's logs too (failed and successful sign-ins), a member
    who mistyped a password on one device and signed in on another leaves no sign-in record
    once they withdraw."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    settings.AXES_DISABLE_ACCESS_LOG = False
    user = member_of(planted_member)
    email = user.get_username()
    user.set_password("member-pass-9876")
    user.save()
    phone = Client(REMOTE_ADDR="198.51.100.8")
    # Someone else mistyped too: their record is theirs, not the member's to erase.
    Client(REMOTE_ADDR="203.0.113.9").post(
        "/account/login/", {"username": "someone@else.example", "password": "wrong"}
    )
    failed = phone.post("/account/login/", {"username": email, "password": "wrong-guess"})
    assert failed.status_code == 200 and "Please enter a correct" in failed.content.decode()
    signed_in = client.post("/account/login/", {"username": email, "password": "member-pass-9876"})
    assert signed_in.status_code == 302
    # Positive control: each of axes's tables holds the member's email now.
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert model.objects.filter(username=email).exists(), model.__name__
    found = tables_holding(unique_token)
    for table in ("axes_accessattempt", "axes_accessfailurelog", "axes_accesslog"):
        assert any(hit.startswith(f"{table}.") for hit in found), (table, found)

    response = client.post("/account/withdraw/", {"byline": "keep", "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/account/withdrawn/"

    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert not model.objects.filter(username__iexact=email).exists(), model.__name__
    assert tables_holding(unique_token) == []
    assert AccessAttempt.objects.filter(username="someone@else.example").exists()
    assert AccessFailureLog.objects.filter(username="someone@else.example").exists()


def test_erasure_works_with_sign_in_records_kept_in_the_cache(planted_member, settings):
    """With Redis (production), django-axes keeps its records in the cache, which cannot delete
    one person's; the erasure goes on and the whole site cache is cleared after it."""
    from axes.handlers.proxy import AxesProxyHandler
    from axes.models import AccessAttempt

    AccessAttempt.objects.all().delete()  # none in the database on such a site
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    AxesProxyHandler.get_implementation(force=True)
    try:
        call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    finally:
        AxesProxyHandler.implementation = None
    assert not ProfilePage.objects.filter(pk=planted_member.pk).exists()
    assert ErasureReceipt.objects.count() == 1


def test_the_history_of_the_members_messages_is_erased(admin_client, planted_member):
    """A moderator dealt with the member's message in the admin (logged in its history): once
    the member is erased, neither the log entry nor the history report's line remains."""
    contact = ContactRequest.objects.get(profile=planted_member)
    edit_url = reverse("membership_contactrequest_modeladmin_edit", args=[contact.pk])
    assert admin_client.post(edit_url, {"status": "closed"}).status_code == 302
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ContactRequest),
        object_id=str(contact.pk),
    )
    history_url = reverse("wagtailadmin_reports:site_history")
    # Positive control: the moderator's action is logged and listed in the history report.
    assert entries.filter(action="wagtail.edit").exists()
    assert str(contact) in admin_client.get(history_url).content.decode()

    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())

    assert not ContactRequest.objects.filter(pk=contact.pk).exists()
    assert not entries.exists()
    history = admin_client.get(history_url)
    assert history.status_code == 200 and str(contact) not in history.content.decode()


def test_a_sign_in_typed_with_other_capitals_is_erased_too(planted_member, unique_token):
    """Phones capitalise the first letter of what is typed: the failed attempt holds the
    member's email all the same, and must go with the member."""
    from axes.models import AccessAttempt

    typed = member_of(planted_member).get_username().capitalize()
    phone = Client(REMOTE_ADDR="198.51.100.9")
    failed = phone.post("/account/login/", {"username": typed, "password": "not-my-password"})
    assert failed.status_code == 200
    assert AccessAttempt.objects.filter(username=typed).exists()  # positive control
    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())
    assert tables_holding(unique_token) == []


def test_an_external_search_index_is_told_even_when_it_does_not_update_itself(
    planted_member, settings, caplog
):
    """An external index (OpenSearch) with AUTO_UPDATE off never hears of the deletion by
    itself: erasure tells every backend. One that cannot be reached is logged (by page id,
    never the member's name) and the erasure goes on."""
    from . import recording_search

    recording_search.DELETED.clear()
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "replica": {"BACKEND": "tests.membership.recording_search.RecordingSearchBackend",
                    "AUTO_UPDATE": False},
        "down": {"BACKEND": "tests.membership.recording_search.UnreachableSearchBackend"},
    }  # fmt: skip
    pk = planted_member.pk
    erase_member(planted_member, erased_by=ErasureReceipt.ErasedBy.MODERATOR, former_member=False)
    assert [("ProfilePage", pk)] == recording_search.DELETED
    assert not ProfilePage.objects.filter(pk=pk).exists()
    (record,) = [r for r in caplog.records if r.name == "membership.erasure"]
    assert record.getMessage() == f"Could not remove profile {pk} from a search index."
    assert record.exc_info and "search server down" in str(record.exc_info[1])
    # The search library's own report of the same failure names the page by id, not the name.
    library = [r.getMessage() for r in caplog.records if r.name == "modelsearch.index"]
    assert any(f"<ProfilePage {pk}>" in message for message in library), library
    assert planted_member.title not in caplog.text


def test_the_logs_name_no_erased_member(client, planted_member, caplog):
    """Logs outlive an erasure. A profile's address is its slug, the member's name: every path
    under /network/ is logged with that segment as "*", Django's "Not Found" line too; and
    Wagtail's own lines ("Page deleted: …", "Unpublished: …") keep the page id, not the title."""
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.INFO, logger="lead.request")
    pk, slug, title = planted_member.pk, planted_member.slug, planted_member.title
    assert client.get(f"/network/{slug}/").status_code == 200
    assert client.get(f"/network/{slug}/photo/medium/").status_code == 200  # a public photo
    assert client.get("/network/").status_code == 200
    call_command("erase_member", str(pk), "--yes", stdout=io.StringIO())
    assert client.get(f"/network/{slug}/").status_code == 404

    messages = [record.getMessage() for record in caplog.records]
    access = [m for m in messages if m.startswith("GET ")]
    assert [m.rsplit(" ", 1)[0] for m in access] == [
        "GET /network/*/ 200",
        "GET /network/*/photo/medium/ 200",
        "GET /network/ 200",  # the directory itself keeps its address
        "GET /network/*/ 404",
    ]
    assert "Not Found: /network/*/" in messages
    assert f'Page deleted: "[title]" id={pk}' in messages
    assert any(m.startswith('Unpublished: "[title]"') for m in messages), messages
    assert slug not in caplog.text and title not in caplog.text
    assert title.split()[-1] not in caplog.text


def test_erasure_leaves_other_peoples_history_alone(admin_user, planted_member, make_profile):
    """Only the member's own messages' log entries go: another member's message history, and an
    entry about another kind of record that happens to share the message's number, stay. The
    moderator who acted keeps their history; the erased member's account is unlinked from any
    entry that names them."""
    from django.utils import timezone

    from network.models import Region

    contact = ContactRequest.objects.get(profile=planted_member)
    other = ContactRequest.objects.create(
        profile=make_profile("Another Member"), sender_name="Someone else",
        sender_email="else@example.com", purpose="other", message="Hello",
    )  # fmt: skip
    other_entry = ModelLogEntry.objects.log_action(other, "wagtail.edit", user=admin_user)
    same_number = ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Region), label="A region",
        action="wagtail.edit", object_id=str(contact.pk), timestamp=timezone.now(),
    )  # fmt: skip
    by_member = ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Region), label="Another region",
        action="wagtail.edit", object_id="999999", timestamp=timezone.now(),
        user=member_of(planted_member),
    )  # fmt: skip
    member_pk = member_of(planted_member).pk

    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())

    assert ModelLogEntry.objects.filter(pk__in=[other_entry.pk, same_number.pk]).count() == 2
    assert ModelLogEntry.objects.get(pk=other_entry.pk).user_id == admin_user.pk
    assert ModelLogEntry.objects.get(pk=by_member.pk).user_id is None
    assert not ModelLogEntry.objects.filter(user_id=member_pk).exists()


def test_every_photo_of_the_member_goes_even_beside_a_shared_one(
    make_profile, make_page, planted_member
):
    """The member's first photo is also used by another page (the editors'); their newer one is
    theirs alone. The shared one stays; the member's own goes, however the other references in
    the site happen to be numbered."""
    from wagtail.models import Page, ReferenceIndex

    Image = get_image_model()
    shared = planted_member.photo
    make_profile("Other Person", photo=shared, photo_alt_text="A photo")
    own = Image.objects.create(title="own", file=photo_upload())
    assert own.pk > shared.pk  # the shared one is looked at first
    ProfilePage.objects.filter(pk=planted_member.pk).update(photo=own)
    # Some other page refers to a page that happens to have the own photo's number.
    linking = make_page("Links to a page")
    page_type = ContentType.objects.get_for_model(Page)
    ReferenceIndex.objects.create(
        content_type=page_type, base_content_type=page_type, object_id=str(linking.pk),
        to_content_type=page_type, to_object_id=str(own.pk), model_path="body",
        content_path="body", content_path_hash=ReferenceIndex._get_content_path_hash("body"),
    )  # fmt: skip

    call_command("erase_member", str(planted_member.pk), "--yes", stdout=io.StringIO())

    assert Image.objects.filter(pk=shared.pk).exists()
    assert not Image.objects.filter(pk=own.pk).exists()


def test_mail_still_queued_for_the_member_is_erased_with_them(
    client, planted_member, unique_token, mail_queue
):
    """With the mail server down, mail to the member waits in the queue: a password link
    asked for their address and a message queued whole. Erasure takes it; other mail stays."""
    from django.core.mail import send_mail

    address = f"{unique_token}@example.com"
    mail_queue.server_down()
    client.post("/account/password/", {"email": address})
    send_mail("A note", f"For Name {unique_token}", None, [address])
    send_mail("Another note", "For someone else", None, ["someone@example.com"])
    mail_queue.run()  # each fails, and waits to be tried again
    assert len(mail_queue.waiting()) == 3
    assert any(hit.startswith("django_tasks_database") for hit in tables_holding(unique_token))

    erase_member(planted_member, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    assert tables_holding(unique_token) == []
    (other,) = mail_queue.waiting()
    assert other.args_kwargs["args"][0]["to"] == ["someone@example.com"]


def test_mail_queued_for_the_account_and_the_contact_address_is_erased_alike(
    planted_member, unique_token, mail_queue
):
    """A member whose relayed messages go to another address than the one they sign in with:
    mail waiting for either address goes with them. Other mail stays."""
    from django.core.mail import send_mail

    from membership.models import Membership

    relay = f"relay-{unique_token}@example.org"
    Membership.objects.filter(profile=planted_member).update(contact_email=relay)
    account = f"{unique_token}@example.com"
    assert member_of(planted_member).email == account
    mail_queue.server_down()
    send_mail("To the account", "A note", None, [account])
    send_mail("To the relay", "A note", None, [relay])
    send_mail("Another note", "For someone else", None, ["someone@example.com"])
    mail_queue.run()
    assert len(mail_queue.waiting()) == 3

    erase_member(planted_member, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    (other,) = mail_queue.waiting()
    assert other.args_kwargs["args"][0]["to"] == ["someone@example.com"]


def test_the_history_of_the_members_photo_is_erased_and_no_other(
    admin_user, planted_member, unique_token
):
    """An editor renamed the member's photo in the image library: that log entry (naming it)
    goes with the photo. Another image's history, and an entry about another kind of record
    that shares the photo's number, stay."""
    from django.utils import timezone

    from network.models import Region

    Image = get_image_model()
    photo = planted_member.photo
    photo.title = f"Photo {unique_token}"
    photo.save()
    ModelLogEntry.objects.log_action(photo, "wagtail.edit", user=admin_user)
    other = Image.objects.create(title="Editors' image", file=photo_upload())
    other_entry = ModelLogEntry.objects.log_action(other, "wagtail.edit", user=admin_user)
    same_number = ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Region), label="A region",
        action="wagtail.edit", object_id=str(photo.pk), timestamp=timezone.now(),
    )  # fmt: skip
    assert "wagtailcore_modellogentry.label" in tables_holding(unique_token)

    erase_member(planted_member, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    left = ModelLogEntry.objects.filter(label__icontains=unique_token)
    assert tables_holding(unique_token) == [], list(left.values("object_id", "action"))
    assert ModelLogEntry.objects.filter(pk__in=[other_entry.pk, same_number.pk]).count() == 2


def test_a_version_saved_before_profiles_had_photos_does_not_stop_erasure(planted_member):
    """A revision stored before the photo field existed has no "photo" at all: the erasure
    still goes through, photo and all."""
    revision = planted_member.revisions.order_by("pk").first()
    content = {k: v for k, v in revision.content.items() if k != "photo"}
    Revision.objects.filter(pk=revision.pk).update(content=content)
    photo_pk = planted_member.photo_id

    erase_member(planted_member, erased_by=ErasureReceipt.ErasedBy.MEMBER, former_member=False)
    assert not ProfilePage.objects.filter(pk=planted_member.pk).exists()
    assert not get_image_model().objects.filter(pk=photo_pk).exists()
    assert ErasureReceipt.objects.count() == 1
