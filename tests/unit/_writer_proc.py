"""A writer process for the durability and online-backup tests (not a test module).

    python tests/unit/_writer_proc.py DATA_DIR USERNAME PASSWORD TAG [PAUSE_SECONDS]

Prints "STARTING" before it opens the register and "READY" once open, then adds people in a
loop; after each `persons.add` returns (the transaction has committed) it prints the new id,
flushed, so the parent knows exactly which writes reported success. Every fifth person is also
edited, so updates, outbox rows and audit rows are in flight when the parent kills it."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# What Workspace.open imports lazily (Alembic, the services) is imported here, before
# "STARTING", so the parent's random delays land in the unlock and the writes, not in imports.
import alembic.command  # noqa: E402,F401
import alembic.runtime.migration  # noqa: E402,F401
import alembic.script  # noqa: E402,F401

import desktop_app.core.services.persons  # noqa: E402,F401
from desktop_app.core.services.workspace import Workspace  # noqa: E402


def main() -> None:
    data_dir, username, password, tag = sys.argv[1:5]
    pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    rnd = random.Random()
    for mod in ("audit", "cases", "due", "export", "models", "reports", "sessions", "tips", "units",
                "users", "visits", "syncstate"):
        try:
            __import__(f"desktop_app.core.services.{mod}")
        except ImportError:
            pass
    print("STARTING", flush=True)
    ws = Workspace.open(Path(data_dir), username, password)
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        pid = ws.persons.add({
            "full_name": f"Người Ghi {tag} Số {i}",
            "current_address": f"Thôn {tag}, ngõ {i}",
            "note": "ghi chú " * rnd.randint(0, 240),  # up to 1920 chars (~2.2 kB): overflow pages
        }).created_id
        print(pid, flush=True)
        if i % 5 == 0:
            ws.persons.update(pid, {"phone": f"09{i:08d}"})
        if pause:
            time.sleep(pause)  # pacing of the writes (the caller's choice), not a wait for a condition


if __name__ == "__main__":
    main()
