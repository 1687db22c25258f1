import sys

from desktop_app.ui.app import main

sys.exit(main())
