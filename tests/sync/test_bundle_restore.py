"""A register that syncs only by files (no network reaches its office) after the server was
restored from a backup (issue 15, "Restores"): what the restore lost comes back from it as it
does from a networked laptop, in two trips of the files, and what it learns meanwhile never
overwrites what the server lost. Real server process (SQLite), real registers."""

from __future__ import annotations

import pytest

from desktop_app.core.sync.bundle import bundle_export, bundle_import
from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person
from tests.sync.conftest import tables
from tests.sync.test_bundles import server_import
from tests.sync.test_sync_truth import _backup, _restore


class Trips:
    """The files' trips of one register: export, the province's import, the reply's import."""

    def __init__(self, server, tmp_path):
        self.server, self.tmp, self.n = server, tmp_path, 0

    def __call__(self, ws):
        self.n += 1
        req, rep = self.tmp / f"req{self.n}.wbb", self.tmp / f"rep{self.n}.wbb"
        info = bundle_export(ws, req)
        r = server_import(self.server, req, rep)
        assert r.returncode == 0, r.stderr
        return info, bundle_import(ws, rep)


def _conflicts(ws) -> list[tuple]:
    return sorted((c["row_id"], c["field"], c["kept_value"], c["lost_value"]) for c in status(ws)["conflicts"])


@pytest.mark.parametrize("new_epoch", [False, True], ids=["forgot-new-epoch", "new-epoch"])
def test_a_register_that_syncs_by_files_gives_back_what_the_restore_lost(own_server, own_devices, tmp_path,
                                                                          new_epoch):
    trip = Trips(own_server, tmp_path)
    net = own_devices.commune("25101")  # the commune's other laptop, on the network
    usb = own_devices.commune("25101")  # this one: files only
    p1 = add_person(usb, "Đinh Văn Giấy")
    trip(usb)
    sync(net)
    _backup(tmp_path)
    p2 = add_person(usb, "Đinh Thị Sau Sao Lưu")  # acknowledged after the backup, then lost
    usb.persons.update(p1, {"note": "gặp ngày 3/12", "occupation": "thợ hàn"})
    trip(usb)
    _restore(own_server, tmp_path, new_epoch)
    # the network laptop, which never saw those, edits one field the lost edit changed, later,
    # and one this register set before the backup (the value it re-sends is the one replaced)
    net.persons.update(p1, {"occupation": "thợ sơn", "phone": "0912345678"})
    for i in range(12):  # enough that the counter passes the numbers this register holds
        add_person(net, f"Người Mới {i}")
    sync(net)

    _, first = trip(usb)  # the reply made from this register's old cursor: it learns the restore
    assert "server_restored" in first.warnings and not first.pulled
    assert status(usb)["last_error"] == "server_restored"  # shown until the next trip
    assert usb.persons.get(p1).occupation == "thợ hàn"  # nothing overwritten by the older state
    info, second = trip(usb)  # every row it holds, re-sent; then every row, pulled from the start
    assert info["restate"] and second.recovered and "server_restored" not in second.warnings
    assert status(usb)["last_error"] is None
    sync(net)
    assert tables(usb) == tables(net)
    assert usb.persons.get(p2).full_name == net.persons.get(p2).full_name == "Đinh Thị Sau Sao Lưu"
    assert net.persons.get(p1).note == "gặp ngày 3/12"
    assert net.persons.get(p1).occupation == "thợ sơn" and net.persons.get(p1).phone == "0912345678"
    # the lost edit that loses to the later one is shown on both laptops, once; the phone this
    # register re-sends as it stood before the backup is no conflict (the later edit replaced it)
    assert _conflicts(usb) == _conflicts(net) == [(p1, "occupation", "thợ sơn", "thợ hàn")]
    # and the next trips move nothing
    info, third = trip(usb)
    assert not info["restate"] and not third.recovered and not third.pulled and not third.warnings
    assert tables(usb) == tables(net)
    # and the unit's digest rebuilt from the re-pull matches the server's (a network sync's
    # end-of-sync check finds nothing to repair)
    assert set(sync(usb).checks.values()) == {"ok"}


def test_a_register_that_syncs_by_files_recovers_from_a_restore_that_lost_its_acknowledgements(
        own_server, own_devices, tmp_path):
    """The restored server expects an earlier sequence number from this register than its
    outbox starts at (the ops between were acknowledged, then lost): the first reply says so
    (seq_gap); the next trip re-sends every row and the unsent edits with it."""
    trip = Trips(own_server, tmp_path)
    net = own_devices.commune("25101")
    usb = own_devices.commune("25101")
    p1 = add_person(usb, "Hà Văn Chuỗi")
    trip(usb)
    _backup(tmp_path)
    usb.persons.update(p1, {"note": "lần một"})
    trip(usb)  # acknowledged, then lost
    _restore(own_server, tmp_path, False)
    usb.persons.update(p1, {"phone": "0987654321"})  # unsent when the restore is learnt
    _, first = trip(usb)
    assert first.warnings == ["server_restored"]  # the sequence gap is the restore's: no error of its own
    assert status(usb)["pending"] == 1  # the unsent edit stays until the server has it
    info, second = trip(usb)
    assert info["restate"] and second.recovered and status(usb)["pending"] == 0
    sync(net)
    p = net.persons.get(p1)
    assert (p.note, p.phone) == ("lần một", "0987654321")
    assert tables(usb) == tables(net)
