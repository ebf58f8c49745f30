"""`python -m rag`: the same command line as the `rag` console script."""

from rag.cli import main

main()
