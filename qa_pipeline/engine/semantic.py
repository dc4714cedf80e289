"""The semantic pass: sentences close in meaning to a rule's examples.

A `similar` selection lists sentences that should match (`like`) and
near-misses that should not (`unlike`). Every sentence of a call that some
such rule reads (its speaker's, at least `min_chars` long) is embedded once,
in one batch; it matches a selection when its nearest `like` example is at
least the selection's threshold away in cosine similarity and beats the
nearest `unlike` by the pack's margin. A match becomes a hit filed under the
selection's own name, so the rest of the engine (requirements, candidates,
conditions, evidence) treats it like a lexicon hit of kind `semantic`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qa_pipeline.domain.findings import MatchKind
from qa_pipeline.rulepack.loader import RulePack, SelectionKind, SemanticPlan
from qa_pipeline.text.embeddings import Embedder, Vectors
from qa_pipeline.text.lexicon import TermHit

# Sentence ends: a sentence is the unit of meaning that is embedded.
_SENTENCE_END = re.compile(r"[。！？!?；;…]+|\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    utterance: int
    start: int  # offsets into the utterance's normalized text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Selection:
    hits_name: str        # the name its hits are filed under
    speakers: frozenset[str]
    plan: SemanticPlan
    like: slice           # its rows in the examples matrix
    unlike: slice


def sentences(index: int, text: str, min_chars: int) -> list[Sentence]:
    """The sentences of an utterance worth embedding."""
    out: list[Sentence] = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[pos:end]
        stripped = piece.strip(" ，,、")
        if len(stripped) >= min_chars:
            offset = pos + piece.index(stripped)
            out.append(Sentence(index, offset, offset + len(stripped), stripped))
        if m is not None:
            pos = m.end()
    return out


class SemanticPass:
    """The pack's `similar` selections, their examples embedded once (on first use)."""

    def __init__(self, pack: RulePack) -> None:
        self.settings = pack.settings.semantic
        self._selections: list[_Selection] = []
        self._examples: list[str] = []
        for rule in pack.rules:
            if rule.spec.status == "deprecated":
                continue
            rule_speakers = {"agent": {"agent"}, "customer": {"customer"}, "any": {"agent", "customer"}}
            for plan in rule.positive_plans + rule.veto_plans:
                if plan.kind != SelectionKind.similar or plan.semantic is None:
                    continue
                speakers = {plan.speaker} if rule.spec.scope == "call" else rule_speakers[rule.spec.scope]
                like = slice(len(self._examples), len(self._examples) + len(plan.semantic.like))
                self._examples += plan.semantic.like
                unlike = slice(len(self._examples), len(self._examples) + len(plan.semantic.unlike))
                self._examples += plan.semantic.unlike
                self._selections.append(_Selection(plan.lexicons[0], frozenset(speakers), plan.semantic,
                                                   like, unlike))
        self._speakers = frozenset(s for sel in self._selections for s in sel.speakers)
        self._matrix: Vectors | None = None
        self._model_id: str | None = None

    @property
    def active(self) -> bool:
        return bool(self._selections)

    def _example_vectors(self, embedder: Embedder) -> Vectors:
        if self._matrix is None or self._model_id != embedder.model_id:
            self._matrix = embedder.embed(self._examples)
            self._model_id = embedder.model_id
        return self._matrix

    def units(self, speakers: Sequence[str], texts: Sequence[str]) -> list[Sentence]:
        """The sentences of a call (normalized texts) that the pass embeds."""
        return [s for i, (speaker, text) in enumerate(zip(speakers, texts)) if speaker in self._speakers
                for s in sentences(i, text, self.settings.min_chars)][:self.settings.max_sentences]

    def find(self, speakers: Sequence[str], texts: list[str], embedder: Embedder) -> list[dict[str, list[TermHit]]]:
        """Per utterance, the semantic hits by the name they are filed under."""
        out: list[dict[str, list[TermHit]]] = [{} for _ in texts]
        units = self.units(speakers, texts)
        if not units:
            return out
        vectors = embedder.embed([u.text for u in units])
        # units x examples. einsum, not `@`: a product this small costs less on one thread than
        # BLAS's thread pool takes to wake (3x faster on a busy 2-core host; see make bench).
        similarity = np.einsum("ue,xe->ux", vectors, self._example_vectors(embedder))
        for sel in self._selections:
            like = similarity[:, sel.like]
            best = like.argmax(axis=1)
            best_like = like[np.arange(len(units)), best]
            best_unlike = (similarity[:, sel.unlike].max(axis=1) if sel.unlike.stop > sel.unlike.start
                           else np.full(len(units), -1.0))
            for k, unit in enumerate(units):
                if speakers[unit.utterance] not in sel.speakers:
                    continue
                if best_like[k] >= sel.plan.threshold and best_like[k] >= best_unlike[k] + self.settings.margin:
                    hit = TermHit(sel.hits_name, sel.plan.like[best[k]], unit.start, unit.end, MatchKind.semantic,
                                  float(best_like[k]))
                    out[unit.utterance].setdefault(sel.hits_name, []).append(hit)
        return out

    def score(self, similarity: float, threshold: float) -> float:
        """A semantic match's score: the pack's base score at the threshold, 1.0 at similarity 1."""
        base = self.settings.score
        return base + (1.0 - base) * max(0.0, similarity - threshold) / max(1e-9, 1.0 - threshold)
