"""Who said it: agent or customer, for mono recordings (no channel per role).

Each utterance gets a cue score (log-odds that the agent said it) from what
it says: the agent introduces the company, asks for the debtor by name,
talks about overdue debt and repayment; the customer gives short answers,
denials and excuses. Turns alternate, so a two-state Viterbi pass combines
the cues with a prior that the speaker changes between utterances. The
cue lists work on normalized (simplified) text and tolerate common ASR
homophones (逾期 heard as 一七/于期, 还款 as 海款).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa_pipeline.domain.transcript import Speaker

_P = r"[\s,，。.!！?？、~…]*"  # punctuation the ASR may or may not put in

# (pattern, weight, name). Positive weights point to the agent.
_AGENT_CUES: tuple[tuple[str, float, str], ...] = (
    (r"我是.{0,12}(公司|平台|金融|银行|客服|专员|法务|律师|事务所|中心|部门|小贷|贷款|催收|资产)", 4.0, "self_introduction"),
    (r"我(这边|这里)?是.{0,8}的(客服|专员|工作人员|法务|调解员)", 4.0, "self_introduction"),
    (r"(客服|专员|工作人员|调解员|法务部|催收部|贷后)", 2.0, "agent_title"),
    (r"请问.{0,10}(是|您是).{0,10}(本人|先生|女士|小姐)", 4.0, "identity_question"),
    (r"(本人吗|本人么|是不是.{0,6}本人|是.{1,6}(先生|女士)吗)", 3.0, "identity_question"),
    (r"(身份证|后四位|核实|信息安全)", 2.0, "verification"),
    (r"(您|你)(在我们|的).{0,8}(借款|贷款|欠款|账单|分期|额度)", 3.0, "debt_statement"),
    (r"(逾期|一七|于期|余期|欠款|滞纳金|违约金|罚息|征信|催收|应还|待还|还款日|本期)", 2.0, "debt_language"),
    (r"(还款|海款|环款|还清|结清|处理一下|尽快还|今天(之内|必须|能)|必须还|还是要还|得还|把钱还|赶紧还)", 1.5, "repayment_demand"),
    (r"(我们平台|我们公司|我们这边|我们会|我们的应用)", 1.5, "company_we"),
    (r"(登记|协调|申请分期|减免|方案)", 1.0, "agent_offer"),
    (r"(请问|麻烦您|感谢您的配合|祝您|您好)", 1.0, "polite_agent"),
    # What only an agent says in a call that goes wrong: insults, threats,
    # claimed authority. The rules need these utterances on the agent's side.
    (r"(老赖|不要脸|废物|骗子|无赖|你这种人|欠钱不还|听到没有|给我听)", 2.5, "agent_abuse"),
    (r"(上门|通讯录|曝光|你家里人|你的家人|你单位|你们单位|你领导|你同事|亲戚朋友|街坊|邻居|坐牢|拘留|抓你|起诉你|律师函)", 2.0, "agent_threat"),
    (r"(我是.{0,8}(民警|警官|法官|检察)|公安局的|法院的|警号|立案|传票)", 2.5, "agent_authority"),
    (r"(必须|最后期限|否则|后果)", 1.0, "agent_pressure"),
)

_CUSTOMER_CUES: tuple[tuple[str, float, str], ...] = (
    (
        (
            rf"^{_P}(喂|是|对|嗯|好|行|可以|是的|是我|我是|我就是|对是我|对对|好的|知道了|我知道了|"
            rf"没问题|明白|明白了|听到了|谢谢|再见|什么事|哪位|你好)"
            rf"({_P}(是|对|嗯|好|的|我|是我|吧|啊|呀|谢谢|再见|什么事|哪位))*{_P}$"
        ),
        4.0,
        "short_answer",
    ),
    (r"(我不是|打错了|不认识|你们是谁|你是谁|哪位|什么事|干什么|有什么事)", 3.0, "who_are_you"),
    (r"(没钱|手头.{0,4}紧|我.{0,4}发工资|工资还没|缓几天|宽限|再等|我会还|我一定还|我马上还|我明天还|我尽快|我尽量|最多能)", 3.0, "excuse_or_promise"),
    (r"(我.{0,6}(月底|下个月|下周)|(月底|下个月|下周)(才|我))", 1.5, "excuse_or_promise"),
    (r"(投诉|报警|你再骂|放尊重|别打了|不要再打|挂了|骚扰)", 3.0, "complaint"),
    (r"(他不在|她不在|我是他|我是她|我老公|我老婆|我丈夫|我妻子|我儿子|我女儿|我爸|我妈|我帮你转告|我转告)", 3.0, "third_party"),
    (r"(你们|你说)", 0.5, "addresses_company"),
)

_COMPILED = [
    (re.compile(p), w, n) for p, w, n in _AGENT_CUES
] + [(re.compile(p), -w, n) for p, w, n in _CUSTOMER_CUES]

# Prior that the speaker changes between consecutive utterances, by the
# pause before it: a short pause is mostly one speaker between sentences, a
# long one mostly a new turn.
_SWITCH_BY_GAP: tuple[tuple[float, float], ...] = ((0.3, 0.35), (0.6, 0.6), (float("inf"), 0.75))
_DEFAULT_GAP_S = 0.5


def _p_switch(gap: float) -> float:
    for upper, p in _SWITCH_BY_GAP:
        if gap < upper:
            return p
    return _SWITCH_BY_GAP[-1][1]


@dataclass(frozen=True, slots=True)
class RoleGuess:
    speaker: Speaker
    score: float  # cue log-odds; > 0 points to the agent
    cues: tuple[str, ...]


def cue_score(text: str) -> tuple[float, tuple[str, ...]]:
    """Log-odds that the agent said `text`, and the names of the cues seen."""
    score = 0.0
    names: list[str] = []
    for rx, weight, name in _COMPILED:
        if rx.search(text):
            score += weight
            names.append(name)
    chars = len(re.sub(r"[\W_]", "", text))
    if chars >= 25:  # long explanations are the agent's
        score += 1.0
        names.append("long")
    elif 0 < chars <= 4 and not names:
        score -= 1.0
        names.append("very_short")
    return score, tuple(names)


def infer_roles(texts: Sequence[str], gaps: Sequence[float] | None = None) -> list[RoleGuess]:
    """Speakers for consecutive utterances of one mono recording.

    `gaps[i]` is the silence before utterance i (seconds; gaps[0] unused).
    """
    n = len(texts)
    if n == 0:
        return []
    scored = [cue_score(t) for t in texts]
    states = ("agent", "customer")

    def emit(i: int, s: int) -> float:
        # Cue log-odds split symmetrically between the two states.
        half = scored[i][0] / 2
        return half if s == 0 else -half

    def trans(i: int, a: int, b: int) -> float:
        p = _p_switch(gaps[i] if gaps is not None and i < len(gaps) else _DEFAULT_GAP_S)
        return math.log(p if a != b else 1 - p)

    best = [[emit(0, s) for s in (0, 1)]]
    back: list[list[int]] = [[0, 0]]
    for i in range(1, n):
        row, ptr = [], []
        for s in (0, 1):
            cands = [best[i - 1][a] + trans(i, a, s) for a in (0, 1)]
            a = 0 if cands[0] >= cands[1] else 1
            row.append(cands[a] + emit(i, s))
            ptr.append(a)
        best.append(row)
        back.append(ptr)
    s = 0 if best[-1][0] >= best[-1][1] else 1
    path = [s]
    for i in range(n - 1, 0, -1):
        s = back[i][s]
        path.append(s)
    path.reverse()
    return [RoleGuess(speaker=states[s], score=scored[i][0], cues=scored[i][1]) for i, s in enumerate(path)]  # type: ignore[arg-type]
