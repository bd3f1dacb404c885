# newsevents: `make run` sets everything up and runs the pipeline on the bundled sample
# articles; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE ?= data/warehouse.duckdb
export DAGSTER_HOME ?= $(CURDIR)/dagster_home
export NEWSEVENTS_WAREHOUSE ?= $(CURDIR)/$(WAREHOUSE)

.PHONY: setup run test ui manifest lock docs bench browser-deps test-browser lint clean

setup: $(VENV)/.installed dbt_project/target/manifest.json

# --compile-bytecode writes the .pyc files once: where PYTHONDONTWRITEBYTECODE is set (as on
# this project's machines) every process would compile its imports again: importing
# great_expectations took 18.6 s instead of 7.8, dbt 9.1 instead of 4.4 (each dbt invocation).
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

# The dbt manifest that dagster-dbt reads when it loads the definitions.
manifest dbt_project/target/manifest.json: $(VENV)/.installed $(shell find dbt_project -name '*.sql' -o -name '*.yml' -o -name '*.csv' | grep -v target/)
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --target-path target

run: setup
	$(BIN)/newsevents run --input data/sample --warehouse $(WAREHOUSE)

# The browser tests need Chromium (make test-browser); the default run deselects them.
# Three workers on two cores: the slow tests wait on subprocesses (dagster dev, dbt, the CLI)
# and on the one shared sample build, so a third worker fills those waits (17m38 -> 15m14).
# Whole files to a worker, in collection order: the tests marked slow first (tests/conftest.py).
test: setup
	$(BIN)/pytest -q -n 3 --dist loadfile --no-loadscope-reorder -m "not browser" --durations=15

ui: setup
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000

docs: setup
	cd dbt_project && ../$(BIN)/dbt docs generate --profiles-dir . --target-path target

bench: setup
	$(BIN)/newsevents bench

lint: setup
	$(BIN)/sqlfluff lint dbt_project/models

# Regenerate the pinned versions from the direct dependencies.
lock:
	$(BIN)/uv pip compile requirements.in --python-version 3.11 -o requirements.lock

# Debian's headless Chromium and its driver, for the browser tests (not needed by `make test`).
browser-deps:
	command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq chromium chromium-driver)

test-browser: setup browser-deps
	$(BIN)/pytest -q -m browser

clean:
	rm -rf $(VENV) dbt_project/target dbt_project/logs data/warehouse*.duckdb* dagster_home/storage dagster_home/history dagster_home/schedules dagster_home/logs
