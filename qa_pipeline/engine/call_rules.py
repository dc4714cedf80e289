"""Call-level rules: checks on the call as a whole.

A call-level rule's selections are of two sorts:
- checks on the call's metadata and context: `contact_window` (when it
  started, in the callee's time), `calls_per_day` (how many connected calls
  the debtor had that day, all agencies) and `ledger` (unanswered attempts
  per number and day; a third party called before the debtor was
  unreachable), counted on the contact ledger in `CallContext`;
- what was said anywhere in the call: a lexicon, terms, regex, near or
  similar selection holds when some turn of its `speaker` matches it
  (`debt and not (institution and own_name)`: the agent talked about the debt
  but never said who they are).
The finding has no utterance; its evidence says which turn showed what.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from qa_pipeline.domain.acoustics import AcousticMeasure
from qa_pipeline.domain.contacts import LedgerEntry, connected_of_day, debtor_reachability, unanswered_of_day
from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.findings import ContactRef, Evidence, Finding, ListenCue, Match
from qa_pipeline.domain.timezones import zone
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine.confidence import clock
from qa_pipeline.engine.selections import Selector
from qa_pipeline.engine.soundalike import NearMiss, sound_alike
from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.rulepack.loader import CompiledRule, RulePack, SelectionPlan
from qa_pipeline.rulepack.schema import ContactWindow, LedgerCheck, SelectionKind

_MEASURE_TEXT = {
    AcousticMeasure.shouting: "持续音量高于本通坐席中位音量（dB）",
    AcousticMeasure.talk_over: "抢话时长（秒）",
    AcousticMeasure.speech_rate: "语速（字/分钟）",
    AcousticMeasure.long_silence: "最长静默（秒）",
    AcousticMeasure.overtalk_count: "坐席抢话次数",
    AcousticMeasure.overtalk_seconds: "坐席抢话总时长（秒）",
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a metadata or ledger check found: the words for the evidence and the contacts it counted."""

    matched: str
    sentence: str
    contacts: tuple[LedgerEntry, ...] = ()
    flagged: tuple[Finding, ...] = ()   # flagged: the other rules' findings on the utterance


