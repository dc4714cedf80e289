"""Call frequency: keep the `call_frequency` findings of a debtor's day right.

A call's number among the connected calls to the same debtor on the same
callee-local day, and the rest of the contact ledger around it
(`CallContext`), are read from the store when the call is scanned
(`qa_pipeline.jobs.ledger`: imported attempts, and every stored call no
attempt links to, whatever its status, ordered by start time). A call scanned before
an earlier call of the same day was stored, or while it was being stored (a
batch processes calls in parallel, in any order), got a number too small.
`refresh_call_frequency` re-checks the calls of the given debtors' days
after a batch and re-scans (no ASR: the utterances are stored) only those
whose context-dependent findings differ from what the rule pack says now.
Running it again changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select, tuple_
from sqlalchemy.orm import selectinload

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs.ledger import call_context
from qa_pipeline.jobs.process import DebtorDay, process_call
from qa_pipeline.rulepack.loader import RulePack
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call, CallStatus, StoredFinding

log = logging.getLogger(__name__)

_CHUNK = 500


def context_rule_ids(pack: RulePack) -> frozenset[str]:
    """Rules whose result depends on the other calls and attempts (calls_per_day and ledger selections)."""
    return frozenset(rule.spec.id for rule in pack.rules
                     if any(sel.calls_per_day or sel.ledger for sel in rule.spec.detection.selections.values()))


def groups_of(session_factory: SessionFactory, call_ids: Iterable[int]) -> set[DebtorDay]:
    """The (debtor, day) groups of these calls (calls without a debtor_id have none)."""
    ids = list(dict.fromkeys(call_ids))
    out: set[DebtorDay] = set()
    with session_factory() as session:
        for i in range(0, len(ids), _CHUNK):
            rows = session.execute(select(Call.debtor_id, Call.call_date).where(
                Call.id.in_(ids[i:i + _CHUNK]), Call.debtor_id.is_not(None)))
            out.update((d, day) for d, day in rows if d is not None)
    return out


def _key(rule_id: str, utterance_index: int | None) -> tuple[str, int | None]:
    return rule_id, utterance_index


def _expected(scanner: Scanner, call: Call, context: CallContext, rule_ids: frozenset[str]) -> dict[tuple, dict]:
    """The context-dependent findings the pack raises on this call in this context."""
    # Call-level rules read only the metadata: scan it without the utterances.
    transcript = Transcript.model_validate({**call.call_metadata, "utterances": []})
    result = scanner.scan(transcript, context)
    return {_key(f.rule_id, f.utterance_index): {"severity": f.severity, "evidence": f.evidence.to_json()}
            for f in result.findings if f.rule_id in rule_ids}


def is_stale(scanner: Scanner, call: Call, context: CallContext, rule_ids: frozenset[str] | None = None) -> bool:
    """Would a re-scan change this call's context-dependent findings?

    Reviewed findings are kept by a re-scan, so they are left out on both sides.
    """
    rule_ids = context_rule_ids(scanner.pack) if rule_ids is None else rule_ids
    stored = [f for f in call.findings if f.rule_id in rule_ids]
    reviewed = {_key(f.rule_id, f.utterance_index) for f in stored if f.reviewed}
    current = {_key(f.rule_id, f.utterance_index): {"severity": f.severity, "evidence": f.evidence}
               for f in stored if not f.reviewed}
    expected = {k: v for k, v in _expected(scanner, call, context, rule_ids).items() if k not in reviewed}
    return current != expected


@dataclass(slots=True)
class RefreshResult:
    groups: int = 0
    checked: int = 0                      # done calls looked at
    rescanned: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StaleCalls:
    checked: int          # done calls looked at
    stale: list[int]      # ids of those whose context-dependent findings are out of date


def stale_call_ids(session_factory: SessionFactory, scanner: Scanner, groups: Iterable[DebtorDay],
                   settings: Settings | None = None) -> StaleCalls:
    """The done calls of these debtors' days whose context-dependent findings are out of date."""
    settings = settings or get_settings()
    rule_ids = context_rule_ids(scanner.pack)
    groups = sorted(set(groups))
    checked = 0
    stale: list[int] = []
    if not rule_ids or not groups:
        return StaleCalls(0, [])
    with session_factory() as session:
        for i in range(0, len(groups), _CHUNK):
            chunk = groups[i:i + _CHUNK]
            done = session.scalars(select(Call).where(tuple_(Call.debtor_id, Call.call_date).in_(chunk),
                                                      Call.status == CallStatus.done)
                                   .options(selectinload(Call.findings).selectinload(StoredFinding.reviews))
                                   .order_by(Call.id))
            for call in done:
                checked += 1
                context = call_context(session, call, scanner.pack.settings, settings.contact_link_seconds)
                if is_stale(scanner, call, context, rule_ids):
                    stale.append(call.id)
    return StaleCalls(checked, stale)


def refresh_call_frequency(session_factory: SessionFactory, *, call_ids: Iterable[int] = (),
                           groups: Iterable[DebtorDay] = (), scanner: Scanner | None = None,
                           settings: Settings | None = None) -> RefreshResult:
    """Re-scan the done calls of these debtors' days whose call-frequency findings are out of date.

    `call_ids` stand for their groups. Idempotent: a second run finds nothing to do.
    """
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    wanted = set(groups) | groups_of(session_factory, call_ids)
    result = RefreshResult(groups=len(wanted))
    found = stale_call_ids(session_factory, scanner, wanted, settings)
    result.checked = found.checked
    for call_id in found.stale:
        status = process_call(session_factory, call_id, settings=settings, scanner=scanner, force=True).status
        if status == CallStatus.done:
            result.rescanned.append(call_id)
        else:
            log.warning("call %s: re-scan for call frequency ended %s", call_id, status.value)
    return result


__all__ = ["RefreshResult", "StaleCalls", "context_rule_ids", "groups_of", "is_stale", "refresh_call_frequency",
           "stale_call_ids"]
