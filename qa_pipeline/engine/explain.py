"""The sentence a reviewer reads on a finding."""

from __future__ import annotations

from qa_pipeline.domain.dialogue import DialogueState
from qa_pipeline.rulepack.schema import Rule

SPEAKER_ZH = {"agent": "坐席", "customer": "客户"}


def explain(spec: Rule, speaker: str, terms: list[str], phonetic: bool, state: DialogueState | None,
            third_party_reason: str | None) -> str:
    matched = "「" + "」、「".join(terms) + "」"
    who = SPEAKER_ZH.get(speaker, speaker)
    if spec.explanation:
        text = spec.explanation.format(matched=matched, speaker=who, title=spec.title)
    else:
        text = f"{who}说了{matched}：{spec.title}。"
    if state == DialogueState.third_party and third_party_reason:
        text += f" 对方不是债务人本人（{third_party_reason}）。"
    elif state == DialogueState.unconfirmed:
        text += " 此时对方尚未确认是债务人本人。"
    if phonetic:
        text += "（部分词语按读音匹配，可能是语音识别的同音错误）"
    return text
