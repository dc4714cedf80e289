"""Review of a finding: where it stands, and what a reviewer decided."""

from __future__ import annotations

import enum


class ReviewState(enum.StrEnum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"


class ReviewDecision(enum.StrEnum):
    confirm = "confirm"
    dismiss = "dismiss"
    reopen = "reopen"


def is_reviewed(state: ReviewState, review_count: int) -> bool:
    """A finding someone has looked at: decided, or with any review in its history.

    A re-scan keeps such findings as they are; it replaces only the others.
    """
    return state != ReviewState.open or review_count > 0


def needs_reason(decision: ReviewDecision) -> bool:
    """A dismissal says why (a reviewer's reason is what an audit reads back); other decisions may."""
    return decision == ReviewDecision.dismiss


class AppealOutcome(enum.StrEnum):
    """A compliance officer's final ruling on an appeal (申诉) against a confirmed finding."""

    upheld = "upheld"          # the finding stays confirmed
    overturned = "overturned"  # the finding is dismissed on appeal


class AppealState(enum.StrEnum):
    pending = "pending"
    upheld = "upheld"
    overturned = "overturned"
