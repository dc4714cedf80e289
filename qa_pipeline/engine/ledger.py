"""The ledger check: the pack's ledger rules run on the contact ledger alone.

A scan sees recorded calls; most dial attempts have no recording (nobody
answered). `ledger_findings` runs every call-level rule that reads only the
ledger (`calls_per_day` and `ledger` selections, no words, no contact
window) on each ledger entry, with the same checks the scan uses, so an
unanswered attempt over the limit is found even though no call was recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qa_pipeline.domain.contacts import ContactRecord, LedgerEntry, entry_of
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.findings import Finding
from qa_pipeline.engine.call_rules import CallRule, CheckResult, call_finding, compile_call_rules
from qa_pipeline.rulepack.loader import RulePack
from qa_pipeline.rulepack.schema import Example, SelectionKind

LEDGER_KINDS = (SelectionKind.calls_per_day, SelectionKind.ledger)


@dataclass(frozen=True, slots=True)
class LedgerFinding:
    """A ledger rule's finding on one entry (an attempt, or a recorded call)."""

    entry: LedgerEntry
    finding: Finding


def ledger_rules(pack: RulePack) -> list[CallRule]:
    """Call-level rules that read the ledger and nothing else."""
    return [r for r in compile_call_rules(pack)
            if r.checks and not r.content and all(c.kind in LEDGER_KINDS for c in r.checks)]


def ledger_findings(pack: RulePack, entries: Iterable[LedgerEntry]) -> list[LedgerFinding]:
    """Every ledger rule on every entry, oldest entry first."""
    rules = ledger_rules(pack)
    by_debtor: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        by_debtor.setdefault(entry.debtor_id, []).append(entry)
    out: list[LedgerFinding] = []
    for debtor_entries in by_debtor.values():
        contacts = tuple(sorted(debtor_entries, key=lambda e: e.order))
        for entry in contacts:
            context = CallContext(contacts=contacts, attempt=entry)
            for call_rule in rules:
                held: dict[str, CheckResult] = {}
                for check in call_rule.checks:
                    result = check.check(entry.at, "", context)
                    if result is not None:
                        held[check.name] = result
                if call_rule.rule.condition(frozenset(held)):
                    finding = call_finding(call_rule.rule, pack, list(held.values()), {}, context)
                    out.append(LedgerFinding(entry, finding))
    out.sort(key=lambda f: (f.entry.order, f.finding.rule_id))
    return out


def example_context(example: Example, pack: RulePack) -> CallContext:
    """A rule example's context: its `call_of_day`, its contacts and which of them is the call, its acoustics."""
    if example.attempt is None:
        return CallContext(call_of_day=example.call_of_day, acoustics=example.acoustics)
    settings = pack.settings
    entries = tuple(entry_of(ContactRecord.model_validate(c.model_dump()), default_timezone=settings.default_timezone,
                             may_hear_debt=settings.may_hear_debt) for c in example.contacts)
    attempt = next(e for e in entries if e.attempt_id == example.attempt)
    return CallContext(call_of_day=example.call_of_day, contacts=entries, attempt=attempt,
                       acoustics=example.acoustics)


__all__ = ["LedgerFinding", "example_context", "ledger_findings", "ledger_rules"]
