"""Dialogue state across turns: has the callee confirmed being the debtor,
or turned out to be someone else?

An identity question from the agent (请问是X本人吗) answered yes (是/对/嗯/
我就是) confirms identity. A callee who says they are someone else (不是 /
打错了 / 我是他老婆 / 他不在) is a third party, for the whole call: debt
details they heard before saying so were still told to a third party. The
metadata's `callee.relation`, when it names a third party, overrides.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_pipeline.rulepack.loader import DialoguePatterns

# How many customer turns may pass before an identity question counts as unanswered.
_ANSWER_WINDOW = 2


@dataclass(frozen=True, slots=True)
class DialogueTrace:
    confirmed_before: tuple[bool, ...]  # per utterance: identity confirmed before it was said
    third_party: bool                  # the callee is not someone who may hear the debt
    third_party_reason: str | None
    confirmed_at: int | None           # index of the confirming answer

    def state_at(self, index: int) -> str:
        if self.third_party:
            return "third_party"
        return "confirmed" if self.confirmed_before[index] else "unconfirmed"


def trace_dialogue(speakers: list[str], texts: list[str], relation: str, may_hear_debt: list[str],
                   patterns: DialoguePatterns) -> DialogueTrace:
    third_party = relation not in may_hear_debt
    reason = f"metadata callee.relation is {relation}" if third_party else None
    confirmed = False
    confirmed_at: int | None = None
    pending = 0  # customer turns left to answer the last identity question
    before: list[bool] = []
    # One search over everything each side said rules out most per-turn searches.
    agent_asks = bool(patterns.identity_question.search("\n".join(t for s, t in zip(speakers, texts) if s == "agent")))
    callee_denies = bool(patterns.deny.search("\n".join(t for s, t in zip(speakers, texts) if s != "agent")))
    for i, (speaker, text) in enumerate(zip(speakers, texts)):
        before.append(confirmed)
        if speaker == "agent":
            if agent_asks and patterns.identity_question.search(text):
                pending = _ANSWER_WINDOW
            continue
        stripped = text.strip()
        if (callee_denies and patterns.deny.search(stripped)) or (pending and patterns.deny_answer and patterns.deny_answer.match(stripped)):
            if not third_party:
                third_party, reason = True, f"the callee said 「{stripped[:30]}」 (utterance {i})"
            pending = 0
            continue
        if confirmed:
            continue
        if pending and patterns.affirm.search(stripped):
            confirmed, confirmed_at, pending = True, i, 0
        elif patterns.self_identify and patterns.self_identify.search(stripped):
            confirmed, confirmed_at, pending = True, i, 0
        elif pending:
            pending -= 1
    return DialogueTrace(tuple(before), third_party, reason, confirmed_at)
