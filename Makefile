# Two entry points for a fresh machine: `make example` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python

.PHONY: setup example test bench-nlp bench-corpus clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

example: setup
	$(VENV)/bin/aldus analyze examples/bachmoet.txt

test: setup
	$(PY) -m pytest

bench-nlp: setup
	$(PY) benchmarks/nlp.py

bench-corpus: setup
	$(PY) benchmarks/corpus.py

clean:
	rm -rf $(VENV) build .pytest_cache
