# newsline: `make run` replays the seeds end to end, `make test` runs the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.ONESHELL:

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QUERY ?= Idlib ceasefire
# make airflow AIRFLOW_ARGS="--port 8090 --home DIR"
AIRFLOW_ARGS ?=
export PIP_DISABLE_PIP_VERSION_CHECK := 1

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-13s %s\n", $$1, $$2}'

venv: $(STAMP) ## create .venv with the locked dependencies (requirements.lock)

# newsline (pipeline/, the runtime), then the development tooling (tools/: newsline_dev), both editable
$(STAMP): requirements.lock requirements-bootstrap.lock pyproject.toml tools/pyproject.toml
	set -euo pipefail
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r requirements-bootstrap.lock
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e tools
	touch $@

services: venv ## start local Kafka + Elasticsearch + the CoreNLP NER server (downloaded on first use), create topics and index
	$(BIN)/newsline services up

down: venv ## stop the local services
	$(BIN)/newsline services down

status: venv ## services, offsets, lag, documents, dead letters
	$(BIN)/newsline status

run: venv ## services up, replay seeds/ through the replay_seeds DAG (publish, drain, verify), summary, then search
	@set -euo pipefail
	$(BIN)/python -m newsline_dev.airflow.make_run --query "$(QUERY)"
	echo
	$(BIN)/newsline search "$(QUERY)" --limit 5
	echo
	echo "Services stay up. Search more: .venv/bin/newsline search \"...\"   Stop: make down"

# the suite's services (and the private ones its tests start) run the JIT's first tier only: services.jvm_options
test: export NEWSLINE_SERVICES_JVM_OPTIONS ?= ["-XX:TieredStopAtLevel=1"]
test: venv ## ruff + mypy + import layers, then unit, integration (real Kafka/Elasticsearch) and DAG tests
	set -euo pipefail
	# the services start while the lint runs (two jobs, each one's output printed whole when it ends); SIGTERM or
	# Ctrl-C reaches that make through the trap, then the test streams themselves (exec)
	$(MAKE) --no-print-directory -j2 --output-sync=target services lint & trap 'kill -TERM $$! 2>/dev/null' TERM INT
	wait $$!
	trap - TERM INT
	CI=$${CI:-} exec $(BIN)/python -m newsline_dev.test_streams

fuzz: venv ## property-based fuzzing of every parser and entry point, long profile (minutes; tests/*/test_fuzz_*.py)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests -m fuzz -q


lint: venv ## ruff + mypy + import layers
	$(BIN)/ruff check pipeline dags tests bench tools
	$(BIN)/mypy pipeline dags tools/newsline_dev tools/layers.py
	$(BIN)/python tools/layers.py

layers: venv ## imports that run up the layers or form a circle (tools/layers.py); exit 1 on any
	$(BIN)/python tools/layers.py

bench: services ## 2,000 synthetic articles: stage CPU, cpu limit, end to end, freshness (bench/results/throughput.json)
	$(BIN)/python -m bench.throughput

bench-ingest: services ## ingest from 10 local hosts against the politeness floor (bench/results/ingest.json)
	$(BIN)/python -m bench.ingest

bench-enrich: services ## enrichment: ms/article per step, composed vs alone, worker throughput and memory; events
	$(BIN)/python -m bench.enrich
	$(BIN)/python -m bench.events

bench-events: services ## cross-language events: event step ms/article (memory and Elasticsearch kNN store), P/R
	$(BIN)/python -m bench.events

bench-places: venv ## places: gazetteer load and memory, locations ms/article, accuracy on the labelled set
	$(BIN)/python -m bench.places

bench-ner: services ## entities CPU per article per language (spaCy, CoreNLP JVM), the server's memory; spaCy memory zones' cost
	$(BIN)/python -m bench.ner_languages
	$(BIN)/python -m bench.ner_vocabulary

bench-clusters: services ## story clusters: ms/article, distinct vs joining a 300-member story (real Elasticsearch)
	$(BIN)/python -m bench.clusters

chaos: venv ## kill -9 workers and the broker, freeze Elasticsearch on PRIVATE services; nothing lost (ARTICLES=10000); then the long fault tests (-m chaos)
	set -euo pipefail
	$(BIN)/python -m bench.chaos --articles $${ARTICLES:-10000}
	CI=$${CI:-} $(BIN)/python -m pytest tests -m chaos -q

soak: venv ## an hour of steady input on PRIVATE services: memory/descriptors of every worker process (SOAK_ARGS=...); then the long soak tests (-m soak)
	set -euo pipefail
	$(BIN)/python -m bench.soak $${SOAK_ARGS:-}
	CI=$${CI:-} $(BIN)/python -m pytest tests -m soak -q


bench-cli: venv ## CLI start-up: median wall time of `newsline --help` and `python -m pipeline --help`
	$(BIN)/python -m bench.cli_startup

bench-jvm: venv ## services.jvm_options: CPU of a private Kafka + Elasticsearch pair, full JIT vs first tier (bench/results/jvm_options.json)
	$(BIN)/python -m bench.jvm_options

airflow: services ## local Airflow (api-server, scheduler, dag-processor) running ingest_news; Ctrl-C/SIGTERM stops it all
	exec $(BIN)/python -m newsline_dev.airflow.local_airflow $(AIRFLOW_ARGS)

lock: venv ## re-resolve requirements.lock (dev) and requirements-runtime.lock (image) from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra airflow --extra dev --python-version 3.11 \
	  --overrides requirements-overrides.txt --generate-hashes --no-header -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra airflow --python-version 3.11 \
	  --overrides requirements-overrides.txt --generate-hashes --no-header -o requirements-runtime.lock

.PHONY: help venv services down status run test fuzz lint layers bench bench-ingest bench-enrich bench-places bench-events bench-ner bench-clusters bench-cli bench-jvm chaos chaos-cluster soak airflow lock

chaos-cluster: venv ## kill -9 a broker and an Elasticsearch node of a PRIVATE 3-broker/2-node cluster while articles flow
	$(BIN)/python -m bench.chaos_cluster
