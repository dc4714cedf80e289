"""The default pack (rules/cn_collection) on short calls: scope, negation,
lawful consequences, dialogue state, time, homophones, evidence."""

from __future__ import annotations

import pytest

from tests.engine.helpers import CONFIRMED, call, categories


def said(scanner, transcript):
    """The findings on what was said (these short calls never say who the
    agent is: the call-level missing_self_identification is tested apart)."""
    return [f for f in scanner.scan(transcript).findings if f.category != "missing_self_identification"]


def test_agent_only_rules_ignore_the_customer(scanner):
    t = call(*CONFIRMED, ("customer", "你们再打来，我就找人打断你的腿，骗子，不要脸！"),
             ("customer", "我是公安局的，你们等着坐牢吧"))
    assert said(scanner, t) == []


@pytest.mark.parametrize("text", ["我们不会上门，您放心。", "我们不会联系您的家人。", "我们绝对不会去您单位。",
                                  "我们不是法院的，只是提醒您。", "您放心，我们不会半夜打扰您。"])
def test_negated_statements_are_not_violations(scanner, text):
    assert categories(scanner, call(*CONFIRMED, ("agent", text))) == set()


@pytest.mark.parametrize("text", ["你不还我们就上门。", "你要是不还钱的话，我们就去你家。", "你信不信我打断你的腿"])
def test_conditional_threats_are_threats(scanner, text):
    assert "threat" in categories(scanner, call(*CONFIRMED, ("agent", text)))


@pytest.mark.parametrize("text", [
    "逾期会产生滞纳金，并上报征信。",
    "如果协商不成，我们会依法起诉，通过诉讼途径解决。",
    "逾期记录会影响您的个人信用。",
])
def test_lawful_consequences_stated_factually_are_not_threats(scanner, text):
    assert categories(scanner, call(*CONFIRMED, ("agent", text))) == set()


def test_disclosure_before_confirmation_is_identity_not_confirmed(scanner):
    t = call(("agent", "您好，您在我们平台的借款八千五百元已经逾期了。"), ("customer", "你谁啊？"))
    findings = said(scanner, t)
    assert [(f.category, f.utterance_index) for f in findings] == [("identity_not_confirmed", 0)]
    assert findings[0].evidence.dialogue_state == "unconfirmed"


@pytest.mark.parametrize("answer", ["是", "对", "嗯", "我就是", "是我", "對，是我", "嗯 你说",
                                    "准处是我,你哪位?",         # ASR garbled 对，是我
                                    "粉丝我这么早有什么事"])    # ASR garbled 嗯，是我
def test_affirmative_answers_confirm_identity(scanner, answer):
    t = call(("agent", "请问是王建国先生本人吗？"), ("customer", answer),
             ("agent", "您的借款已经逾期三十天，欠款八千五百元。"))
    assert categories(scanner, t) == set()


@pytest.mark.parametrize("question", ["请问是王建国先生本人吗？", "是王建国吗？", "您是王先生吧？", "喂，周杰是吧？",
                                      "喂，是罗小兵噻？", "麻烦找一下刘洋。", "请问杨帆在吗？"])
def test_identity_question_forms(scanner, question):
    t = call(("agent", question), ("customer", "对"), ("agent", "你欠的八千块什么时候还？"))
    assert categories(scanner, t) == set()


@pytest.mark.parametrize("reply", ["不是，你打错了", "我不认识他", "我是他老婆", "他不在，我是他同事",
                                   "我就是他老婆，你有什么事", "我老公不在家，你有什么事"])
def test_callee_who_is_someone_else_gets_third_party_disclosure(scanner, reply):
    t = call(("agent", "请问是王建国先生吗？"), ("customer", reply),
             ("agent", "他在我们平台的借款已经逾期了，让他赶紧还钱。"))
    findings = said(scanner, t)
    assert {f.category for f in findings} == {"third_party_disclosure"}
    assert {f.utterance_index for f in findings} == {2}


def test_disclosure_before_a_third_party_says_so_is_third_party_disclosure(scanner):
    t = call(("agent", "喂，你欠的八千五什么时候还？"), ("customer", "我不是他，我是他老婆。"))
    assert categories(scanner, t) == {"third_party_disclosure"}


