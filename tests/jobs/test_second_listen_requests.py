"""Which utterances the second listen decodes again, and with what prompt (no audio)."""

from __future__ import annotations

from qa_pipeline.config import Settings
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.jobs.second_listen import listen_requests, second_listen

CALL = Transcript.model_validate({
    "call_id": "sl-1", "started_at": "2026-03-02T10:00:00+08:00",
    "callee": {"relation": "debtor", "name": "王建国"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.0, "text": "我在开车呢"},
        {"speaker": "agent", "start": 3.5, "end": 8.0, "text": "你的借款已经逾期三十天了，今天必须还款。"},
    ]})


def test_an_identity_finding_brings_its_answer_first_and_the_prompt_only_when_asked(scanner):
    found = scanner.scan(CALL)
    assert any(f.category == "identity_not_confirmed" and f.utterance_index == 2 for f in found.findings)
    plain = listen_requests(CALL, found, 8)
    assert [r.index for r in plain][:2] == [1, 2]
    assert all(r.initial_prompt is None for r in plain)
    prompted = {r.index: r.initial_prompt for r in listen_requests(CALL, found, 8, question_prompt=True)}
    assert prompted[1] == "您好，请问是王先生本人吗？王建国。"
    assert prompted[2] is None
    assert len(listen_requests(CALL, found, 1)) == 1


class _Hears:
    """A relistener that hears each requested utterance as `text`, with `confidence`."""

    def __init__(self, text: str, confidence: float) -> None:
        self.text, self.confidence = text, confidence

    def relisten(self, audio, transcript, requests, pad_s):
        return {r.index: transcript.utterances[r.index].model_copy(
            update={"text": self.text, "confidence": self.confidence, "words": []}) for r in requests}


# A third party's call (as on s-21): the debt told to the debtor's relative, heard fairly surely.
TOLD = Transcript.model_validate({
    "call_id": "sl-2", "started_at": "2026-03-02T10:00:00+08:00", "callee": {"relation": "relative"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 3.0, "text": "您好，请问是彭飞先生本人吗？", "confidence": 0.9},
        {"speaker": "customer", "start": 3.5, "end": 5.0, "text": "他在外地打工呢。", "confidence": 0.9},
        {"speaker": "agent", "start": 5.5, "end": 9.0, "text": "麻烦您转告他，让他尽快把九千六百元还上。",
         "confidence": 0.89},
    ]})
# What beam search with temperature fallback heard there instead (as it did on s-21).
WORSE = "麻烦您转告他，将他尽快把9600人回升。"


def _disclosure(findings):
    return [f for f in findings.findings if f.category == "third_party_disclosure" and f.utterance_index == 2]


def test_a_second_reading_heard_less_surely_than_the_first_cannot_drop_a_finding(scanner):
    """The second listen can hear worse than the first pass: a reading that no longer supports the
    finding but was heard less surely leaves it for a reviewer (needs listening, both readings)."""
    first = scanner.scan(TOLD)
    assert _disclosure(first) and not _disclosure(first)[0].needs_listening
    less_sure = second_listen(TOLD, first, scanner, None, _Hears(WORSE, 0.775), None, Settings())  # type: ignore[arg-type]
    [f] = _disclosure(less_sure.findings)
    assert f.needs_listening and less_sure.dropped == 0 and less_sure.downgraded >= 1
    assert [r.text for r in f.evidence.readings if r.source == "second_listen"] == [WORSE]
    surer = second_listen(TOLD, first, scanner, None, _Hears(WORSE, 0.95), None, Settings())  # type: ignore[arg-type]
    assert _disclosure(surer.findings) == [] and surer.dropped >= 1
