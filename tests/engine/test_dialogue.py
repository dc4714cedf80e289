"""The dialogue trace: worked out lazily, it must give what the plain rule
(every turn searched, in order) gives, whatever is read first."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import pytest

from qa_pipeline.engine.dialogue import DialogueTrace, says
from qa_pipeline.text.normalize import normalize_many
from tests.conftest import CORPUS
from tests.engine.helpers import call, categories

WINDOW = 2  # customer turns an identity question waits for its answer


def plain_trace(speakers, texts, relation, may_hear_debt, p):
    """The rule as stated: every turn searched, one after another."""
    third_party = relation not in may_hear_debt
    reason = f"metadata callee.relation is {relation}" if third_party else None
    confirmed, confirmed_at, pending, before = False, None, 0, []
    for i, (speaker, text) in enumerate(zip(speakers, texts)):
        before.append(confirmed)
        if speaker == "agent":
            if says(p.identity_question, text):
                pending = WINDOW
            continue
        stripped = text.strip()
        if says(p.deny, text) or (pending and p.deny_answer and p.deny_answer.match(stripped)):
            if not third_party:
                third_party, reason = True, f"the callee said 「{stripped[:30]}」 (utterance {i})"
            pending = 0
            continue
        if confirmed:
            continue
        if pending and p.affirm.search(stripped):
            confirmed, confirmed_at, pending = True, i, 0
        elif p.self_identify and p.self_identify.search(stripped):
            confirmed, confirmed_at, pending = True, i, 0
            if relation in may_hear_debt:
                third_party, reason = False, None  # an earlier denial was evasion
        elif pending:
            pending -= 1
    return third_party, reason, tuple(before), confirmed_at


def lazy_trace(matcher, speakers, texts, relation, may_hear_debt, p, read_first):
    trace = DialogueTrace(speakers, texts, matcher.find_each(texts), relation, may_hear_debt, p)
    if read_first == "before":
        before = trace.confirmed_before
        return trace.third_party, trace.third_party_reason, before, trace.confirmed_at
    third_party = trace.third_party
    return third_party, trace.third_party_reason, trace.confirmed_before, trace.confirmed_at


# Turns that make the dialogue move: questions, yes, no, "someone else", "it's me", and filler.
AGENT_TURNS = ["请问是王建国先生本人吗？", "是王建国吗", "王建国是吧", "您好，这里是某某公司", "您的借款已经逾期了",
               "喂，周杰是吧？", "请问您是他什么人", "麻烦您转告一下", "可以吗？", "我们会再联系您"]
CUSTOMER_TURNS = ["对", "是我", "嗯", "不是", "不对", "你打错了", "我是他老婆", "他不在", "我就是本人", "什么事",
                  "喂？", "我没钱", "哦", "是的，你说", "没有这个人", "你哪位"]


def random_call(rng: random.Random) -> tuple[list[str], list[str]]:
    speakers, texts = [], []
    for _ in range(rng.randint(1, 14)):
        agent = rng.random() < 0.5
        speakers.append("agent" if agent else "customer")
        texts.append(rng.choice(AGENT_TURNS if agent else CUSTOMER_TURNS))
    return speakers, texts


def calls_to_check(scanner):
    from qa_pipeline.evaluation.corpus import load_labelled_corpus
    from qa_pipeline.evaluation.synthetic import generate_transcripts

    transcripts = [c.transcript for c in load_labelled_corpus(CORPUS)] + generate_transcripts(CORPUS, 1500, seed=5)
    for t in transcripts:
        texts = [n.text for n in normalize_many([u.text for u in t.utterances])]
        yield [u.speaker for u in t.utterances], texts, t.callee.relation
    rng = random.Random(11)
    relations = ["debtor", "debtor", "debtor", "spouse", "guarantor", "unknown"]
    for _ in range(3000):
        yield (*random_call(rng), rng.choice(relations))


@pytest.mark.parametrize("read_first", ["third_party", "before"])
def test_lazy_trace_is_the_plain_rule(scanner, read_first):
    p, may_hear = scanner.pack.dialogue, scanner.pack.settings.may_hear_debt
    checked = third_parties = confirmations = 0
    for speakers, texts, relation in calls_to_check(scanner):
        want = plain_trace(speakers, texts, relation, may_hear, p)
        got = lazy_trace(scanner.pack.matcher, speakers, texts, relation, may_hear, p, read_first)
        assert got == want, (speakers, texts, relation)
        checked += 1
        third_parties += want[0] and relation in may_hear  # found in the dialogue, not the metadata
        confirmations += want[3] is not None
    assert checked > 4500 and third_parties > 300 and confirmations > 1000


@dataclass
class Counting:
    """A pattern that counts the turns it is asked about."""

    pattern: re.Pattern[str]
    seen: list[str] = field(default_factory=list)

    def search(self, text: str, *args: int):
        self.seen.append(text)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: int):
        return self.pattern.finditer(text, *args)

    def match(self, text: str, *args: int):
        self.seen.append(text)
        return self.pattern.match(text, *args)


def counting_patterns(scanner):
    from dataclasses import replace

    p = scanner.pack.dialogue
    return replace(p, identity_question=Counting(p.identity_question), deny=Counting(p.deny),
                   affirm=Counting(p.affirm))


def test_a_third_party_named_in_the_metadata_needs_no_search(scanner):
    p = counting_patterns(scanner)
    speakers, texts = ["agent", "customer", "agent"], ["请问是王建国本人吗", "对", "您的借款逾期了"]
    trace = DialogueTrace(speakers, texts, scanner.pack.matcher.find_each(texts), "spouse",
                          scanner.pack.settings.may_hear_debt, p)
    assert trace.third_party and trace.third_party_reason == "metadata callee.relation is spouse"
    assert trace.state_at(2) == "third_party"
    assert p.identity_question.seen == p.deny.seen == p.affirm.seen == []


def test_agent_turns_are_searched_only_before_an_answer(scanner):
    p = counting_patterns(scanner)
    speakers = ["agent", "agent", "customer", "agent", "customer", "agent"]
    texts = ["您好，这里是某某公司", "请问是王建国本人吗", "对", "您的借款逾期了", "我不在乎", "请问是王建国本人吗"]
    trace = DialogueTrace(speakers, texts, scanner.pack.matcher.find_each(texts), "debtor",
                          scanner.pack.settings.may_hear_debt, p)
    assert trace.confirmed_before == (False, False, False, True, True, True) and trace.confirmed_at == 2
    # The yes at turn 2 needed the question at turn 1; nothing else the agent said mattered.
    assert p.identity_question.seen == ["请问是王建国本人吗"]
    # Only a turn with one of deny's anchors (不在) is searched for it.
    assert p.deny.seen == ["我不在乎"]


def test_each_turn_is_searched_on_its_own(scanner):
    """A question that starts its turn counts even right after another
    question turn (searching the agent's turns joined, the first match ate
    the line break the second needed as its start)."""
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
