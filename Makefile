# The two set-up commands of the README.  Both work on a fresh Debian machine with Python 3.11.
#   make run   - virtual environment, the gateway installed, what the readers need from Debian,
#                then the main job on embedded defaults
#   make test  - the same, plus what the tests need (Python extras, Dovecot, Chromium), then
#                ruff, mypy and the whole suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= demo-run

# What the parsers read with (the main job needs them): Tesseract with the Kazakh, Russian and
# English data for scans, LibreOffice Writer/Calc for .doc/.rtf/.odt/.xls/.ods (python3-uno: the
# Python the resident converter's host runs under), poppler for scanned PDFs, bsdtar
# (libarchive) for RAR members (Debian's unrar-free cannot).
RUN_PKGS := tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-eng \
	libreoffice-writer-nogui libreoffice-calc-nogui python3-uno poppler-utils libarchive-tools
# What the tests add: a real IMAP server, the browser the board's tests drive, and libfaketime
# (two instances with skewed clocks).
TEST_PKGS := $(RUN_PKGS) dovecot-imapd chromium faketime

# apt-get only for what is missing (as root, or through sudo)
define apt_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
	  | grep -q "ok installed" || echo $$p; done); [ -z "$$missing" ] || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; }
endef

.PHONY: venv run-deps test-deps run test lint bench clean

$(BIN)/gateway: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/gateway

venv: $(BIN)/gateway

run-deps:
	$(call apt_missing,$(RUN_PKGS))

test-deps: venv
	$(call apt_missing,$(TEST_PKGS))

run: venv run-deps
	$(BIN)/python -m gateway.cli.quickstart $(DEMO_DIR)

test: test-deps
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2

bench: test-deps
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
