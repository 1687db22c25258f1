"""The Vietnamese label tables the desktop app translates through Qt (contexts "Problems",
"Fields", "SyncErrors", …; i18n/update.py puts them in the .ts files with their English from
the catalogue). Every table is a view of one group of the one catalogue,
desktop_app/vocabulary/vi.po — nothing is worded here. Templates use {name} placeholders
filled from the Problem's params."""

from __future__ import annotations

from desktop_app.vocabulary import table

FIELDS_VI = table("field")

# The due list's kinds (CLI). A clearing or "never applied" date is a date that comes ("đến
# hạn"), never one that is late.
DUE_KINDS_VI = table("due_kind")
DATE_COMES_KINDS = frozenset({"record_clearing", "record_clearing_court", "never_applied"})
# An item's legal basis (DueItem.note_code, params such as {basis}; context "DueNotes").
DUE_NOTES_VI = table("due_note")

PROBLEMS_VI = table("problem")

# Labels the app shows beside the documents (contexts "Genders", "RecordKinds"): a person's
# gender, the kinds of a person file's timeline records.
GENDERS_VI = table("gender")

RECORD_KINDS_VI = table("record_kind")

# The audit log's actions and the kinds of things it names (contexts "AuditActions",
# "AuditEntities").
AUDIT_ACTIONS_VI = table("audit_action")

AUDIT_ENTITIES_VI = table("audit_entity")


# -- sync (DESIGN §4): SyncError codes, reasons the server gives for refusing a change, progress
# stages, synced tables. The CLI uses them as they are; the desktop app through translate()
# (contexts "SyncErrors", "SyncReasons", "SyncStages", "SyncTables").
SYNC_ERRORS_VI = table("sync_error")
SYNC_ERROR_FALLBACK_VI = SYNC_ERRORS_VI.pop("unknown")

SYNC_REASONS_VI = table("sync_reason")

SYNC_WARNINGS_VI = table("sync_warning")

SYNC_STAGES_VI = table("sync_stage")

SYNC_TABLES_VI = table("sync_table")

SYNC_ROLES_VI = table("sync_role")

SYNC_FIELDS_VI = table("sync_field")


def iso_date(value: object):
    """A problem parameter holding a date in the core's form ("2026-11-28") as a date; None
    for anything else. The CLI and the app show it in their own date format."""
    import datetime as dt

    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def sync_error_key(code: str | None) -> str:
    """The catalogue key of a SyncError code or a recorded last error ("internal_error:
    ValueError" → "internal_error")."""
    return (code or "").split(":", 1)[0].strip()


def local_time(iso: str | None):
    """A stored timestamp (UTC when it has no offset) as an aware datetime in this computer's
    time zone; None for none or for text that is not a timestamp."""
    import datetime as dt

    if not iso:
        return None
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone()


def local_time_text(iso: str | None) -> str:
    """A stored UTC timestamp ("2026-05-20T03:31:05+00:00") as this computer's local time,
    "20/05/2026 10:31"; "" for none, the text itself when it is not a timestamp."""
    t = local_time(iso)
    if t is None:
        return iso or ""
    return t.strftime("%d/%m/%Y %H:%M")
