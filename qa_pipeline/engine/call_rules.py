"""Call-level rules: checks on the call as a whole (when it started, how many
calls the debtor had that day), not on what was said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.findings import Evidence, Finding
from qa_pipeline.domain.timezones import zone
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.rulepack.loader import CompiledRule, RulePack
from qa_pipeline.rulepack.schema import ContactWindow, SelectionKind


@dataclass(frozen=True, slots=True)
class CallCheck:
    """One call-level selection of a rule, with the pack's defaults filled in."""

    name: str
    kind: SelectionKind          # contact_window or calls_per_day
    window: ContactWindow | None = None  # contact_window: the call must start outside it
    limit: int = 0               # calls_per_day: more calls than this that day

    def holds(self, local: datetime, context: CallContext) -> bool:
        if self.kind == SelectionKind.contact_window:
            assert self.window is not None
            return not self.window.contains(local.time())
        return context.call_of_day is not None and context.call_of_day > self.limit

    @property
    def window_text(self) -> str:
        assert self.window is not None
        return f"{self.window.start.isoformat(timespec='minutes')}-{self.window.end.isoformat(timespec='minutes')}"


@dataclass(frozen=True, slots=True)
class CallRule:
    rule: CompiledRule
    checks: tuple[CallCheck, ...]
    # whether its condition holds when no check does (`not outside`, say)
    holds_on_nothing: bool


def compile_call_rules(pack: RulePack) -> list[CallRule]:
    settings = pack.settings
    out: list[CallRule] = []
    for rule in pack.rules:
        if rule.spec.scope != "call" or rule.spec.status == "deprecated":
            continue
        checks: list[CallCheck] = []
        for name, sel in rule.spec.detection.selections.items():
            if sel.contact_window == "outside":
                window = sel.window or settings.contact_window
                checks.append(CallCheck(name, SelectionKind.contact_window, window=window))
            elif sel.calls_per_day == "over_limit":
                limit = sel.limit or settings.max_calls_per_day
                checks.append(CallCheck(name, SelectionKind.calls_per_day, limit=limit))
        out.append(CallRule(rule, tuple(checks), rule.condition(frozenset())))
    return out


def local_start(transcript: Transcript, default_timezone: str) -> datetime:
    """When the call started, in the callee's time zone."""
    return transcript.started_at.astimezone(zone(transcript.callee.timezone or default_timezone))


def call_findings(call_rules: list[CallRule], transcript: Transcript, context: CallContext,
                  pack: RulePack) -> list[Finding]:
    tz_name = transcript.callee.timezone or pack.settings.default_timezone
    local = local_start(transcript, pack.settings.default_timezone)
    findings: list[Finding] = []
    for call_rule in call_rules:
        held = [check for check in call_rule.checks if check.holds(local, context)]
        if not (held or call_rule.holds_on_nothing):
            continue
        if call_rule.rule.condition(frozenset(check.name for check in held)):
            findings.append(_finding(call_rule.rule, pack, held, local, tz_name, context))
    return findings


def _finding(rule: CompiledRule, pack: RulePack, held: list[CallCheck], local: datetime, tz_name: str,
             context: CallContext) -> Finding:
    stamp = f"{local.year:04d}-{local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"
    matched: list[str] = []
    sentences: list[str] = []
    for check in held:
        if check.kind == SelectionKind.contact_window:
            matched.append(f"{stamp[11:]} {tz_name}")
            sentences.append(f"通话开始于被叫方当地时间 {stamp}（{tz_name}），"
                             f"不在允许联系时段 {check.window_text} 内。")
        else:
            matched.append(f"第{context.call_of_day}次")
            sentences.append(f"这是当天（{stamp[:10]}，{tz_name}）对同一债务人的第 {context.call_of_day} 次通话，"
                             f"超过每日 {check.limit} 次的上限。")
    spec = rule.spec
    return Finding(rule_id=spec.id, category=spec.category, severity=spec.severity, title=spec.title,
                   pack=pack.name, pack_version=pack.version,
                   evidence=Evidence(matched=matched, explanation=" ".join(sentences)))
