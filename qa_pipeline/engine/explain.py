"""The sentence a reviewer reads on a finding."""

from __future__ import annotations

from qa_pipeline.domain.dialogue import DialogueState
from qa_pipeline.domain.findings import Match, MatchKind
from qa_pipeline.rulepack.schema import Rule

SPEAKER_ZH = {"agent": "坐席", "customer": "客户"}


def explain(spec: Rule, speaker: str, terms: list[str], matches: list[Match], state: DialogueState | None,
            third_party_reason: str | None) -> str:
    matched = "「" + "」、「".join(terms) + "」"
    who = SPEAKER_ZH.get(speaker, speaker)
    if spec.explanation:
        text = spec.explanation.format(matched=matched, speaker=who, title=spec.title, utterance="")
    else:
        text = f"{who}说了{matched}：{spec.title}。"
    if state == DialogueState.third_party and third_party_reason:
        text += f" 对方不是债务人本人（{third_party_reason}）。"
    elif state == DialogueState.unconfirmed:
        text += " 此时对方尚未确认是债务人本人。"
    elif state == DialogueState.unclear:
        text += " 对方对身份问题的回答没有听清，无法确认是否为本人。"
    semantic = [m for m in matches if m.kind == MatchKind.semantic]
    if semantic:
        nearest = max(semantic, key=lambda m: m.similarity or 0.0)
        text += f"（按语义匹配：与规则示例「{nearest.term}」相似度 {nearest.similarity or 0.0:.2f}）"
    if any(m.phonetic for m in matches):
        text += "（部分词语按读音匹配，可能是语音识别的同音错误）"
    return text
