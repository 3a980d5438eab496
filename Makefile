# genba — `make run` brings everything up; `make test` runs every suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN := UV_PYTHON_DOWNLOADS=never $(UV) run --frozen

.PHONY: help bootstrap run dev cluster services migrate demo test lint format openapi bench reliability mutants

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[1m%-10s\033[0m %s\n", $$1, $$2}'

bootstrap: ## install uv, Python dependencies, PostgreSQL and Redis if missing
	@scripts/bootstrap.sh

run: bootstrap ## build the SPA; start PostgreSQL, Redis, migrations, demo data, API, worker, sandbox
	@npm --prefix frontend run --silent build -- --logLevel warn
	@$(RUN) python -m tools.devstack run

dev: bootstrap ## like run, with auto-reload of the API and worker and Vite (proxying /api) for the SPA
	@$(RUN) python -m tools.devstack dev

cluster: bootstrap ## 2 APIs behind haproxy, 2 workers, Redis, PostgreSQL primary + replica under pg_auto_failover, the sandbox
	@scripts/bootstrap.sh --cluster
	@npm --prefix frontend run --silent build -- --logLevel warn
	@$(RUN) python -m tools.cluster

services: bootstrap ## only PostgreSQL and Redis, in the foreground
	@$(RUN) python -m tools.devstack services

migrate: bootstrap ## alembic upgrade head against the local (or configured) database
	@$(RUN) python -m tools.devstack migrate

test: lint ## lint, then every suite: pytest (real PostgreSQL, Redis, sandbox), Vitest, browser tests
	@scripts/bootstrap.sh --browser
	@scripts/test.sh

lint: bootstrap ## ruff, ruff format --check, mypy, OpenAPI drift, SPA client drift and TypeScript
	@$(RUN) ruff check .
	@$(RUN) ruff format --check .
	@$(RUN) mypy api tools tests migrations bench ccus_sandbox reliability
	@$(RUN) python -m api.openapi --check
	@$(RUN) python -m ccus_sandbox.openapi --check
	@npm --prefix frontend run --silent lint

format: bootstrap ## apply ruff's formatting and fixes
	@$(RUN) ruff format .
	@$(RUN) ruff check --fix .

bench: bootstrap ## benchmarks at the quick size (FULL=1 for the target sizes, PROFILE=1 to profile the API, ONLY="P6 P8" for some); P6, P8 on the cluster
	@scripts/bootstrap.sh --cluster
	@$(RUN) python -m bench $(if $(FULL),--full,) $(if $(PROFILE),--profile,) $(if $(ONLY),--only $(ONLY),)

reliability: bootstrap ## fault suites at full size (R1: 100,000 events, API killed, PostgreSQL restarted; R4: schemathesis, every phase, 120 examples per operation, 10,000+ cases; R9: failover on the cluster, two rounds); fold properties at 500 random examples
	@scripts/bootstrap.sh --cluster
	@$(RUN) python -m reliability --full
	@GENBA_PROPERTY_EXAMPLES=500 $(RUN) pytest tests/attendance/test_fold_properties.py -q --hypothesis-show-statistics

mutants: bootstrap ## mutation testing: curated mutants must die, pure modules' mutmut score ≥ 80 %, Stryker's score
	@$(RUN) python -m tools.mutants

openapi: bootstrap ## regenerate openapi/openapi.json, openapi/ccus-sandbox.json and the SPA's client
	@$(RUN) python -m api.openapi
	@$(RUN) python -m ccus_sandbox.openapi
	@npm --prefix frontend run --silent generate