def test_a_denial_then_saying_i_am_the_debtor_was_evasion(scanner):
    turns = (("agent", "喂 这是王刚的电话吧"), ("customer", "你找他干嘛"),
             ("agent", "他在我们这有笔借款 已经逾期一个多月了"), ("customer", "行了行了 我就是王刚 你们别老打了"),
             ("agent", "王先生 那您今天能不能先还一部分"))
    findings = said(scanner, call(*turns))
    assert [(f.category, f.utterance_index) for f in findings] == [("identity_not_confirmed", 2)]
    # The metadata still wins: a callee recorded as the spouse stays a third party.
    findings = said(scanner, call(*turns, relation="spouse"))
    assert {f.category for f in findings} == {"third_party_disclosure"}


def test_metadata_relation_overrides_the_dialogue(scanner):
    turns = (("agent", "请问是王建国先生吗？"), ("customer", "是的。"), ("agent", "您的借款逾期了，请尽快还款。"))
    assert categories(scanner, call(*turns, relation="spouse")) == {"third_party_disclosure"}
    assert categories(scanner, call(*turns, relation="guarantor")) == set()
    assert categories(scanner, call(*turns, relation="co_borrower")) == set()


def test_call_back_request_to_a_third_party_is_not_disclosure(scanner):
    t = call(("agent", "您好，请问是张伟的朋友吗？"), ("customer", "是的。"),
             ("agent", "我是小刘，找他有点事，麻烦让他回个电话，号码是4008123456。"), relation="contact")
    assert categories(scanner, t) == set()


@pytest.mark.parametrize("started_at,timezone,flagged", [
    ("2026-03-02T21:00:00+08:00", None, True),
    ("2026-03-02T20:59:00+08:00", None, False),
    ("2026-03-02T08:00:00+08:00", None, False),
    ("2026-03-02T07:59:00+08:00", None, True),
    ("2026-03-02T13:30:00Z", None, True),               # 21:30 in Shanghai
    ("2026-03-02T13:30:00Z", "Asia/Urumqi", False),     # 19:30 in Urumqi
    ("2026-03-02T09:10:00-04:00", None, True),          # 21:10 in Shanghai
    ("2026-03-02T14:00:00+08:00", "America/Vancouver", True),  # 22:00 the day before in Vancouver
])
def test_contact_window_in_the_callees_local_time(scanner, started_at, timezone, flagged):
    t = call(*CONFIRMED, started_at=started_at, timezone=timezone)
    found = said(scanner, t)
    assert ("out_of_hours" in {f.category for f in found}) is flagged
    for f in found:
        assert f.utterance_index is None and f.evidence.explanation


def test_asr_homophones_still_match_and_are_marked_phonetic(scanner):
    t = call(("agent", "你的借款已经一七三个月了"), ("customer", "嗯"))
    finding = said(scanner, t)[0]
    assert finding.category == "identity_not_confirmed"
    t = call(*CONFIRMED, ("agent", "再不还我们就告诉你的街房四零"))
    finding = next(f for f in said(scanner, t) if f.category == "threat")
    assert finding.evidence.phonetic is True and finding.evidence.score < 1.0
    assert any(m.term == "街坊四邻" and m.text == "街房四零" for m in finding.evidence.matches)


def test_traditional_characters_and_missing_punctuation(scanner):
    t = call(("agent", "請問是王建國先生本人嗎"), ("customer", "對是我"),
             ("agent", "你再不還錢我們就上門 順便告訴你們單位領導"))
    found = said(scanner, t)
    assert {f.category for f in found} == {"threat"}
    assert all(f.utterance_index == 2 for f in found)


def test_finding_carries_rule_pack_version_and_evidence(scanner):
    t = call(*CONFIRMED, ("agent", "你就是个老赖"))
    f = said(scanner, t)[0]
    assert (f.rule_id, f.category, f.severity) == ("cn.abuse.insult", "abuse", "high")
    assert f.pack == "cn_collection" and f.pack_version == scanner.pack.version
    assert f.evidence.matched == ["老赖"] and "老赖" in f.evidence.explanation
    span = f.evidence.matches[0]
    assert f.text[span.start:span.end] == "老赖"
    assert (f.start, f.end, f.speaker) == (6.0, 8.5, "agent")


