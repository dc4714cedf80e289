"""Errors for bad input. Every message names the file and the field."""

from __future__ import annotations

from pydantic import ValidationError


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


def first_validation_problem(exc: ValidationError, *, whole: str, unknown_field: str) -> tuple[str, str]:
    """The first problem pydantic found, as (dotted field path, message in plain words).

    `whole` names the field when the problem is with the whole object; `unknown_field` is the
    message for a field the model does not have (it may list the ones it does)."""
    err = exc.errors()[0]
    # validator functions show up in the path as "function-after[...]": not a field
    field = ".".join(str(p) for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if err["type"] == "missing":
        msg = "is required"
    elif err["type"] == "extra_forbidden":
        msg = unknown_field
    return field or whole, msg


def settings_problem(exc: BaseException) -> str | None:
    """A refused setting (a ValidationError of `config.Settings`) in one line, named as its environment
    variable; None for any other error."""
    if not isinstance(exc, ValidationError) or exc.title != "Settings":  # config.Settings: a layer errors cannot import
        return None
    field, message = first_validation_problem(exc, whole="", unknown_field="unknown setting")
    return f"configuration: QA_{field.upper()}: {message}" if field else f"configuration: {message}"
