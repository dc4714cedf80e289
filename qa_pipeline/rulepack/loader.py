"""Load a rule pack folder: validate everything, compile it once.

Every problem is reported as a RulePackError naming the file, the rule and
the field, e.g. `rules/cn_collection/threat/violence.yaml: rule
cn.threat.violence: detection.condition: condition names 'harm2', which is
not a selection of this rule`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from qa_pipeline.errors import RulePackError, first_validation_problem
from qa_pipeline.rulepack.anchors import Frequency, anchors_of
from qa_pipeline.rulepack.condition import (
    NO_REQUIREMENT,
    Condition,
    ConditionError,
    Requirement,
    all_of,
    any_of,
    compile_condition,
)
from qa_pipeline.rulepack.regulations import REGULATIONS, Regulations, check_regulations
from qa_pipeline.rulepack.schema import (
    DialogueGate,
    PackManifest,
    Rule,
    Selection,
    SelectionKind,
    SemanticSettings,
)
from qa_pipeline.rulepack.scorecard import SCORECARD, Scorecard, check_scorecard
from qa_pipeline.text.lexicon import (
    Lexicon,
    LexiconEntry,
    TermMatcher,
    load_lexicon,
    phonetic_encoder,
)
from qa_pipeline.text.normalize import normalize_texts
from qa_pipeline.text.segment import Segmenter

MANIFEST = "pack.yaml"
# libyaml's safe loader where PyYAML was built with it (a pack parses about ten times faster), the
# pure-Python one otherwise; both build plain data only.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class SemanticPlan:
    """A `similar` selection's example sentences (normalized) and threshold."""

    like: tuple[str, ...]
    unlike: tuple[str, ...]
    threshold: float


@dataclass(frozen=True, slots=True)
class SelectionPlan:
    """One selection on what was said, flattened for the engine (no pydantic
    attribute look-ups per hit)."""

    name: str
    kind: SelectionKind
    speaker: str = "agent"                  # call-level rules: whose turns it is looked for in
    lexicons: tuple[str, ...] = ()          # real or inline lexicon names (a similar selection: its hits' name)
    regexes: tuple[re.Pattern[str], ...] = ()
    near: tuple[str, str] | None = None
    phonetic_min_chars: int = 0             # 0: hits found by sound are refused
    whole_words: bool = False
    negatable: bool = False
    within: int = 0
    ordered: bool = False
    same_clause: bool = True
    not_within: tuple[re.Pattern[str], ...] = ()  # a hit inside a match of one of these is dropped
    not_within_any: re.Pattern[str] | None = None  # one search: does any of them match at all?
    semantic: SemanticPlan | None = None


@dataclass(frozen=True, slots=True)
class Conjunct:
    """One way a rule can fire: every lexicon here has a hit in the utterance
    and every regex selection here matches it. Necessary, not sufficient."""

    lexicons: frozenset[str]
    regexes: tuple[str, ...] = ()  # selection names


@dataclass(slots=True)
class CompiledRule:
    spec: Rule
    source: str
    condition: Condition
    # the condition's necessary condition in lexicons and regexes (see Conjunct)
    requirement: tuple[Conjunct, ...] = ()
    # selections named without `not` (their matches are the evidence), and
    # those only named under `not` (they can only veto a finding)
    positive_plans: tuple[SelectionPlan, ...] = ()
    veto_plans: tuple[SelectionPlan, ...] = ()
    # one search over all the rule's regexes: rules whose regexes have no
    # literal anchors are tried only where this finds something
    regex_prefilter: re.Pattern[str] | None = None
    _plan_by_name: dict[str, SelectionPlan] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._plan_by_name = {p.name: p for p in self.positive_plans + self.veto_plans}

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def dialogue(self) -> DialogueGate | None:
        """Where the conversation must stand for the rule to apply."""
        return self.spec.detection.dialogue

    def plan(self, name: str) -> SelectionPlan:
        return self._plan_by_name[name]

    def regexes_match(self, selections: tuple[str, ...], text: str) -> bool:
        """Every one of these regex selections finds something in `text`."""
        return all(any(p.search(text) for p in self.plan(name).regexes) for name in selections)


