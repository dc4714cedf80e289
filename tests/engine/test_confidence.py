"""How surely the recogniser heard what a finding needs (engine.confidence), on constructed
transcripts that carry word probabilities as if they came from audio."""

from __future__ import annotations

from qa_pipeline.domain.findings import Match
from qa_pipeline.domain.transcript import Utterance, Word
from qa_pipeline.engine.confidence import assess
from qa_pipeline.rulepack.schema import ConfidenceSettings
from tests.engine.helpers import call

TEXT = "您的借款一万二千元已经逾期十五天了。"
WEAK = "一万二千元"  # heard poorly (Whisper base: 1万 at 0.26 on s-07)


def _heard(text: str, weak: str, weak_p: float = 0.2, p: float = 0.9) -> Utterance:
    """One word per character, all at `p` but those of `weak` at `weak_p`."""
    at = text.index(weak)
    words = [Word(start=i * 0.2, end=i * 0.2 + 0.2, char_start=i, char_end=i + 1,
                  probability=weak_p if at <= i < at + len(weak) else p) for i in range(len(text))]
    return Utterance(speaker="agent", start=0.0, end=len(text) * 0.2, text=text, words=words, confidence=0.8)


def _match(text: str, part: str, selection: str) -> Match:
    start = text.index(part)
    return Match(term=part, text=part, start=start, end=start + len(part), selection=selection)


MATCHES = [_match(TEXT, "借款", "debt"), _match(TEXT, "逾期", "debt"), _match(TEXT, WEAK, "amount")]


def _assess(holds):
    u = _heard(TEXT, WEAK)
    return assess(MATCHES, 1.0, u, None, None, call(("agent", TEXT)), ConfidenceSettings(), holds=holds)


def test_a_finding_that_holds_on_what_was_heard_well_does_not_need_listening():
    """`debt or amount`: 借款 and 逾期 heard at 0.9 carry it, whatever became of 一万二千元."""
    sure = _assess(lambda names: "debt" in names or "amount" in names)
    assert not sure.needs_listening and sure.confidence == 1.0
    assert sure.asr_confidence == 0.2  # the evidence still shows the weakest matched word


def test_a_finding_that_needs_the_poorly_heard_words_still_needs_listening():
    """`debt and amount`: the amount is needed, and it was heard at 0.2."""
    unsure = _assess(lambda names: "debt" in names and "amount" in names)
    assert unsure.needs_listening and unsure.confidence == round(0.2 / 0.75, 3)


def test_a_selection_counts_its_best_heard_match():
    """Two matches of one selection: one heard well is enough for it."""
    u = _heard(TEXT, "逾期")
    matches = [_match(TEXT, "借款", "debt"), _match(TEXT, "逾期", "debt")]
    sure = assess(matches, 1.0, u, None, None, call(("agent", TEXT)), ConfidenceSettings(),
                  holds=lambda names: "debt" in names)
    assert not sure.needs_listening


def test_identity_details_heard_well_beside_a_garbled_sum_are_a_violation(scanner):
    """End to end through the scanner: the debt told before any identity question (s-07), the sum
    heard poorly: identity_not_confirmed is a violation, not a finding to listen to."""
    transcript = call(("agent", TEXT), ("customer", "啊？你找谁？"))
    transcript.utterances[0] = _heard(TEXT, WEAK)
    [f] = [f for f in scanner.scan(transcript).findings if f.category == "identity_not_confirmed"]
    assert not f.needs_listening
