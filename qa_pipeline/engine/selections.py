"""A rule's selections evaluated on one utterance: what each one matched.

The engine knows selection kinds, never individual rules:
- lexicon (and inline terms): the lexicons' hits, less sound hits the
  selection refuses, sound hits inside a number or a name, short hits that
  are not whole words, hits inside a `not_within` pattern and hits a
  negation governs;
- regex: the pattern's matches, less negated ones;
- near: pairs of the two named selections' matches close enough together;
- similar: the sentences the semantic pass found close to the examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa_pipeline.domain.findings import Match, MatchKind
from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.rulepack.loader import CompiledRule, SelectionKind, SelectionPlan


class Selector:
    """Evaluates selections, scoring each hit by how it was found."""

    def __init__(self, scores: dict[MatchKind, float], semantic_score: Callable[[float, float], float]) -> None:
        self.scores = scores
        self.semantic_score = semantic_score  # (similarity, threshold) -> score

    def select(self, rule: CompiledRule, plan: SelectionPlan, ctx: UtteranceContext,
               done: dict[str, list[Match]]) -> list[Match]:
        """The plan's matches in this utterance. `done` holds the matches of
        selections already evaluated (a `near` reuses them)."""
        if plan.kind == SelectionKind.lexicon:
            return self._lexicon(plan, ctx)
        if plan.kind == SelectionKind.regex:
            return _regex(plan, ctx)
        if plan.kind == SelectionKind.similar:
            return self._similar(plan, ctx)
        return self._near(rule, plan, ctx, done)

    def _similar(self, plan: SelectionPlan, ctx: UtteranceContext) -> list[Match]:
        assert plan.semantic is not None
        return [Match(term=hit.term, text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end,
                      selection=plan.name, kind=MatchKind.semantic, similarity=hit.similarity,
                      score=self.semantic_score(hit.similarity or 0.0, plan.semantic.threshold))
                for hit in ctx.hits.get(plan.lexicons[0], ())]

    def _lexicon(self, plan: SelectionPlan, ctx: UtteranceContext) -> list[Match]:
        found: list[Match] = []
        for lexicon in plan.lexicons:
            for hit in ctx.hits.get(lexicon, ()):
                length = hit.end - hit.start
                if hit.kind == MatchKind.phonetic and (plan.phonetic_min_chars == 0
                                                    or length < plan.phonetic_min_chars):
                    continue
                if plan.whole_words and length <= 2 and not ctx.aligned(hit.start, hit.end):
                    continue
                if plan.negatable and ctx.negated(hit.start):
                    continue
                if hit.kind != MatchKind.literal and (_inside_a_number(ctx.text, hit.start, hit.end)
                                                     or ctx.in_a_name(hit.start, hit.end)):
                    continue  # 一七 in 一三九一七七二 (a phone number), 工号四一七: digits, not 逾期;
                    # 安信资 in 安信资产管理公司: a name, not 按刑事
                found.append(Match(term=hit.term, text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end,
                                   selection=plan.name, kind=hit.kind, score=self.scores[hit.kind]))
        if found and plan.not_within:
            found = _not_within(found, plan, ctx.text)
        return found

    def _near(self, rule: CompiledRule, plan: SelectionPlan, ctx: UtteranceContext,
              done: dict[str, list[Match]]) -> list[Match]:
        assert plan.near is not None
        a_name, b_name = plan.near
        a = done[a_name] if a_name in done else self.select(rule, rule.plan(a_name), ctx, done)
        if not a:
            return []
        b = done[b_name] if b_name in done else self.select(rule, rule.plan(b_name), ctx, done)
        found: list[Match] = []
        for ma in a:
            for mb in b:
                if ma.start < mb.end and mb.start < ma.end:
                    continue  # overlapping hits are one word (联系 in 联系人), not two
                if plan.ordered and mb.start < ma.end:
                    continue
                if max(mb.start - ma.end, ma.start - mb.end, 0) > plan.within:
                    continue
                if plan.same_clause and ctx.clause_of(ma.start) != ctx.clause_of(mb.start):
                    continue
                if plan.negatable and ctx.negated(min(ma.start, mb.start)):
                    continue
                found.extend((ma, mb))
        return found


_NUMERALS = "零〇一二三四五六七八九十两幺0123456789"
_NUMBER_RUN = re.compile(f"[{_NUMERALS}]+")
_NUMBER_LABEL = re.compile("(号码|号|工号|尾号|编号|电话|手机|分机|热线)$")


def _inside_a_number(text: str, start: int, end: int) -> bool:
    """The span is all numerals, and part of a number: a run of five or more
    of them, or one right after 号码 / 工号 / 尾号 (a phone or work number;
    已经一七二十天 is 逾期 heard wrong, then a count)."""
    if not all(c in _NUMERALS for c in text[start:end]):
        return False
    run = next((m for m in _NUMBER_RUN.finditer(text, max(0, start - 20)) if m.start() <= start < m.end()), None)
    if run is None:
        return False
    return run.end() - run.start() >= 5 or _NUMBER_LABEL.search(text, 0, run.start()) is not None


def _regex(plan: SelectionPlan, ctx: UtteranceContext) -> list[Match]:
    found: list[Match] = []
    for pattern in plan.regexes:
        for m in pattern.finditer(ctx.text):
            start, end = m.span()
            if end > start and not (plan.negatable and ctx.negated(start)):
                found.append(Match(term=m.group(0), text=m.group(0), start=start, end=end, selection=plan.name))
    return found


def _not_within(found: list[Match], plan: SelectionPlan, text: str) -> list[Match]:
    """The matches that do not lie inside a match of one of the plan's `not_within`."""
    if plan.not_within_any is not None and not plan.not_within_any.search(text):
        return found  # the common case: none of them anywhere in the utterance
    spans = [m.span() for pattern in plan.not_within for m in pattern.finditer(text)]
    if not spans:
        return found
    return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]