@dataclass(slots=True)
class RulePack:
    manifest: PackManifest
    root: Path
    rules: list[CompiledRule]
    lexicons: dict[str, Lexicon]
    matcher: TermMatcher
    segmenter: Segmenter
    dialogue: DialoguePatterns
    scorecard: Scorecard | None = None  # scorecard.yaml beside the manifest, if the pack has one
    regulations: Regulations | None = None  # regulations.yaml beside the manifest, if the pack has one
    files: list[str] = field(default_factory=list)
    _lexicon_sets: dict[str, frozenset[str]] | None = None
    _negation_cue_chars: frozenset[str] | None = None
    _negation_cue_pattern: re.Pattern[str] | None = None
    _negation_rhetorical: re.Pattern[str] | None = None
    _names: re.Pattern[str] | None = None

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def settings(self):
        return self.manifest.settings

    @property
    def negation_cue_chars(self) -> frozenset[str]:
        """First characters of the negation cues: a clause without any has no negation."""
        chars = self._negation_cue_chars
        if chars is None:
            chars = self._negation_cue_chars = frozenset(
                term[0] for term in self.lexicons[self.settings.negation.cues].terms)
        return chars

    @property
    def negation_cue_pattern(self) -> re.Pattern[str]:
        """A search for any first character of a negation cue (C speed)."""
        pattern = self._negation_cue_pattern
        if pattern is None:
            chars = "".join(sorted(self.negation_cue_chars))
            pattern = self._negation_cue_pattern = re.compile(f"[{re.escape(chars)}]") if chars else re.compile("(?!)")
        return pattern

    @property
    def negation_rhetorical(self) -> re.Pattern[str]:
        pattern = self._negation_rhetorical
        if pattern is None:
            pattern = self._negation_rhetorical = re.compile(self.settings.negation.rhetorical)
        return pattern

    @property
    def names(self) -> re.Pattern[str] | None:
        """The pack's proper-name patterns (`phonetic.names`) joined, or None."""
        if self._names is None and self.settings.phonetic.names:
            self._names = re.compile("|".join(f"(?:{p})" for p in self.settings.phonetic.names))
        return self._names

    @property
    def lexicon_sets(self) -> dict[str, frozenset[str]]:
        """Each lexicon's terms as a set, for membership tests."""
        sets = self._lexicon_sets
        if sets is None:
            sets = self._lexicon_sets = {name: frozenset(lex.terms) for name, lex in self.lexicons.items()}
        return sets

    def rule(self, rule_id: str) -> CompiledRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


@dataclass(frozen=True, slots=True)
class DialoguePatterns:
    identity_question: re.Pattern[str]
    affirm: re.Pattern[str]
    deny: re.Pattern[str]
    deny_answer: re.Pattern[str] | None
    self_identify: re.Pattern[str] | None
    liable_party: re.Pattern[str] | None
    liable_question: re.Pattern[str] | None
    non_answer: re.Pattern[str] | None
    filler: re.Pattern[str] | None
    unclear_max_chars: int


