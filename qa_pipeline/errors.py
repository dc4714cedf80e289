"""Errors for bad input. Every message names the file and the field."""

from __future__ import annotations


class QAInputError(Exception):
    """Input that cannot be used: a file, and the field inside it that is wrong."""

    def __init__(self, source: str, field: str | None, message: str) -> None:
        self.source = str(source)
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}: {self.field}" if self.field else self.source
        return f"{where}: {self.message}"


class TranscriptError(QAInputError):
    """A transcript or metadata JSON that does not follow the contract."""


class RulePackError(QAInputError):
    """A rule pack, rule YAML or lexicon that cannot be loaded."""


class AudioError(QAInputError):
    """A recording that cannot be decoded or transcribed."""


class ModelNotInstalledError(RuntimeError):
    """The Whisper model is missing or corrupt."""
