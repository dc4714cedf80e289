"""How sure a finding is, and whether it needs listening before it counts.

confidence = the weakest match's score (literal 1.0 > listed mishearing >
sound > meaning) x the recogniser's trust in what the finding needs (where the
text came from audio: each selection's best-heard match, its lowest word
probability, and the surest set of selections the rule's condition holds on,
against the pack's `asr_trust`) x the dialogue's certainty (an identity
answer nobody could make out).

A finding needs listening when its confidence is below the pack's threshold,
or when it rests on an unclear identity answer: it is stored and reviewed
like the others, but it is not a violation until a reviewer confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qa_pipeline.domain.dialogue import DialogueState
from qa_pipeline.domain.findings import ListenCue, Match
from qa_pipeline.domain.transcript import Transcript, Utterance
from qa_pipeline.engine.dialogue import UnclearAnswer
from qa_pipeline.rulepack.schema import ConfidenceSettings


@dataclass(frozen=True, slots=True)
class Assessment:
    confidence: float
    needs_listening: bool
    asr_confidence: float | None
    seek: float | None
    listen: ListenCue | None


def clock(seconds: float) -> str:
    """00:04.5"""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


def assess(matches: list[Match], score: float, utterance: Utterance, state: DialogueState | None,
           unclear: UnclearAnswer | None, transcript: Transcript, settings: ConfidenceSettings,
           holds: Callable[[frozenset[str]], bool] | None = None) -> Assessment:
    """`holds`: the rule's condition on the names of the selections that matched (None: all of
    them are needed)."""
    words = [w for m in matches for w in utterance.words_in(m.start, m.end)]
    if words:
        heard: float | None = min(w.probability for w in words)
    else:
        heard = utterance.confidence  # the utterance's mean word probability, where it came from audio
    needed = _needed(matches, utterance, holds)
    trusted = heard if needed is None else needed
    asr = 1.0 if trusted is None else min(1.0, trusted / settings.asr_trust)
    dialogue = settings.unclear_answer if state == DialogueState.unclear else 1.0
    confidence = score * asr * dialogue
    listen: ListenCue | None = None
    if state == DialogueState.unclear and unclear is not None and unclear.question is not None:
        asked, answer = transcript.utterances[unclear.question], transcript.utterances[unclear.index]
        listen = ListenCue(reason=f"坐席在 {clock(asked.start)} 说的「{unclear.heard}」音近「{unclear.alike}」，"
                                  f"可能是在核实身份，对方答「{unclear.text}」，无法确认是否为债务人本人",
                           start=asked.start, end=answer.end)
    elif state == DialogueState.unclear and unclear is not None:
        answer = transcript.utterances[unclear.index]
        shown = f"（「{unclear.text}」）" if unclear.text else ""
        listen = ListenCue(reason=f"对方在 {clock(answer.start)} 的回答没有听清{shown}，无法确认是否为债务人本人",
                           start=answer.start, end=answer.end)
    elif confidence < settings.needs_listening_below:
        listen = ListenCue(reason=f"依据不够可靠（置信度 {confidence:.2f}），请听录音确认",
                           start=utterance.start, end=utterance.end)
    return Assessment(confidence=round(confidence, 3), needs_listening=listen is not None,
                      asr_confidence=heard, seek=_seek(matches, utterance), listen=listen)


def _needed(matches: list[Match], utterance: Utterance,
            holds: Callable[[frozenset[str]], bool] | None) -> float | None:
    """How surely the recogniser heard what the finding needs. A selection holds by any one of its
    matches, so it counts its best-heard match (the lowest word probability under it); the
    finding counts the surest set of selections on which the rule's condition still holds
    (`debt or amount`: 借款 heard at 0.9 carries it whatever became of 一万二 beside it).
    None without word times."""
    best: dict[str, float] = {}
    for m in matches:
        words = utterance.words_in(m.start, m.end)
        if words:
            p = min(w.probability for w in words)
            best[m.selection] = max(best.get(m.selection, 0.0), p)
    if not best:
        return None
    if holds is not None:
        for threshold in sorted(set(best.values()), reverse=True):
            if holds(frozenset(name for name, p in best.items() if p >= threshold)):
                return threshold
    return min(best.values())


def _seek(matches: list[Match], utterance: Utterance) -> float | None:
    """Seconds into the recording of the first flagged word (by its word time,
    or by its place in the text when the transcript has no word times)."""
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start)
    words = utterance.words_in(first.start, first.end)
    if words:
        return min(w.start for w in words)
    share = first.start / max(len(utterance.text), 1)
    return utterance.start + share * (utterance.end - utterance.start)