@dataclass(frozen=True, slots=True)
class CallCheck:
    """One metadata or ledger selection of a rule, with the pack's defaults filled in."""

    name: str
    kind: SelectionKind          # contact_window, calls_per_day or ledger
    window: ContactWindow | None = None  # contact_window: the call must start outside it
    limit: int = 0               # calls_per_day, ledger unanswered_per_number: more than this that day
    ledger: LedgerCheck | None = None
    failures_needed: int = 3     # ledger third_party_before_unreachable
    measure: AcousticMeasure | None = None  # acoustic: the measure, more than `over`
    over: float = 0.0
    categories: frozenset[str] = frozenset()  # flagged: findings of these categories

    @property
    def per_utterance(self) -> bool:
        """Holds of single utterances (acoustic turn measures, flagged), not of the call."""
        return self.kind == SelectionKind.flagged or (self.measure is not None and self.measure.per_utterance)

    def turns(self, transcript: Transcript, context: CallContext,
              prior: Sequence[Finding]) -> dict[int, CheckResult]:
        """The utterances a per-utterance check holds of, with what it found there."""
        out: dict[int, CheckResult] = {}
        if self.kind == SelectionKind.flagged:
            for f in prior:
                if f.utterance_index is not None and f.category in self.categories:
                    seen = out.get(f.utterance_index)
                    out[f.utterance_index] = CheckResult(
                        "、".join(f.evidence.matched) if seen is None else seen.matched,
                        f"该句已被规则 {f.rule_id}（{f.category}）标记。" if seen is None else seen.sentence,
                        flagged=(*(seen.flagged if seen else ()), f))
            return out
        sound, measure = context.acoustics, self.measure
        if sound is None or measure is None:
            return out
        for i, u in enumerate(transcript.utterances):
            if u.speaker != "agent":
                continue
            value = sound.value(measure, i)
            if value is not None and value > self.over:
                out[i] = CheckResult(f"{_MEASURE_TEXT[measure]} {value:g}",
                                     f"第 {i} 句坐席{_MEASURE_TEXT[measure]} {value:g}（阈值 {self.over:g}）。")
        return out

    def check(self, local: datetime, tz_name: str, context: CallContext) -> CheckResult | None:
        """The check's result when it holds on this call, else None."""
        day = f"{local.year:04d}-{local.month:02d}-{local.day:02d}"
        if self.kind == SelectionKind.contact_window:
            assert self.window is not None
            if self.window.contains(local.time()):
                return None
            return CheckResult(f"{local.hour:02d}:{local.minute:02d} {tz_name}",
                               f"通话开始于被叫方当地时间 {day} {local.hour:02d}:{local.minute:02d}（{tz_name}），"
                               f"不在允许联系时段 {self.window_text} 内。")
        if self.kind == SelectionKind.acoustic:
            assert self.measure is not None
            value = context.acoustics.value(self.measure) if context.acoustics is not None else None
            if value is None or value <= self.over:
                return None
            return CheckResult(f"{_MEASURE_TEXT[self.measure]} {value:g}",
                               f"通话{_MEASURE_TEXT[self.measure]} {value:g}（阈值 {self.over:g}）。")
        if self.kind == SelectionKind.flagged:
            return None
        target = context.attempt
        if self.kind == SelectionKind.calls_per_day:
            if target is not None:
                connected = connected_of_day(context.contacts, target)
                if not target.answered or len(connected) <= self.limit:
                    return None
                return CheckResult(f"第{len(connected)}次",
                                   f"这是当天（{target.local_date.isoformat()}，被叫方当地时间）对同一债务人的第 "
                                   f"{len(connected)} 次接通（所有机构合计），超过每日 {self.limit} 次的上限。",
                                   tuple(connected))
            if context.call_of_day is None or context.call_of_day <= self.limit:
                return None
            return CheckResult(f"第{context.call_of_day}次",
                               f"这是当天（{day}，{tz_name}）对同一债务人的第 {context.call_of_day} 次通话，"
                               f"超过每日 {self.limit} 次的上限。")
        if target is None:
            return None
        if self.ledger == LedgerCheck.unanswered_per_number:
            unanswered = unanswered_of_day(context.contacts, target)
            if target.answered or len(unanswered) <= self.limit:
                return None
            return CheckResult(f"未接通第{len(unanswered)}次",
                               f"当天（{target.local_date.isoformat()}，被叫方当地时间）对号码 {target.number} "
                               f"的第 {len(unanswered)} 次未接通呼叫，超过每日 {self.limit} 次的上限。",
                               tuple(unanswered))
        # third_party_before_unreachable: only where the debtor's own attempts were imported
        if not target.third_party or not target.answered or not any(
                not e.recorded_only and e.debtor_id == target.debtor_id for e in context.contacts):
            return None
        reach = debtor_reachability(context.contacts, target, self.failures_needed)
        if reach.unreachable:
            return None
        return CheckResult("债务人尚可联系", f"联系第三方时债务人尚未失联：{reach.reason}。", (*reach.attempts, target))

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
            elif sel.ledger is not None:
                checks.append(CallCheck(name, SelectionKind.ledger, ledger=sel.ledger,
                                        limit=sel.limit or settings.max_unanswered_per_number,
                                        failures_needed=settings.unreachable_after_failures))
            elif sel.acoustic is not None:
                over = sel.over if sel.over is not None else settings.acoustic.threshold(sel.acoustic)
                checks.append(CallCheck(name, SelectionKind.acoustic, measure=sel.acoustic, over=over))
            elif sel.flagged:
                checks.append(CallCheck(name, SelectionKind.flagged, categories=frozenset(sel.flagged)))
        out.append(CallRule(rule, tuple(checks), rule.positive_plans + rule.veto_plans))
    return out


