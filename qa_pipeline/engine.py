"""The rule engine: scan a transcript against a rule pack.

A fixed pipeline: normalize every utterance -> one pass of the pack's
literal and phonetic automata per utterance -> dialogue state -> for each
rule in scope, evaluate its selections on the utterances that have a hit it
could use (tokens only where a negation cue or a short term needs them) ->
condition -> finding with evidence. The engine knows selection kinds, never
individual rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.dialogue import DialogueTrace, trace_dialogue
from qa_pipeline.findings import CallFindings, Evidence, Finding, Match, SEVERITY_ORDER
from qa_pipeline.lexicon import TermHit
from qa_pipeline.normalize import NormalizedText, normalize_many
from qa_pipeline.rulepack.loader import CompiledRule, RulePack, load_pack
from qa_pipeline.segment import Clause, split_clauses
from qa_pipeline.transcript import Transcript

_SPEAKER_ZH = {"agent": "坐席", "customer": "客户"}


@dataclass(slots=True)
class UtteranceContext:
    """One utterance as the rules see it. Clauses and jieba tokens are computed
    on demand, tokens only for the clause around a hit that needs them."""

    index: int
    speaker: str
    norm: NormalizedText
    hits: dict[str, list[TermHit]]
    pack: RulePack
    _clauses: list[Clause] | None = None
    _clause_tokens: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def clauses(self) -> list[Clause]:
        if self._clauses is None:
            self._clauses = split_clauses(self.text)
        return self._clauses

    def clause_of(self, offset: int) -> tuple[int, int]:
        for c in self.clauses:
            if c.start <= offset < c.end:
                return c.start, c.end
        return offset, offset + 1

    def tokens_around(self, offset: int) -> tuple[tuple[int, int], ...]:
        """jieba token spans (in utterance offsets) of the clause holding `offset`."""
        c_start, c_end = self.clause_of(offset)
        tokens = self._clause_tokens.get(c_start)
        if tokens is None:
            tokens = tuple((c_start + s, c_start + e) for s, e in self.pack.segmenter.tokens(self.text[c_start:c_end]))
            self._clause_tokens[c_start] = tokens
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
        neg = self.pack.settings.negation
        c_start, _ = self.clause_of(start)
        lexicons = self.pack.lexicon_sets
        cue_words = lexicons[neg.cues]
        before = self.text[c_start:start]
        if not any(ch in before for ch in self.pack.negation_cue_chars):
            return False
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


@dataclass(slots=True)
class Scanner:
    pack: RulePack
    _zone_cache: dict[str, ZoneInfo] = field(default_factory=dict)
    # (speaker, lexicon) -> rules a hit in that lexicon can fire; rules with a
    # regex selection are tried on every utterance of their speaker.
    _by_lexicon: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    _with_regex: dict[str, list[int]] = field(default_factory=dict)
    _call_rules: list[CompiledRule] = field(default_factory=list)
    _scores: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        phonetic = self.pack.settings.phonetic
        self._scores = {"literal": 1.0, "variant": phonetic.variant_score, "phonetic": phonetic.score}
        for position, rule in enumerate(self.pack.rules):
            if rule.spec.status == "deprecated":
                continue
            if rule.spec.scope == "call":
                self._call_rules.append(rule)
                continue
            speakers = ("agent", "customer") if rule.spec.scope == "any" else (rule.spec.scope,)
            for speaker in speakers:
                for lexicon in rule.trigger_lexicons:
                    self._by_lexicon.setdefault((speaker, lexicon), []).append(position)
                if rule.needs_regex:
                    self._with_regex.setdefault(speaker, []).append(position)

    @classmethod
    def load(cls, rules_dir: str | Path, lexicons_dir: str | Path | None = None) -> "Scanner":
        return cls(load_pack(rules_dir, lexicons_dir))

    # -- the pipeline -------------------------------------------------------
    def scan(self, transcript: Transcript, context: CallContext | None = None) -> CallFindings:
        pack = self.pack
        context = context or CallContext()
        utts = transcript.utterances
        norms = normalize_many([u.text for u in utts])
        hits = pack.matcher.find_each([n.text for n in norms])
        contexts = [UtteranceContext(i, u.speaker, n, h, pack) for i, (u, n, h) in enumerate(zip(utts, norms, hits))]
        trace = trace_dialogue([u.speaker for u in utts], [n.text for n in norms],
                               transcript.callee.relation, pack.settings.may_hear_debt, pack.dialogue)
        findings: list[Finding] = []
        local = self.local_start(transcript) if self._call_rules else None
        for rule in self._call_rules:
            finding = self._call_rule(rule, transcript, context, local)
            if finding:
                findings.append(finding)
        rules = pack.rules
        # Regex rules are tried per utterance only if they match somewhere in what that speaker said.
        regex_rules: dict[str, list[int]] = {}
        for speaker, positions in self._with_regex.items():
            said = "\n".join(c.text for c in contexts if c.speaker == speaker)
            regex_rules[speaker] = [p for p in positions if rules[p].regex_prefilter.search(said)]
        for ctx in contexts:
            if not ctx.text:
                continue
            candidates: set[int] = set()
            for lexicon in ctx.hits:
                candidates.update(self._by_lexicon.get((ctx.speaker, lexicon), ()))
            for position in regex_rules.get(ctx.speaker, ()):
                if position not in candidates and rules[position].regex_prefilter.search(ctx.text):
                    candidates.add(position)
            for position in sorted(candidates):
                finding = self._utterance_rule(rules[position], ctx, transcript, trace)
                if finding:
                    findings.append(finding)
        findings.sort(key=lambda f: (f.utterance_index if f.utterance_index is not None else -1,
                                     -SEVERITY_ORDER[f.severity], f.rule_id))
        return CallFindings(transcript.call_id, findings)

    # -- call-level rules ---------------------------------------------------
    def local_start(self, transcript: Transcript) -> datetime:
        tz_name = transcript.callee.timezone or self.pack.settings.default_timezone
        zone = self._zone_cache.get(tz_name)
        if zone is None:
            zone = self._zone_cache[tz_name] = ZoneInfo(tz_name)
        return transcript.started_at.astimezone(zone)

    def _call_rule(self, rule: CompiledRule, transcript: Transcript, context: CallContext,
                   local: datetime) -> Finding | None:
        settings = self.pack.settings
        tz_name = transcript.callee.timezone or settings.default_timezone
        hit: set[str] = set()
        matched: list[str] = []
        sentences: list[str] = []
        for name, sel in rule.spec.detection.selections.items():
            if sel.contact_window == "outside":
                window = sel.window or settings.contact_window
                if not window.contains(local.time()):
                    hit.add(name)
                    matched.append(f"{local:%H:%M} {tz_name}")
                    sentences.append(f"通话开始于被叫方当地时间 {local:%Y-%m-%d %H:%M}（{tz_name}），"
                                     f"不在允许联系时段 {window.start:%H:%M}-{window.end:%H:%M} 内。")
            elif sel.calls_per_day == "over_limit" and context.call_of_day is not None:
                limit = sel.limit or settings.max_calls_per_day
                if context.call_of_day > limit:
                    hit.add(name)
                    matched.append(f"第{context.call_of_day}次")
                    sentences.append(f"这是当天（{local:%Y-%m-%d}，{tz_name}）对同一债务人的第 {context.call_of_day} 次通话，"
                                     f"超过每日 {limit} 次的上限。")
        if not rule.condition(frozenset(hit)):
            return None
        return self._finding(rule, None, transcript, Evidence(matched=matched, explanation=" ".join(sentences)))

    # -- utterance rules ----------------------------------------------------
    def _utterance_rule(self, rule: CompiledRule, ctx: UtteranceContext, transcript: Transcript,
                        trace: DialogueTrace) -> Finding | None:
        spec = rule.spec
        if spec.scope != "any" and spec.scope != ctx.speaker:
            return None
        if not ctx.text:
            return None
        if not rule.needs_regex and not any(l in ctx.hits for l in rule.trigger_lexicons):
            return None
        want = spec.detection.dialogue
        if want is not None:
            if want.callee == "third_party" and not trace.third_party:
                return None
            if want.callee == "may_hear_debt" and trace.third_party:
                return None
            if want.identity == "confirmed" and not trace.confirmed_before[ctx.index]:
                return None
            if want.identity == "unconfirmed" and trace.confirmed_before[ctx.index]:
                return None
        matches: dict[str, list[Match]] = {}
        # Positive selections first: with none of them, no condition can hold
        # (a condition true on nothing is refused at load), so filters are skipped.
        for name in rule.positive:
            found = self._select(rule, name, ctx, matches)
            if found:
                matches[name] = found
        if not matches:
            return None
        for name in spec.detection.selections:
            if name not in rule.positive and name not in matches:
                found = self._select(rule, name, ctx, matches)
                if found:
                    matches[name] = found
        if not rule.condition(frozenset(matches)):
            return None
        evidence_matches = [m for name in spec.detection.selections if name in rule.positive
                            for m in matches.get(name, [])]
        evidence_matches = list({(m.start, m.end, m.term): m for m in evidence_matches}.values())
        # A finding is as sure as its weakest evidence: one term heard by sound makes it phonetic.
        phonetic = any(m.phonetic for m in evidence_matches)
        score = min((m.score for m in evidence_matches), default=1.0)
        terms = list(dict.fromkeys(m.text for m in evidence_matches))
        state = trace.state_at(ctx.index) if want is not None else None
        explanation = self._explain(rule, ctx, terms, evidence_matches, state, trace)
        return self._finding(rule, ctx.index, transcript, Evidence(
            matched=terms, explanation=explanation, matches=evidence_matches, score=score,
            phonetic=phonetic, dialogue_state=state))

    def _select(self, rule: CompiledRule, name: str, ctx: UtteranceContext,
                done: dict[str, list[Match]]) -> list[Match]:
        sel = rule.spec.detection.selections[name]
        out: list[Match] = []
        if sel.lexicon or sel.terms:
            scores = self._scores
            for lex in rule.selection_lexicons[name]:
                for h in ctx.hits.get(lex, ()):
                    if h.kind == "phonetic" and (not sel.phonetic or h.end - h.start < sel.phonetic_min_chars):
                        continue
                    if sel.whole_words and h.end - h.start <= 2 and not ctx.aligned(h.start, h.end):
                        continue
                    if sel.negatable and ctx.negated(h.start):
                        continue
                    out.append(Match(h.term, ctx.text[h.start:h.end], h.start, h.end, name,
                                     h.kind != "literal", scores[h.kind]))
        elif sel.regex:
            for pattern in rule.regexes[name]:
                for m in pattern.finditer(ctx.text):
                    if m.end() > m.start() and not (sel.negatable and ctx.negated(m.start())):
                        out.append(Match(m.group(0), m.group(0), m.start(), m.end(), name))
        elif sel.near:
            a_name, b_name = sel.near
            a = done.get(a_name) if a_name in done else self._select(rule, a_name, ctx, done)
            b = done.get(b_name) if b_name in done else self._select(rule, b_name, ctx, done)
            for ma in a or ():
                for mb in b or ():
                    if ma.start < mb.end and mb.start < ma.end:
                        continue  # overlapping hits are one word (联系 in 联系人), not two
                    if sel.ordered and mb.start < ma.end:
                        continue
                    gap = max(mb.start - ma.end, ma.start - mb.end, 0)
                    if gap > sel.within:
                        continue
                    if sel.same_clause and ctx.clause_of(ma.start) != ctx.clause_of(mb.start):
                        continue
                    if sel.negatable and ctx.negated(min(ma.start, mb.start)):
                        continue
                    out.extend((ma, mb))
        return out

    def _explain(self, rule: CompiledRule, ctx: UtteranceContext, terms: list[str], matches: list[Match],
                 state: str | None, trace: DialogueTrace) -> str:
        spec = rule.spec
        matched = "、".join(f"「{t}」" for t in terms)
        sound = "（部分词语按读音匹配，可能是语音识别的同音错误）" if any(m.phonetic for m in matches) else ""
        if spec.explanation:
            text = spec.explanation.format(matched=matched, speaker=_SPEAKER_ZH.get(ctx.speaker, ctx.speaker),
                                           title=spec.title)
        else:
            text = f"{_SPEAKER_ZH.get(ctx.speaker, ctx.speaker)}说了{matched}：{spec.title}。"
        if state == "third_party" and trace.third_party_reason:
            text += f" 对方不是债务人本人（{trace.third_party_reason}）。"
        elif state == "unconfirmed":
            text += " 此时对方尚未确认是债务人本人。"
        return text + sound

    def _finding(self, rule: CompiledRule, index: int | None, transcript: Transcript,
                 evidence: Evidence) -> Finding:
        u = transcript.utterances[index] if index is not None else None
        return Finding(
            rule_id=rule.id, category=rule.spec.category, severity=rule.spec.severity,
            utterance_index=index, speaker=u.speaker if u else None, start=u.start if u else None,
            end=u.end if u else None, text=u.text if u else None, evidence=evidence,
            title=rule.spec.title, pack=self.pack.name, pack_version=self.pack.version)


@lru_cache(maxsize=4)
def _cached_scanner(rules_dir: str, lexicons_dir: str | None) -> Scanner:
    return Scanner.load(rules_dir, lexicons_dir)


def get_scanner(settings: Settings | None = None) -> Scanner:
    """The scanner for the configured rule pack, loaded once per process."""
    settings = settings or get_settings()
    return _cached_scanner(str(settings.rules_dir), str(settings.lexicons_dir) if settings.lexicons_dir else None)
