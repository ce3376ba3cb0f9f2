# Every target bootstraps .venv (python3.11+) with `pip install -e .[dev]` when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: test test-integration regen check-generated audit bench clean-venv

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("yamlgrad needs python3.11+, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# The fast loop, and the integration tests (see tests/conftest.py); CI runs both. --dist loadfile keeps
# a module on one worker: the fuzz module's last test adds up the cases its other tests ran.
test: $(STAMP)
	$(PY) -m pytest -n auto --dist loadfile -m "not integration"

test-integration: $(STAMP)
	$(PY) -m pytest -n auto --dist loadfile -m integration

# The generator runs as the top-level package `codegen` (from this folder), so it never imports
# yamlgrad: a broken generated module cannot stop the run that repairs it.
regen: $(STAMP)
	$(PY) -m codegen derivatives.yaml --core

check-generated: $(STAMP)
	$(PY) -m codegen derivatives.yaml --core --check

audit: $(STAMP)
	$(PY) -m yamlgrad.audit

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean-venv:
	rm -rf $(VENV)
