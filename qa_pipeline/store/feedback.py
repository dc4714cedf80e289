"""What reviewers' decisions say about the rules.

Per rule: how many of its findings reviewers confirmed and dismissed (the
precision the rule has on the calls the product really sees), and the
reviewed hits themselves, as candidate `flag:` (confirmed) and `ok:`
(dismissed) examples for the rule's file. A rule author reads them, keeps the
ones that teach the rule something, and `rules check` runs them as tests from
then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store.models import Call, Review, StoredFinding


@dataclass(frozen=True, slots=True)
class RulePrecision:
    rule_id: str
    category: str
    confirmed: int
    dismissed: int
    open: int

    @property
    def reviewed(self) -> int:
        return self.confirmed + self.dismissed

    @property
    def precision(self) -> float | None:
        """Confirmed over reviewed; None before anyone reviewed a finding of the rule."""
        return self.confirmed / self.reviewed if self.reviewed else None


@dataclass(frozen=True, slots=True)
class ReviewedHit:
    rule_id: str
    finding_id: int
    call: str            # the call's external id
    decision: ReviewState
    text: str            # the flagged utterance
    comment: str         # the deciding reviewer's comment


def rule_precision(session: Session, since: date | None = None) -> list[RulePrecision]:
    """Every rule with findings (on calls from `since` on), worst precision first."""
    query = (select(StoredFinding.rule_id, StoredFinding.category, StoredFinding.review_state, func.count())
             .group_by(StoredFinding.rule_id, StoredFinding.category, StoredFinding.review_state))
    if since is not None:
        query = query.where(StoredFinding.call_date >= since)
    counts: dict[tuple[str, str], dict[ReviewState, int]] = {}
    for rule_id, category, state, n in session.execute(query):
        counts.setdefault((rule_id, category), {})[ReviewState(state)] = n
    rows = [RulePrecision(rule_id=rule_id, category=category, confirmed=by.get(ReviewState.confirmed, 0),
                          dismissed=by.get(ReviewState.dismissed, 0), open=by.get(ReviewState.open, 0))
            for (rule_id, category), by in counts.items()]
    return sorted(rows, key=lambda r: (r.precision if r.precision is not None else 2.0, -r.reviewed, r.rule_id))


def reviewed_hits(session: Session, rule_id: str | None = None, decision: ReviewState | None = None,
                  since: date | None = None, limit: int = 200) -> list[ReviewedHit]:
    """Reviewed utterance findings, newest first (call-level findings have no sentence to learn from)."""
    states = [decision] if decision is not None else [ReviewState.confirmed, ReviewState.dismissed]
    query = (select(StoredFinding, Call.external_id)
             .join(Call, Call.id == StoredFinding.call_id)
             .where(StoredFinding.review_state.in_(states), StoredFinding.text.is_not(None))
             .order_by(StoredFinding.id.desc()).limit(limit))
    if rule_id is not None:
        query = query.where(StoredFinding.rule_id == rule_id)
    if since is not None:
        query = query.where(StoredFinding.call_date >= since)
    found = session.execute(query).all()
    last_comment = _last_comments(session, [finding.id for finding, _ in found])
    return [ReviewedHit(rule_id=finding.rule_id, finding_id=finding.id, call=external_id,
                        decision=ReviewState(finding.review_state), text=finding.text or "",
                        comment=last_comment.get(finding.id, ""))
            for finding, external_id in found]


def _last_comments(session: Session, finding_ids: list[int]) -> dict[int, str]:
    if not finding_ids:
        return {}
    newest = (select(Review.finding_id, func.max(Review.id).label("id"))
              .where(Review.finding_id.in_(finding_ids)).group_by(Review.finding_id).subquery())
    rows = session.execute(select(Review.finding_id, Review.comment).join(newest, newest.c.id == Review.id))
    return {finding_id: comment or "" for finding_id, comment in rows}


def examples_yaml(hits: list[ReviewedHit]) -> str:
    """Candidate `examples:` blocks, one per rule: confirmed hits under `flag`,
    dismissed ones under `ok`, each sentence once, with where it came from."""
    by_rule: dict[str, dict[str, dict[str, str]]] = {}
    for hit in hits:
        side = "flag" if hit.decision == ReviewState.confirmed else "ok"
        source = f"call {hit.call}, finding {hit.finding_id}" + (f": {hit.comment}" if hit.comment else "")
        source = " ".join(source.split())  # one line: it becomes a YAML comment
        by_rule.setdefault(hit.rule_id, {"flag": {}, "ok": {}})[side].setdefault(hit.text, source)
    parts: list[str] = []
    for rule_id in sorted(by_rule):
        sides = by_rule[rule_id]
        header = (f"# {rule_id}: {len(sides['flag'])} confirmed, {len(sides['ok'])} dismissed "
                  "(candidates: keep the sentences that teach the rule something)")
        block = {"examples": {side: list(texts) for side, texts in sides.items() if texts}}
        text = yaml.safe_dump(block, allow_unicode=True, sort_keys=False, width=1000)
        sources = {t: s for side in sides.values() for t, s in side.items()}
        lines = []
        for line in text.splitlines():
            item = line.strip()[2:] if line.strip().startswith("- ") else None
            plain = yaml.safe_load(item) if item else None
            lines.append(f"{line}  # {sources[plain]}" if isinstance(plain, str) and plain in sources else line)
        parts.append("\n".join([header, *lines]))
    return "\n\n".join(parts) + ("\n" if parts else "")
