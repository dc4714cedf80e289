"""The `examples` inside each rule, as mini calls: `flag:` must fire the rule,
`ok:` must not (the engine runs them: `qa_pipeline.engine.examples`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from qa_pipeline.domain.transcript import Callee, Transcript, Utterance
from qa_pipeline.rulepack.loader import RulePack
from qa_pipeline.rulepack.schema import Example


@dataclass(frozen=True, slots=True)
class ExampleCase:
    rule_id: str
    source: str
    kind: Literal["flag", "ok"]
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


def iter_cases(pack: RulePack) -> Iterator[ExampleCase]:
    """Every example of every rule in use (a deprecated rule's need not hold)."""
    for rule in pack.rules:
        if rule.spec.status == "deprecated":
            continue
        for kind in ("flag", "ok"):
            for i, example in enumerate(getattr(rule.spec.examples, kind)):
                yield ExampleCase(rule.id, rule.source, kind, i, example)
