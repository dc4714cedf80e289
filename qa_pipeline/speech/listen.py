"""What the second listen is asked to decode again (light: no model import)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ListenRequest:
    """An utterance to decode again, and the context to decode it with."""

    index: int  # into the transcript's utterances
    initial_prompt: str | None = None  # Whisper's prompt: what was said just before
