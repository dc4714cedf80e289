"""A rule's selections evaluated on one utterance: what each one matched.

The engine knows selection kinds, never individual rules:
- lexicon (and inline terms): the lexicons' hits, less sound hits the
  selection refuses, short hits that are not whole words, hits inside a
  `not_within` pattern and hits a negation governs;
- regex: the pattern's matches, less negated ones;
- near: pairs of the two named selections' matches close enough together.
"""

from __future__ import annotations

from qa_pipeline.domain.findings import Match
from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.rulepack.loader import CompiledRule, SelectionKind, SelectionPlan
from qa_pipeline.text.lexicon import HitKind


class Selector:
    """Evaluates selections, scoring each hit by how it was found."""

    def __init__(self, scores: dict[HitKind, float]) -> None:
        self.scores = scores

    def select(self, rule: CompiledRule, plan: SelectionPlan, ctx: UtteranceContext,
               done: dict[str, list[Match]]) -> list[Match]:
        """The plan's matches in this utterance. `done` holds the matches of
        selections already evaluated (a `near` reuses them)."""
        if plan.kind == SelectionKind.lexicon:
            return self._lexicon(plan, ctx)
        if plan.kind == SelectionKind.regex:
            return _regex(plan, ctx)
        return self._near(rule, plan, ctx, done)

    def _lexicon(self, plan: SelectionPlan, ctx: UtteranceContext) -> list[Match]:
        found: list[Match] = []
        for lexicon in plan.lexicons:
            for hit in ctx.hits.get(lexicon, ()):
                length = hit.end - hit.start
                if hit.kind == HitKind.phonetic and (plan.phonetic_min_chars == 0
                                                    or length < plan.phonetic_min_chars):
                    continue
                if plan.whole_words and length <= 2 and not ctx.aligned(hit.start, hit.end):
                    continue
                if plan.negatable and ctx.negated(hit.start):
                    continue
                found.append(Match(term=hit.term, text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end,
                                   selection=plan.name, phonetic=hit.kind != HitKind.literal,
                                   score=self.scores[hit.kind]))
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
