"""Entry of WardBook(.exe) in the installer build: the desktop app (`--selftest` too)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: a process the app starts (the reader of a big import) runs this file again and
    # is sent to its task here, before the app is imported.
    multiprocessing.freeze_support()
    from desktop_app.ui.app import main

    sys.exit(main())
