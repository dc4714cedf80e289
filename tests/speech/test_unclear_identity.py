"""A garbled answer to the identity question, from real audio through the real
Whisper model to the finding a reviewer sees.

s-18 is a clear call: 请问是孔令辉先生本人吗？ - 对。 - then the debt. Here the
callee's one-syllable answer is played backwards (speech-like, but no word),
so the recogniser hears something that is neither a yes nor a no. The debt
details after it must give an `identity_not_confirmed` finding marked for
listening, cued to the answer, not a violation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_pipeline.engine.confidence import clock
from qa_pipeline.speech.transcriber import transcribe_recording
from tests.asr_fixtures import copy_sidecar, sample, script, sox

pytestmark = pytest.mark.asr

NAME = "s-18"
ANSWER = 1  # the script line of the callee's answer


def _garbled_answer(tmp_path: Path) -> Path:
    """The first 17.5 s of s-18, the customer channel's answer reversed."""
    line = script(NAME)[ANSWER]
    start, end = line["start"] - 0.15, line["end"] + 0.2
    clip = tmp_path / "clip.wav"
    sox(str(sample(NAME)), str(clip), "trim", "0", "17.5")
    left, right = tmp_path / "l.wav", tmp_path / "r.wav"
    sox(str(clip), str(left), "remix", "1")
    sox(str(clip), str(right), "remix", "2")
    parts = [tmp_path / f"r{i}.wav" for i in range(3)]
    sox(str(right), str(parts[0]), "trim", "0", f"{start:.2f}")
    sox(str(right), str(parts[1]), "trim", f"{start:.2f}", f"{end - start:.2f}", "reverse")
    sox(str(right), str(parts[2]), "trim", f"{end:.2f}")
    garbled_right = tmp_path / "r-garbled.wav"
    sox(*map(str, parts), str(garbled_right))
    out = tmp_path / "garbled.wav"
    sox("-M", str(left), str(garbled_right), str(out))
    copy_sidecar(NAME, out, call_id="garbled-answer", expected=None, script=None)
    return out


@pytest.fixture(scope="module")
def garbled(tmp_path_factory, scanner):
    audio = _garbled_answer(tmp_path_factory.mktemp("garbled"))
    transcript = transcribe_recording(audio)
    return transcript, scanner.scan(transcript)


def test_words_reach_the_utterances_with_their_places_in_the_text(garbled):
    transcript, _ = garbled
    for u in transcript.utterances:
        assert u.words, u.text
        for w in u.words:
            assert 0 <= w.char_start < w.char_end <= len(u.text)
            assert u.start - 0.5 <= w.start <= w.end <= u.end + 0.5
        starts = [w.char_start for w in u.words]
        assert starts == sorted(starts)


def test_garbled_answer_gives_a_finding_to_listen_to_not_a_violation(garbled):
    transcript, findings = garbled
    identity = [f for f in findings.findings if f.category == "identity_not_confirmed"]
    assert identity, [(f.category, f.text) for f in findings.findings]
    answer_index = next(i for i, u in enumerate(transcript.utterances) if u.speaker == "customer")
    answer = transcript.utterances[answer_index]
    for f in identity:
        assert f.needs_listening
        assert f.evidence.dialogue_state is not None and f.evidence.dialogue_state.value == "unclear"
        cue = f.evidence.listen
        assert cue is not None
        assert clock(answer.start) in cue.reason  # "the answer at 00:08.4 could not be understood"
        assert (cue.start, cue.end) == (answer.start, answer.end)


def test_each_finding_carries_the_confidence_of_its_matched_words(garbled):
    transcript, findings = garbled
    assert findings.findings
    for f in findings.findings:
        if f.utterance_index is None:
            continue
        u = transcript.utterances[f.utterance_index]
        under = [w.probability for m in f.evidence.matches for w in u.words_in(m.start, m.end)]
        assert under, f.evidence.matched
        assert f.evidence.asr_confidence == min(under)
