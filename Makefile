# The two set-up commands of the README.  Both work on a fresh Debian machine with Python 3.11.
#   make run   - virtual environment, the gateway installed, the main job on embedded defaults
#   make test  - what the tests need (Python extras, Dovecot from Debian), then the whole suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= demo-run

.PHONY: venv test-deps run test lint bench clean

$(BIN)/gateway: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/gateway

venv: $(BIN)/gateway

test-deps: venv
	@{ command -v dovecot && command -v chromium; } >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq dovecot-imapd \
	    chromium >/dev/null; }

run: venv
	$(BIN)/python -m gateway.cli.quickstart $(DEMO_DIR)

test: test-deps
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: test-deps
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_DIR) build *.egg-info
