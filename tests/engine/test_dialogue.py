"""The dialogue trace: who the callee is and where identity stands, turn by
turn (the default pack's dialogue patterns, on short made-up calls)."""

from __future__ import annotations

import re

import pytest

from qa_pipeline.domain.dialogue import DialogueState, IdentityStatus
from qa_pipeline.engine.dialogue import DialogueTrace, Turn, UnclearAnswer, says
from qa_pipeline.text.normalize import normalize_texts
from tests.engine.helpers import call, categories


def trace(scanner, *turns: tuple[str, str], relation: str = "debtor", unsure: tuple[int, ...] = ()) -> DialogueTrace:
    texts = normalize_texts([text for _, text in turns])
    return DialogueTrace([Turn(speaker, text, i in unsure) for i, ((speaker, _), text) in enumerate(zip(turns, texts))],
                         relation, scanner.pack.settings.may_hear_debt, scanner.pack.dialogue)


QUESTION = ("agent", "请问是王建国先生本人吗？")
DEBT = ("agent", "您的借款八千五百元已经逾期三十天了。")


@pytest.mark.parametrize("answer", ["对，是我。", "是的", "嗯", "额是，你说。", "是滴", "嗯呐", "对头", "系我，边位？",
                                    "中，是我"])
def test_a_yes_to_the_identity_question_confirms(scanner, answer):
    t = trace(scanner, QUESTION, ("customer", answer), DEBT)
    assert t.identity_before(2) == IdentityStatus.confirmed and t.confirmed_at == 1
    assert t.state_at(2) == DialogueState.confirmed and not t.third_party


@pytest.mark.parametrize("question", ["是王阿姨吗？", "李叔叔是吧？", "张大哥对吧？", "何师傅本人吗？", "刘老板吗？",
                                      "陈家辉系咪？"])
def test_identity_questions_with_titles_and_kinship_terms(scanner, question):
    t = trace(scanner, ("agent", question), ("customer", "是我"), DEBT)
    assert t.identity_before(2) == IdentityStatus.confirmed


@pytest.mark.parametrize("answer", ["吃的", "去等", "等", "期等怎么了", ""])
def test_an_answer_nobody_can_make_out_is_unclear(scanner, answer):
    """Whisper garbles the short answer (是的 -> 吃的): not a no, not a yes."""
    t = trace(scanner, QUESTION, ("customer", answer), DEBT)
    assert t.identity_before(2) == IdentityStatus.unclear
    assert t.state_at(2) == DialogueState.unclear
    assert t.unclear_answer(2) == UnclearAnswer(1, answer)


def test_an_answer_the_recogniser_was_unsure_of_is_unclear(scanner):
    heard = ("customer", "我在开车呢现在不方便")
    assert trace(scanner, QUESTION, heard, DEBT).identity_before(2) == IdentityStatus.unconfirmed
    assert trace(scanner, QUESTION, heard, DEBT, unsure=(1,)).identity_before(2) == IdentityStatus.unclear
    # a yes is a yes, however sure the recogniser was of it
    sure_yes = trace(scanner, QUESTION, ("customer", "对"), DEBT, unsure=(1,))
    assert sure_yes.identity_before(2) == IdentityStatus.confirmed


def test_a_clear_yes_after_an_unclear_answer_confirms(scanner):
    t = trace(scanner, QUESTION, ("customer", "吃的"), ("agent", "请问您是王建国本人吗？"), ("customer", "对，是我"),
              DEBT)
    assert t.identity_before(2) == IdentityStatus.unclear
    assert t.identity_before(4) == IdentityStatus.confirmed and t.unclear_answer(4) is None


@pytest.mark.parametrize("reply", ["你哪位？", "你哪里？", "什么事？", "喂？", "你说呢？"])
def test_a_question_back_is_no_answer_and_the_question_stays_open(scanner, reply):
    t = trace(scanner, QUESTION, ("customer", reply), DEBT, ("customer", "是我"))
    assert t.identity_before(2) == IdentityStatus.unconfirmed  # heard, and no answer: a violation, not unclear
    assert t.confirmed_at == 3


@pytest.mark.parametrize("reply", ["不是，你打错了", "我是他老婆", "他在外地打工呢", "她出差了，你有什么事", "他不在"])
def test_a_callee_who_is_someone_else_is_a_third_party(scanner, reply):
    t = trace(scanner, QUESTION, ("customer", reply), DEBT)
    assert t.third_party and normalize_texts([reply])[0] in (t.third_party_reason or "")
    assert t.state_at(0) == DialogueState.third_party  # for the whole call


@pytest.mark.parametrize("reply", ["我是共同借款人", "对，是我给他担保的", "对，我们两个人一起签的", "我是他的担保人"])
def test_a_co_borrower_or_guarantor_may_hear_the_debt(scanner, reply):
    t = trace(scanner, ("agent", "您是这笔贷款的共同借款人对吧？"), ("customer", reply), DEBT, relation="spouse")
    assert not t.third_party and t.identity_before(2) == IdentityStatus.confirmed


def test_the_metadata_names_a_third_party(scanner):
    t = trace(scanner, QUESTION, ("customer", "对"), DEBT, relation="spouse")
    assert t.third_party and t.third_party_reason == "metadata callee.relation is spouse"


