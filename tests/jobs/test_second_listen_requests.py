"""Which utterances the second listen decodes again, and with what prompt (no audio)."""

from __future__ import annotations

from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.jobs.second_listen import listen_requests

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
