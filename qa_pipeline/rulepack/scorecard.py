"""A pack's scorecard (`scorecard.yaml` beside `pack.yaml`): how a QA team scores a call.

Each item names the rules (by id) or categories it covers, and how many points a call loses
when a finding of the item is confirmed (`weight`); a `fatal` item confirmed makes the call's
score 0. A call starts at 100 and loses each breached item's weight once, however many of its
findings there are; the score never drops below 0. Open (unreviewed) findings give a
provisional score beside it; dismissed ones count for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from pydantic import Field, model_validator

from qa_pipeline.domain.findings import Category
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.rulepack.pack_files import check_known_rules, check_unique
from qa_pipeline.rulepack.schema import _Strict

SCORECARD = "scorecard.yaml"
FULL_MARKS = 100.0


class ScorecardItem(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.]+$", max_length=100)
    title: str = Field(min_length=1)
    weight: float = Field(ge=0, le=FULL_MARKS)
    fatal: bool = False
    rules: list[str] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)

    @model_validator(mode="after")
    def _covers_something(self) -> ScorecardItem:
        if not self.rules and not self.categories:
            raise ValueError("an item needs `rules` or `categories`")
        return self

    def covers(self, rule_id: str, category: str) -> bool:
        return rule_id in self.rules or category in self.categories


class Scorecard(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    items: list[ScorecardItem] = Field(min_length=1)

    def score(self, findings: Iterable[ScoredFinding]) -> CallScore:
        """A call's score from its findings (whatever their pack version: matched by rule id and category)."""
        confirmed: dict[str, int] = {item.id: 0 for item in self.items}
        open_: dict[str, int] = {item.id: 0 for item in self.items}
        for f in findings:
            if f.review_state == ReviewState.dismissed:
                continue
            tally = confirmed if f.review_state == ReviewState.confirmed else open_
            for item in self.items:
                if item.covers(f.rule_id, f.category):
                    tally[item.id] += 1
        results = [ItemResult(item=item, confirmed=confirmed[item.id], open=open_[item.id]) for item in self.items]
        return CallScore(score=_points(results, with_open=False), provisional=_points(results, with_open=True),
                         items=results)


class ScoredFinding(Protocol):
    """What scoring reads of a finding (a stored finding has these)."""

    @property
    def rule_id(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def review_state(self) -> ReviewState: ...


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: ScorecardItem
    confirmed: int  # confirmed findings the item covers
    open: int       # unreviewed ones

    @property
    def breached(self) -> bool:
        return self.confirmed > 0

    @property
    def provisionally_breached(self) -> bool:
        return self.confirmed + self.open > 0


@dataclass(frozen=True, slots=True)
class CallScore:
    score: float        # from confirmed findings only
    provisional: float  # as if every open finding were confirmed
    items: list[ItemResult]

    @property
    def fatal(self) -> bool:
        return any(r.item.fatal and r.breached for r in self.items)

    @property
    def pending(self) -> bool:
        """Open findings could still change the score."""
        return self.provisional != self.score


def _points(results: list[ItemResult], *, with_open: bool) -> float:
    hit = [r for r in results if (r.provisionally_breached if with_open else r.breached)]
    if any(r.item.fatal for r in hit):
        return 0.0
    return max(0.0, FULL_MARKS - sum(r.item.weight for r in hit))


def check_scorecard(card: Scorecard, rule_ids: Iterable[str], source: str) -> None:
    """Item ids unique, and every rule an item names in the pack (errors name the file and field)."""
    known = set(rule_ids)
    seen: set[str] = set()
    for i, item in enumerate(card.items):
        check_unique(item.id, seen, source, f"items.{i}.id", "item id")
        check_known_rules(item.rules, known, source, f"items.{i}.rules")
