"""Sampling plans: calls drawn for reviewers to find what the rules missed, and the miss rate they measure."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, model_validator

from qa_pipeline.domain.findings import Category


class SampleKind(enum.StrEnum):
    random = "random"          # N calls drawn at random (seeded) from the processed calls, in a date range if given
    rule_based = "rule_based"  # N calls drawn (seeded) from those matching agent, category or "clean"


class SampleOutcome(enum.StrEnum):
    no_miss = "no_miss"                    # nothing the rules should have flagged
    missed_violation = "missed_violation"  # a violation the rules did not flag


class SampleCriteria(BaseModel):
    """Which calls a plan draws from (all processed calls in the date range, narrowed by the rest)."""

    model_config = ConfigDict(extra="forbid")

    date_from: date | None = None
    date_to: date | None = None
    agent_id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]*$")
    category: Category | None = None  # calls with a finding of this category
    clean_only: bool = False          # calls with no findings at all

    @model_validator(mode="after")
    def _consistent(self) -> SampleCriteria:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        if self.clean_only and self.category:
            raise ValueError("a clean call has no findings, so it has none of category " + repr(self.category))
        return self

    @property
    def narrowed(self) -> bool:
        """Anything beyond the date range (what makes a plan rule-based)."""
        return bool(self.agent_id or self.category or self.clean_only)


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float


def wilson_interval(successes: int, trials: int, z: float = 1.959964) -> Interval | None:
    """The Wilson score interval of a proportion (95% by default); None with no trials."""
    if trials <= 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return Interval(low=max(0.0, centre - half), high=min(1.0, centre + half))


@dataclass(frozen=True, slots=True)
class MissRate:
    """Misses found on sampled clean calls (no findings when drawn), among those reviewed."""

    misses: int
    reviewed: int

    @property
    def rate(self) -> float | None:
        return self.misses / self.reviewed if self.reviewed else None

    @property
    def interval(self) -> Interval | None:
        return wilson_interval(self.misses, self.reviewed)