def _join(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RulePackError(str(path), None, "not UTF-8 text") from None
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulePackError(str(path), where, f"invalid YAML: {problem}") from None


def _validate(model: type[BaseModel], data: Any, source: str, rule_id: str | None = None) -> Any:
    if not isinstance(data, dict):
        raise RulePackError(source, None, "expected a mapping of fields")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        loc, msg = first_validation_problem(exc, whole="(top level)", unknown_field="is not a known field")
        prefix = f"rule {rule_id}: " if rule_id else ""
        raise RulePackError(source, f"{prefix}{loc}", msg) from None


_PackFile = TypeVar("_PackFile", bound=BaseModel)


def _pack_file(path: Path, model: type[_PackFile], check: Callable[[_PackFile, Iterable[str], str], None],
               rule_ids: Iterable[str]) -> _PackFile | None:
    """An optional file beside the manifest (scorecard, regulation catalogue), validated, and its
    rule ids checked against the pack's; None when the pack has none."""
    if not path.is_file():
        return None
    loaded: _PackFile = _validate(model, _read_yaml(path), str(path))
    check(loaded, rule_ids, str(path))
    return loaded


def load_pack(root: str | Path, lexicons_dir: str | Path | None = None) -> RulePack:
    root = Path(root)
    manifest_path = root / MANIFEST
    if not root.is_dir():
        raise RulePackError(str(root), None, "rule pack folder not found")
    if not manifest_path.is_file():
        raise RulePackError(str(manifest_path), None, "pack manifest not found")
    manifest: PackManifest = _validate(PackManifest, _read_yaml(manifest_path), str(manifest_path))
    settings = manifest.settings
    lex_dir = Path(lexicons_dir) if lexicons_dir else (root / manifest.lexicons).resolve()
    if not lex_dir.is_dir():
        raise RulePackError(str(manifest_path), "lexicons", f"lexicon folder {lex_dir} not found")

    lexicons: dict[str, Lexicon] = {}
    for path in sorted(lex_dir.glob("*.txt")):
        lexicons[path.stem] = load_lexicon(path)
    for field_name in ("cues", "condition_verbs", "breakers"):
        name = getattr(settings.negation, field_name)
        if name not in lexicons:
            raise RulePackError(str(manifest_path), f"settings.negation.{field_name}",
                                f"lexicon {name!r} not found in {lex_dir}")

    beside_manifest = (MANIFEST, SCORECARD, REGULATIONS)  # the pack's own files, not rules
    rule_files = sorted(p for p in root.rglob("*.yaml") if p.parent != root or p.name not in beside_manifest)
    rule_files += sorted(root.rglob("*.yml"))
    if not rule_files:
        raise RulePackError(str(root), None, "rule pack has no rule files")

    rules: list[CompiledRule] = []
    seen_ids: dict[str, str] = {}
    used_lexicons: dict[str, int] = {}  # name -> shortest term a selection matches by sound (0: none)
    inline: dict[str, Lexicon] = {}
    for path in rule_files:
        data = _read_yaml(path)
        rule_id = data.get("id") if isinstance(data, dict) else None
        spec: Rule = _validate(Rule, data, str(path), rule_id if isinstance(rule_id, str) else None)
        if spec.id in seen_ids:
            raise RulePackError(str(path), f"rule {spec.id}: id", f"duplicate rule id, also in {seen_ids[spec.id]}")
        seen_ids[spec.id] = str(path)
        rules.append(_compile_rule(spec, str(path), lexicons, used_lexicons, inline, settings.semantic))

    # The files beside the manifest that name rules, checked before the automaton is built: an
    # error in them is reported at once.
    scorecard = _pack_file(root / SCORECARD, Scorecard, check_scorecard, seen_ids)
    regulations = _pack_file(root / REGULATIONS, Regulations, check_regulations, seen_ids)

    encoder = phonetic_encoder(tuple(tuple(p) for p in settings.phonetic.fuzzy_pairs))
    matcher = TermMatcher(encoder, phonetic_min_chars=settings.phonetic.min_chars)
    negation_lexicons = {settings.negation.cues, settings.negation.condition_verbs, settings.negation.breakers}
    # Negation words (不, 就, 还 ...) are everywhere; they are looked up only in
    # the clause of a hit that needs the check, never scanned for up front.
    all_lexicons = {**lexicons, **inline}
    user_words: set[str] = set()
    for name, min_chars in used_lexicons.items():
        for entry in all_lexicons[name].entries:
            matcher.add(name, entry, phonetic=bool(min_chars) and len(entry.term) >= min_chars)
            user_words.add(entry.term)
    for name in negation_lexicons:
        user_words.update(all_lexicons[name].terms)
    segmenter = Segmenter(user_words)
    # Regex selections that can make a rule fire get literal anchors in the
    # same automaton (not in the segmenter: they are not words of the pack).
    d = settings.dialogue
    for anchor_lexicon in [lex for rule in rules for lex in _add_anchors(rule, segmenter.frequency)]:
        for entry in anchor_lexicon.entries:
            matcher.add(anchor_lexicon.name, entry, phonetic=False)
    matcher.build()

    dialogue = DialoguePatterns(
        identity_question=_join(d.identity_question), affirm=_join(d.affirm), deny=_join(d.deny),
        deny_answer=_join(d.deny_answer) if d.deny_answer else None,
        self_identify=_join(d.self_identify) if d.self_identify else None,
        liable_party=_join(d.liable_party) if d.liable_party else None,
        liable_question=_join(d.liable_question) if d.liable_question else None,
        non_answer=_join(d.non_answer) if d.non_answer else None,
        filler=re.compile(d.filler) if d.filler else None,
        unclear_max_chars=d.unclear_max_chars)
    return RulePack(manifest=manifest, root=root, rules=rules, lexicons=all_lexicons, matcher=matcher,
                    segmenter=segmenter, dialogue=dialogue, scorecard=scorecard, regulations=regulations,
                    files=[str(manifest_path)] + [str(p) for p in rule_files]
                    + ([str(root / SCORECARD)] if scorecard else [])
                    + ([str(root / REGULATIONS)] if regulations else []))


def _want_phonetic(used: dict[str, int], lexicon: str, sel: Selection) -> None:
    known = used.get(lexicon, 0)
    if sel.phonetic:
        used[lexicon] = min(known, sel.phonetic_min_chars) if known else sel.phonetic_min_chars
    else:
        used.setdefault(lexicon, 0)


def _compile_rule(spec: Rule, source: str, lexicons: dict[str, Lexicon],
                  used_lexicons: dict[str, int], inline: dict[str, Lexicon],
                  semantic: SemanticSettings) -> CompiledRule:
    det = spec.detection
    selection_lexicons: dict[str, tuple[str, ...]] = {}
    regexes: dict[str, tuple[re.Pattern[str], ...]] = {}
    semantics: dict[str, SemanticPlan] = {}

    def fail(fld: str, msg: str) -> RulePackError:
        return RulePackError(source, f"rule {spec.id}: {fld}", msg)

    for name, sel in det.selections.items():
        fld = f"detection.selections.{name}"
        if sel.lexicon:
            for lex in sel.lexicon:
                if lex not in lexicons:
                    raise fail(f"{fld}.lexicon", f"lexicon {lex!r} not found (known: {', '.join(sorted(lexicons))})")
                _want_phonetic(used_lexicons, lex, sel)
            selection_lexicons[name] = tuple(sel.lexicon)
        elif sel.terms:
            lex_name = f"{spec.id}:{name}"
            inline[lex_name] = Lexicon(lex_name, [LexiconEntry(t.strip()) for t in sel.terms], source)
            _want_phonetic(used_lexicons, lex_name, sel)
            selection_lexicons[name] = (lex_name,)
        elif sel.regex:
            regexes[name] = tuple(re.compile(r) for r in sel.regex)
        elif sel.similar:
            # Its hits are found by the engine's semantic pass and filed under this name.
            selection_lexicons[name] = (f"{spec.id}:{name}{SIMILAR_HITS}",)
            semantics[name] = SemanticPlan(like=tuple(normalize_texts(sel.similar.like)),
                                           unlike=tuple(normalize_texts(sel.similar.unlike)),
                                           threshold=sel.similar.threshold or semantic.threshold)
        elif sel.near:
            for other in sel.near:
                if other not in det.selections:
                    raise fail(f"{fld}.near", f"{other!r} is not a selection of this rule")
                if det.selections[other].kind not in (SelectionKind.lexicon, SelectionKind.terms, SelectionKind.regex):
                    raise fail(f"{fld}.near", f"{other!r} must be a term, lexicon or regex selection")
        for call_kind in ("contact_window", "calls_per_day", "ledger", "acoustic", "flagged"):
            if getattr(sel, call_kind) and spec.scope != "call":
                raise fail(f"{fld}.{call_kind}", f"{call_kind} needs scope: call")
    try:
        compiled = compile_condition(det.condition, det.selections)
    except ConditionError as exc:
        raise fail("detection.condition", str(exc)) from None
    condition, positive = compiled.predicate, compiled.positive
    if spec.scope != "call" and condition(frozenset()):
        raise fail("detection.condition", "condition is true when nothing matches; it would flag every utterance")

    _check_every_selection_used(det.selections, compiled.used, fail)
    prefilter = None
    if spec.scope != "call":
        patterns = [r.pattern for name in positive for other in (det.selections[name].near or [name])
                    for r in regexes.get(other, ())]
        # Run over a whole side of the call, one utterance a line: ^ and $ must
        # match at every line; \A and \Z cannot, so such a rule goes without.
        if patterns and not any("\\A" in p or "\\Z" in p for p in patterns):
            prefilter = re.compile("|".join(f"(?:{p})" for p in patterns), re.MULTILINE)
    plans = {name: _plan(name, sel, selection_lexicons, regexes, semantics.get(name))
             for name, sel in det.selections.items() if sel.kind not in CALL_CHECKS}
    requirement = () if spec.scope == "call" else _requirement(compiled.requirement, det.selections,
                                                               selection_lexicons)
    return CompiledRule(
        spec=spec, source=source, condition=condition, requirement=requirement, regex_prefilter=prefilter,
        positive_plans=tuple(plans[n] for n in det.selections if n in positive and n in plans),
        veto_plans=tuple(plans[n] for n in det.selections if n not in positive and n in plans))


def _check_every_selection_used(selections: dict[str, Selection], used: frozenset[str],
                                fail: Callable[[str, str], RulePackError]) -> None:
    """A selection the condition never reads, directly or through a `near`,
    is a mistake (a typo in the condition, or a leftover): refused at load."""
    reached = set(used)
    for name in used:
        reached.update(selections[name].near or ())
    for name in selections:
        if name not in reached:
            raise fail(f"detection.selections.{name}", "selection is never used by the condition")


# Selections the engine checks on the call's metadata and context, not on what was said.
CALL_CHECKS = (SelectionKind.contact_window, SelectionKind.calls_per_day, SelectionKind.ledger,
               SelectionKind.acoustic, SelectionKind.flagged)
# Suffix of the name a similar selection's hits are filed under.
SIMILAR_HITS = ":similar"
_REGEX_ATOM = "\0regex:"  # cannot be a lexicon name (file stems and rule:selection)
_ANCHORS = ":anchors"  # suffix of the lexicon of a regex selection's anchors


def _anchor_lexicon(name: str, patterns: list[str], frequency: Frequency, source: str) -> Lexicon | None:
    """The literal anchors of an alternation of patterns as a lexicon, or None
    when some pattern has none (it must then be searched everywhere)."""
    anchors = anchors_of(patterns, frequency)
    return Lexicon(name, [LexiconEntry(a) for a in sorted(anchors)], source) if anchors else None


def _add_anchors(rule: CompiledRule, frequency: Frequency) -> list[Lexicon]:
    """Give each regex selection the rule needs an anchor lexicon, and require
    it wherever the rule's requirement requires the regex."""
    made: dict[str, Lexicon] = {}
    for way in rule.requirement:
        for name in way.regexes:
            if name not in made:
                lexicon = _anchor_lexicon(f"{rule.id}:{name}{_ANCHORS}",
                                          rule.spec.detection.selections[name].regex or [], frequency, rule.source)
                if lexicon is not None:
                    made[name] = lexicon
    if made:
        rule.requirement = tuple(
            Conjunct(way.lexicons | {made[n].name for n in way.regexes if n in made}, way.regexes)
            for way in rule.requirement)
    return list(made.values())


def _requirement(by_selection: Requirement, selections: dict[str, Selection],
                 selection_lexicons: dict[str, tuple[str, ...]]) -> tuple[Conjunct, ...]:
    """The condition's requirement (sets of selections), rewritten in what an
    utterance shows before any rule runs: which lexicons have hits."""

    def of(name: str) -> Requirement:
        sel = selections[name]
        if sel.near:
            return all_of(of(sel.near[0]), of(sel.near[1]))
        if sel.regex:
            return frozenset({frozenset({_REGEX_ATOM + name})})
        return frozenset(frozenset({lex}) for lex in selection_lexicons[name])

    total: Requirement = frozenset()
    for names in by_selection:
        need = NO_REQUIREMENT
        for name in sorted(names):
            need = all_of(need, of(name))
        total = any_of(total, need)
    return tuple(sorted(
        (Conjunct(frozenset(a for a in atoms if not a.startswith(_REGEX_ATOM)),
                  tuple(sorted(a[len(_REGEX_ATOM):] for a in atoms if a.startswith(_REGEX_ATOM))))
         for atoms in total),
        key=lambda c: (sorted(c.lexicons), c.regexes)))


def _plan(name: str, sel: Selection, selection_lexicons: dict[str, tuple[str, ...]],
          regexes: dict[str, tuple[re.Pattern[str], ...]], semantic: SemanticPlan | None) -> SelectionPlan:
    # Inline terms are a lexicon of the rule's own.
    kind = SelectionKind.lexicon if sel.kind == SelectionKind.terms else sel.kind
    return SelectionPlan(
        name=name, kind=kind, speaker=sel.speaker, semantic=semantic,
        lexicons=selection_lexicons.get(name, ()), regexes=regexes.get(name, ()),
        near=(sel.near[0], sel.near[1]) if sel.near else None,
        phonetic_min_chars=sel.phonetic_min_chars if sel.phonetic else 0, whole_words=sel.whole_words,
        negatable=sel.negatable, within=sel.within, ordered=sel.ordered, same_clause=sel.same_clause,
        not_within=tuple(re.compile(r) for r in sel.not_within or ()),
        not_within_any=_any_of(sel.not_within) if sel.not_within else None)


def _any_of(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches somewhere exactly where one of `patterns` does,
    or None where they cannot be joined (a global flag inside one)."""
    try:
        return _join(patterns)
    except re.error:
        return None
