"""The second listen: before findings are stored, hear again the audio behind
each candidate finding, carefully, and keep only what still holds.

The first pass decodes packed windows in a batch, which is fast but can
mishear a short or soft utterance. Here each utterance a finding rests on
(the flagged utterance, and for an identity finding the callee's answer
it rests on) is decoded on its own with wider padding, a full beam
search and temperature fallback (`Transcriber.relisten`), and the call is
scanned again with the second readings in place:

- the finding is found again: it stays as first found, with both readings
  in its evidence when they differ;
- it is not found again and the second reading is confident (not marked
  unsure, and heard at least as surely as the first): it is dropped;
- it is not found again but the second reading is unsure too, or less sure
  than the first (beam search and temperature fallback can hear worse): it
  stays, marked `needs_listening`, its confidence halved, both readings in
  evidence.

At most `second_listen_max` utterances are decoded again per call, in the
order of the findings. Findings are never added by the second listen.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, runtime_checkable

from qa_pipeline.config import Settings
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.dialogue import DialogueState
from qa_pipeline.domain.findings import CallFindings, Finding, ListenCue, Reading
from qa_pipeline.domain.transcript import Transcript, Utterance
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.confidence import clock
from qa_pipeline.speech.audio import DecodedAudio, decode_audio
from qa_pipeline.speech.listen import ListenRequest

log = logging.getLogger(__name__)

# A finding the second reading no longer supports, but cannot rule out, keeps this share of its confidence.
_DOWNGRADE = 0.5


@runtime_checkable
class Relistener(Protocol):
    def relisten(self, audio: DecodedAudio, transcript: Transcript, requests: Sequence[ListenRequest],
                 pad_s: float) -> dict[int, Utterance]: ...


@dataclass(frozen=True, slots=True)
class SecondListen:
    """The findings after the second listen, and what it did."""

    findings: CallFindings
    redecoded: int = 0
    kept: int = 0
    dropped: int = 0
    downgraded: int = 0


def _answer_index(transcript: Transcript, finding: Finding) -> int | None:
    """The callee's answer an identity finding rests on: the unclear answer
    its evidence cues, or else the last customer turn before the flagged one."""
    if finding.category != "identity_not_confirmed" or finding.utterance_index is None:
        return None
    cue = finding.evidence.listen
    utterances = transcript.utterances
    if finding.evidence.dialogue_state == DialogueState.unclear and cue is not None:
        for i, u in enumerate(utterances):
            if u.speaker == "customer" and u.start == cue.start and u.end == cue.end:
                return i
    before = [i for i in range(finding.utterance_index) if utterances[i].speaker == "customer"]
    return before[-1] if before else None


def _behind(transcript: Transcript, finding: Finding) -> list[int]:
    """The utterances a finding rests on."""
    out = [] if finding.utterance_index is None else [finding.utterance_index]
    answer = _answer_index(transcript, finding)
    if answer is not None and answer not in out:
        out.insert(0, answer)
    return out


def listen_requests(transcript: Transcript, findings: CallFindings, limit: int,
                    question_prompt: bool = False) -> list[ListenRequest]:
    """The utterances to decode again, in the order of the findings, at most
    `limit`. With `question_prompt`, an identity answer is decoded with the
    agent's question before it (and the callee's name) as Whisper's prompt."""
    wanted: dict[int, str | None] = {}
    for f in findings.findings:
        answer = _answer_index(transcript, f)
        for i in _behind(transcript, f):
            if i not in wanted:
                wanted[i] = _question_prompt(transcript, i) if question_prompt and i == answer else None
    return [ListenRequest(index=i, initial_prompt=prompt) for i, prompt in list(wanted.items())[:limit]]


def _question_prompt(transcript: Transcript, answer: int) -> str | None:
    asked = [u for u in transcript.utterances[:answer] if u.speaker == "agent"]
    if not asked:
        return None
    name = transcript.callee.name
    return asked[-1].text + (f"{name}。" if name and name not in asked[-1].text else "")


