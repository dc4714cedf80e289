"""Engine semantics on a small fixture pack (tests/engine/fixture_pack): each
selection kind, negation, dialogue gates, call-level checks and evidence. The
default pack's own behaviour is covered by its rule examples
(test_rule_examples.py), tests/rules/ and the corpus evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_pipeline.domain.context import CallContext
from qa_pipeline.domain.dialogue import DialogueState
from qa_pipeline.domain.findings import MatchKind
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.examples import check_case
from qa_pipeline.errors import RulePackError
from qa_pipeline.rulepack.examples import iter_cases
from tests.engine.helpers import CONFIRMED, call

PACK = Path(__file__).parent / "fixture_pack" / "rules"


@pytest.fixture(scope="module")
def fx_scanner() -> Scanner:
    return Scanner.load(PACK)


def fired(fx_scanner: Scanner, *turns: tuple[str, str], **kw: object) -> list[tuple[str, int | None]]:
    return [(f.rule_id, f.utterance_index) for f in fx_scanner.scan(call(*turns, **kw)).findings]  # type: ignore[arg-type]


def test_the_fixture_packs_own_examples_hold(fx_scanner):
    cases = list(iter_cases(fx_scanner.pack))
    assert len(cases) >= 16
    assert not any(c.rule_id == "fx.retired" for c in cases)  # a retired rule's examples are not run
    assert [problem for case in cases if (problem := check_case(fx_scanner, case))] == []


def test_a_lexicon_hit_is_a_finding_with_its_evidence(fx_scanner):
    [finding] = fx_scanner.scan(call(("agent", "好的，我们明天上门。"))).findings
    assert (finding.rule_id, finding.category, finding.severity) == ("fx.lexicon_hit", "threat", "high")
    assert (finding.pack, finding.pack_version) == ("fixture", "1.0")
    assert finding.evidence.matched == ["上门"]
    [match] = finding.evidence.matches
    assert finding.text[match.start:match.end] == "上门" and match.selection == "harm"
    assert (finding.evidence.score, finding.evidence.phonetic) == (1.0, False)
    assert "「上门」" in finding.evidence.explanation
    assert (finding.speaker, finding.start, finding.end) == ("agent", 0.0, 2.5)


def test_sound_matches_and_listed_mishearings_score_lower(fx_scanner):
    [by_sound] = fx_scanner.scan(call(("agent", "我们明天尚门"))).findings  # 尚门: same sound as 上门
    assert by_sound.evidence.phonetic and by_sound.evidence.score == 0.7
    assert by_sound.evidence.matches[0].term == "上门"
    assert "读音" in by_sound.evidence.explanation
    [variant] = fx_scanner.scan(call(("agent", "已经一七了"))).findings
    assert variant.evidence.matches[0].term == "逾期" and variant.evidence.score == 0.85


def test_negation_governs_a_hit_unless_a_breaker_or_a_condition_intervenes(fx_scanner):
    assert fired(fx_scanner, ("agent", "我们不会上门")) == []
    assert fired(fx_scanner, ("agent", "你不还我们就上门")) == [("fx.lexicon_hit", 0)]   # 就 ends the negation
    assert fired(fx_scanner, ("agent", "不还钱的话上门")) == [("fx.lexicon_hit", 0)]     # a condition on the debtor
    assert fired(fx_scanner, ("agent", "我们不会，明天上门")) == [("fx.lexicon_hit", 0)]  # another clause


def test_short_terms_must_be_whole_words(fx_scanner):
    assert fired(fx_scanner, ("agent", "你给我滚")) == [("fx.whole_word", 0)]
    assert fired(fx_scanner, ("agent", "页面滚动一下")) == []


def test_near_wants_both_in_order_close_in_one_clause_and_no_veto(fx_scanner):
    assert ("fx.near_kin", 0) in fired(fx_scanner, ("agent", "你儿子那边我们上门"))
    assert ("fx.near_kin", 0) not in fired(fx_scanner, ("agent", "上门的事你儿子知道"))         # wrong order
    assert ("fx.near_kin", 0) not in fired(fx_scanner, ("agent", "你儿子在外地工作很辛苦我们上门"))  # too far apart
    assert ("fx.near_kin", 0) not in fired(fx_scanner, ("agent", "你儿子，上门"))                 # two clauses
    assert ("fx.near_kin", 0) not in fired(fx_scanner, ("agent", "你儿子那边我们上门商量"))       # vetoed


def test_regex_and_not_within(fx_scanner):
    assert fired(fx_scanner, ("agent", "你欠了500元")) == [("fx.regex_amount", 0)]
    assert fired(fx_scanner, ("agent", "我是借款平台的客服")) == []  # 借款 inside the lender's name
    assert fired(fx_scanner, ("agent", "借款平台说你的借款还没还")) == [("fx.regex_amount", 0)]


def test_scope_keeps_rules_to_their_speaker(fx_scanner):
    assert fired(fx_scanner, ("customer", "你们明天上门试试")) == []
    assert fired(fx_scanner, ("customer", "废物")) == [("fx.customer_said", 0)]
    assert fired(fx_scanner, ("agent", "退役词")) == []  # fx.retired is deprecated


def test_identity_gate_opens_after_a_yes_to_the_identity_question(fx_scanner):
    assert fired(fx_scanner, ("agent", "你有欠款")) == [("fx.regex_amount", 0)]
    confirmed = (("agent", "请问是王五吗"), ("customer", "是我"), ("agent", "您有欠款"))
    assert fired(fx_scanner, *confirmed) == []
    finding = fx_scanner.scan(call(("agent", "你有欠款"))).findings[0]
    assert finding.evidence.dialogue_state == DialogueState.unconfirmed
    assert "尚未确认" in finding.evidence.explanation


def test_a_callee_who_is_someone_else_is_a_third_party_for_the_whole_call(fx_scanner):
    turns = (("agent", "他有欠款吗"), ("customer", "我是他老婆"), ("agent", "他的借款该还了"))
    assert fired(fx_scanner, *turns) == [("fx.third_party", 0), ("fx.third_party", 2)]
    [first, _] = fx_scanner.scan(call(*turns)).findings
    assert first.evidence.dialogue_state == DialogueState.third_party
    assert "我是他老婆" in first.evidence.explanation
    # a no counts only as the answer to an identity question
    assert fired(fx_scanner, ("agent", "请问是王五吗"), ("customer", "不是"), ("agent", "有欠款")) == [
        ("fx.third_party", 2)]
    assert fired(fx_scanner, ("customer", "不是"), ("agent", "您有欠款")) == [("fx.regex_amount", 1)]


def test_metadata_relation_decides_who_may_hear_the_debt(fx_scanner):
    confirmed = (("agent", "请问是王五吗"), ("customer", "是"), ("agent", "您有欠款"))
    assert fired(fx_scanner, *confirmed, relation="spouse") == [("fx.third_party", 2)]
    assert fired(fx_scanner, *confirmed, relation="guarantor") == []


def test_saying_outright_i_am_the_debtor_undoes_a_denial(fx_scanner):
    turns = (("agent", "他有欠款"), ("customer", "打错了"), ("customer", "算了我就是王五"), ("agent", "您的借款"))
    assert fired(fx_scanner, *turns) == [("fx.regex_amount", 0)]


@pytest.mark.parametrize(("started_at", "timezone", "flagged"), [
    ("2026-03-02T21:00:00+08:00", None, True),
    ("2026-03-02T20:59:00+08:00", None, False),
    ("2026-03-02T08:00:00+08:00", None, False),
    ("2026-03-02T07:59:00+08:00", None, True),
    ("2026-03-02T13:30:00Z", None, True),                       # 21:30 in Shanghai
    ("2026-03-02T13:30:00Z", "Asia/Urumqi", False),             # 19:30 in Urumqi
    ("2026-03-02T14:00:00+08:00", "America/Vancouver", True),   # 22:00 the day before
])
def test_contact_window_in_the_callees_local_time(fx_scanner, started_at, timezone, flagged):
    found = fx_scanner.scan(call(("agent", "你好"), started_at=started_at, timezone=timezone)).findings
    assert (("fx.night", None) in [(f.rule_id, f.utterance_index) for f in found]) is flagged
    for f in found:
        assert f.start is None and f.evidence.explanation and f.evidence.matched


def test_calls_per_day_counts_from_the_context(fx_scanner):
    t = call(("agent", "你好"))
    assert fx_scanner.scan(t, CallContext(call_of_day=2)).findings == []
    [finding] = fx_scanner.scan(t, CallContext(call_of_day=3)).findings
    assert finding.rule_id == "fx.per_day" and finding.evidence.matched == ["第3次"]
    assert fx_scanner.scan(t).findings == []  # unknown: no finding


def test_findings_come_in_utterance_order_call_level_first(fx_scanner):
    t = call(("agent", "你欠了500元"), ("agent", "你给我滚"), started_at="2026-03-02T22:00:00+08:00")
    assert [(f.rule_id, f.utterance_index) for f in fx_scanner.scan(t).findings] == [
        ("fx.night", None), ("fx.regex_amount", 0), ("fx.whole_word", 1)]


def test_a_long_utterance_costs_no_more_per_hit_than_a_short_one(fx_scanner):
    """Negation checks read a window of tokens around the hit, never the
    whole clause again (one 60,000-character clause, 20,000 hits to check)."""
    text = "不" + "砸门滚" * 20_000
    [finding] = [f for f in fx_scanner.scan(call(("agent", text))).findings if f.rule_id == "fx.lexicon_hit"]
    assert len(finding.evidence.matches) == 19_997  # the first three are within five tokens of 不


def test_a_selection_the_condition_never_reads_is_a_load_error(tmp_path):
    pack = tmp_path / "rules"
    pack.mkdir()
    (pack / "pack.yaml").write_text((PACK / "pack.yaml").read_text(encoding="utf-8").replace(
        "lexicons: ../lexicons", f"lexicons: {PACK.parent / 'lexicons'}"), encoding="utf-8")
    rule = (PACK / "lexicon_hit.yaml").read_text(encoding="utf-8")
    rule = rule.replace("harm: {lexicon: harm, negatable: true, phonetic_min_chars: 2}",
                        "harm: {lexicon: harm}\n    debt: {lexicon: debt}")
    (pack / "r.yaml").write_text(rule, encoding="utf-8")
    with pytest.raises(RulePackError, match=r"r\.yaml: rule fx\.lexicon_hit: detection\.selections\.debt: "
                                            r"selection is never used by the condition"):
        Scanner.load(pack)


def test_a_sound_match_inside_an_institution_name_is_the_name(scanner):
    """安信资 sounds like 按刑事; inside 安信资产管理公司 it is a name (the pack's
    phonetic.names), and the same sound outside a name still matches."""
    named = call(*CONFIRMED, ("agent", "我是安信资产管理公司的，我姓白，工号一五二九。"))
    assert not [f for f in scanner.scan(named).findings if f.rule_id == "cn.threat.false_criminal"]
    heard = call(*CONFIRMED, ("agent", "你再不还，我们就安信资案件处理。"))
    hits = [m for f in scanner.scan(heard).findings if f.rule_id == "cn.threat.false_criminal"
            for m in f.evidence.matches]
    assert any(m.text == "安信资" and m.kind == MatchKind.phonetic for m in hits)


def _heard(transcript, confidence: float):
    """The transcript as if it came from audio: every utterance heard with `confidence`."""
    for u in transcript.utterances:
        u.confidence = confidence
    return transcript


def _msi(scanner, transcript):
    return [f for f in scanner.scan(transcript).findings if f.category == "missing_self_identification"]


def test_never_said_is_only_as_sure_as_the_opening_was_heard(scanner):
    """missing_self_identification rests on what the agent never said: from audio with a
    poorly heard opening it needs listening, cued to the opening; heard well, or typed, it
    stays a violation."""
    turns = (("agent", "您好，我是信和普惠的客服专员，请问是唐晓燕女士本人吗？"), ("customer", "是的。"),
             ("agent", "您在我们平台的借款本期应还一千九百元，已经逾期六天了。"))

    typed = _msi(scanner, call(*turns))
    assert len(typed) == 1 and not typed[0].needs_listening and typed[0].confidence == 1.0
    well = _msi(scanner, _heard(call(*turns), 0.9))
    assert len(well) == 1 and not well[0].needs_listening
    [poor] = _msi(scanner, _heard(call(*turns), 0.6))
    assert poor.needs_listening and poor.confidence == pytest.approx(0.8)
    assert poor.evidence.listen is not None and poor.evidence.listen.start == 0.0
    assert poor.evidence.listen.end == 8.5  # the agent's first two turns (0-2.5 s, 6-8.5 s)
    assert "00:00.0" in poor.evidence.listen.reason and "0.60" in poor.evidence.listen.reason
    introduced = ("agent", "您好，我是信和普惠的客服专员，我姓许，请问是唐晓燕女士本人吗？")
    said = _msi(scanner, _heard(call(introduced, *turns[1:]), 0.6))
    assert said == []  # what was heard, counts, however unsure


@pytest.mark.parametrize("opening, heard, alike", [
    ("您好，我是信和普惠的客服专员，我新许，请问是唐晓燕女士本人吗？", "我新许", "我姓许"),  # 我姓许
    ("您好，我是快意借品牌的客服，我信两，请问是彭飞先生本人吗？", "我信两", "我姓两"),  # 我姓梁
    ("您好，这里是华益银行信用卡中心，公号1093，请问您是邓志明先生吗？", "公号", "工号"),  # 工号
])
def test_an_introduction_heard_as_homophones_needs_listening_even_when_heard_confidently(
        scanner, opening, heard, alike):
    """The agent's name or work number heard as a homophone (我姓许 as 我新许, 工号 as 公号): by
    sound it is there, so "never said" needs listening, cued to the turn and naming both
    readings, however confident the recogniser was. Typed, the text is taken as written."""
    turns = (("agent", opening), ("customer", "是的。"),
             ("agent", "您在我们平台的借款本期应还一千九百元，已经逾期六天了。"))
    [typed] = _msi(scanner, call(*turns))
    assert not typed.needs_listening and typed.evidence.listen is None
    [f] = _msi(scanner, _heard(call(*turns), 0.95))
    assert f.needs_listening and f.confidence < scanner.pack.settings.confidence.needs_listening_below
    cue = f.evidence.listen
    assert cue is not None and (cue.start, cue.end) == (0.0, 2.5)  # the turn with the near miss
    assert f"「{heard}」" in cue.reason and f"「{alike}」" in cue.reason


def test_a_sound_near_miss_that_would_not_clear_the_call_leaves_the_violation(scanner):
    """No institution at all: a name heard as a homophone would not make the introduction
    complete, so the finding stays a violation; an opening with nothing like a name stays one too."""
    no_institution = (("agent", "喂，我新许，请问是唐晓燕女士本人吗？"), ("customer", "是的。"),
                      ("agent", "你的借款一千九百元已经逾期六天了。"))
    [f] = _msi(scanner, _heard(call(*no_institution), 0.95))
    assert not f.needs_listening
    nameless = (("agent", "您好，我是安信金融的客服，请问是黄磊先生本人吗？"), ("customer", "是我。"),
                ("agent", "您的借款本期应还三千八百元，今天是还款日。"))
    [f] = _msi(scanner, _heard(call(*nameless), 0.95))
    assert not f.needs_listening