def test_saying_outright_i_am_the_debtor_undoes_a_denial(scanner):
    t = trace(scanner, ("agent", "喂 这是王刚的电话吧"), ("customer", "你找他干嘛"), DEBT,
              ("customer", "行了行了 我就是王刚 你们别老打了"))
    assert not t.third_party and t.identity_before(2) == IdentityStatus.unconfirmed and t.confirmed_at == 3


def test_debt_details_after_an_unclear_answer_need_listening(scanner):
    t = call(QUESTION, ("customer", "吃的"), DEBT)
    [finding] = [f for f in scanner.scan(t).findings if f.category == "identity_not_confirmed"]
    assert finding.needs_listening and finding.confidence <= 0.5
    assert finding.evidence.dialogue_state == DialogueState.unclear
    assert finding.evidence.listen is not None and "00:03.0" in finding.evidence.listen.reason
    assert (finding.evidence.listen.start, finding.evidence.listen.end) == (3.0, 5.5)  # the answer's span
    assert categories(scanner, t) == set()  # not counted as a violation until confirmed


def test_each_turn_is_searched_on_its_own(scanner):
    """A question that starts its turn counts even right after another
    question turn."""
    t = call(("agent", "王建国是吧"), ("customer", "什么事"), ("customer", "喂？"),
             ("agent", "王建国吗"), ("customer", "对"), ("agent", "您的借款八千五百元已经逾期了"))
    assert categories(scanner, t) == set()
    # Without the second question's answer, the debt was told before identity was confirmed.
    unanswered = call(("agent", "王建国是吧"), ("customer", "什么事"), ("customer", "喂？"),
                      ("agent", "您的借款八千五百元已经逾期了"))
    assert categories(scanner, unanswered) == {"identity_not_confirmed"}


def test_says_ignores_empty_matches():
    assert says(re.compile("x*"), "abc") is False
    assert says(re.compile("x*"), "abxc") is True
    assert says(re.compile("^$"), "") is False


@pytest.mark.parametrize(("answer", "confirmed"), [("王建国，怎么了？", True), ("王建国啊，你哪位", True),
                                                   ("王建国不在", False), ("你找王建国干嘛", False)])
def test_an_answer_that_opens_with_the_asked_name_confirms(scanner, answer, confirmed):
    t = trace(scanner, QUESTION, ("customer", answer), DEBT)
    assert (t.identity_before(2) == IdentityStatus.confirmed) is confirmed


def test_a_yes_to_are_you_the_co_borrower_lets_the_callee_hear_the_debt(scanner):
    t = trace(scanner, ("agent", "请问您是张家辉先生这笔装修贷款的共同借款人吗？"), ("customer", "是啊，怎么了？"),
              DEBT, relation="unknown")
    assert not t.third_party and t.identity_before(2) == IdentityStatus.confirmed
    # the same yes to another question is no such thing
    t = trace(scanner, ("agent", "您是他家里人吗？"), ("customer", "是啊"), DEBT, relation="unknown")
    assert t.third_party


def _heard(transcript, confidence: float = 0.95):
    """The transcript as if it came from audio: every utterance heard with `confidence`."""
    for u in transcript.utterances:
        u.confidence = confidence
    return transcript


# 你是许文斌吧 as Whisper heard it: 是 written as its homophone 试.
MISHEARD_QUESTION = ("agent", "喂，我是金盾资产管理公司的，我姓何。你试洗文兵吧？")
LATER_DEBT = ("agent", "你在快易借的借款七千四百元逾期三个多月了，什么时候还？")


def test_a_yes_to_an_identity_question_heard_only_by_sound_is_unclear_not_unconfirmed(scanner):
    """From audio, 你试洗文兵吧 is the identity question read by sound: the callee's yes to it
    neither confirms nor leaves identity unconfirmed; the debt details after it need listening,
    cued from the question to the answer, naming both readings."""
    turns = (MISHEARD_QUESTION, ("customer", "是我，这么晚打电话干什么？"), LATER_DEBT)
    typed = [f for f in scanner.scan(call(*turns)).findings if f.category == "identity_not_confirmed"]
    assert typed and not any(f.needs_listening for f in typed)  # typed: taken as written, no question
    transcript = _heard(call(*turns))
    found = [f for f in scanner.scan(transcript).findings if f.category == "identity_not_confirmed"]
    assert found and all(f.needs_listening for f in found)
    for f in found:
        assert f.evidence.dialogue_state == DialogueState.unclear
        cue = f.evidence.listen
        assert cue is not None and (cue.start, cue.end) == (0.0, 5.5)  # the question (0 s) to the answer (5.5 s)
        assert "「你试洗文兵吧」" in cue.reason and "「你是" in cue.reason


def test_a_question_heard_by_sound_answered_no_is_still_a_third_party(scanner):
    transcript = _heard(call(MISHEARD_QUESTION, ("customer", "不是，我是他老婆。"), LATER_DEBT))
    assert "third_party_disclosure" in categories(scanner, transcript)


def test_a_heard_literal_question_answered_yes_still_confirms(scanner):
    transcript = _heard(call(("agent", "您好，请问是许文斌先生本人吗？"), ("customer", "是我。"), LATER_DEBT))
    assert [f for f in scanner.scan(transcript).findings if f.category == "identity_not_confirmed"] == []
