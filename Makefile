# WardBook — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test soak bench lint clean system-deps installer installer-check i18n test-vn-path windows-deps windows-installer windows-installer-check

# System libraries Qt needs to start (offscreen in tests), and binutils (objdump) for PyInstaller;
# installed only when missing.
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
	  missing=""; \
	  for p in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core binutils; do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) i18n/update.py --release
	@touch $(STAMP)

# Translations (Qt Linguist): i18n/*.ts → i18n/*.qm, loaded at start by desktop_app.ui.i18n.
# The .qm files are built, not committed: at install, when a .ts is newer, and by `make i18n`,
# which first brings the .ts files up to date with the code (pyside6-lupdate; see i18n/update.py).
QM := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
i18n/%.qm: i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(STAMP)
	$(PY) i18n/update.py

run: $(STAMP) $(QM)
	$(VENV)/bin/wardbook-gui

# The suite on two processes where the machine has two cores (pytest-xdist; a test file stays on
# one worker: its module-wide servers and databases are made once). Each worker makes its own
# PostgreSQL databases, ports, temporary and settings folders. PYTEST_WORKERS=0 runs it on one.
PYTEST_WORKERS ?= auto
test: $(STAMP) $(QM)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n $(PYTEST_WORKERS) --maxprocesses 2 --dist loadfile
	@$(MAKE) --no-print-directory test-vn-path
	@$(MAKE) --no-print-directory installer-check
	@$(MAKE) --no-print-directory windows-installer-check

# The register, backups, restores, exports, reports, the CLI and the export pages once more with
# every temporary folder (data folders, backups, settings, TMPDIR) under a path with Vietnamese
# letters and spaces, as C:\Users\Nguyễn Văn A\… on Windows (WARDBOOK_TEST_ROOT, tests/conftest.py).
VN_BASE := $(CURDIR)/build/vn-path
VN_ROOT := $(VN_BASE)/Nguyễn Văn A/Dữ liệu WardBook
VN_TESTS := tests/unit/test_windows_safety.py tests/unit/test_windows_fonts.py tests/unit/test_security_backup.py \
  tests/unit/test_workspace_persons.py tests/unit/test_report_lists.py tests/unit/test_report_period.py \
  tests/unit/test_migrations.py tests/cli/test_cli.py tests/ui/test_exports.py tests/ui/test_reports_import.py \
  tests/unit/test_import_read_ahead.py
test-vn-path: $(STAMP) $(QM)
	rm -rf "$(VN_BASE)"
	WARDBOOK_TEST_ROOT="$(VN_ROOT)" QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(VN_TESTS)
	rm -rf "$(VN_BASE)"

# The one-folder build (build_installer.spec) in dist/WardBook/; PyInstaller comes from the
# `installer` extra. The compiled translations ($(QM)) go into the build.
INSTALLER_STAMP := $(VENV)/.installer
$(INSTALLER_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install -q -e '.[dev,installer]'
	@touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --log-level ERROR build_installer.spec

# Builds it and runs the built programs: the app's self-test (offscreen) and the CLI.
installer-check: installer
	dist/WardBook/WardBook --selftest
	dist/WardBook/wardbook-cli --version

# The Windows setup program (build_support/wardbook.nsi, NSIS): `make windows-installer` on a
# Windows machine after `make installer` gives dist/WardBook-<version>-setup.exe (the release
# workflow .github/workflows/windows.yml does it). Here, makensis comes from Debian's nsis and Wine
# from wine64, installed when missing (as root with apt-get, like system-deps).
VERSION = $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n1)
SETUP := dist/WardBook-$(VERSION)-setup.exe
windows-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
	  missing=""; \
	  for p in nsis wine64; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi
	@command -v makensis >/dev/null || { echo "makensis (NSIS 3) is needed: apt-get install nsis"; exit 1; }

windows-installer: windows-deps
	@test -f dist/WardBook/WardBook.exe || { echo "dist/WardBook/WardBook.exe missing: run 'make installer' on Windows first"; exit 1; }
	makensis -V2 -INPUTCHARSET UTF8 -DVERSION=$(VERSION) -DPAYLOAD="$(CURDIR)/dist/WardBook" \
	  -DOUTFILE="$(CURDIR)/$(SETUP)" build_support/wardbook.nsi

# Builds the setup here with the Linux one-folder build as a stand-in payload (dist/WardBook, made
# by `make installer` when missing — `make test` has just made it; its two programs renamed *.exe; this proves the script, not the Windows binaries), then installs, upgrades and
# uninstalls it silently under Wine (build_support/windows_setup_check.py) when Wine is there.
WIN_CHECK := build/windows-check
windows-installer-check: windows-deps $(if $(wildcard dist/WardBook/WardBook),,installer)
	rm -rf $(WIN_CHECK) && mkdir -p $(WIN_CHECK)
	cp -al dist/WardBook $(WIN_CHECK)/payload
	mv $(WIN_CHECK)/payload/WardBook $(WIN_CHECK)/payload/WardBook.exe
	mv $(WIN_CHECK)/payload/wardbook-cli $(WIN_CHECK)/payload/wardbook-cli.exe
	makensis -V2 -INPUTCHARSET UTF8 -DFAST -DVERSION=$(VERSION) -DPAYLOAD="$(CURDIR)/$(WIN_CHECK)/payload" \
	  -DOUTFILE="$(CURDIR)/$(WIN_CHECK)/WardBook-$(VERSION)-setup.exe" build_support/wardbook.nsi
	@if [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || command -v wine >/dev/null; then \
	  $(PY) build_support/windows_setup_check.py $(WIN_CHECK)/WardBook-$(VERSION)-setup.exe $(VERSION) $(WIN_CHECK)/wine; \
	else echo "Wine not available: the setup was built but not run"; fi
	rm -rf $(WIN_CHECK)

bench: $(STAMP)
	$(PY) -m bench

# The sync fault harness (tests/sync/fault_harness.py) over many seeds, every kind of operation
# and fault on, SQLite and PostgreSQL servers in turn; prints a summary and the line replaying
# each failing seed. SOAK_SEEDS (20), SOAK_MINUTES (0: no limit), SOAK_STEPS (80), SOAK_FIRST_SEED
# (1000), SOAK_KINDS (all), SOAK_BACKEND (both): see tests/sync/fault_soak.py.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.sync.fault_harness --soak

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
