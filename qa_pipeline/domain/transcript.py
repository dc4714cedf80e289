"""The transcript contract (DESIGN.md "Transcript JSON") and its loader.

A transcript is the input of `scan` and the output of `transcribe`. Metadata
sidecars of recordings use the same fields without `utterances`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)

from qa_pipeline.domain.timezones import OffsetDateTime, TimezoneName
from qa_pipeline.errors import TranscriptError

CalleeRelation = Literal[
    "debtor", "spouse", "relative", "contact", "employer", "unknown", "co_borrower", "guarantor"
]
Speaker = Literal["agent", "customer"]


class Callee(BaseModel):
    model_config = ConfigDict(extra="allow")

    relation: CalleeRelation = "debtor"
    timezone: TimezoneName | None = None
    name: str | None = None


class Channels(BaseModel):
    """Which channel of a stereo recording carries which speaker."""

    agent: int = Field(0, ge=0, le=1)
    customer: int = Field(1, ge=0, le=1)

    @model_validator(mode="after")
    def _distinct(self) -> Channels:
        if self.agent == self.customer:
            raise ValueError("agent and customer must be on different channels")
        return self


class Word(BaseModel):
    """A word as the recogniser heard it: its time, its probability, and where
    it stands in the utterance's (normalized) text."""

    start: float = Field(ge=0)
    end: float = Field(ge=0)
    probability: float = Field(ge=0, le=1)
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)


class Utterance(BaseModel):
    model_config = ConfigDict(extra="allow")

    speaker: Speaker
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str
    # Set by transcription: the ASR was unsure of this utterance, its words'
    # mean probability, and the words with their times and probabilities.
    low_confidence: bool = False
    confidence: float | None = Field(None, ge=0, le=1)
    words: list[Word] = Field(default_factory=list)

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words overlapping characters [start, end) of the text."""
        return [w for w in self.words if w.char_start < end and start < w.char_end]

    @model_validator(mode="after")
    def _ordered(self) -> Utterance:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class CallMetadata(BaseModel):
    """Everything about a call except what was said (a recording's sidecar)."""

    model_config = ConfigDict(extra="allow")

    call_id: str = Field(min_length=1)
    started_at: OffsetDateTime
    callee: Callee = Field(default_factory=Callee)
    agent_id: str | None = None
    debtor_id: str | None = None
    team: str | None = None  # the agent's team, for reporting per team
    channels: Channels | None = None

    @model_serializer(mode="wrap")
    def _without_unset_team(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        # `team` came later: a call without one dumps exactly as before, so the content hash of a
        # transcript stored earlier (the identity of the call) stays the same.
        data = handler(self)
        if isinstance(data, dict) and data.get("team") is None:
            data.pop("team", None)
        return data

    @field_validator("callee", mode="before")
    @classmethod
    def _callee_may_be_null(cls, value: object) -> object:
        return {} if value is None else value


class Transcript(CallMetadata):
    utterances: list[Utterance] = Field(default_factory=list)
    # True when a mono recording's speakers were attributed by heuristics.
    roles_inferred: bool = False

    def metadata(self) -> CallMetadata:
        return CallMetadata.model_validate(self.model_dump(exclude={"utterances", "roles_inferred"}))


def _field_path(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(root)"


def _first_error(exc: ValidationError) -> tuple[str, str]:
    err = exc.errors()[0]
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if err["type"] == "missing":
        msg = "is required"
    return _field_path(err["loc"]), msg


def _read_json_object(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TranscriptError(str(path), None, f"cannot read file: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TranscriptError(str(path), None, "not UTF-8 text") from None
    except RecursionError:
        raise TranscriptError(str(path), None, "JSON nested too deep") from None
    except json.JSONDecodeError as exc:
        raise TranscriptError(str(path), None,
                              f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise TranscriptError(str(path), None, "expected a JSON object")
    return data


def parse_transcript(data: Any, source: str = "<transcript>") -> Transcript:
    if not isinstance(data, dict):
        raise TranscriptError(source, None, "expected a JSON object")
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        field, msg = _first_error(exc)
        raise TranscriptError(source, field, msg) from None


def parse_metadata(data: Any, source: str = "<metadata>") -> CallMetadata:
    if not isinstance(data, dict):
        raise TranscriptError(source, None, "expected a JSON object")
    try:
        return CallMetadata.model_validate(data)
    except ValidationError as exc:
        field, msg = _first_error(exc)
        raise TranscriptError(source, field, msg) from None


def load_transcript(path: str | Path) -> Transcript:
    path = Path(path)
    return parse_transcript(_read_json_object(path), str(path))


def load_metadata(path: str | Path) -> CallMetadata:
    path = Path(path)
    return parse_metadata(_read_json_object(path), str(path))


def read_json_object(path: str | Path) -> dict[str, Any]:
    """Read a JSON object from a file, with errors that name the file."""
    return _read_json_object(Path(path))
