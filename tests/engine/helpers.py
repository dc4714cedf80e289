from __future__ import annotations

from qa_pipeline.domain.transcript import Transcript


def call(*turns: tuple[str, str], started_at: str = "2026-03-02T10:00:00+08:00", relation: str | None = None,
         timezone: str | None = None) -> Transcript:
    """A transcript from (speaker, text) turns."""
    callee = {}
    if relation:
        callee["relation"] = relation
    if timezone:
        callee["timezone"] = timezone
    return Transcript.model_validate({
        "call_id": "t", "started_at": started_at, "callee": callee,
        "utterances": [{"speaker": s, "start": i * 3.0, "end": i * 3.0 + 2.5, "text": t}
                       for i, (s, t) in enumerate(turns)]})


def categories(scanner, transcript, *, with_self_identification: bool = False) -> set[str]:
    """The categories found. Most short test calls never say who the agent is,
    so the call-level missing_self_identification is left out unless asked for."""
    found = {f.category for f in scanner.scan(transcript).findings if not f.needs_listening}
    return found if with_self_identification else found - {"missing_self_identification"}


CONFIRMED = (("agent", "您好，请问是王建国先生本人吗？"), ("customer", "对，是我。"))
