"""The rule engine: scan a transcript against a rule pack.

A fixed pipeline: normalize every utterance -> one pass of the pack's
automaton (terms by characters and by sound, and the literal anchors of the
regexes) over the whole call -> the utterances where some rule has what its
condition needs -> for each such rule, its selections on that utterance
(tokens only where a negation cue or a short term needs them), gated by the
dialogue state, worked out the first time a rule asks -> condition ->
finding with evidence. The engine knows selection kinds, never individual
rules.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from qa_pipeline.text._kernels import find_candidates, select_hits
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine.dialogue import DialogueTrace
from qa_pipeline.domain.findings import CallFindings, Evidence, Finding, Match, SEVERITY_ORDER
from qa_pipeline.text.lexicon import TermHit
from qa_pipeline.text.normalize import normalize_texts
from qa_pipeline.rulepack.loader import CompiledRule, Conjunct, RulePack, SelectionPlan, load_pack
from qa_pipeline.rulepack.schema import ContactWindow, DialogueState
from qa_pipeline.text.segment import clause_spans
from qa_pipeline.domain.transcript import Transcript

_SPEAKER_ZH = {"agent": "坐席", "customer": "客户"}
_new_tuple = tuple.__new__  # builds a named tuple without its Python-level constructor


class _GCPause:
    """Python's cycle collector held off while a call is scanned.

    A scan builds many small containers (hits, matches, findings) and frees
    them by reference counting; none forms a cycle. Every few hundred of
    them would still start a collection, and every so often a full one that
    walks every object the process holds (in the nightly audit, all of the
    day's work), which cost a quarter of the engine's time. Concurrent scans
    share one pause, counted under a lock; the collector comes back on when
    the last one ends, if it was on when the first began.
    """

    __slots__ = ("_lock", "_depth", "_restore")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._restore = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._restore = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._restore:
                gc.enable()


_GC_PAUSE = _GCPause()


@dataclass(slots=True)
class UtteranceContext:
    """One utterance as the rules see it. Clauses and jieba tokens are computed
    on demand, tokens only for the clause around a hit that needs them."""

    index: int
    speaker: str
    text: str  # normalized
    hits: dict[str, list[TermHit]]
    pack: RulePack
    _clauses: list[tuple[int, int]] | None = None
    _clause_tokens: dict[int, tuple[tuple[int, int], ...]] | None = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = clause_spans(self.text)
        return self._clauses

    def clause_of(self, offset: int) -> tuple[int, int]:
        spans = self._clauses
        if spans is None:
            spans = self._clauses = clause_spans(self.text)
        for span in spans:
            if span[0] <= offset < span[1]:
                return span
        return offset, offset + 1

    def tokens_around(self, offset: int) -> tuple[tuple[int, int], ...]:
        """jieba token spans (in utterance offsets) of the clause holding `offset`."""
        c_start, c_end = self.clause_of(offset)
        cache = self._clause_tokens
        if cache is None:
            cache = self._clause_tokens = {}
        tokens = cache.get(c_start)
        if tokens is None:
            tokens = tuple((c_start + s, c_start + e) for s, e in self.pack.segmenter.tokens(self.text[c_start:c_end]))
            cache[c_start] = tokens
        return tokens

    def aligned(self, start: int, end: int) -> bool:
        """The span is a whole word: it starts and ends on jieba token boundaries,
        or (for two or more characters) lies inside one token (公安 in 公安分局),
        but never straddles two (你妈 in 你|妈妈, 滚 in 滚动)."""
        first = last = None
        for s, e in self.tokens_around(start):
            if s <= start < e:
                first = (s, e)
            if s < end <= e:
                last = (s, e)
                break
        if first is None or last is None:
            return True
        if first == last:
            return end - start >= 2 or first == (start, end)
        return first[0] == start and last[1] == end

    def negated(self, start: int) -> bool:
        """A negation cue governs the text at `start` (same clause, close, no breaker)."""
        c_start = self.clause_of(start)[0]
        if not self.pack.negation_cue_pattern.search(self.text, c_start, start):
            return False  # no cue character before it in the clause: the common case
        neg = self.pack.settings.negation
        lexicons = self.pack.lexicon_sets
        cue_words = lexicons[neg.cues]
        tokens = self.tokens_around(start)
        target = next((i for i, (s, e) in enumerate(tokens) if s <= start < e), None)
        if target is None:
            return False
        verbs, breakers = lexicons[neg.condition_verbs], lexicons[neg.breakers]
        for ci, (t_start, t_end) in enumerate(tokens[:target]):
            if self.text[t_start:t_end] not in cue_words:
                continue  # not a cue, or a cue inside a longer word (不要脸, 不停)
            if ci >= target or target - ci - 1 > neg.max_tokens:
                continue
            between = [self.text[s:e] for s, e in tokens[ci + 1:target]]
            if any(w in breakers for w in between):
                continue  # 你不还我们就上门: 就 ends the condition
            after = self.text[tokens[ci + 1][0]:tokens[ci + 1][1]] if ci + 1 < len(tokens) else ""
            if after in verbs and ci + 1 != target:
                continue  # 不还钱 ... : a condition on the debtor, not a negated threat
            return True
        return False


@dataclass(frozen=True, slots=True)
class CallContext:
    """What the engine cannot see in one transcript; supplied by storage.

    `call_of_day`: this call's position (1-based) among the calls to the
    same debtor on the same calendar day in the callee's time.
    """

    call_of_day: int | None = None


_NO_CONTEXT = CallContext()
# A call-level selection: (name, contact window the call must be outside of, or
# None for the calls-per-day check, that check's limit, the window as text)
_CallCheck = tuple[str, "ContactWindow | None", int, str]


@dataclass(slots=True)
class Scanner:
    pack: RulePack
    _zone_cache: dict[str, ZoneInfo] = field(default_factory=dict)
    # speaker -> lexicon -> (rule position, the way's other lexicons, its
    # regexes) for every way a rule can fire that needs a hit of that lexicon;
    # each way is indexed once, under one of its lexicons, since it needs them all.
    _by_lexicon: dict[str, dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]]] = field(
        default_factory=dict)
    # speaker -> ways that need no lexicon, only regexes: tried per utterance
    # once a search over everything that speaker said found them.
    _regex_only: dict[str, list[tuple[int, Conjunct]]] = field(default_factory=dict)
    # (rule position, its checks, whether its condition holds when no check does)
    _call_rules: list[tuple[int, list[_CallCheck], bool]] = field(default_factory=list)
    # by rule position: None, or the dialogue state it needs as
    # (callee is a third party?, identity confirmed before?), None where it does not care
    _gates: list[tuple[bool | None, bool | None] | None] = field(default_factory=list)
    _scores: dict[str, float] = field(default_factory=dict)
    # by rule position: what every finding of it carries (id, category, severity, title, pack, version)
    _heads: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        phonetic = self.pack.settings.phonetic
        self._scores = {"literal": 1.0, "variant": phonetic.variant_score, "phonetic": phonetic.score}
        self._gates = [_gate(rule.dialogue) for rule in self.pack.rules]
        self._heads = [(r.spec.id, r.spec.category, r.spec.severity, r.spec.title, self.pack.name, self.pack.version)
                       for r in self.pack.rules]
        for position, rule in enumerate(self.pack.rules):
            if rule.spec.status == "deprecated":
                continue
            if rule.spec.scope == "call":
                settings = self.pack.settings
                checks: list[_CallCheck] = []
                for name, sel in rule.spec.detection.selections.items():
                    if sel.contact_window == "outside":
                        window = sel.window or settings.contact_window
                        checks.append((name, window, 0, _window_text(window)))
                    elif sel.calls_per_day == "over_limit":
                        checks.append((name, None, sel.limit or settings.max_calls_per_day, ""))
                self._call_rules.append((position, checks, bool(rule.condition(frozenset()))))
                continue
            speakers = ("agent", "customer") if rule.spec.scope == "any" else (rule.spec.scope,)
            for speaker in speakers:
                for way in rule.requirement:
                    if way.lexicons:
                        key = min(way.lexicons)
                        others = tuple(sorted(way.lexicons - {key}))
                        self._by_lexicon.setdefault(speaker, {}).setdefault(key, []).append(
                            (position, others, way.regexes))
                    else:
                        self._regex_only.setdefault(speaker, []).append((position, way))

    @classmethod
    def load(cls, rules_dir: str | Path, lexicons_dir: str | Path | None = None) -> "Scanner":
        return cls(load_pack(rules_dir, lexicons_dir))

    # -- the pipeline -------------------------------------------------------
    def scan(self, transcript: Transcript, context: CallContext | None = None) -> CallFindings:
        with _GC_PAUSE:
            return self._scan(transcript, context or _NO_CONTEXT)

    def _scan(self, transcript: Transcript, context: CallContext) -> CallFindings:
        pack = self.pack
        utterances = transcript.utterances
        texts = normalize_texts([u.text for u in utterances])
        hits = pack.matcher.find_each(texts)
        speakers = [u.speaker for u in utterances]
        found = self._call_findings(transcript, context) if self._call_rules else []
        gates = self._gates
        trace: DialogueTrace | None = None  # worked out when the first rule that reads it is a candidate
        for index, positions in self._candidates(speakers, texts, hits):
            ctx: UtteranceContext | None = None
            for position in positions:
                gate = gates[position]
                if gate is not None:
                    if trace is None:
                        trace = DialogueTrace(speakers, texts, hits, transcript.callee.relation,
                                              pack.settings.may_hear_debt, pack.dialogue)
                    third_party, confirmed = gate
                    if third_party is not None and third_party != trace.third_party:
                        continue
                    if confirmed is not None and confirmed != trace.confirmed_before[index]:
                        continue
                if ctx is None:
                    ctx = UtteranceContext(index, speakers[index], texts[index], hits[index], pack)
                finding = self._utterance_rule(position, ctx, transcript, trace)
                if finding:
                    found.append(finding)
        if len(found) > 1:
            found.sort(key=_finding_order)
        return CallFindings(transcript.call_id, found)

    def _candidates(self, speakers: list[str], texts: list[str],
                    hits: list[dict[str, list[TermHit]]]) -> list[tuple[int, list[int]]]:
        """(utterance, rule positions in order) for every utterance where some
        rule has what its requirement asks for; the rest cannot fire."""
        rules = self.pack.rules
        # Regex-only ways are tried per utterance only if they match somewhere in what that speaker said.
        regex_only: dict[str, list[tuple[int, Conjunct]]] = {}
        for speaker, ways in self._regex_only.items():  # none when every regex has anchors
            said = "\n".join(t for t, s in zip(texts, speakers) if s == speaker)
            regex_only[speaker] = [(p, w) for p, w in ways
                                   if rules[p].regex_prefilter is None or rules[p].regex_prefilter.search(said)]
        return find_candidates(speakers, texts, hits, self._by_lexicon, rules, regex_only)

    # -- call-level rules ---------------------------------------------------
    def local_start(self, transcript: Transcript) -> datetime:
        tz_name = transcript.callee.timezone or self.pack.settings.default_timezone
        zone = self._zone_cache.get(tz_name)
        if zone is None:
            zone = self._zone_cache[tz_name] = ZoneInfo(tz_name)
        return transcript.started_at.astimezone(zone)

    def _call_findings(self, transcript: Transcript, context: CallContext) -> list[Finding]:
        findings: list[Finding] = []
        local = self.local_start(transcript)
        local_time = local.time()
        call_of_day = context.call_of_day
        for position, checks, flags_on_nothing in self._call_rules:
            hit: list[_CallCheck] = []
            for check in checks:
                _name, window, limit, _text = check
                if window is not None:
                    if not window.start <= local_time < window.end:
                        hit.append(check)
                elif call_of_day is not None and call_of_day > limit:
                    hit.append(check)
            if (hit or flags_on_nothing) and self.pack.rules[position].condition(frozenset(c[0] for c in hit)):
                findings.append(self._call_finding(position, transcript, call_of_day, local, hit))
        return findings

    def _call_finding(self, position: int, transcript: Transcript, call_of_day: int | None,
                      local: datetime, hit: list[_CallCheck]) -> Finding:
        # Flagged: now write down why (formatting is the dear part, so only here, once).
        tz_name = transcript.callee.timezone or self.pack.settings.default_timezone
        # the fields formatted directly: strftime's text from year 1000 on, at a fraction of its cost
        stamp = (f"{local.year}-{local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"
                 if local.year >= 1000 else local.strftime("%Y-%m-%d %H:%M"))
        matched: list[str] = []
        sentences: list[str] = []
        for _name, window, limit, window_text in hit:
            if window is not None:
                matched.append(f"{stamp[11:]} {tz_name}")
                sentences.append(f"通话开始于被叫方当地时间 {stamp}（{tz_name}），不在允许联系时段 {window_text} 内。")
            else:
                matched.append(f"第{call_of_day}次")
                sentences.append(f"这是当天（{stamp[:10]}，{tz_name}）对同一债务人的第 {call_of_day} 次通话，"
                                 f"超过每日 {limit} 次的上限。")
        rule_id, category, severity, title, pack, version = self._heads[position]
        return Finding(rule_id, category, severity, None, None, None, None, None,
                       Evidence(matched=matched, explanation=" ".join(sentences)), title, pack, version)

    # -- utterance rules ----------------------------------------------------
    def _utterance_rule(self, position: int, ctx: UtteranceContext, transcript: Transcript,
                        trace: DialogueTrace | None) -> Finding | None:
        """The rule on one utterance whose dialogue state it accepts (the caller checks)."""
        rule = self.pack.rules[position]
        matches: dict[str, list[Match]] = {}
        for plan in rule.positive_plans:
            found = self._select(rule, plan, ctx, matches)
            if found:
                matches[plan.name] = found
        # No condition holds on nothing (refused at load); and the other
        # selections only appear under `not`, so they can only turn it false.
        if not matches or not rule.condition(frozenset(matches)):
            return None
        if len(matches) == 1:
            evidence = next(iter(matches.values()))
        else:
            evidence = [m for found in matches.values() for m in found]
        vetoed = False
        for plan in rule.veto_plans:
            found = self._select(rule, plan, ctx, matches)
            if found:
                matches[plan.name] = found
                vetoed = True
        if vetoed and not rule.condition(frozenset(matches)):
            return None
        # Flagged. Drop repeats (a hit used by two selections: the later
        # one's match stands, in the earlier one's place), gather the terms,
        # and make the finding as sure as its weakest evidence (one term
        # heard by sound makes it phonetic).
        if len(evidence) > 1:
            unique: dict[tuple[int, int, str], Match] = {}
            for m in evidence:
                unique[(m.start, m.end, m.term)] = m
            if len(unique) < len(evidence):
                evidence = list(unique.values())
        terms: dict[str, None] = {}
        score, phonetic = 1.0, False
        for m in evidence:
            terms[m.text] = None
            if m.score < score:
                score = m.score
            if m.phonetic:
                phonetic = True
        state = trace.state_at(ctx.index) if rule.dialogue is not None else None
        explanation = self._explain(rule, ctx, list(terms), phonetic, state, trace)
        u = transcript.utterances[ctx.index]
        rule_id, category, severity, title, pack, version = self._heads[position]
        return Finding(rule_id, category, severity, ctx.index, u.speaker, u.start, u.end, u.text,
                       Evidence(list(terms), explanation, evidence, score, phonetic, state),
                       title, pack, version)

    def _select(self, rule: CompiledRule, plan: SelectionPlan, ctx: UtteranceContext,
                done: dict[str, list[Match]]) -> list[Match]:
        out: list[Match] = []
        kind = plan.kind
        if kind == "lexicon":
            out = select_hits(plan.lexicons, ctx.hits, ctx.text, plan.name, plan.phonetic_min_chars,
                              plan.whole_words, plan.negatable, self._scores, ctx, Match)
            return _not_within(out, plan, ctx.text) if out and plan.not_within else out
        elif kind == "regex":
            text = ctx.text
            for pattern in plan.regexes:
                for m in pattern.finditer(text):
                    start, end = m.span()
                    if end > start and not (plan.negatable and ctx.negated(start)):
                        found = m.group(0)
                        out.append(_new_tuple(Match, (found, found, start, end, plan.name, False, 1.0)))
        else:
            a_name, b_name = plan.near
            a = done.get(a_name) if a_name in done else self._select(rule, rule.plan(a_name), ctx, done)
            if not a:
                return out
            b = done.get(b_name) if b_name in done else self._select(rule, rule.plan(b_name), ctx, done)
            for ma in a:
                for mb in b or ():
                    if ma.start < mb.end and mb.start < ma.end:
                        continue  # overlapping hits are one word (联系 in 联系人), not two
                    if plan.ordered and mb.start < ma.end:
                        continue
                    gap = max(mb.start - ma.end, ma.start - mb.end, 0)
                    if gap > plan.within:
                        continue
                    if plan.same_clause and ctx.clause_of(ma.start) != ctx.clause_of(mb.start):
                        continue
                    if plan.negatable and ctx.negated(min(ma.start, mb.start)):
                        continue
                    out.extend((ma, mb))
        return out

    def _explain(self, rule: CompiledRule, ctx: UtteranceContext, terms: list[str], phonetic: bool,
                 state: str | None, trace: DialogueTrace | None) -> str:
        spec = rule.spec
        matched = "「" + "」、「".join(terms) + "」"
        speaker = _SPEAKER_ZH.get(ctx.speaker, ctx.speaker)
        if spec.explanation:
            text = spec.explanation.format(matched=matched, speaker=speaker, title=spec.title)
        else:
            text = f"{speaker}说了{matched}：{spec.title}。"
        if state == "third_party" and trace.third_party_reason:
            text += f" 对方不是债务人本人（{trace.third_party_reason}）。"
        elif state == "unconfirmed":
            text += " 此时对方尚未确认是债务人本人。"
        return text + "（部分词语按读音匹配，可能是语音识别的同音错误）" if phonetic else text


def _not_within(found: list[Match], plan: SelectionPlan, text: str) -> list[Match]:
    """The matches that do not lie inside a match of one of the plan's `not_within`."""
    if plan.not_within_any is not None and not plan.not_within_any.search(text):
        return found  # the common case: none of them anywhere in the utterance
    spans = [m.span() for pattern in plan.not_within for m in pattern.finditer(text)]
    if not spans:
        return found
    return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]


def _gate(want: DialogueState | None) -> tuple[bool | None, bool | None] | None:
    """A rule's `dialogue:` as (callee is a third party?, identity confirmed before?)."""
    if want is None:
        return None
    third_party = {"third_party": True, "may_hear_debt": False}.get(want.callee or "")
    confirmed = {"confirmed": True, "unconfirmed": False}.get(want.identity or "")
    return third_party, confirmed


def _window_text(window: ContactWindow) -> str:
    return f"{window.start.isoformat(timespec='minutes')}-{window.end.isoformat(timespec='minutes')}"


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.utterance_index if f.utterance_index is not None else -1, -SEVERITY_ORDER[f.severity], f.rule_id)


@lru_cache(maxsize=4)
def _cached_scanner(rules_dir: str, lexicons_dir: str | None) -> Scanner:
    return Scanner.load(rules_dir, lexicons_dir)


def get_scanner(settings: Settings | None = None) -> Scanner:
    """The scanner for the configured rule pack, loaded once per process."""
    settings = settings or get_settings()
    return _cached_scanner(str(settings.rules_dir), str(settings.lexicons_dir) if settings.lexicons_dir else None)
