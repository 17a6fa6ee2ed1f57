# Fresh machine: `make demo` runs the main job on the bundled sample pages, `make test`
# runs the tests. Both create .venv and install the project into it first.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean

$(STAMP): setup.cfg pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f out/corpus.db out/corpus.db-wal out/corpus.db-shm
	mkdir -p out
	$(BIN)/govnews ingest samples/corpus samples/pages --db out/corpus.db
	$(BIN)/govnews compare --indicator 调解成功率 --db out/corpus.db --plot out/调解成功率.png
	$(BIN)/govnews export --db out/corpus.db --table metrics --format csv -o out/metrics.csv
	$(BIN)/govnews export --db out/corpus.db --table metrics --format parquet -o out/metrics.parquet
	$(BIN)/govnews export --db out/corpus.db --table metrics --format dta -o out/metrics.dta

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_crawl.py

clean:
	rm -rf $(VENV) out
