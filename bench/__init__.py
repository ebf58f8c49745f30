"""Benchmarks of news-chat against the raw libraries it is built on.

`python -m bench` (or `make bench`) runs ingest, retrieval, answer, start-up and
memory benchmarks, each in its own process, prints one table per benchmark and
writes bench/results/results.json and bench/results/benchmarks.md. See README.md.
"""
