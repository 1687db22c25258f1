"""Entry of WardBook(.exe) in the installer build: the desktop app (`--selftest` too)."""

import sys

from desktop_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