def test_a_hit_inside_a_not_within_match_is_dropped_and_no_other(scanner):
    text = "我是华信小额贷款的客服，您的贷款已经逾期了。"
    [finding] = said(scanner, call(("agent", text)))
    assert finding.category == "identity_not_confirmed"
    spans = {(m.start, m.end) for m in finding.evidence.matches}
    mine = text.index("您的贷款") + 2
    assert (mine, mine + 2) in spans  # 您的贷款: a debt detail
    assert (text.index("贷款"), text.index("贷款") + 2) not in spans  # 小额贷款: the lender's name
    assert said(scanner, call(("agent", "您好，我是华信小额贷款的客服，请问是邵卫东先生吗？"))) == []


def test_not_within_patterns_that_cannot_be_joined_are_searched_one_by_one():
    import re

    from qa_pipeline.domain.findings import Match
    from qa_pipeline.engine.selections import _not_within
    from qa_pipeline.rulepack.loader import SelectionPlan, _any_of

    patterns = ["x+", "(?i)abc"]  # a global flag inside an alternation is an error
    assert _any_of(patterns) is None and _any_of(["x+", "abc"]) is not None
    plan = SelectionPlan("s", "lexicon", not_within=tuple(map(re.compile, patterns)), not_within_any=None)
    text = "ABC and bc"
    inside, outside = Match("bc", "BC", 1, 3, "s"), Match("bc", "bc", 8, 10, "s")
    assert _not_within([inside, outside], plan, text) == [outside]


def test_the_cycle_collector_is_paused_only_while_scanning(scanner, monkeypatch):
    import gc
    import threading

    import qa_pipeline.engine.scanner as engine_module

    seen: list[bool] = []
    real = engine_module.normalize_texts

    def spy(texts):
        seen.append(gc.isenabled())
        if texts and texts[-1] == "boom":
            raise RuntimeError("boom")
        return real(texts)

    monkeypatch.setattr(engine_module, "normalize_texts", spy)
    t = call(*CONFIRMED, ("agent", "你就是个老赖"))
    assert gc.isenabled()
    assert said(scanner, t)
    assert seen == [False] and gc.isenabled()
    # A scan that fails gives the collector back.
    with pytest.raises(RuntimeError):
        scanner.scan(call(("agent", "boom")))
    assert gc.isenabled()
    # A caller that turned it off keeps it off.
    gc.disable()
    try:
        scanner.scan(t)
        assert not gc.isenabled()
    finally:
        gc.enable()
    # Overlapping scans in threads: on again once the last one ends.
    seen.clear()
    threads = [threading.Thread(target=lambda: [scanner.scan(t) for _ in range(300)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 1200 and not any(seen) and gc.isenabled()


@pytest.mark.parametrize(("intro", "flagged"), [
    ("您好，我是安信金融的客服专员，我姓陈，请问是王建国先生本人吗？", False),
    ("您好，我们是受万家融委托的华岳资产，工号七二零九，请问是王建国先生吗？", False),
    ("我系快借通嘅客服专员Kelly，工号三八二一，请问系咪王建国先生？", False),
    ("您好，这里是安信金融贷后管理中心，请问是王建国先生本人吗？", True),   # no name, surname or work number
    ("您好，我是小陈，请问是王建国先生本人吗？", True),                      # no institution
    ("这里是区人民法院执行局，我姓董，请问是王建国先生本人吗？", True),     # a court is not the agent's institution
])
def test_the_agent_must_say_both_institution_and_own_identity_when_the_debt_comes_up(scanner, intro, flagged):
    t = call(("agent", intro), ("customer", "对，是我。"), ("agent", "您的借款已经逾期三十天，欠款八千五百元。"))
    assert ("missing_self_identification" in categories(scanner, t, with_self_identification=True)) is flagged
    # a call that never discusses the debt needs no introduction
    callback = call(("agent", "您好，请问是陈浩先生吗？"), ("customer", "他不在。"),
                    ("agent", "麻烦您让他回个电话，谢谢。"))
    assert categories(scanner, callback, with_self_identification=True) == set()
