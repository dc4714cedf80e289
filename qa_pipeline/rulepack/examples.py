"""Run the `examples` inside each rule: `flag:` must fire the rule, `ok:` must not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from qa_pipeline.rulepack.schema import Example
from qa_pipeline.domain.transcript import Callee, Transcript, Utterance

if TYPE_CHECKING:
    from qa_pipeline.engine.scanner import Scanner


@dataclass(frozen=True, slots=True)
class ExampleCase:
    rule_id: str
    source: str
    kind: str  # "flag" | "ok"
    index: int
    example: Example

    @property
    def name(self) -> str:
        return f"{self.rule_id}:{self.kind}[{self.index}]"


def example_transcript(example: Example, call_id: str) -> Transcript:
    utterances = []
    t = 0.0
    for turn in example.turns:
        (speaker, text), = turn.items()
        utterances.append(Utterance(speaker=speaker, start=t, end=t + 2.0, text=text))
        t += 2.5
    return Transcript(call_id=call_id, started_at=example.started_at,
                      callee=Callee(relation=example.callee.relation, timezone=example.callee.timezone),
                      utterances=utterances)


def iter_cases(scanner: "Scanner") -> Iterator[ExampleCase]:
    for rule in scanner.pack.rules:
        for kind in ("flag", "ok"):
            for i, example in enumerate(getattr(rule.spec.examples, kind)):
                yield ExampleCase(rule.id, rule.source, kind, i, example)


def check_case(scanner: "Scanner", case: ExampleCase) -> str | None:
    """None when the example behaves; otherwise a sentence saying what went wrong."""
    from qa_pipeline.engine.scanner import CallContext

    result = scanner.scan(example_transcript(case.example, case.name), CallContext(case.example.call_of_day))
    fired = [f for f in result.findings if f.rule_id == case.rule_id]
    said = " / ".join(f"{next(iter(t))}: {next(iter(t.values()))}" for t in case.example.turns) or \
        f"started_at {case.example.started_at.isoformat()}"
    if case.kind == "flag" and not fired:
        return f"{case.source}: rule {case.rule_id}: examples.flag[{case.index}] did not fire: {said}"
    if case.kind == "ok" and fired:
        hit = ", ".join(fired[0].evidence.matched)
        return f"{case.source}: rule {case.rule_id}: examples.ok[{case.index}] fired on {hit!r}: {said}"
    return None
