"""Dialogue state across turns: has the callee confirmed being the debtor,
or turned out to be someone else?

An identity question from the agent (请问是X本人吗) answered yes (是/对/嗯/
我就是) confirms identity. A callee who says they are someone else (不是 /
打错了 / 我是他老婆 / 他不在) is a third party, for the whole call: debt
details they heard before saying so were still told to a third party. The
metadata's `callee.relation`, when it names a third party, overrides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

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


def _turns_matching(pattern: re.Pattern[str], speakers: list[str], texts: list[str],
                    side: Callable[[str], bool]) -> set[int]:
    """Indices of the turns of one side in which `pattern` matches, from one
    search over those turns joined by newlines (patterns never cross one)."""
    indices = [i for i, s in enumerate(speakers) if side(s)]
    starts: list[int] = []
    pos = 0
    for i in indices:
        starts.append(pos)
        pos += len(texts[i]) + 1
    joined = "\n".join(texts[i] for i in indices)
    found: set[int] = set()
    for m in pattern.finditer(joined):
        last = max(m.end() - 1, m.start())
        k = bisect_right(starts, last) - 1
        if texts[indices[k]] and joined[m.start():m.end()].strip("\n"):
            found.add(indices[k])
    return found


def trace_dialogue(speakers: list[str], texts: list[str], relation: str, may_hear_debt: list[str],
                   patterns: DialoguePatterns) -> DialogueTrace:
    third_party = relation not in may_hear_debt
    reason = f"metadata callee.relation is {relation}" if third_party else None
    confirmed = False
    confirmed_at: int | None = None
    pending = 0  # customer turns left to answer the last identity question
    before: list[bool] = []
    # One pass of each pattern over everything that side said, instead of one per turn.
    asks = _turns_matching(patterns.identity_question, speakers, texts, lambda s: s == "agent")
    denies = _turns_matching(patterns.deny, speakers, texts, lambda s: s != "agent")
    for i, (speaker, text) in enumerate(zip(speakers, texts)):
        before.append(confirmed)
        if speaker == "agent":
            if i in asks:
                pending = _ANSWER_WINDOW
            continue
        stripped = text.strip()
        if i in denies or (pending and patterns.deny_answer and patterns.deny_answer.match(stripped)):
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