def local_start(transcript: Transcript, default_timezone: str) -> datetime:
    """When the call started, in the callee's time zone."""
    return transcript.started_at.astimezone(zone(transcript.callee.timezone or default_timezone))


def call_findings(call_rules: list[CallRule], transcript: Transcript, context: CallContext, pack: RulePack,
                  utterance: Callable[[int], UtteranceContext], selector: Selector,
                  prior: Sequence[Finding] = ()) -> list[Finding]:
    """`utterance(i)`: the engine's context of utterance i (made once, shared with the utterance rules).
    `prior`: the utterance rules' findings (what `flagged` selections read).

    A rule with per-utterance checks (`flagged`, acoustic turn measures) is
    judged utterance by utterance, with its call-level checks and what was
    said in the call; its findings name the utterance.
    """
    tz_name = transcript.callee.timezone or pack.settings.default_timezone
    local = local_start(transcript, pack.settings.default_timezone)
    speakers = [u.speaker for u in transcript.utterances]
    findings: list[Finding] = []
    for call_rule in call_rules:
        held: dict[str, CheckResult] = {}
        per_turn: dict[str, dict[int, CheckResult]] = {}
        for check in call_rule.checks:
            if check.per_utterance:
                per_turn[check.name] = check.turns(transcript, context, prior)
                continue
            result = check.check(local, tz_name, context)
            if result is not None:
                held[check.name] = result
        said: dict[str, Said] = {}
        for plan in call_rule.content:
            for i, speaker in enumerate(speakers):
                if speaker != plan.speaker or not transcript.utterances[i].text:
                    continue
                found = selector.select(call_rule.rule, plan, utterance(i), {})
                if found:
                    said[plan.name] = Said(i, found)
                    break
        if not per_turn:
            if call_rule.rule.condition(frozenset(list(held) + list(said))):
                finding = call_finding(call_rule.rule, pack, list(held.values()), said, context)
                absent = [p for p in call_rule.content if p in call_rule.rule.veto_plans and p.name not in said]
                if absent:
                    _rests_on_what_was_not_heard(finding, call_rule.rule, transcript, absent, frozenset(
                        list(held) + list(said)), utterance, pack)
                findings.append(finding)
            continue
        for i in sorted({i for turns in per_turn.values() for i in turns}):
            here = {name: turns[i] for name, turns in per_turn.items() if i in turns}
            if call_rule.rule.condition(frozenset(list(held) + list(here) + list(said))):
                finding = call_finding(call_rule.rule, pack, [*held.values(), *here.values()], said, context)
                findings.append(_at_utterance(finding, transcript, i))
    return findings


# Where a speaker usually says what such a rule looks for (an agent's introduction, the
# identity question): their first turns.
OPENING_TURNS = 2


def _rests_on_what_was_not_heard(finding: Finding, rule: CompiledRule, transcript: Transcript,
                                 absent: list[SelectionPlan], present: frozenset[str],
                                 utterance: Callable[[int], UtteranceContext], pack: RulePack) -> None:
    """A finding that something was never said is only as sure as the recogniser was of what the
    speaker said where it is usually said (their opening turns). From audio it needs listening,
    cued to those turns, when
    - what it looks for is there by sound: an absent selection's pattern matches the opening read
      by sound (工号 heard as 公号, 我姓梁 as 我信两; see `soundalike`) and the finding would not
      hold had it been heard that way;
    - or an opening turn was heard with less than the pack's `asr_trust` (or marked unsure): it may
      have been said and misheard.
    A typed transcript (no recogniser confidence) is taken as said."""
    speaker = absent[0].speaker
    opening = [i for i, u in enumerate(transcript.utterances) if u.speaker == speaker][:OPENING_TURNS]
    heard = [i for i in opening if transcript.utterances[i].confidence is not None]
    if not heard:
        return
    settings = pack.settings.confidence
    near = _near_misses(rule, absent, present, heard, utterance, pack)
    if near is not None:
        index, name, miss = near
        u = transcript.utterances[index]
        finding.confidence = round(min(finding.confidence, 1.0 - pack.settings.phonetic.score), 3)
        finding.needs_listening = True
        finding.evidence.listen = ListenCue(
            reason=f"依据是“从未说过”，而 {clock(u.start)} 坐席说的「{miss.heard}」音近「{miss.alike}」"
                   f"（{name}），可能说了但被识别成了同音字，请听录音确认",
            start=u.start, end=u.end)
        return
    utterances = [transcript.utterances[i] for i in heard]
    worst = min(u.confidence for u in utterances if u.confidence is not None)
    if worst >= settings.asr_trust and not any(u.low_confidence for u in utterances):
        return
    finding.confidence = round(min(finding.confidence, worst / settings.asr_trust), 3)
    finding.needs_listening = True
    finding.evidence.listen = ListenCue(
        reason=f"依据是“从未说过”，而 {clock(utterances[0].start)} 起的开场白识别不可靠（置信度 {worst:.2f}），"
               "可能说了但没听清，请听录音确认",
        start=utterances[0].start, end=utterances[-1].end)


