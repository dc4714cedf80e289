"""The semantic pass and a finding's confidence, on the fixture pack plus one
`similar` rule (written to a scratch copy, so the fixture pack's other tests
do not see it) and the real embedding model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa_pipeline.domain.findings import MatchKind
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.scanner import default_embedder
from qa_pipeline.engine.semantic import sentences
from qa_pipeline.text.embeddings import CachedEmbedder
from tests.engine.helpers import call

FIXTURE = Path(__file__).parent / "fixture_pack"

SIMILAR_RULE = """\
id: fx.similar
title: 与上门威胁语义相近
category: threat
severity: high
description: A similar selection with one near-miss.
references: [fixture]
scope: agent
detection:
  selections:
    visit_meaning:
      similar:
        like: [我们明天就派人到你家里去找你]
        unlike: [我们明天再给你打电话]
        threshold: 0.93
  condition: visit_meaning
examples:
  flag: [明天一早我们就去你家里当面找你谈。]
  ok: [明天再给您来电话。]
"""


@pytest.fixture(scope="module")
def sem_scanner(tmp_path_factory: pytest.TempPathFactory) -> Scanner:
    root = tmp_path_factory.mktemp("pack") / "fixture_pack"
    shutil.copytree(FIXTURE, root)
    (root / "rules" / "similar.yaml").write_text(SIMILAR_RULE, encoding="utf-8")
    manifest = root / "rules" / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "  semantic: {margin: 0.02, score: 0.25}\n"
                        "  confidence: {needs_listening_below: 0.5, asr_trust: 0.75, unclear_answer: 0.5}\n",
                        encoding="utf-8")
    return Scanner.load(root / "rules", embedder=CachedEmbedder(default_embedder()))


def similar(scanner: Scanner, transcript: Transcript) -> list:
    return [f for f in scanner.scan(transcript).findings if f.rule_id == "fx.similar"]


def test_sentences_split_at_sentence_ends_and_skip_short_ones():
    text = "好的。明天我们就上门找你！你听清楚了吗？嗯"
    found = sentences(4, text, min_chars=6)
    assert [s.text for s in found] == ["明天我们就上门找你", "你听清楚了吗"]
    assert all(text[s.start:s.end] == s.text and s.utterance == 4 for s in found)
    assert [s.text for s in sentences(0, text, min_chars=1)] == ["好的", "明天我们就上门找你", "你听清楚了吗", "嗯"]


def test_a_paraphrase_with_none_of_the_words_is_found_by_meaning(sem_scanner):
    [finding] = similar(sem_scanner, call(("agent", "明天我们的人会上你家找你。")))
    assert finding.evidence.match_kind == MatchKind.semantic
    [match] = finding.evidence.matches
    assert match.kind == MatchKind.semantic and match.similarity is not None and match.similarity >= 0.93
    assert match.term == "我们明天就派人到你家里去找你"  # the example it is close to, shown to the reviewer
    assert (match.start, match.end) == (0, len("明天我们的人会上你家找你"))


def test_a_sentence_closer_to_a_near_miss_is_not_a_match(sem_scanner):
    # close enough to the `like` example on its own (~0.94), but closer still to the `unlike` one
    assert similar(sem_scanner, call(("agent", "明天我们会再打给你。"))) == []
    assert similar(sem_scanner, call(("agent", "今天天气不错啊，您吃饭了吗？"))) == []


def test_the_rules_speaker_scope_holds_for_meaning_too(sem_scanner):
    assert similar(sem_scanner, call(("customer", "明天我们的人会上你家找你。"))) == []


def test_a_match_by_meaning_alone_scores_by_its_similarity_and_a_faint_one_needs_listening(sem_scanner):
    [by_word] = [f for f in sem_scanner.scan(call(("agent", "好的，我们明天上门。"))).findings
                 if f.rule_id == "fx.lexicon_hit"]
    [close] = similar(sem_scanner, call(("agent", "明天我们的人会上你家找你。")))      # similarity ~0.97
    [faint] = similar(sem_scanner, call(("agent", "下周我们去你老家找你父母。")))      # ~0.94, just past 0.93
    assert by_word.confidence == 1.0 and not by_word.needs_listening
    for finding in (close, faint):  # the pack's score (0.25) at the threshold, 1.0 at similarity 1
        similarity = finding.evidence.matches[0].similarity
        assert finding.confidence == pytest.approx(0.25 + 0.75 * (similarity - 0.93) / 0.07, abs=0.002)
    assert 0.5 <= close.confidence < 1.0 and not close.needs_listening
    assert faint.confidence < 0.5 and faint.needs_listening
    assert faint.evidence.listen is not None and "置信度" in faint.evidence.listen.reason


def _heard(text: str, probability: float) -> Transcript:
    """One agent utterance from audio, every character a word heard with `probability`."""
    return Transcript.model_validate({
        "call_id": "t", "started_at": "2026-03-02T10:00:00+08:00", "callee": {},
        "utterances": [{"speaker": "agent", "start": 10.0, "end": 10.0 + len(text) * 0.25, "text": text,
                        "confidence": probability,
                        "words": [{"start": 10.0 + i * 0.25, "end": 10.25 + i * 0.25, "probability": probability,
                                   "char_start": i, "char_end": i + 1} for i in range(len(text))]}]})


def test_a_word_the_recogniser_barely_heard_makes_the_finding_need_listening(sem_scanner):
    [sure] = [f for f in sem_scanner.scan(_heard("好的我们明天上门", 0.9)).findings if f.rule_id == "fx.lexicon_hit"]
    [unsure] = [f for f in sem_scanner.scan(_heard("好的我们明天上门", 0.3)).findings
                if f.rule_id == "fx.lexicon_hit"]
    assert sure.confidence == 1.0 and not sure.needs_listening
    assert unsure.confidence == pytest.approx(0.3 / 0.75, abs=0.01) and unsure.needs_listening
    assert unsure.evidence.asr_confidence == pytest.approx(0.3)
    # the player is cued to the flagged words, by their word times
    assert unsure.evidence.seek == pytest.approx(10.0 + 6 * 0.25)
