"""Who said it: agent or customer, for mono recordings (no channel per role).

Each utterance gets a cue score (log-odds that the agent said it) from what
it says: the agent introduces the company, asks for the debtor by name,
talks about overdue debt and repayment; the customer gives short answers,
denials and excuses. Turns alternate, so a two-state Viterbi pass combines
the cues with a prior that the speaker changes between utterances. The
cue phrase lists are lexicons (`lexicons/role_*.txt`, editable like the
pack's word lists); they work on normalized (simplified) text and include
common ASR homophones (逾期 heard as 一七/于期, 还款 as 海款).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa_pipeline.config import get_settings
from qa_pipeline.domain.transcript import Speaker
from qa_pipeline.text.lexicon import load_lexicon

_P = r"[\s,，。.!！?？、~…]*"  # punctuation the ASR may or may not put in

# Cues: (name, weight, lexicon or pattern). Positive weights point to the
# agent, negative ones to the customer. Plain phrase lists live in
# lexicons/role_<name>.txt (one phrase a line; compliance staff edit them);
# the patterns here are only the shapes a word list cannot say.
_LEXICON_CUES: tuple[tuple[str, float], ...] = (
    ("agent_titles", 2.0),
    ("verification", 2.0),
    ("debt_language", 2.0),
    ("repayment_demand", 1.5),
    ("company_we", 1.5),
    ("agent_offer", 1.0),
    ("polite_agent", 1.0),
    # What only an agent says in a call that goes wrong: insults, threats,
    # claimed authority. The rules need these utterances on the agent's side.
    ("agent_abuse", 2.5),
    ("agent_threat", 2.0),
    ("agent_pressure", 1.0),
    ("who_are_you", -3.0),
    ("excuse_or_promise", -3.0),
    ("complaint", -3.0),
    ("third_party", -3.0),
)
_PATTERN_CUES: tuple[tuple[str, float, str], ...] = (
    ("self_introduction", 4.0, r"我是.{0,12}(公司|平台|金融|银行|客服|专员|法务|律师|事务所|中心|部门|小贷|贷款|催收|资产)"),
    ("self_introduction", 4.0, r"我(这边|这里)?是.{0,8}的(客服|专员|工作人员|法务|调解员)"),
    ("identity_question", 4.0, r"请问.{0,10}(是|您是).{0,10}(本人|先生|女士|小姐)"),
    ("identity_question", 3.0, r"(本人吗|本人么|是不是.{0,6}本人|是.{1,6}(先生|女士)吗)"),
    ("debt_statement", 3.0, r"(您|你)(在我们|的).{0,8}(借款|贷款|欠款|账单|分期|额度)"),
    ("agent_authority", 2.5, r"(我是.{0,8}(民警|警官|法官|检察)|公安局的|法院的|警号|立案|传票)"),
    ("short_answer", -4.0,
     rf"^{_P}(喂|是|对|嗯|好|行|可以|是的|是我|我是|我就是|对是我|对对|好的|知道了|我知道了|"
     rf"没问题|明白|明白了|听到了|谢谢|再见|什么事|哪位|你好)"
     rf"({_P}(是|对|嗯|好|的|我|是我|吧|啊|呀|谢谢|再见|什么事|哪位))*{_P}$"),
    ("excuse_or_promise", -3.0, r"(手头.{0,4}紧|我.{0,4}发工资)"),
    ("excuse_or_promise", -1.5, r"(我.{0,6}(月底|下个月|下周)|(月底|下个月|下周)(才|我))"),
    ("addresses_company", -0.5, r"(你们|你说)"),
)


def _phrases(path: Path) -> list[str]:
    """Every form (terms and listed variants) of a lexicon file."""
    return [form for entry in load_lexicon(path).entries for form in (entry.term, *entry.variants)]


@lru_cache(maxsize=4)
def _compiled(lexicons_dir: Path) -> list[tuple[re.Pattern[str], float, str]]:
    cues = [(re.compile(p), w, n) for n, w, p in _PATTERN_CUES]
    for name, weight in _LEXICON_CUES:
        forms = sorted(_phrases(lexicons_dir / f"role_{name}.txt"), key=len, reverse=True)
        cues.append((re.compile("|".join(re.escape(f) for f in forms)), weight, name))
    return cues


def _cues() -> list[tuple[re.Pattern[str], float, str]]:
    return _compiled(get_settings().effective_lexicons_dir)


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
    for rx, weight, name in _cues():
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
