"""Rule coverage on a labelled corpus: how often each rule fires, and whether rightly.

Per rule: the calls it fires on (findings that need listening are counted
apart, as `qa-pipeline eval` does), how many of those carry a label of the
rule's category (true positives) and how many do not (false positives), and
the rules that never fire. A rule that reads what one transcript cannot show
(the contact ledger, the recording's acoustics) says so in `needs`: it cannot
fire on a corpus of transcripts. Per regulation document (the 《...》 titles
in the rules' `references`): the rules that cite it and the calls they fire on.
Per requirement of the pack's regulation catalogue (`regulations.yaml`): the
rules that check it, or why none can, or that nothing does (a gap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qa_pipeline.engine import Scanner
from qa_pipeline.evaluation.corpus import LabelledCall, sentence_cache
from qa_pipeline.rulepack.loader import CompiledRule
from qa_pipeline.rulepack.regulations import ClauseCoverage, ClauseStatus, clause_coverage
from qa_pipeline.rulepack.schema import SelectionKind

_DOCUMENT = re.compile(r"《[^》]+》")
_NEEDS = {SelectionKind.calls_per_day: "ledger", SelectionKind.ledger: "ledger",
          SelectionKind.acoustic: "recording"}


@dataclass(slots=True)
class RuleCoverage:
    rule_id: str
    category: str
    severity: str
    needs: str                      # "", "ledger" or "recording": what a transcript alone lacks
    references: list[str]
    fired: int = 0                  # calls with a counted finding of the rule
    true_positives: int = 0         # ... labelled with the rule's category
    false_positives: int = 0        # ... not labelled with it
    listen: int = 0                 # calls where its findings all need listening
    false_calls: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.fired if self.fired else None


@dataclass(slots=True)
class DocumentCoverage:
    document: str
    rules: list[str]
    fired: int                      # calls any of these rules fires on


@dataclass(slots=True)
class CoverageReport:
    corpus: str
    calls: int
    rules: list[RuleCoverage]
    documents: list[DocumentCoverage]
    clauses: list[ClauseCoverage] = field(default_factory=list)  # empty: the pack has no catalogue

    @property
    def never_fired(self) -> list[RuleCoverage]:
        return [r for r in self.rules if not r.fired and not r.listen]

    def table(self) -> str:
        width = max([len("rule")] + [len(r.rule_id) for r in self.rules])
        rows = [f"{'rule':<{width}}  {'category':<27} {'severity':<8} {'calls':>5} {'tp':>4} {'fp':>4} "
                f"{'precision':>9} {'listen':>6}  needs"]
        for r in self.rules:
            precision = f"{r.precision:.3f}" if r.precision is not None else "-"
            rows.append(f"{r.rule_id:<{width}}  {r.category:<27} {r.severity:<8} {r.fired:>5} "
                        f"{r.true_positives:>4} {r.false_positives:>4} {precision:>9} {r.listen:>6}  {r.needs or '-'}")
        rows.append(f"{self.calls} calls in {self.corpus}; calls: calls the rule fires on; tp/fp: of those, "
                    "labelled / not labelled with its category; listen: calls where all its findings need listening")
        never = self.never_fired
        rows.append("")
        rows.append(f"never fire ({len(never)}):" if never else "every rule fires at least once")
        for r in never:
            why = f" (needs the {r.needs}: cannot fire on transcripts)" if r.needs else ""
            rows.append(f"  {r.rule_id}{why}")
        rows.append("")
        rows.append("regulation documents cited by the rules:")
        for d in self.documents:
            rows.append(f"  {d.document}: {len(d.rules)} rules, fire on {d.fired} calls")
        if self.clauses:
            rows.append("")
            rows.append(self.clause_summary())
            fired = {r.rule_id: r.fired for r in self.rules}
            title = None
            for c in self.clauses:
                if c.document.title != title:
                    title = c.document.title
                    rows.append(f"  {title}")
                where = f"{c.clause.article} " if c.clause.article else ""
                if c.status == ClauseStatus.covered:
                    how = ", ".join(f"{r} ({fired.get(r, 0)} calls)" for r in c.rules)
                elif c.status == ClauseStatus.outside:
                    how = f"outside the pack: {c.clause.outside}"
                else:
                    how = "GAP: no rule checks it"
                rows.append(f"    [{c.status.value:<7}] {c.clause.id}: {where}{c.clause.requirement} <- {how}")
        return "\n".join(rows)

    def clause_summary(self) -> str:
        counts = {status: sum(1 for c in self.clauses if c.status == status) for status in ClauseStatus}
        return (f"regulation requirements ({len(self.clauses)}): {counts[ClauseStatus.covered]} checked by rules, "
                f"{counts[ClauseStatus.outside]} outside a call, {counts[ClauseStatus.gap]} gaps")

    def to_json(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "calls": self.calls,
                "rules": [{"rule_id": r.rule_id, "category": r.category, "severity": r.severity, "needs": r.needs,
                           "calls": r.fired, "true_positives": r.true_positives,
                           "false_positives": r.false_positives, "listen": r.listen,
                           "precision": None if r.precision is None else round(r.precision, 4),
                           "references": r.references} for r in self.rules],
                "never_fired": [r.rule_id for r in self.never_fired],
                "documents": [{"document": d.document, "rules": d.rules, "calls": d.fired} for d in self.documents],
                "clauses": [{"document": c.document.id, "title": c.document.title, "clause": c.clause.id,
                             "article": c.clause.article, "requirement": c.clause.requirement,
                             "status": c.status.value, "rules": c.rules, "outside": c.clause.outside}
                            for c in self.clauses]}


def _needs(rule: CompiledRule) -> str:
    kinds = {sel.kind for sel in rule.spec.detection.selections.values()}
    return next((need for kind, need in _NEEDS.items() if kind in kinds), "")


def rule_coverage(calls: Sequence[LabelledCall], scanner: Scanner, corpus: str = "") -> CoverageReport:
    rules = [r for r in scanner.pack.rules if r.spec.status != "deprecated"]
    coverage = {r.spec.id: RuleCoverage(rule_id=r.spec.id, category=r.spec.category, severity=r.spec.severity,
                                        needs=_needs(r), references=list(r.spec.references)) for r in rules}
    fired_calls: dict[str, set[str]] = {rule_id: set() for rule_id in coverage}
    embedder = sentence_cache(scanner, [c.transcript for c in calls])
    for call in calls:
        found = scanner.scan(call.transcript, embedder=embedder).findings
        labels = {e.category for e in call.expected}
        counted = {f.rule_id for f in found if not f.needs_listening}
        for rule_id in {f.rule_id for f in found}:
            entry = coverage.get(rule_id)
            if entry is None:
                continue
            if rule_id not in counted:
                entry.listen += 1
                continue
            entry.fired += 1
            fired_calls[rule_id].add(call.transcript.call_id)
            if entry.category in labels:
                entry.true_positives += 1
            else:
                entry.false_positives += 1
                entry.false_calls.append(call.transcript.call_id)
    documents: dict[str, list[str]] = {}
    for entry in coverage.values():
        for document in dict.fromkeys(d for ref in entry.references for d in _DOCUMENT.findall(ref)):
            documents.setdefault(document, []).append(entry.rule_id)
    by_document = [DocumentCoverage(document, rule_ids, len(set().union(*(fired_calls[r] for r in rule_ids))))
                   for document, rule_ids in sorted(documents.items())]
    regulations = scanner.pack.regulations
    clauses = clause_coverage(regulations, set(coverage)) if regulations else []
    return CoverageReport(corpus=corpus, calls=len(calls), rules=list(coverage.values()), documents=by_document,
                          clauses=clauses)


__all__ = ["CoverageReport", "DocumentCoverage", "RuleCoverage", "rule_coverage"]
