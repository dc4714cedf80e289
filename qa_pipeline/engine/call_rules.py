"""Call-level rules: checks on the call as a whole.

A call-level rule's selections are of two sorts:
- checks on the call's metadata and context: `contact_window` (when it
  started, in the callee's time) and `calls_per_day` (how many calls the
  debtor had that day);
- what was said anywhere in the call: a lexicon, terms, regex, near or
  similar selection holds when some turn of its `speaker` matches it
  (`debt and not (institution and own_name)`: the agent talked about the debt
  but never said who they are).
The finding has no utterance; its evidence says which turn showed what.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.findings import Evidence, Finding, Match
from qa_pipeline.domain.timezones import zone
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine.selections import Selector
from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.rulepack.loader import CompiledRule, RulePack, SelectionPlan
from qa_pipeline.rulepack.schema import ContactWindow, SelectionKind


@dataclass(frozen=True, slots=True)
class CallCheck:
    """One metadata selection of a rule, with the pack's defaults filled in."""

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
    content: tuple[SelectionPlan, ...]  # selections on what was said


@dataclass(frozen=True, slots=True)
class Said:
    """Where a content selection matched: the first turn that showed it."""

    utterance: int
    matches: list[Match]


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
        out.append(CallRule(rule, tuple(checks), rule.positive_plans + rule.veto_plans))
    return out


def local_start(transcript: Transcript, default_timezone: str) -> datetime:
    """When the call started, in the callee's time zone."""
    return transcript.started_at.astimezone(zone(transcript.callee.timezone or default_timezone))


def call_findings(call_rules: list[CallRule], transcript: Transcript, context: CallContext, pack: RulePack,
                  utterance: Callable[[int], UtteranceContext], selector: Selector) -> list[Finding]:
    """`utterance(i)`: the engine's context of utterance i (made once, shared with the utterance rules)."""
    tz_name = transcript.callee.timezone or pack.settings.default_timezone
    local = local_start(transcript, pack.settings.default_timezone)
    speakers = [u.speaker for u in transcript.utterances]
    findings: list[Finding] = []
    for call_rule in call_rules:
        held = [check for check in call_rule.checks if check.holds(local, context)]
        said: dict[str, Said] = {}
        for plan in call_rule.content:
            for i, speaker in enumerate(speakers):
                if speaker != plan.speaker or not transcript.utterances[i].text:
                    continue
                found = selector.select(call_rule.rule, plan, utterance(i), {})
                if found:
                    said[plan.name] = Said(i, found)
                    break
        if call_rule.rule.condition(frozenset([c.name for c in held] + list(said))):
            findings.append(_finding(call_rule.rule, pack, held, said, local, tz_name, context))
    return findings


def _finding(rule: CompiledRule, pack: RulePack, held: list[CallCheck], said: dict[str, Said], local: datetime,
             tz_name: str, context: CallContext) -> Finding:
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
    positive = [name for name in said if name in {p.name for p in rule.positive_plans}]
    terms = list(dict.fromkeys(m.text for name in positive for m in said[name].matches))
    matched += terms
    spec = rule.spec
    if spec.explanation and terms:
        first = min(said[name].utterance for name in positive)
        sentences.append(spec.explanation.format(matched="「" + "」、「".join(terms) + "」", speaker="坐席",
                                                 title=spec.title, utterance=first))
    elif not sentences:
        sentences.append(f"{spec.title}。")
    return Finding(rule_id=spec.id, category=spec.category, severity=spec.severity, title=spec.title,
                   pack=pack.name, pack_version=pack.version,
                   evidence=Evidence(matched=matched, explanation=" ".join(sentences),
                                     references=list(spec.references)))
