"""The fault harness's steps: operations (ACTIONS) and faults (FAULTS), each
`name: (weight, the kind that switches it on or None for always, function(world))`.
The harness draws one per step from the seeded generator (fault_harness.World.play)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import WardbookError
from desktop_app.core.sync.transport import SyncError

if TYPE_CHECKING:
    from tests.sync.fault_harness import Laptop, World

Step = Callable[["World"], None]
CONTACT_KINDS = ("home_visit", "station_checkin", "phone_call", "self_report")


def _pick(world: World, laps: list[Laptop] | None = None) -> Laptop:
    return world.rng.choice(laps or world.laptops)


def _pick_pending(world: World) -> Laptop:
    """A laptop with changes to push, when there is one (a fault during its push means something)."""
    from desktop_app.core.sync.client import status

    return _pick(world, [lap for lap in world.laptops if status(lap.ws)["pending"]])


def _local(world: World, lap: Laptop, label: str, fn: Callable[[], Any],
           tracked: tuple[str, str, str | None] | None = None) -> bool:
    """A change made on a laptop, into the ledger; a change the core refuses is logged."""
    try:
        with world.ledger.writing(world, lap, label, tracked=tracked):
            fn()
    except WardbookError as e:
        world.log(f"{lap.name} {label} refused here: {type(e).__name__} {getattr(e, 'problems', '')}"[:200])
        world.count("refused_locally")
        return False
    world.log(f"{lap.name} {label}")
    world.count(label.split()[0])
    return True


def _value(world: World, field: str) -> str:
    world.names += 1
    if field == "full_name":
        return world.new_name()
    return {"occupation": "nghề", "note": "ghi chú", "current_address": "thôn"}[field] + f" {world.names}"


# -- operations ------------------------------------------------------------------------------------
def add(world: World, lap: Laptop | None = None) -> None:
    lap = lap or _pick(world)
    unit = world.rng.choice(world.communes) if lap.parent is None else None
    name = world.new_name()
    _local(world, lap, f"add {name!r}", lambda: lap.ws.persons.add({"full_name": name}, unit_code=unit))


def edit(world: World) -> None:
    lap = _pick(world)
    ids = world.live_ids(lap, "person")
    if not ids:
        return add(world)
    _edit(world, lap, world.rng.choice(ids), world.rng.choice(["occupation", "note", "current_address", "full_name"]))


def _edit(world: World, lap: Laptop, pid: str, field: str) -> None:
    value = _value(world, field)
    _local(world, lap, f"edit {pid[-8:]} {field}={value!r}", lambda: lap.ws.persons.update(pid, {field: value}),
           tracked=("person", pid, field))


def same_field(world: World) -> None:
    """Two or three laptops holding one person edit the same field: all before any of them syncs,
    or in turn, each syncing before and after its edit (each edit is then later than the one
    before it, and must win over it whatever the laptops' clocks say)."""
    unit = world.rng.choice(world.communes)
    holders = [lap for lap in world.laptops if lap.unit in (unit, world.province)]
    if len(holders) < 2:
        return edit(world)
    laps = world.rng.sample(holders, min(len(holders), world.rng.choice([2, 3])))
    common = set(world.live_ids(laps[0], "person", "AND unit_code = ?", unit))
    for lap in laps[1:]:
        common &= set(world.live_ids(lap, "person", "AND unit_code = ?", unit))
    if not common:
        return edit(world)
    pid, field = world.rng.choice(sorted(common)), world.rng.choice(["occupation", "note", "current_address"])
    in_turn = world.rng.random() < 0.5  # each syncs before and after its edit: the later saw the earlier
    for lap in laps:
        if in_turn:
            world.sync_one(lap)
        _edit(world, lap, pid, field)
        if in_turn:
            world.sync_one(lap)


def delete(world: World) -> None:
    lap = _pick(world)
    ids = world.live_ids(lap, "person")
    if not ids:
        return add(world)
    pid = world.rng.choice(ids)

    def go() -> None:
        for cid in world.live_ids(lap, "case_file", "AND person_id = ?", pid):
            lap.ws.cases.delete(cid)
        lap.ws.persons.delete(pid)

    _local(world, lap, f"delete person {pid[-8:]} (and its cases)", go, tracked=("person", pid, None))


def open_case(world: World) -> None:
    lap = _pick(world)
    ids = world.live_ids(lap, "person")
    if not ids:
        return add(world)
    pid = world.rng.choice(ids)
    start = world.today - dt.timedelta(days=world.rng.randint(30, 300))
    _local(world, lap, f"case for {pid[-8:]}", lambda: lap.ws.cases.open(
        {"person_id": pid, "category": "community_education", "start_date": start, "term_months": 6}))


def contact(world: World) -> None:
    lap = _pick(world)
    ids = world.live_ids(lap, "case_file")
    if not ids:
        return open_case(world)
    cid = world.rng.choice(ids)
    data = {"case_id": cid, "kind": world.rng.choice(CONTACT_KINDS),
            "date": world.today - dt.timedelta(days=world.rng.randint(0, 25)), "summary": "Gặp, nhắc nhở chấp hành"}
    _local(world, lap, f"contact on case {cid[-8:]}", lambda: lap.ws.visits.record_contact(data))


def transfer(world: World) -> None:
    """The province office moves a person and every record hanging off them to the other commune."""
    lap = world.laptops[0]
    ids = world.live_ids(lap, "person", "AND unit_code != ?", world.province)
    if not ids:
        return add(world)
    pid = world.rng.choice(ids)
    with lap.ws.db.read() as conn:
        unit = conn.exec_driver_sql("SELECT unit_code FROM person WHERE id = ?", (pid,)).scalar_one()
    to = next(c for c in world.communes if c != unit)

    def go() -> None:  # the person with their whole file, in one transaction
        lap.ws.transfers.move_person(pid, to, reason="Chuyển nơi cư trú")

    _local(world, lap, f"transfer {pid[-8:]} {unit}→{to}", go)


def sync_http(world: World) -> None:
    world.sync_one(_pick(world), pull_limit=world.rng.choice([2, 5, 1000]))


def bundle(world: World) -> None:
    world.bundle_detour(_pick(world))


# -- faults ----------------------------------------------------------------------------------------
def kill(world: World) -> None:
    """The server dies in the middle of a sync: after a push batch was applied and answered
    (before the pull), between two pull pages, or after committing a push whose reply never left."""
    world.server.ensure_up()
    lap = _pick_pending(world)
    where = world.rng.choice(["push", "pull", "commit"])
    if where == "commit":
        world.server.proc.faults(drop_replies=1, path="/sync/push")

    def hook(stage: str, done: int, total: int) -> None:
        if world.server.proc.running and ((where == "push" and stage == "push" and done > 0)
                                          or (where == "pull" and stage.startswith("pull:") and done > 0)):
            world.server.proc.kill()

    world.log(f"fault: server to be killed during {lap.name}'s sync ({where})")
    world.sync_one(lap, progress=hook, pull_limit=2)
    if world.server.proc.running:
        world.server.proc.kill()
    world.down_until = world.step + world.rng.randint(1, 4)
    world.log(f"fault: server killed, down until step {world.down_until}")
    world.count("kill")


def lost_reply(world: World) -> None:
    world.server.ensure_up()
    lap = _pick_pending(world)
    path = world.rng.choice(["/sync/push", "/sync/push", "/sync/pull"])
    world.server.proc.faults(drop_replies=1, path=path)
    world.log(f"fault: the next reply of {path} is lost ({lap.name} syncs)")
    world.sync_one(lap)
    world.server.proc.faults(drop_replies=0)
    world.count("lost_reply")


def _restore(world: World, new_epoch: bool) -> None:
    srv = world.server
    if not srv.snapshots or world.rng.random() < 0.35:
        srv.ensure_up()
        srv.snapshot()
        world.log(f"server backup #{len(srv.snapshots) - 1} taken")
        return
    i = world.rng.randrange(len(srv.snapshots))
    srv.restore(srv.snapshots[i], new_epoch)
    world.log(f"fault: server restored from backup #{i}{' + new-epoch' if new_epoch else ' (new-epoch forgotten)'}")
    world.count("restore")


def restore(world: World) -> None:
    _restore(world, True)


def restore_same_epoch(world: World) -> None:
    _restore(world, False)


def clone(world: World) -> None:
    """A commune laptop's register folder copied to another machine and opened there; the copy is
    enrolled again now, or once the server refuses it (device_cloned)."""
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF_PASSWORD, pin_today
    from tests.sync.fault_harness import Laptop

    if len(world.laptops) >= 7:
        return
    orig = _pick(world, [lap for lap in world.laptops if lap.parent is not None])
    n = len(world.laptops)
    dst = world.tmp / f"L{n}"
    shutil.copytree(orig.ws.data_dir, dst)
    ws = pin_today(Workspace.open(dst, "truong", CHIEF_PASSWORD), world.today)
    lap = Laptop(f"L{n}", ws, orig.unit, orig.parent, orig.role)
    lap.set_clock(orig.clock_ms)  # the copy runs where the original ran, for now
    world.laptops.append(lap)
    world.ledger.note_clone(orig, lap)
    world.log(f"fault: {orig.name}'s register copied as {lap.name}")
    world.count("clone")
    if world.rng.random() < 0.5:
        try:
            world.enroll(lap)
        except SyncError as e:
            world.log(f"{lap.name} enrollment failed: {e.code}")
    elif world.rng.random() < 0.7:  # both copies at work before anyone notices: the same field
        ids = world.live_ids(orig, "person")
        if ids:
            pid, field = world.rng.choice(ids), world.rng.choice(["occupation", "note", "current_address"])
            _edit(world, orig, pid, field)
            _edit(world, lap, pid, field)


def clock(world: World) -> None:
    from tests.sync.fault_harness import TWO_DAYS_MS

    lap = _pick(world)
    offset = world.rng.choice([TWO_DAYS_MS, -TWO_DAYS_MS, 0])
    lap.set_clock(offset)
    world.log(f"fault: {lap.name}'s clock {'true again' if not offset else f'{offset // 3600_000:+d} h'}")
    world.count("clock")


def stale_bundle(world: World) -> None:
    """A reply bundle imported again later (found again on the USB stick); a laptop that has
    none yet makes one first (so this fault works without the kind "bundle")."""
    laps = [lap for lap in world.laptops if len(lap.replies) >= 1]
    if not laps:
        world.bundle_detour(_pick(world))
        return
    lap = _pick(world, laps)
    world.import_reply(lap, world.rng.choice(lap.replies))
    world.count("stale_bundle")


ACTIONS: dict[str, tuple[float, str | None, Step]] = {
    "add": (3, None, add),
    "edit": (5, None, edit),
    "case": (2, None, open_case),
    "contact": (2, None, contact),
    "sync": (4, None, sync_http),
    "same_field": (3, "same_field", same_field),
    "delete": (1.5, "delete", delete),
    "transfer": (1, "transfer", transfer),
    "bundle": (1, "bundle", bundle),
}
FAULTS: dict[str, tuple[float, str, Step]] = {
    "kill": (1, "kill", kill),
    "lost_reply": (1, "lost_reply", lost_reply),
    "restore": (1, "restore", restore),
    "restore_same_epoch": (1, "restore_same_epoch", restore_same_epoch),
    "clone": (0.5, "clone", clone),
    "clock": (1, "clock", clock),
    "stale_bundle": (0.7, "stale_bundle", stale_bundle),
}
