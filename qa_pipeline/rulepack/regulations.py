"""A pack's regulation catalogue (`regulations.yaml` beside `pack.yaml`): what the rules answer to.

Per regulation document, its requirements on collection calls, one `clause`
each (the article where it is known). A clause names the rules that check it;
a clause no rule of the pack checks says why (`outside`: e.g. a home visit is
not on a call, or a control of the product rather than a rule). A clause with
neither is a gap, and `qa-pipeline rules coverage` and the rules page list it
as one. Rule ids are checked against the pack at load time, so a renamed rule
cannot silently leave a clause uncovered.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field, model_validator

from qa_pipeline.rulepack.pack_files import check_known_rules, check_unique
from qa_pipeline.rulepack.schema import _Strict

REGULATIONS = "regulations.yaml"


class Clause(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.-]+$", max_length=100)
    article: str = ""           # 第六十八条, where the document numbers it
    requirement: str = Field(min_length=1)
    rules: list[str] = Field(default_factory=list)
    outside: str = ""           # why no call rule checks it (a gap when empty and no rules)

    @model_validator(mode="after")
    def _rules_or_outside(self) -> Clause:
        if self.rules and self.outside:
            raise ValueError("a clause checked by rules cannot also be `outside` the pack")
        return self


class Document(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.-]+$", max_length=100)
    title: str = Field(min_length=1)
    source: str = ""            # where the wording comes from (primary, or the secondary source)
    clauses: list[Clause] = Field(min_length=1)


class Regulations(_Strict):
    documents: list[Document] = Field(min_length=1)


class ClauseStatus(StrEnum):
    covered = "covered"         # at least one active rule checks it
    outside = "outside"         # no call rule can check it; the catalogue says why
    gap = "gap"                 # nothing checks it


@dataclass(frozen=True, slots=True)
class ClauseCoverage:
    document: Document
    clause: Clause
    rules: list[str]            # the active rules that check it
    status: ClauseStatus


def check_regulations(regulations: Regulations, rule_ids: Iterable[str], source: str) -> None:
    """Ids unique, and every rule a clause names in the pack (errors name the file and field)."""
    known = set(rule_ids)
    documents: set[str] = set()
    clauses: set[str] = set()
    for i, document in enumerate(regulations.documents):
        check_unique(document.id, documents, source, f"documents.{i}.id", "document id")
        for j, clause in enumerate(document.clauses):
            check_unique(clause.id, clauses, source, f"documents.{i}.clauses.{j}.id", "clause id")
            check_known_rules(clause.rules, known, source, f"documents.{i}.clauses.{j}.rules")


def clause_coverage(regulations: Regulations, active_rules: Collection[str]) -> list[ClauseCoverage]:
    """Every clause with the active (not deprecated) rules that check it, in catalogue order."""
    out: list[ClauseCoverage] = []
    for document in regulations.documents:
        for clause in document.clauses:
            rules = [r for r in clause.rules if r in active_rules]
            status = (ClauseStatus.covered if rules else
                      ClauseStatus.outside if clause.outside else ClauseStatus.gap)
            out.append(ClauseCoverage(document=document, clause=clause, rules=rules, status=status))
    return out


__all__ = ["REGULATIONS", "Clause", "ClauseCoverage", "ClauseStatus", "Document", "Regulations",
           "check_regulations", "clause_coverage"]
