"""Exceptions the library raises; the CLI and the UI translate them for people.

Every message names what was expected and what was found, and the file, line or
setting involved, so that it can be shown as-is on one line.
"""

from __future__ import annotations


class RagError(Exception):
    """Base class: anything the user can act on."""


class ConfigError(RagError):
    """A setting has an invalid value."""


class IngestError(RagError):
    """One input (file or line) could not be read as an article."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class StoreError(RagError):
    """The index on disk cannot be used as asked (mismatch, damage)."""


class IndexMismatchError(StoreError):
    """The index was built with other settings than the current config."""


class ModelError(RagError):
    """A model file is missing, incomplete or corrupt, or cannot be loaded."""


class LLMError(RagError):
    """The language model failed: unreachable, too slow, or returned garbage."""


class InputError(RagError):
    """A question or upload is not acceptable (empty, too long, wrong type)."""
