# The two commands: `make demo` and `make test`. Both install what they need.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The bundled pack checked and its example sentences embedded into the local
# vector cache once, so the first scan (or test run) does not embed them.
PACK_STAMP := $(VENV)/.pack-checked
PACK_FILES := $(shell find rules lexicons -type f)

.PHONY: setup demo test test-fast lint bench clean

# The model check runs every time (a fraction of a second when the model is
# there), so a wiped model cache repairs itself.
setup: $(STAMP) $(PACK_STAMP)
	@$(PY) tools/install_model.py

$(PACK_STAMP): $(STAMP) $(PACK_FILES)
	$(PY) -m qa_pipeline rules check
	touch $(PACK_STAMP)

$(STAMP): pyproject.toml setup.py qa_pipeline/text/_kernels.pyx tools/install_system_deps.sh
	bash tools/install_system_deps.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: setup
	$(PY) -m qa_pipeline.evaluation.demo

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) data build *.egg-info

# Import layers (import-linter), lint (ruff) and types (mypy), as .ci/run runs them.
lint: setup
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check qa_pipeline api bench tests
	$(VENV)/bin/mypy

# The quick tier: no Whisper model, no service (PostgreSQL, Redis, Chromium), no fuzzing, no whole-corpus
# evaluation.
test-fast: setup
	$(PY) -m pytest -q -n 2 -m "not asr and not postgres and not celery and not browser and not fuzz and not corpus"
