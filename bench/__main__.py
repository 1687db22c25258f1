"""`python -m bench` (what `make bench` runs): bench.run's command line. A process a
figure starts (the workbook reader of the import) runs the main module again under `spawn`;
as `bench.__main__` it is not run again (as an installed app's light entry point is not)."""

import sys

from bench.run import main

if __name__ == "__main__":
    sys.exit(main())
