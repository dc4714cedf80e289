"""The rule engine: scan a transcript against a rule pack.

A fixed pipeline:
1. normalize every utterance (traditional -> simplified, widths, phantoms);
2. one pass of the pack's automaton over the whole call: lexicon terms by
   characters and by sound, and the literal anchors of the rules' regexes;
   and, when the pack has `similar` selections, one batch of sentence
   embeddings compared with their examples (the semantic pass);
3. candidates: the utterances where some rule has what its condition needs
   (its requirement, worked out at load), and which rules;
4. for each candidate rule whose dialogue gate the conversation passes (the
   dialogue state is worked out the first time a gated rule asks): its
   selections on that utterance, its condition, a finding with evidence and
   a confidence (match kind x recogniser x dialogue);
5. call-level rules: the contact window, calls per day, and what was (not)
   said anywhere in the call.

The engine knows selection kinds, never individual rules.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.findings import SEVERITY_ORDER, CallFindings, Evidence, Finding, Match, MatchKind
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine.call_rules import CallRule, call_findings, compile_call_rules
from qa_pipeline.engine.confidence import assess
from qa_pipeline.engine.dialogue import DialogueTrace, Turn
from qa_pipeline.engine.explain import explain
from qa_pipeline.engine.selections import Selector
from qa_pipeline.engine.semantic import SemanticPass
from qa_pipeline.engine.soundalike import sound_alike
from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.rulepack.loader import CompiledRule, RulePack, load_pack
from qa_pipeline.text.embeddings import E5Embedder, Embedder, StoredEmbedder
from qa_pipeline.text.lexicon import TermHit
from qa_pipeline.text.normalize import normalize_texts

# Surest first: a finding is as sure as its weakest match.
_KIND_ORDER = (MatchKind.literal, MatchKind.variant, MatchKind.phonetic, MatchKind.semantic)


class _GCPause:
    """Python's cycle collector held off while a call is scanned.

    A scan builds many small containers (hits, matches, findings) and frees
    them by reference counting; none forms a cycle. Every few hundred of
    them would still start a collection, and every so often a full one that
    walks every object the process holds (in the nightly audit, all of the
    day's work), which cost a quarter of the engine's time. Concurrent scans
    share one pause, counted under a lock; the collector comes back on when
    the last one ends, if it was on when the first began.
    """

    __slots__ = ("_depth", "_lock", "_restore")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._restore = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._restore = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._restore:
                gc.enable()


_GC_PAUSE = _GCPause()


@dataclass(frozen=True, slots=True)
class _Way:
    """One way a rule can fire on an utterance: a hit of the lexicon it is
    filed under, hits of `other_lexicons`, and matches of `regexes`."""

    rule: int                        # position in pack.rules
    other_lexicons: tuple[str, ...]
    regexes: tuple[str, ...]         # regex selection names


class Scanner:
    def __init__(self, pack: RulePack, embedder: Embedder | None = None) -> None:
        self.pack = pack
        self.embedder: Embedder = embedder or default_embedder()
        self.semantic = SemanticPass(pack)
        phonetic = pack.settings.phonetic
        self._selector = Selector({MatchKind.literal: 1.0, MatchKind.variant: phonetic.variant_score,
                                   MatchKind.phonetic: phonetic.score}, self.semantic.score)
        self._call_rules: list[CallRule] = compile_call_rules(pack)
        # speaker -> lexicon -> the ways that need a hit of it; each way is
        # filed under one of its lexicons only, since it needs them all.
        self._ways: dict[str, dict[str, list[_Way]]] = {}
        # speaker -> ways that need no lexicon, only regexes.
        self._regex_only: dict[str, list[_Way]] = {}
        for position, rule in enumerate(pack.rules):
            if rule.spec.scope == "call" or rule.spec.status == "deprecated":
                continue
            speakers = ("agent", "customer") if rule.spec.scope == "any" else (rule.spec.scope,)
            for speaker in speakers:
                for conjunct in rule.requirement:
                    if conjunct.lexicons:
                        first, *others = sorted(conjunct.lexicons)
                        way = _Way(position, tuple(others), conjunct.regexes)
                        self._ways.setdefault(speaker, {}).setdefault(first, []).append(way)
                    else:
                        self._regex_only.setdefault(speaker, []).append(_Way(position, (), conjunct.regexes))

    @classmethod
    def load(cls, rules_dir: str | Path, lexicons_dir: str | Path | None = None,
             embedder: Embedder | None = None) -> Scanner:
        return cls(load_pack(rules_dir, lexicons_dir), embedder)

    def words_only(self) -> Scanner:
        """The same pack with its `similar` selections switched off: nothing is embedded, so no
        finding rests on matching by meaning (the rule engine proper, as `make bench` measures it)."""
        words = Scanner(self.pack, self.embedder)
        words.semantic = SemanticPass(dataclasses.replace(self.pack, rules=[]))
        return words

    # -- the pipeline -------------------------------------------------------
    def scan(self, transcript: Transcript, context: CallContext | None = None,
             embedder: Embedder | None = None) -> CallFindings:
        """`embedder`: instead of the scanner's own (a cache of the call's
        sentence vectors, say, so a re-scan does not embed them again)."""
        with _GC_PAUSE:
            return self._scan(transcript, context or CallContext(), embedder or self.embedder)

    def _scan(self, transcript: Transcript, context: CallContext, embedder: Embedder) -> CallFindings:
        pack = self.pack
        utterances = transcript.utterances
        speakers = [u.speaker for u in utterances]
        texts = normalize_texts([u.text for u in utterances])
        hits = pack.matcher.find_each(texts)
        if self.semantic.active:
            for by_lexicon, by_meaning in zip(hits, self.semantic.find(speakers, texts, embedder)):
                by_lexicon.update(by_meaning)
        trust = pack.settings.confidence.asr_trust
        trace = DialogueTrace([Turn(u.speaker, text, u.low_confidence or (u.confidence or 1.0) < trust,
                                    heard=u.confidence is not None)
                               for u, text in zip(utterances, texts)],
                              transcript.callee.relation, pack.settings.may_hear_debt, pack.dialogue,
                              sound_alike((pack.dialogue.identity_question,),
                                          tuple((a, b) for a, b in pack.settings.phonetic.fuzzy_pairs)))
        contexts: dict[int, UtteranceContext] = {}

        def context_of(index: int) -> UtteranceContext:
            ctx = contexts.get(index)
            if ctx is None:
                ctx = contexts[index] = UtteranceContext(index, speakers[index], texts[index], hits[index], pack)
            return ctx

        found: list[Finding] = []
        for index, positions in self._candidates(speakers, texts, hits):
            for position in positions:
                rule = pack.rules[position]
                if rule.dialogue is not None and not trace.admits(rule.dialogue, index):
                    continue
                finding = self._utterance_finding(rule, context_of(index), transcript, trace)
                if finding is not None:
                    found.append(finding)
        if self._call_rules:
            found += call_findings(self._call_rules, transcript, context, pack, context_of, self._selector,
                                   prior=list(found))
        found.sort(key=_finding_order)
        return CallFindings(transcript.call_id, found)

    def _candidates(self, speakers: Sequence[str], texts: list[str],
                    hits: list[dict[str, list[TermHit]]]) -> Iterator[tuple[int, list[int]]]:
        """(utterance, rule positions in order) for every utterance where some
        rule has what its requirement asks for; the rest cannot fire."""
        rules = self.pack.rules
        regex_only = self._regex_only_in_play(speakers, texts)
        for index, (speaker, text, present) in enumerate(zip(speakers, texts, hits)):
            if not text:
                continue
            positions: set[int] = set()
            ways = self._ways.get(speaker, {})
            for lexicon in present:
                for way in ways.get(lexicon, ()):
                    if way.rule in positions or not all(o in present for o in way.other_lexicons):
                        continue
                    if not way.regexes or rules[way.rule].regexes_match(way.regexes, text):
                        positions.add(way.rule)
            for way in regex_only.get(speaker, ()):
                if way.rule not in positions and rules[way.rule].regexes_match(way.regexes, text):
                    positions.add(way.rule)
            if positions:
                yield index, sorted(positions)

    def _regex_only_in_play(self, speakers: Sequence[str], texts: list[str]) -> dict[str, list[_Way]]:
        """The regex-only ways whose regexes match somewhere in what that
        speaker said (none, when every regex has literal anchors)."""
        out: dict[str, list[_Way]] = {}
        for speaker, ways in self._regex_only.items():
            said = "\n".join(t for t, s in zip(texts, speakers) if s == speaker)
            out[speaker] = [w for w in ways if _may_match(self.pack.rules[w.rule], said)]
        return out

    # -- utterance rules ----------------------------------------------------
    def _utterance_finding(self, rule: CompiledRule, ctx: UtteranceContext, transcript: Transcript,
                           trace: DialogueTrace) -> Finding | None:
        """The rule on one utterance whose dialogue state it accepts (the caller checks)."""
        matches: dict[str, list[Match]] = {}
        for plan in rule.positive_plans:
            found = self._selector.select(rule, plan, ctx, matches)
            if found:
                matches[plan.name] = found
        # No condition holds on nothing (refused at load); and the other
        # selections only appear under `not`, so they can only turn it false.
        if not matches or not rule.condition(frozenset(matches)):
            return None
        evidence = [m for found in matches.values() for m in found]
        vetoed = False
        for plan in rule.veto_plans:
            found = self._selector.select(rule, plan, ctx, matches)
            if found:
                matches[plan.name] = found
                vetoed = True
        if vetoed and not rule.condition(frozenset(matches)):
            return None
        # A hit used by two selections is one piece of evidence.
        evidence = list({(m.start, m.end, m.term): m for m in evidence}.values())
        terms = list(dict.fromkeys(m.text for m in evidence))
        weakest = min(evidence, key=lambda m: m.score)
        kind = max((m.kind for m in evidence), key=_KIND_ORDER.index)
        state = trace.state_at(ctx.index) if rule.dialogue is not None else None
        utterance = transcript.utterances[ctx.index]
        vetoes = frozenset(name for name in matches if name not in {p.name for p in rule.positive_plans})
        sure = assess(evidence, weakest.score, utterance, state, trace.unclear_answer(ctx.index) if state else None,
                      transcript, self.pack.settings.confidence, holds=lambda names: rule.condition(names | vetoes))
        spec = rule.spec
        explanation = explain(spec, ctx.speaker, terms, evidence, state, trace.third_party_reason if state else None)
        return Finding(
            rule_id=spec.id, category=spec.category, severity=spec.severity, title=spec.title,
            pack=self.pack.name, pack_version=self.pack.version,
            utterance_index=ctx.index, speaker=utterance.speaker, start=utterance.start, end=utterance.end,
            text=utterance.text, confidence=sure.confidence, needs_listening=sure.needs_listening,
            evidence=Evidence(matched=terms, explanation=explanation, matches=evidence, score=weakest.score,
                              match_kind=kind, dialogue_state=state, references=list(spec.references),
                              asr_confidence=sure.asr_confidence, seek=sure.seek, listen=sure.listen))


def _may_match(rule: CompiledRule, said: str) -> bool:
    return rule.regex_prefilter is None or rule.regex_prefilter.search(said) is not None


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.utterance_index if f.utterance_index is not None else -1, -SEVERITY_ORDER[f.severity], f.rule_id)


def default_embedder(settings: Settings | None = None) -> Embedder:
    """The configured sentence embedder: multilingual-e5-small behind the local vector cache."""
    settings = settings or get_settings()
    e5 = E5Embedder(threads=settings.embedding_threads)
    if settings.embedding_cache is None or not str(settings.embedding_cache).strip():
        return e5
    return StoredEmbedder(e5, settings.embedding_cache, max_rows=settings.embedding_cache_max_rows)


@lru_cache(maxsize=4)
def _cached_scanner(rules_dir: str, lexicons_dir: str | None) -> Scanner:
    return Scanner.load(rules_dir, lexicons_dir)


def get_scanner(settings: Settings | None = None) -> Scanner:
    """The scanner for the configured rule pack, loaded once per process."""
    settings = settings or get_settings()
    return _cached_scanner(str(settings.rules_dir), str(settings.lexicons_dir) if settings.lexicons_dir else None)
