"""Dialogue state across turns: has the callee confirmed being the debtor,
or turned out to be someone else?

An identity question from the agent (请问是X本人吗) answered yes (是/对/嗯/
我就是) confirms identity. A callee who says they are someone else (不是 /
打错了 / 我是他老婆 / 他不在) is a third party, for the whole call: debt
details they heard before saying so were still told to a third party;
unless they later say outright that they are the debtor (我就是王刚): then
the denial was evasion, and what came before was said before identity was
confirmed. The metadata's `callee.relation`, when it names a third party,
overrides.

Each pattern is searched in one turn at a time (`^` and `$` are the turn's
start and end). The state is worked out only as far as the engine asks: a
call whose metadata already names a third party needs no search at all, and
the agent's turns, most of a call's text, are searched for an identity
question only where a customer's answer could depend on one.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from qa_pipeline.domain.dialogue import CalleeStatus, DialogueState, IdentityStatus
from qa_pipeline.rulepack.loader import DialoguePatterns
from qa_pipeline.rulepack.schema import DialogueGate
from qa_pipeline.text.lexicon import TermHit

# How many customer turns may pass before an identity question counts as unanswered.
_ANSWER_WINDOW = 2


class TurnEffect(enum.Enum):
    """What a customer turn does to an open identity question (one still
    waiting for its answer)."""

    CLOSES = "closes"  # an answer: yes, no, or "I am someone else"
    KEEPS = "keeps"    # nothing (identity is already confirmed, or an agent turn)
    WAITS = "waits"    # uses up one of the turns the question may wait


def says(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` matches some non-empty part of one turn's text."""
    m = pattern.search(text)
    if m is None:
        return False
    if m.end() > m.start():
        return True
    return any(m.end() > m.start() for m in pattern.finditer(text))


class DialogueTrace:
    """The dialogue state of one call, worked out on first use."""

    __slots__ = (
        "_asks",
        "_before",
        "_by_relation",
        "_confirmed_at",
        "_effects",
        "_hits",
        "_patterns",
        "_reason",
        "_relation",
        "_speakers",
        "_texts",
        "_third_party",
        "_walked",
    )

    def __init__(self, speakers: Sequence[str], texts: list[str], hits: list[dict[str, list[TermHit]]], relation: str,
                 may_hear_debt: list[str], patterns: DialoguePatterns) -> None:
        """`hits`: the matcher's hits in each turn, by lexicon (for the pack's
        anchors of the dialogue patterns)."""
        self._speakers = speakers
        self._texts = texts
        self._hits = hits
        self._relation = relation
        self._by_relation = relation not in may_hear_debt
        self._patterns = patterns
        self._walked = False
        self._asks: dict[int, bool] = {}
        self._third_party = self._by_relation
        self._reason = f"metadata callee.relation is {relation}" if self._by_relation else None
        self._before: tuple[bool, ...] = ()
        self._confirmed_at: int | None = None
        self._effects: list[TurnEffect] = []

    # -- what the engine reads ------------------------------------------------
    @property
    def third_party(self) -> bool:
        """The callee is not someone who may hear the debt."""
        if not self._by_relation and not self._walked:
            self._walk()
        return self._third_party

    @property
    def third_party_reason(self) -> str | None:
        if not self._by_relation and not self._walked:
            self._walk()
        return self._reason

    @property
    def confirmed_before(self) -> tuple[bool, ...]:
        """Per utterance: identity was confirmed before it was said."""
        if not self._walked:
            self._walk()
        return self._before

    @property
    def confirmed_at(self) -> int | None:
        """Index of the confirming answer."""
        if not self._walked:
            self._walk()
        return self._confirmed_at

    def state_at(self, index: int) -> DialogueState:
        if self.third_party:
            return DialogueState.third_party
        return DialogueState.confirmed if self.confirmed_before[index] else DialogueState.unconfirmed

    def admits(self, gate: DialogueGate, index: int) -> bool:
        """Does the conversation stand where `gate` asks, at utterance `index`?"""
        if gate.callee is not None and (gate.callee == CalleeStatus.third_party) != self.third_party:
            return False
        if gate.identity is not None:
            return (gate.identity == IdentityStatus.confirmed) == self.confirmed_before[index]
        return True

    # -- working it out -------------------------------------------------------
    def _asked(self, index: int) -> bool:
        """The agent's turn `index` asks whether the callee is the debtor."""
        asked = self._asks.get(index)
        if asked is None:
            asked = self._asks[index] = says(self._patterns.identity_question, self._texts[index])
        return asked

    def _question_open(self, index: int) -> bool:
        """An identity question is waiting for its answer when the customer's
        turn `index` comes: asked in an agent turn before it, with no answer
        since and fewer than the window's customer turns gone by."""
        waited = 0
        speakers, effects = self._speakers, self._effects
        for k in range(index - 1, -1, -1):
            if speakers[k] == "agent":
                if self._asked(k):
                    return True
                continue
            effect = effects[k]
            if effect == TurnEffect.CLOSES:
                return False
            if effect == TurnEffect.WAITS:
                waited += 1
                if waited >= _ANSWER_WINDOW:
                    return False
        return False

    def _walk(self) -> None:
        """One pass over the call in order. Every customer turn is checked
        (they are short; for `deny`, only those with a hit of its anchors); an
        agent turn is searched for an identity question only when a customer
        turn after it is an answer that would count."""
        p = self._patterns
        deny_anchors, hits = p.deny_anchors, self._hits
        third_party, reason = self._third_party, self._reason
        confirmed = False
        confirmed_at: int | None = None
        before: list[bool] = []
        effects = self._effects = [TurnEffect.KEEPS] * len(self._texts)
        for i, (speaker, text) in enumerate(zip(self._speakers, self._texts)):
            before.append(confirmed)
            if speaker == "agent":
                continue
            stripped = text.strip()
            denied = (deny_anchors is None or deny_anchors in hits[i]) and says(p.deny, text)
            no = p.deny_answer is not None and p.deny_answer.match(stripped) is not None
            if denied or no:
                effects[i] = TurnEffect.CLOSES  # a no closes a question, when one is open
            if denied or (no and self._question_open(i)):
                if not third_party:
                    third_party, reason = True, f"the callee said 「{stripped[:30]}」 (utterance {i})"
                continue
            if confirmed:
                continue  # KEEPS, unless set above
            if p.affirm.search(stripped):
                effects[i] = TurnEffect.CLOSES
                if self._question_open(i):
                    confirmed, confirmed_at = True, i
                    continue
            if p.self_identify is not None and p.self_identify.search(stripped):
                effects[i] = TurnEffect.CLOSES
                confirmed, confirmed_at = True, i
                if third_party and not self._by_relation:
                    third_party, reason = False, None  # 你找他干嘛 … 我就是王刚: evasion, not a third party
            elif effects[i] != TurnEffect.CLOSES:
                effects[i] = TurnEffect.WAITS
        self._third_party, self._reason = third_party, reason
        self._before, self._confirmed_at = tuple(before), confirmed_at
        self._walked = True

