"""The Workspace: the one facade that owns a register (DESIGN §2).

    ws = Workspace.open(data_dir, "chief", password)
    changes = ws.persons.add({"full_name": "Nguyễn Văn An", "birth_date": "1990"})
    page = ws.persons.search("nguyen van")

Every read and write goes through it; the UI and the CLI never build queries. Writes validate,
write domain rows + outbox + audit in one transaction and return `Changes`; reads return frozen
pydantic models.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar, cast

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DatabaseError
from sqlmodel import col

from desktop_app.core.domain.hlc import HybridClock
from desktop_app.core.domain.rules import SEED_RULES, RuleBook, RuleRow
from desktop_app.core.domain.settings import REGISTER_SETTINGS
from desktop_app.core.domain.vocab import Role, UnitLevel
from desktop_app.core.errors import (
    AuthenticationFailed,
    PermissionDenied,
    Problem,
    StoreError,
    ValidationFailed,
)
from desktop_app.core.ids import new_device_id, uuid7
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import Tx
from desktop_app.core.services.changes import Changes
from desktop_app.core.store import keyslots
from desktop_app.core.store.engine import classify_db_error, make_engine, migrate, needs_migration
from desktop_app.core.store.private import create_empty_private, private_dir, tighten_data_dir
from desktop_app.core.store.sealing import AccountKeys
from desktop_app.core.store.tables import AdminUnit, AppUser, Rule, SyncMeta

if TYPE_CHECKING:
    from desktop_app.core.services.backup import BackupService
    from desktop_app.core.services.batch import Batch

from desktop_app.core.paths import DB_NAME, SLOTS_NAME, register_exists  # noqa: F401 - re-exported

_S = TypeVar("_S")

BACKUP_DIR = "backups"
KEEP_MIGRATION_BACKUPS = 5

MIN_PASSWORD_LENGTH = 10


# What opening a register imports: the services (and through them the domain's pydantic
# schemas), the SQLCipher driver and SQLAlchemy's dialect for it.
_OPEN_IMPORTS = tuple(f"desktop_app.core.services.{m}" for m in (
    "audit", "cases", "due", "export", "models", "overview", "persons", "reports", "sessions",
    "syncstate", "tips", "units", "users", "visits")) + (
    "sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite.pysqlcipher")


# The register's settings (kept on this computer, not synced): declared in domain/settings.py.
SETTINGS = REGISTER_SETTINGS


def warm_up() -> None:
    """Imports what `Workspace.open` needs beyond this module, so that an app can pay for it
    while its login dialog waits for the password rather than after Enter (the desktop app
    calls it on its database thread at start)."""
    import importlib

    from sqlalchemy.orm import configure_mappers

    for name in _OPEN_IMPORTS:
        importlib.import_module(name)
    configure_mappers()  # the table classes' mappers, otherwise set up at the first query


def check_password_policy(username: str, password: str, field: str = "password") -> list[Problem]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem(field, "password_too_short", {"min": MIN_PASSWORD_LENGTH}))
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        problems.append(Problem(field, "password_needs_letter_and_digit"))
    if password.strip().casefold() == username.casefold():
        problems.append(Problem(field, "password_is_username"))
    return problems


class Workspace:
    def __init__(self, data_dir: Path, engine: Engine, slots: keyslots.SlotFile, data_key: bytes,
                 user: AppUser, keys: AccountKeys):
        self._local = threading.local()  # the batch() of each thread, if any
        self.data_dir = Path(data_dir)
        self.engine = engine
        self._slots = slots
        self._data_key = data_key
        self._keys = keys  # the signed-in account's own key pairs (store/sealing.py)
        # The register's root signing key and the signed-in account's certificate chain up to it
        # (services/accounts.py); None and () on a register made before certificates.
        self._root: bytes | None = None
        self._chain: tuple[str, ...] = ()
        self._op_chain_ok: str | None = None  # the op chain head checked as this account's (services/base.Tx)
        self.username = user.username
        self.full_name: str = user.full_name or user.username  # what people read; the login is for tooltips
        self.role = Role(user.role)
        self.user_unit = user.unit_code
        meta = self._meta_many(("register_id", "unit_code", "unit_name", "device_id", "hlc_last",
                                "server_clock_offset_ms", "server_clock_max_ahead_ms"))
        self.register_id: str = meta["register_id"]
        self.unit_code: str = meta["unit_code"]
        self.unit_name: str = meta.get("unit_name", "")
        self.device_id: str = meta["device_id"]
        self._clock = HybridClock(self.device_id, meta.get("hlc_last") or None)
        if meta.get("server_clock_offset_ms"):  # the clock bound, as the last sync learnt it
            self._clock.learn_server_time(int(meta["server_clock_offset_ms"]),
                                          int(meta.get("server_clock_max_ahead_ms") or -1))
        self.db = Database(self)
        self.rules = RuleBook(self._load_rules())
        self._attach_services()

    def _attach_services(self) -> None:
        from desktop_app.core.services.audit import AuditService
        from desktop_app.core.services.cases import CaseService
        from desktop_app.core.services.due import DueService
        from desktop_app.core.services.export import ExportService
        from desktop_app.core.services.models import ModelService
        from desktop_app.core.services.overview import OverviewService
        from desktop_app.core.services.persons import PersonService
        from desktop_app.core.services.reports import ReportService
        from desktop_app.core.services.sensitive import SensitiveKeys
        from desktop_app.core.services.sessions import SessionService
        from desktop_app.core.services.syncstate import SyncStateService
        from desktop_app.core.services.tips import TipService
        from desktop_app.core.services.transfers import TransferService
        from desktop_app.core.services.units import RuleService, UnitService
        from desktop_app.core.services.users import UserService
        from desktop_app.core.services.visits import VisitService

        self.persons = PersonService(self)
        self.cases = CaseService(self)
        self.visits = VisitService(self)
        self.sessions = SessionService(self)
        self.tips = TipService(self)
        self.models = ModelService(self)
        self.due = DueService(self)
        self.users = UserService(self)
        self.audit = AuditService(self)
        self.units = UnitService(self)
        self.rule_table = RuleService(self)
        self.reports = ReportService(self)
        self.exporter = ExportService(self)
        self.sync_state = SyncStateService(self)
        self.overview = OverviewService(self)
        self.transfers = TransferService(self)
        self.sensitive = SensitiveKeys(self)  # the unit's sensitive key, sealed fields (issue 16)

    @functools.cached_property
    def backups(self) -> "BackupService":
        """Backups of this register (services/backup.py), imported on first use: opening a
        register need not load the backup container's cryptography."""
        from desktop_app.core.services.backup import BackupService

        return BackupService(self)

    # -- opening and creating ------------------------------------------------------------------
    @classmethod
    def create(cls, data_dir: Path | str, *, unit_code: str, unit_name: str, admin: str,
               password: str, full_name: str = "", parent_code: str | None = None,
               kdf: dict[str, int] | None = None) -> "Workspace":
        """A new, empty register in `data_dir` with its first account (a chief for a commune,
        a province admin for a province office). Refuses when a register is already there."""
        data_dir = Path(data_dir)
        problems = check_password_policy(admin, password)
        unit_code = unit_code.strip()
        if not unit_code.isdigit() or len(unit_code) not in (2, 5):
            problems.append(Problem("unit_code", "unit_code_format", {"value": unit_code}))
        if not unit_name.strip():
            problems.append(Problem("unit_name", "required"))
        if parent_code is not None and not (parent_code.isdigit() and len(parent_code) == 2):
            problems.append(Problem("parent_code", "unit_code_format", {"value": parent_code}))
        from desktop_app.core.domain.schemas import UserIn, parse_input

        try:
            parse_input(UserIn, {"username": admin, "full_name": full_name})
        except ValidationFailed as e:
            problems += [Problem("admin", p.code, p.params) for p in e.problems]
        if problems:
            raise ValidationFailed(problems)
        if register_exists(data_dir):
            raise StoreError("register_exists", str(data_dir))
        private_dir(data_dir)  # 0700 before the first byte of the register is written
        level = UnitLevel.PROVINCE if len(unit_code) == 2 else UnitLevel.COMMUNE
        role = Role.PROVINCE_ADMIN if level == UnitLevel.PROVINCE else Role.CHIEF
        register_id = uuid7()
        key = keyslots.new_data_key()
        slots = keyslots.SlotFile.new(data_dir / SLOTS_NAME, register_id)
        keys = slots.put(admin, password, key, kdf)
        engine = make_engine(data_dir / DB_NAME, key)
        try:
            migrate(engine)
            with engine.connect().execution_options(write=True) as conn:
                with conn.begin():
                    for k, v in {"register_id": register_id, "unit_code": unit_code,
                                 "unit_name": unit_name.strip(), "device_id": new_device_id(),
                                 "created_at": dt.datetime.now(dt.UTC).isoformat(),
                                 "device_seq": "0"}.items():
                        conn.execute(SyncMeta.__table__.insert(), {"key": k, "value": v})  # type: ignore[attr-defined]
                    _seed_reference_data(conn, unit_code, unit_name.strip(), level, parent_code)
                    conn.execute(AppUser.__table__.insert(), {  # type: ignore[attr-defined]
                        "username": admin, "full_name": full_name, "role": role.value,
                        "unit_code": unit_code, "active": True, "must_change_password": False,
                        "created_at": dt.datetime.now(dt.UTC)})
        except Exception:
            engine.dispose()
            shutil.rmtree(data_dir / DB_NAME, ignore_errors=True)
            for p in data_dir.glob(DB_NAME + "*"):
                p.unlink(missing_ok=True)
            raise
        slots.set_database_salt(keyslots.database_salt(data_dir / DB_NAME))  # ties slots to this file
        slots.save()  # only now: a half-made register has no slot file and can be made again
        tighten_data_dir(data_dir)
        user = AppUser(username=admin, full_name=full_name, role=role.value, unit_code=unit_code)
        ws = cls(data_dir, engine, slots, key, user, keys)
        from desktop_app.core.services import accounts

        with ws._write() as tx:
            tx.audit("register_created", "register", register_id, None,
                     {"unit_code": unit_code, "unit_name": unit_name})
            tx.audit("user_added", "user", admin, None, {"role": role.value})
            root_cert = accounts.create_root(ws, tx)  # the first account is the register's root
            slots.save()
        accounts.pin_root(ws, [root_cert])
        ws.sensitive.at_login()  # the register's sensitive key, granted to its first account
        return ws

    @classmethod
    def open(cls, data_dir: Path | str, username: str, password: str) -> "Workspace":
        """Unlocks the register with one account's password. Raises AuthenticationFailed (wrong
        password, unknown or locked account) or StoreError (no register, damaged file)."""
        data_dir = Path(data_dir)
        tighten_data_dir(data_dir)  # a folder made by an older version (or a copy) is tightened
        slots = keyslots.SlotFile.load(data_dir / SLOTS_NAME)
        db = data_dir / DB_NAME
        slots.check_database(db)  # keyslots_mismatch, before any password is tried
        key, keys = keyslots.unlock_account(slots, username, password)
        if not db.exists():
            raise StoreError("database_missing", str(db))
        try:
            engine = make_engine(db, key)
        except StoreError as e:
            if e.code == "not_a_register" and slots.database_salt:
                # The slots were written for this very file, so the key is right: page damage.
                raise StoreError("database_corrupt", str(e)) from e
            raise
        try:
            with engine.connect() as conn:
                try:
                    reg = conn.execute(text("SELECT value FROM sync_meta WHERE key='register_id'")).scalar()
                except Exception as e:  # noqa: BLE001 - any failure here means "not ours"
                    raise StoreError("not_a_register", str(e)) from e
            if reg != slots.register_id:
                raise StoreError("keyslots_mismatch", "key slots belong to another register")
            if needs_migration(engine):
                backup_before_migration(data_dir, engine)
                migrate(engine)
            from desktop_app.core.services import accounts

            with engine.connect() as conn:
                row = conn.execute(select(AppUser).where(col(AppUser.username) == username)).first()
                if row is None or not row.active:
                    slots.record_failure(username, "account_disabled")
                    slots.save()
                    raise AuthenticationFailed("account_disabled")
                user = AppUser.model_validate(row._mapping)
                try:  # the account's certificate, back to the register's root (issue 16)
                    check = accounts.check_login(conn, slots, user, keys, slots.register_id)
                except AuthenticationFailed as e:
                    slots.record_failure(username, e.reason)
                    slots.save()
                    raise
            ws = cls(data_dir, engine, slots, key, user, keys)
            ws._root, ws._chain = check.root, check.chain
            if check.mode == "establish":
                accounts.establish(ws)
            # (entitled roles) the sensitive key: created, repaired, granted; an upgraded
            # register's plaintext sealed, its unsent ops too — before they are signed below
            ws.sensitive.at_login()
            pending = slots.take_pending_audit()
            with ws._write() as tx:
                for p in pending:
                    tx.audit("login_failed", "user", p["username"], None,
                             {"reason": p["reason"], "failures": p["failures"],
                              "attempted_at": dt.datetime.fromtimestamp(p["at"], dt.UTC).isoformat()},
                             username=p["username"])
                tx.audit("login", "user", username, None, {})
                from desktop_app.core.services.authorship import stamp_legacy

                stamp_legacy(tx)  # this account's ops of before authors were recorded (issue 16.3)
            slots.clear_failures(username)
            slots.save()
        except (DatabaseError, sqlite3.DatabaseError) as e:
            engine.dispose()
            _raise_disk_errors(e)
            raise
        except BaseException:
            engine.dispose()
            raise
        return ws

    @property
    def root_sign_pub(self) -> bytes | None:
        """The register's root of account certificates (Ed25519 public key; services/accounts.py),
        None on a register made before certificates and not yet certified by its creator."""
        return self._root

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[Tx]:
        """One write transaction (BEGIN IMMEDIATE): everything inside commits or nothing does.
        Inside `batch()` on this thread, a savepoint of the batch's transaction instead."""
        current = getattr(self._local, "batch", None)
        if current is not None:
            with current.write() as tx:
                yield tx
            return
        with self.engine.connect().execution_options(write=True) as conn:
            try:
                with conn.begin():
                    tx = Tx(self, conn)
                    yield tx
                    tx.finish()
            except Exception as e:
                _raise_disk_errors(e)
                raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        current = getattr(self._local, "batch", None)
        if current is not None:  # see the batch's own uncommitted writes
            current.wait()
            yield current.conn
            return
        try:
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn
        except (DatabaseError, sqlite3.DatabaseError) as e:
            _raise_disk_errors(e)
            raise

    @contextlib.contextmanager
    def batch(self, *, rollback: bool = False) -> Iterator["Batch"]:
        """Group many service writes of this thread into one transaction (see batch.py).
        With `rollback=True` nothing is kept: a dry run."""
        from desktop_app.core.services.batch import Batch

        if getattr(self._local, "batch", None) is not None:
            raise RuntimeError("batches do not nest")
        with self.engine.connect().execution_options(write=True) as conn:
            b = Batch(self, conn, rollback)
            b.begin()
            self._local.batch = b
            try:
                yield b
                try:
                    b.wait()  # the writer thread's error (batch.py) is the block's
                except Exception as e:
                    _raise_disk_errors(e)
                    raise
            except BaseException:
                b.abort()
                raise
            else:
                if rollback:
                    b.abort()
                else:
                    try:
                        b.commit()
                    except Exception as e:
                        _raise_disk_errors(e)
                        raise
            finally:
                self._local.batch = None
                b.close()

    def extension(self, factory: Callable[["Workspace"], _S]) -> _S:
        """The one instance, for this Workspace, of a service built on it by a layer above the
        services (reports, …), which the Workspace cannot import: `factory(ws)` on first use."""
        services = self.__dict__.setdefault("_extensions", {})
        if factory not in services:
            services[factory] = factory(self)
        return cast(_S, services[factory])

    # -- permissions and scope ----------------------------------------------------------------
    def can(self, action: str) -> bool:
        return perm.allowed(self.role, action)

    def require(self, action: str) -> None:
        if not self.can(action):
            raise PermissionDenied(action, self.role.value)

    def scope_units(self) -> list[str] | None:
        """Units this user may read and write; None means every unit in the register."""
        if self.can(perm.ALL_UNITS):
            return None
        return [self.user_unit]

    def check_unit(self, unit_code: str) -> None:
        scope = self.scope_units()
        if scope is not None and unit_code not in scope:
            raise PermissionDenied(f"write unit {unit_code}", self.role.value)

    def default_unit(self) -> str:
        return self.user_unit

    # -- settings of this register (kept on this computer, not synced) -------------------------
    def setting(self, name: str) -> int:
        """A setting's value (SETTINGS), its default until the chief changes it."""
        value: int = SETTINGS[name].parse(self.meta(name))
        return value

    def set_settings(self, values: dict[str, int]) -> Changes:
        """The chief's choices (each within its SETTINGS range), in one transaction; each
        change audited with the value before."""
        self.require(perm.EDIT_RULES)
        problems = []
        for name, value in values.items():
            spec = SETTINGS.get(name)
            if spec is None:
                problems.append(Problem(name, "unknown_setting"))
            elif not spec.valid(value):
                problems.append(Problem(name, "value_out_of_range", {"min": spec.lo, "max": spec.hi}))
        if problems:
            raise ValidationFailed(problems)
        before = {name: self.setting(name) for name in values}
        with self._write() as tx:
            for name, value in values.items():
                if before[name] == value:
                    continue
                tx.conn.execute(text("INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                {"k": name, "v": str(value)})
                tx.audit("setting_changed", "setting", name, None, {"before": before[name], "after": value})
        self.sensitive.invalidate()  # seal_for_province decides the recipients
        return Changes(settings=True)

    # -- meta --------------------------------------------------------------------------------
    def _meta_many(self, keys: tuple[str, ...]) -> dict[str, str]:
        """These keys of sync_meta (which also holds a sync's cursors, digests and conflicts)."""
        with self._read() as conn:
            return {k: v for k, v in conn.execute(select(col(SyncMeta.key), col(SyncMeta.value))
                                                  .where(col(SyncMeta.key).in_(keys))).all()}

    def meta(self, key: str, default: str = "") -> str:
        with self._read() as conn:
            value = conn.execute(select(col(SyncMeta.value)).where(col(SyncMeta.key) == key)).scalar()
        return default if value is None else value

    def _load_rules(self) -> list[RuleRow]:
        with self._read() as conn:
            rows = conn.execute(select(Rule.__table__)).mappings().all()  # type: ignore[attr-defined]
        return [RuleRow(r["key"], json.loads(r["value_json"]), r["category"], r["valid_from"],
                        r["valid_to"], r["basis"], r["note"]) for r in rows]

    def today(self) -> dt.date:
        return dt.date.today()


class Database:
    """The register's transactions and clock, for the core packages that work beside the
    services (sync, …): `ws.db.read()` and `ws.db.write()` are the very transactions the
    services use, so a sync's writes get the same outbox, audit chain and disk-error handling.

        with ws.db.read() as conn: ...       # a read transaction (a snapshot, WAL)
        with ws.db.write() as tx: ...        # BEGIN IMMEDIATE; tx.conn, tx.audit(...)
    """

    def __init__(self, ws: Workspace):
        self._ws = ws

    def read(self) -> contextlib.AbstractContextManager[Connection]:
        """A read transaction on this thread's connection (the batch's, inside `ws.batch()`)."""
        return self._ws._read()

    def write(self) -> contextlib.AbstractContextManager[Tx]:
        """A write transaction: everything inside commits or nothing does."""
        return self._ws._write()

    @property
    def engine(self) -> Engine:
        """For work that needs a connection of its own for long (a pull's pages, a checkpoint)."""
        return self._ws.engine

    @property
    def clock(self) -> HybridClock:
        """This register's hybrid logical clock (advanced by every change and every pull)."""
        return self._ws._clock

    @property
    def data_key(self) -> bytes:
        """The register's SQLCipher key, for the core's own file tools that open a copy of the
        database themselves (backups) and for the bench. Never shown, logged or written out."""
        return self._ws._data_key

    def renew_device_id(self, conn: Connection, device_id: str | None = None) -> str:
        """A new device id (`device_id`, or a fresh one), in sync_meta (in the caller's write
        transaction) and in the clock from now on, which keeps its time: for a register enrolled
        again, so that two copies of one register never stamp different edits with equal HLCs.
        Returns the new id."""
        ws = self._ws
        device_id = device_id or new_device_id()
        ws.device_id = device_id
        ws._clock.device = device_id  # same time, wall and clock bound
        conn.execute(text("INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     [{"k": "device_id", "v": device_id}, {"k": "hlc_last", "v": ws._clock.last}])
        return device_id


def _raise_disk_errors(e: BaseException) -> None:
    """Storage failures (disk full, I/O error, a damaged page) become StoreError with a code;
    anything else is left to the caller."""
    err = classify_db_error(e)
    if err is not None:
        raise err from e


def _seed_reference_data(conn: Connection, unit_code: str, unit_name: str, level: UnitLevel,
                         parent_code: str | None) -> None:
    from desktop_app.core.domain.units import PROVINCES_2025
    from desktop_app.core.textvn import fold

    for code, name in PROVINCES_2025.items():
        conn.execute(AdminUnit.__table__.insert(), {  # type: ignore[attr-defined]
            "code": code, "name": name, "level": "province", "parent_code": None, "scheme": "2025",
            "valid_from": dt.date(2025, 7, 1), "valid_to": None, "successor_code": None,
            "name_folded": fold(name)})
    if level == UnitLevel.COMMUNE:
        conn.execute(AdminUnit.__table__.insert(), {  # type: ignore[attr-defined]
            "code": unit_code, "name": unit_name, "level": "commune", "parent_code": parent_code,
            "scheme": "2025", "valid_from": dt.date(2025, 7, 1), "valid_to": None,
            "successor_code": None, "name_folded": fold(unit_name)})
    for r in SEED_RULES:
        conn.execute(Rule.__table__.insert(), {  # type: ignore[attr-defined]
            "key": r.key, "category": r.category, "value_json": json.dumps(r.value, ensure_ascii=False),
            "valid_from": r.valid_from, "valid_to": r.valid_to, "basis": r.basis, "note": r.note})


def backup_before_migration(data_dir: Path, engine: Engine) -> Path:
    """An encrypted copy of the register (same key) before the schema changes; keeps the last
    KEEP_MIGRATION_BACKUPS copies."""
    out_dir = data_dir / BACKUP_DIR
    private_dir(out_dir)
    # Microseconds: two migrations in one second must not collide (VACUUM INTO refuses an
    # existing file); the name still sorts by time.
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = out_dir / f"pre-migration-{stamp}.db"
    create_empty_private(target)  # VACUUM INTO writes into an empty file and keeps its 0600
    raw = engine.raw_connection()
    try:
        raw.execute("VACUUM INTO ?", (str(target),))  # keeps the key: SQLCipher encrypts it
    finally:
        raw.close()
    olds = sorted(out_dir.glob("pre-migration-*.db"))
    for old in olds[:-KEEP_MIGRATION_BACKUPS]:
        old.unlink(missing_ok=True)
    os.sync() if hasattr(os, "sync") else None
    return target
