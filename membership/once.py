"""Stored exactly once: what a join or contact form sends is kept with its submission key
(see forms.SubmittedOnceForm) under a unique constraint, so a double-click, a browser retry
or two POSTs racing each other store one record and send one set of emails."""

from django.db import IntegrityError, transaction


class AlreadyStored(Exception):
    """Raised inside `store()` to abandon it (rolling it back) when the key turns up."""


def stored(model, key):
    """True when a `model` row already holds this submission key."""
    return key is not None and model.objects.filter(submission_key=key).exists()


def store_once(model, key, store):
    """Run `store()` (which saves a `model` row with `submission_key=key`) in a transaction;
    return its result, or None when the key was already stored and nothing new was saved.

    The block is a savepoint when the caller already holds a transaction, so a unique
    violation rolls back only this work: PostgreSQL's "current transaction is aborted"
    state ends with it, and after-commit callbacks (emails) registered inside are dropped."""
    if stored(model, key):
        return None
    try:
        with transaction.atomic():
            return store()
    except AlreadyStored:
        return None
    except IntegrityError:
        # A concurrent POST of the same form committed first. Ask the database directly (a
        # fresh statement sees the other transaction's row): any other violation is a bug.
        if model.objects.filter(submission_key=key).exists():
            return None
        raise
