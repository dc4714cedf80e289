"""Dialogue state across turns: who the callee is, and whether they have
confirmed being the debtor.

- An identity question from the agent (请问是X本人吗) answered yes (是/对/嗯/
  我就是/额是/是滴) confirms identity. An answer too short or too garbled to be
  a yes or a no (是的 heard as 吃的), or one the recogniser was unsure of, is
  *unclear*: later debt details are reported for listening, not as a
  violation.
- From audio, an agent turn that is an identity question only when read by
  sound (你是许文斌吧 heard as 你试洗文兵吧; see `soundalike`) may have been one:
  a yes to it leaves identity *unclear*, cued to the question and the answer,
  not unconfirmed (nor confirmed).
- A callee who says they are someone else (不是 / 打错了 / 我是他老婆 / 他在外地
  打工) is a third party for the whole call: what they heard before saying so
  was still told to a third party; unless they later say outright that they
  are the debtor (我就是王刚): then the denial was evasion.
- A callee who says they are liable with the debtor (我是共同借款人 / 担保人)
  may hear the debt.
- The metadata's `callee.relation`, when it names someone who may not hear
  the debt, decides, unless the callee says they are liable.

Each pattern is searched in one turn at a time (`^` and `$` are the turn's
start and end). The state is worked out once, the first time a rule gated on
it is a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa_pipeline.domain.dialogue import CalleeStatus, DialogueState, IdentityStatus
from qa_pipeline.engine.soundalike import NearMiss, SoundAlike
from qa_pipeline.rulepack.loader import DialoguePatterns
from qa_pipeline.rulepack.schema import DialogueGate

# How many customer turns may pass before an identity question counts as unanswered.
ANSWER_WINDOW = 2
# What an answer's length is counted in: letters and digits, not punctuation or spaces.
_COUNTED = re.compile(r"[\w]", re.UNICODE)


def says(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` matches some non-empty part of one turn's text."""
    return any(m.end() > m.start() for m in pattern.finditer(text))


@dataclass(frozen=True, slots=True)
class UnclearAnswer:
    """An answer to the identity question that could not be made out."""

    index: int  # the customer's utterance
    text: str
    # When the question itself was heard only by sound: the agent's utterance, as heard and as read.
    question: int | None = None
    heard: str = ""
    alike: str = ""


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: str
    text: str           # normalized
    unsure: bool        # the recogniser was unsure of it
    heard: bool = False  # it came from audio (the recogniser's words), not typed


def _short(text: str, max_chars: int) -> bool:
    return len(_COUNTED.findall(text)) <= max_chars


# A yes or no is at most this long (是的, 对的, 不是) before a question back.
_SHORT_REPLY = 2


def _garbled_before_a_question(answer: str, p: DialoguePatterns) -> bool:
    """An unrecognised word or two, then a question back: 期等，怎么了 (是的，怎么了 heard wrong)."""
    if p.non_answer is None:
        return False
    for i in range(1, len(answer)):
        if p.non_answer.fullmatch(answer[i:]):
            return _short(answer[:i], _SHORT_REPLY)
    return False


_HAN = re.compile(r"[\u4e00-\u9fa5]{2,4}")
# Words of the question that are not the name it asks about.
_NOT_A_NAME = re.compile("请问|您好|你好|先生|女士|小姐|本人|是不|是吧|对吧|是吗|喂|吗|吧|呢|是")


def _echoes_the_name(question: str, answer: str) -> bool:
    """The answer opens with the name the question asked for (刘洋，怎么了 to 请问是刘洋吗)."""
    names = {n for part in _NOT_A_NAME.split(question) for n in _HAN.findall(part)}
    opening = answer.lstrip("喂哦嗯啊，, ")
    return any(len(name) >= 2 and opening.startswith(name[:2]) for name in names)


