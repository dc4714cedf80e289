"""The compiled kernels (qa_pipeline/text/_kernels.pyx) against plain references:
jieba itself for segmentation, and straightforward Python for the rest."""

from __future__ import annotations

import json
import random
from bisect import bisect_right

import pytest

from qa_pipeline.domain.findings import MatchKind
from qa_pipeline.evaluation.synthetic import generate_transcripts
from qa_pipeline.text.lexicon import TermHit
from qa_pipeline.text.normalize import normalize_many
from qa_pipeline.text.segment import split_clauses
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    raws = [u["text"] for path in sorted(CORPUS.glob("t-*.json"))
            for u in json.loads(path.read_text(encoding="utf-8"))["utterances"]]
    return [n.text for n in normalize_many(raws)]


def _jieba_spans(segmenter, text: str) -> tuple[tuple[int, int], ...]:
    return tuple((start, end) for _w, start, end in segmenter._tokenizer.tokenize(text, HMM=False))


def test_tokens_are_jiebas_on_every_corpus_clause(scanner, corpus_texts):
    segmenter = scanner.pack.segmenter
    clauses = [t[c.start:c.end] for t in corpus_texts for c in split_clauses(t)]
    assert len(clauses) > 1000
    for text in corpus_texts + clauses:
        assert segmenter.tokens(text) == _jieba_spans(segmenter, text), text


def test_tokens_are_jiebas_on_odd_text(scanner, corpus_texts):
    """Letters, digits, jieba's joiners (+#&._%-), whitespace and CRLF mixed into Chinese."""
    segmenter = scanner.pack.segmenter
    rng = random.Random(5)
    alphabet = "".join(sorted(set("".join(corpus_texts)))) + "abcXYZ019 \t\r\n+#&._%-，。"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert segmenter.tokens(text) == _jieba_spans(segmenter, text), repr(text)
    for text in ("", " ", "\r\n", "abc123", "a1 b2", "我有100块钱", "C罗进球了", "3.5万", "x-y_z%"):
        assert segmenter.tokens(text) == _jieba_spans(segmenter, text), repr(text)


def _reference_find_each(matcher, texts: list[str]) -> list[dict[str, list[TermHit]]]:
    """What find_each promises, written the slow and obvious way."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    joined = "\n".join(texts)
    out: list[dict[str, list[TermHit]]] = [{} for _ in texts]
    sounds: list[tuple[int, TermHit]] = []
    for end, (length, payload) in matcher.automaton.iter(matcher.encoder.encode_text(joined)):
        start = end - length + 1
        i = bisect_right(starts, start) - 1
        here = joined[start:end + 1]
        literal = {lex for lex, _t, form, _k in payload if form is not None and form == here}
        heard: set[str] = set()
        for lexicon, term, form, kind in payload:
            span = (start - starts[i], end + 1 - starts[i])
            if form is not None and form == here:
                out[i].setdefault(lexicon, []).append(TermHit(lexicon, term, *span, kind))
            elif form is None and lexicon not in literal and lexicon not in heard:
                heard.add(lexicon)
                sounds.append((i, TermHit(lexicon, term, *span, kind)))
    for i, hit in sounds:
        out[i].setdefault(hit.lexicon, []).append(hit)
    return out


def test_find_each_matches_the_reference(scanner):
    matcher = scanner.pack.matcher
    calls = generate_transcripts(CORPUS, 600, seed=11)
    sound_hits = 0
    for call in calls:
        texts = [n.text for n in normalize_many([u.text for u in call.utterances])]
        got = matcher.find_each(texts)
        assert got == _reference_find_each(matcher, texts)
        sound_hits += sum(h.kind == MatchKind.phonetic for group in got for hits in group.values() for h in hits)
    assert sound_hits > 0  # the corpus has misheard terms: the sound path ran


def test_find_each_edge_cases(scanner):
    matcher = scanner.pack.matcher
    for texts in ([], [""], ["", ""], ["逾期"], ["", "逾期", ""], ["一七", "逾期一七"]):
        assert matcher.find_each(texts) == _reference_find_each(matcher, texts)
