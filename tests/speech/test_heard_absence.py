"""Findings that rest on something not being heard, from real audio through the real
Whisper model (base): the agent's introduction or the identity question heard as
homophones must not make a clean violation.

- s-17, s-21: the agent gives institution and 工号 / 我姓梁; Whisper base writes 工号 as
  公号 and 我姓梁 as 我信两. By sound the introduction is there: missing_self_identification,
  if found, needs listening, cued to the agent's opening and naming both readings.
- s-08: the agent names the institution but never their own name: the finding stays a
  violation (nothing like a name was heard).
- s-23 (mono): 你是许文斌吧 is heard as 你试洗文兵吧, then 是我: identity is unclear, not
  unconfirmed: no identity_not_confirmed violation, only findings to listen to.
"""

from __future__ import annotations

import pytest

from tests.asr_fixtures import script, transcript_of

pytestmark = pytest.mark.asr


def _of(scanner, name: str, category: str):
    transcript, _ = transcript_of(name)
    return transcript, [f for f in scanner.scan(transcript).findings if f.category == category]


@pytest.mark.parametrize("name", ["s-17", "s-21"])
def test_an_introduction_heard_as_homophones_is_no_missing_self_identification_violation(scanner, name):
    transcript, found = _of(scanner, name, "missing_self_identification")
    opening = [u for u in transcript.utterances if u.speaker == "agent"][:2]
    for f in found:
        assert f.needs_listening, (f.evidence.listen, [u.text for u in opening])
        cue = f.evidence.listen
        assert cue is not None and ("音近" in cue.reason or "识别不可靠" in cue.reason)
        assert opening[0].start <= cue.start and cue.end <= opening[-1].end


def test_an_introduction_without_a_name_stays_a_violation(scanner):
    transcript, found = _of(scanner, "s-08", "missing_self_identification")
    assert [f.needs_listening for f in found] == [False], [u.text for u in transcript.utterances[:3]]


def test_a_yes_to_an_identity_question_heard_as_homophones_is_no_identity_violation(scanner):
    assert "本人" not in script("s-23")[0]["text"]  # 你是许文斌吧: a question without 本人
    transcript, found = _of(scanner, "s-23", "identity_not_confirmed")
    assert found, [u.text for u in transcript.utterances[:3]]
    assert all(f.needs_listening for f in found), [(f.utterance_index, f.evidence.matched) for f in found]