def second_listen(transcript: Transcript, first: CallFindings, scanner: Scanner, context: CallContext | None,
                  relistener: Relistener, audio: DecodedAudio, settings: Settings) -> SecondListen:
    """The findings that still hold after a careful second decoding (see the module docstring)."""
    requests = listen_requests(transcript, first, settings.second_listen_max, settings.second_listen_question_prompt)
    if not requests:
        return SecondListen(first)
    heard = relistener.relisten(audio, transcript, requests, settings.second_listen_pad_s)
    utterances = list(transcript.utterances)
    for i, u in heard.items():
        utterances[i] = u
    again = scanner.scan(transcript.model_copy(update={"utterances": utterances}), context)
    found_again = {(f.rule_id, f.utterance_index): f for f in again.findings}
    out: list[Finding] = []
    kept = dropped = downgraded = 0
    for f in first.findings:
        behind = _behind(transcript, f)
        if not behind or any(i not in heard for i in behind):
            out.append(f)  # call-level, or past the budget: as found
            continue
        readings = _readings(transcript, heard, behind)
        second = found_again.get((f.rule_id, f.utterance_index))
        if second is not None:
            kept += 1  # still supported: as first found (on s-06 taking the second's doubt cost a true flag)
            out.append(replace(f, evidence=replace(f.evidence, readings=readings)) if readings else f)
            continue
        if all(_confident(transcript.utterances[i], heard[i]) for i in behind):
            dropped += 1
            log.debug("second listen dropped %s at utterance %s: %s", f.rule_id, f.utterance_index, readings)
            continue
        downgraded += 1
        shown = "；".join(f"「{heard[i].text}」" for i in behind)
        span = transcript.utterances[behind[-1]]
        cue = ListenCue(reason=f"复听 {clock(span.start)} 处时听到{shown}，不再符合此规则，请听录音确认",
                        start=span.start, end=span.end)
        evidence = replace(f.evidence, listen=cue, readings=readings or _readings(transcript, heard, behind, True))
        out.append(replace(f, needs_listening=True, confidence=round(f.confidence * _DOWNGRADE, 3),
                           evidence=evidence))
    return SecondListen(CallFindings(first.call_id, out), redecoded=len(heard), kept=kept, dropped=dropped,
                        downgraded=downgraded)


def _confident(first: Utterance, second: Utterance) -> bool:
    """The second reading can overrule the first: heard, not marked unsure, and not heard less
    surely than the first (where both have the recogniser's confidence)."""
    if not second.text or second.low_confidence:
        return False
    return first.confidence is None or second.confidence is None or second.confidence >= first.confidence


def _readings(transcript: Transcript, heard: dict[int, Utterance], behind: list[int],
              always: bool = False) -> list[Reading]:
    """Both readings of each utterance behind a finding, where any differ."""
    if not always and all(heard[i].text == transcript.utterances[i].text for i in behind):
        return []
    out: list[Reading] = []
    for i in behind:
        first, second = transcript.utterances[i], heard[i]
        out.append(Reading(source="first_pass", text=first.text, confidence=first.confidence))
        out.append(Reading(source="second_listen", text=second.text, confidence=second.confidence))
    return out


def second_listen_recording(path: Path, transcript: Transcript, first: CallFindings, scanner: Scanner,
                            relistener: object, settings: Settings,
                            context: CallContext | None = None) -> SecondListen:
    """`second_listen` for a recording on disk, when the transcriber can listen again."""
    if settings.second_listen_max == 0 or not first.findings or not isinstance(relistener, Relistener):
        return SecondListen(first)
    audio = decode_audio(path, max_seconds=settings.audio_max_seconds, max_bytes=settings.audio_max_bytes)
    return second_listen(transcript, first, scanner, context, relistener, audio, settings)
