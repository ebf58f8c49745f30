"""The eval suite: gold cases (data) plus a runner and small metric functions.

`eval.dataset` loads cases, `eval.metrics` scores one case at a time and aggregates,
`eval.runner` runs the real pipeline over a dataset and writes the report,
`eval.report` renders report.md (and charts), `eval.cli` is `rag eval`. It imports
`rag`; `rag` never imports it.
"""
