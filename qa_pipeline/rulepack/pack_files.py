"""Checks shared by the files beside a pack's manifest that name its rules (the scorecard, the
regulation catalogue): errors name the file and the field."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from qa_pipeline.errors import RulePackError


def check_unique(value: str, seen: set[str], source: str, field: str, what: str) -> None:
    """`value` not seen before in this file (then remembered)."""
    if value in seen:
        raise RulePackError(source, field, f"duplicate {what} {value!r}")
    seen.add(value)


def check_known_rules(rule_ids: Sequence[str], known: Collection[str], source: str, field: str) -> None:
    """Every rule id named at `field` is one of the pack's."""
    for j, rule_id in enumerate(rule_ids):
        if rule_id not in known:
            raise RulePackError(source, f"{field}.{j}", f"no rule {rule_id!r} in the pack")