def _near_misses(rule: CompiledRule, absent: list[SelectionPlan], present: frozenset[str], opening: list[int],
                 utterance: Callable[[int], UtteranceContext],
                 pack: RulePack) -> tuple[int, str, NearMiss] | None:
    """The first absent regex selection that matches one of the opening turns read by sound, where
    the rule's condition would no longer hold with it: (turn, selection, what matched)."""
    pairs = tuple((a, b) for a, b in pack.settings.phonetic.fuzzy_pairs)
    missed: dict[str, tuple[int, str, NearMiss]] = {}
    for plan in absent:
        if plan.kind != SelectionKind.regex or not plan.regexes:
            continue
        # Each pattern is read towards its own literal characters: another pattern's (公 of 公司)
        # must not stop a homophone (公号) being read as this one's (工号).
        readers = [(sound_alike((p,), pairs), p) for p in plan.regexes]
        for i in opening:
            text = utterance(i).text
            found = next((m for m in (reader.near_miss(p, text) for reader, p in readers) if m is not None), None)
            if found is not None:
                missed[plan.name] = (i, plan.name, found)
                break
    if not missed or rule.condition(present | frozenset(missed)):
        return None
    return min(missed.values(), key=lambda m: (m[0], m[2].start))


def _at_utterance(finding: Finding, transcript: Transcript, index: int) -> Finding:
    """A per-utterance call rule's finding: on the utterance, as sure as the findings it builds on."""
    u = transcript.utterances[index]
    finding.utterance_index, finding.speaker, finding.start, finding.end, finding.text = \
        index, u.speaker, u.start, u.end, u.text
    finding.evidence.seek = u.start
    return finding


def contact_ref(entry: LedgerEntry) -> ContactRef:
    return ContactRef(attempt_id=entry.attempt_id, at=entry.at.isoformat(), result=entry.result.value,
                      agency=entry.agency, number=entry.number, call_id=entry.call_id,
                      recorded_only=entry.recorded_only)


def call_finding(rule: CompiledRule, pack: RulePack, held: list[CheckResult], said: dict[str, Said],
             context: CallContext) -> Finding:
    matched = [check.matched for check in held]
    sentences = [check.sentence for check in held]
    contacts = list(dict.fromkeys(entry for check in held for entry in check.contacts))
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
    flagged = [f for check in held for f in check.flagged]
    return Finding(rule_id=spec.id, category=spec.category, severity=spec.severity, title=spec.title,
                   pack=pack.name, pack_version=pack.version,
                   confidence=min((f.confidence for f in flagged), default=1.0),
                   needs_listening=any(f.needs_listening for f in flagged),
                   evidence=Evidence(matched=matched, explanation=" ".join(sentences),
                                     references=list(spec.references),
                                     attempt=context.attempt.attempt_id if contacts and context.attempt else None,
                                     contacts=[contact_ref(e) for e in contacts]))
