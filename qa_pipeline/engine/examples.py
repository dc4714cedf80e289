"""Run a rule's own examples through the engine: `flag:` must fire the rule, `ok:` must not."""

from __future__ import annotations

from qa_pipeline.engine.ledger import example_context
from qa_pipeline.engine.scanner import Scanner
from qa_pipeline.rulepack.examples import ExampleCase, example_transcript


def check_case(scanner: Scanner, case: ExampleCase) -> str | None:
    """None when the example behaves; otherwise a sentence saying what went wrong."""
    result = scanner.scan(example_transcript(case.example, case.name), example_context(case.example, scanner.pack))
    fired = [f for f in result.findings if f.rule_id == case.rule_id]
    said = " / ".join(f"{speaker}: {text}" for turn in case.example.turns for speaker, text in turn.items()) or \
        f"started_at {case.example.started_at.isoformat()}"
    if case.kind == "flag" and not fired:
        return f"{case.source}: rule {case.rule_id}: examples.flag[{case.index}] did not fire: {said}"
    if case.kind == "ok" and fired:
        hit = ", ".join(fired[0].evidence.matched)
        return f"{case.source}: rule {case.rule_id}: examples.ok[{case.index}] fired on {hit!r}: {said}"
    return None
