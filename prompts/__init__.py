"""Prompt templates, one text file each, loaded by name (`rag.prompts.Prompts`).

This folder is installed as the package `rag.templates` (see pyproject.toml), so the
templates ship with news-chat; no prompt text lives in Python.
"""