class DialogueTrace:
    """The dialogue state of one call."""

    def __init__(self, turns: Sequence[Turn], relation: str, may_hear_debt: Sequence[str],
                 patterns: DialoguePatterns, sound: SoundAlike | None = None) -> None:
        """`sound`: reads heard agent turns by sound towards the identity question (None: never)."""
        self._turns = turns
        self._patterns = patterns
        self._sound = sound
        self._by_relation = relation not in may_hear_debt
        self._relation = relation
        self._walked = False
        self._third_party = self._by_relation
        self._reason: str | None = f"metadata callee.relation is {relation}" if self._by_relation else None
        self._identity: list[IdentityStatus] = []
        self._unclear: list[UnclearAnswer | None] = []
        self._confirmed_at: int | None = None

    # -- what the engine reads ------------------------------------------------
    @property
    def third_party(self) -> bool:
        """The callee is not someone who may hear the debt."""
        self._walk()
        return self._third_party

    @property
    def third_party_reason(self) -> str | None:
        self._walk()
        return self._reason

    @property
    def confirmed_at(self) -> int | None:
        """Index of the confirming answer."""
        self._walk()
        return self._confirmed_at

    def identity_before(self, index: int) -> IdentityStatus:
        """Where identity stood before utterance `index` was said."""
        self._walk()
        return self._identity[index]

    def unclear_answer(self, index: int) -> UnclearAnswer | None:
        """The unclear answer identity rested on before utterance `index`, if any."""
        self._walk()
        return self._unclear[index]

    def state_at(self, index: int) -> DialogueState:
        if self.third_party:
            return DialogueState.third_party
        return {IdentityStatus.confirmed: DialogueState.confirmed,
                IdentityStatus.unclear: DialogueState.unclear}.get(self.identity_before(index),
                                                                   DialogueState.unconfirmed)

    def admits(self, gate: DialogueGate, index: int) -> bool:
        """Does the conversation stand where `gate` asks, at utterance `index`?
        (`identity: unconfirmed` takes an unclear answer too: not confirmed.)"""
        if gate.callee is not None and (gate.callee == CalleeStatus.third_party) != self.third_party:
            return False
        if gate.identity is not None:
            confirmed = self.identity_before(index) == IdentityStatus.confirmed
            return confirmed == (gate.identity == IdentityStatus.confirmed)
        return True

    # -- working it out -------------------------------------------------------
    def _walk(self) -> None:
        if self._walked:
            return
        p = self._patterns
        identity = IdentityStatus.unconfirmed
        unclear: UnclearAnswer | None = None
        waiting = 0  # customer turns an open identity question may still wait
        question = ""  # the open identity question's words
        by_sound: tuple[int, NearMiss] | None = None  # the open question, when it is one only by sound
        liable_asked = 0  # customer turns a question "are you the co-borrower?" may still wait
        for i, turn in enumerate(self._turns):
            self._identity.append(identity)
            self._unclear.append(unclear if identity == IdentityStatus.unclear else None)
            if turn.speaker == "agent":
                if says(p.identity_question, turn.text):
                    waiting, question, by_sound = ANSWER_WINDOW, turn.text, None
                elif identity != IdentityStatus.confirmed and turn.heard and self._sound is not None:
                    near = self._sound.near_miss(p.identity_question, turn.text)
                    if near is not None:
                        waiting, question, by_sound = ANSWER_WINDOW, self._sound.read(turn.text), (i, near)
                if p.liable_question is not None and says(p.liable_question, turn.text):
                    liable_asked = ANSWER_WINDOW
                continue
            answer = turn.text.strip()
            if p.filler is not None:
                answer = p.filler.sub("", answer) or answer  # 哦对，是我 -> 对，是我 (嗯 alone stays 嗯)
            said_liable = p.liable_party is not None and says(p.liable_party, answer)
            yes_to_liable = liable_asked > 0 and p.affirm.search(answer) is not None
            liable_asked = max(liable_asked - 1, 0)
            if said_liable or yes_to_liable:
                identity, waiting, self._confirmed_at = IdentityStatus.confirmed, 0, i
                self._third_party, self._reason = False, None  # a co-borrower or guarantor may hear the debt
                continue
            if says(p.deny, turn.text) or (waiting and p.deny_answer is not None and p.deny_answer.match(answer)):
                if not self._third_party:
                    self._third_party, self._reason = True, f"the callee said 「{answer[:30]}」 (utterance {i})"
                waiting = 0
                continue
            if identity == IdentityStatus.confirmed:
                continue
            if waiting and by_sound is not None and (p.affirm.search(answer) or _echoes_the_name(question, answer)):
                asked, near = by_sound  # a yes to what may have been the question: unclear
                identity, waiting = IdentityStatus.unclear, 0
                unclear = UnclearAnswer(i, answer, asked, near.heard, near.alike)
            elif waiting and (p.affirm.search(answer) or _echoes_the_name(question, answer)):
                identity, waiting, self._confirmed_at = IdentityStatus.confirmed, 0, i
            elif p.self_identify is not None and p.self_identify.search(answer):
                identity, waiting, self._confirmed_at = IdentityStatus.confirmed, 0, i
                if self._third_party and not self._by_relation:
                    self._third_party, self._reason = False, None  # 你找他干嘛 … 我就是王刚: evasion
            elif waiting:
                if p.non_answer is not None and p.non_answer.fullmatch(answer):
                    waiting -= 1  # 你哪位: a question back; the identity question stays open
                elif turn.unsure or _short(answer, p.unclear_max_chars) or _garbled_before_a_question(answer, p):
                    identity, unclear, waiting = IdentityStatus.unclear, UnclearAnswer(i, answer), 0
                else:
                    waiting -= 1
        self._walked = True
