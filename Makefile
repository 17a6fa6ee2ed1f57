# Fresh machine: `make demo` runs the main job on the bundled sample pages, `make test`
# runs the tests (and builds the documentation site). Both create .venv and install the
# project into it first; `make test` also installs the system packages the tests use
# (Chromium, a font with Chinese glyphs) when they are missing, or says the command to run.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test system-deps docs bench install clean

$(STAMP): setup.cfg pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/govnews demo --out out

system-deps:
	bash .ci/system-deps

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

docs: $(STAMP)
	$(BIN)/mkdocs build --strict

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_crawl.py

clean:
	rm -rf $(VENV) out site
