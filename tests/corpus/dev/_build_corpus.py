"""Build the team-written calls of the dev split (tests/corpus/dev/t-*.json) from DIALOGUES.

Dialogue format (one block per call):

    === t-001 | 2026-03-02T10:05:00+08:00 | debtor Asia/Shanghai | a-17 | style
    A 您好，请问是王建国先生本人吗？
    C 对，是我。
    A ……你再不还，我就打断你的腿。  #threat

Header fields: call id | started_at | callee | agent id | style [| flag ...].
  callee: ``-`` (no callee object), ``<relation>``, ``<relation> <IANA tz>`` or
          ``_ <IANA tz>`` (timezone only, relation defaults to debtor).
  style:  ``-`` or ``+``-joined transforms applied to the text of every utterance:
          ``trad`` (OpenCC s2t), ``tw`` (s2tw), ``hk`` (s2hk): traditional characters;
          ``sp`` punctuation replaced by spaces; ``np`` punctuation removed.
          ASR homophone errors are written directly into the dialogue text.
Lines start with ``A`` (agent) or ``C`` (customer = whoever answered).
Gold tags at the end of a line (agent lines only):
  ``#threat`` threat, ``#abuse`` abuse, ``#imp`` impersonation,
  ``#tpd`` third_party_disclosure, ``#inc`` identity_not_confirmed,
  ``#mis`` misleading_consequence, ``#borrow`` borrowing_inducement.
Header flags after the style (in any order), for the call-level categories:
  ``ooh``  out_of_hours. It is derived from started_at and the callee's timezone
           (08:00-20:59 local is in hours); the flag must agree with it.
  ``msi``  missing_self_identification: the agent discusses the debt but never states
           both the institution (company, bank, platform, 受XX委托) and their own
           name / surname / work number. Checked loosely against the text: a call
           without the flag that talks about the debt must contain a name or work
           number, and a call with the flag must talk about the debt.
Every call gets ``"sources": ["TEAM"]`` (tests/corpus/dev/SOURCES.md: written by the team).

Run:  .venv/bin/python tests/corpus/dev/_build_corpus.py   (rewrites tests/corpus/dev/t-*.json
only; the d-*.json calls of the split come from _build_dev_calls.py)
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TAGS = {
    "threat": "threat",
    "abuse": "abuse",
    "imp": "impersonation",
    "tpd": "third_party_disclosure",
    "inc": "identity_not_confirmed",
    "mis": "misleading_consequence",
    "borrow": "borrowing_inducement",
}
FLAGS = {"ooh": "out_of_hours", "msi": "missing_self_identification"}
CATEGORIES = ["threat", "abuse", "impersonation", "third_party_disclosure",
              "identity_not_confirmed", "out_of_hours", "missing_self_identification",
              "misleading_consequence", "borrowing_inducement"]
CALL_LEVEL = set(FLAGS.values())
SOURCES = ["TEAM"]
# loose text checks for the msi flag (see the docstring)
DEBT_RE = re.compile(r"欠|借款|贷款|逾期|一七|余期|于期|还款|环款|还钱|分期|账单|欠宽|钱款|还不还|还清|"
                     r"信用卡|征信|正信|滞纳金|罚息|什么时候还|块钱|钱还|还上|债|借的|借了|拖了")
AGENT_NAME_RE = re.compile(r"我姓|姓[\u4e00-\u9fff]{1,2}[，。,]|工号|我叫|客服小|专员小|法官")
RELATIONS = {"debtor", "spouse", "relative", "contact", "employer", "unknown",
             "co_borrower", "guarantor"}
PUNCT = "，。？！、；：…,.?!;:"

_converters: dict[str, object] = {}


def _convert(text: str, config: str) -> str:
    import opencc  # only needed for the traditional-character calls

    if config not in _converters:
        _converters[config] = opencc.OpenCC(config)
    return _converters[config].convert(text)


def _style(text: str, style: str) -> str:
    for part in style.split("+"):
        if part == "-":
            continue
        if part in ("trad", "tw", "hk"):
            text = _convert(text, {"trad": "s2t", "tw": "s2tw", "hk": "s2hk"}[part])
        elif part == "sp":
            text = re.sub(f"[{PUNCT}]+", " ", text).strip()
            text = re.sub(r"\s+", " ", text)
        elif part == "np":
            text = re.sub(f"[{PUNCT}]+", "", text)
        else:
            raise ValueError(f"unknown style {part!r}")
    return text


def _out_of_hours(started_at: str, tz: str) -> bool:
    local = datetime.fromisoformat(started_at.replace("Z", "+00:00")).astimezone(ZoneInfo(tz))
    return local.hour < 8 or local.hour >= 21


def parse(source: str, parse_block: Callable[[list[str]], dict] | None = None) -> list[dict]:
    """The calls of a dialogue text: one block per call, each headed by a `===` line; `//` lines
    are notes. `parse_block` reads one block (default: this file's header format; the d-*.json
    generators pass their own, which adds source ids)."""
    read = parse_block or _parse_block
    calls: list[dict] = []
    block: list[str] = []

    def flush() -> None:
        if block:
            calls.append(read(block))
            block.clear()

    for line in source.splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("==="):
            flush()
        block.append(line)
    flush()
    return calls


def _parse_block(lines: list[str]) -> dict:
    head = [f.strip() for f in lines[0].lstrip("=").split("|")]
    call_id, started_at, callee_s, agent_id, style = head[:5]
    flags = set(head[5:])
    if flags - set(FLAGS):
        raise ValueError(f"{call_id}: unknown header flags {sorted(flags - set(FLAGS))}")
    declared_ooh = "ooh" in flags
    call: dict = {"call_id": call_id, "started_at": started_at}
    tz = "Asia/Shanghai"
    if callee_s != "-":
        parts = callee_s.split()
        callee: dict = {}
        if parts[0] != "_":
            if parts[0] not in RELATIONS:
                raise ValueError(f"{call_id}: bad relation {parts[0]}")
            callee["relation"] = parts[0]
        if len(parts) > 1:
            callee["timezone"] = parts[1]
            tz = parts[1]
        call["callee"] = callee
    call["agent_id"] = agent_id
    rng = random.Random(call_id)
    t = round(rng.uniform(0.2, 1.5), 1)
    utterances, expected, agent_raw = [], [], []
    for i, line in enumerate(lines[1:]):
        spk, _, rest = line.partition(" ")
        if spk not in ("A", "C"):
            raise ValueError(f"{call_id}: bad line {line!r}")
        tags = re.findall(r"#(\w+)", rest)
        text = re.sub(r"\s*#\w+", "", rest).strip()
        for tag in tags:
            expected.append({"category": TAGS[tag], "utterance_index": i})
            if spk != "A":
                raise ValueError(f"{call_id}: gold tag on a customer line {i}")
        if spk == "A":
            agent_raw.append(text)
        text = _style(text, style)
        dur = round(max(0.6, len(text) * rng.uniform(0.2, 0.27)), 1)
        utterances.append({"speaker": "agent" if spk == "A" else "customer",
                           "start": round(t, 1), "end": round(t + dur, 1), "text": text})
        t += dur + rng.uniform(0.3, 1.3)
    ooh = _out_of_hours(started_at, tz)
    if ooh != declared_ooh:
        raise ValueError(f"{call_id}: out_of_hours is {ooh} but header declares {declared_ooh}")
    if ooh:
        expected.insert(0, {"category": "out_of_hours", "utterance_index": None})
    agent_text = " ".join(agent_raw)  # before the style transforms
    talks_debt = bool(DEBT_RE.search(agent_text))
    if "msi" in flags:
        if not talks_debt:
            raise ValueError(f"{call_id}: msi but the agent never talks about the debt")
        expected.insert(1 if ooh else 0,
                        {"category": "missing_self_identification", "utterance_index": None})
    elif talks_debt and not AGENT_NAME_RE.search(agent_text):
        raise ValueError(f"{call_id}: the agent talks about the debt and gives no name: msi?")
    call["utterances"] = utterances
    call["expected"] = expected
    call["sources"] = list(SOURCES)
    return call


def _dump(call: dict) -> str:
    """JSON with one utterance / one gold flag per line (readable diffs)."""
    def one(v: object) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines = ["{"]
    items = list(call.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if key in ("utterances", "expected") and value:
            lines.append(f' {one(key)}: [')
            lines += [f"  {one(v)}" + ("," if i < len(value) - 1 else "") for i, v in enumerate(value)]
            lines.append(f" ]{comma}")
        else:
            lines.append(f" {one(key)}: {one(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    calls = parse(DIALOGUES)
    ids = [c["call_id"] for c in calls]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate call ids: {sorted(dupes)}")
    for old in HERE.glob("t-*.json"):
        old.unlink()
    for call in calls:
        (HERE / f"{call['call_id']}.json").write_text(_dump(call), encoding="utf-8")
    print(f"wrote {len(calls)} calls to {HERE}")
    return validate()


def validate() -> int:
    """Re-read every t-*.json and check it against the contract and the gold rules."""
    errors: list[str] = []
    for path in sorted(HERE.glob("t-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}: invalid JSON: {exc}")
            continue
        cid = data.get("call_id")
        if path.stem != cid:
            errors.append(f"{path.name}: call_id {cid!r} does not match the file name")
        utts = data.get("utterances", [])
        if not 8 <= len(utts) <= 25:
            errors.append(f"{cid}: {len(utts)} utterances")
        last = -1.0
        for i, u in enumerate(utts):
            if u["speaker"] not in ("agent", "customer") or not u["text"].strip():
                errors.append(f"{cid}[{i}]: bad speaker or empty text")
            if not (u["start"] >= last and u["end"] > u["start"]):
                errors.append(f"{cid}[{i}]: times not increasing")
            last = u["end"]
        datetime.fromisoformat(data["started_at"].replace("Z", "+00:00"))
        callee = data.get("callee") or {}
        if callee.get("relation", "debtor") not in RELATIONS:
            errors.append(f"{cid}: bad relation")
        seen = set()
        for e in data["expected"]:
            cat, idx = e["category"], e["utterance_index"]
            if cat not in CATEGORIES:
                errors.append(f"{cid}: unknown category {cat}")
            if (cat in CALL_LEVEL) != (idx is None):
                errors.append(f"{cid}: {cat} with utterance_index {idx}")
            if idx is not None and not (0 <= idx < len(utts) and utts[idx]["speaker"] == "agent"):
                errors.append(f"{cid}: {cat} index {idx} out of range or not an agent line")
            if (cat, idx) in seen:
                errors.append(f"{cid}: duplicate {cat} at {idx}")
            seen.add((cat, idx))
        cats = {e["category"] for e in data["expected"]}
        if "third_party_disclosure" in cats and "identity_not_confirmed" in cats:
            errors.append(f"{cid}: third_party_disclosure and identity_not_confirmed in one call")
        if "third_party_disclosure" in cats and callee.get("relation") in ("co_borrower", "guarantor"):
            errors.append(f"{cid}: third_party_disclosure to a {callee['relation']}")
        if data.get("sources") != SOURCES:
            errors.append(f"{cid}: sources {data.get('sources')!r}")
        parse_transcript = None
        if os.environ.get("CORPUS_CONTRACT_CHECK") == "1":
            # opt-in: the project's own loader (not run by default while the package is
            # being restructured; tests/corpus/dev/_check.py checks the shape on its own)
            try:
                sys.path.insert(0, str(HERE.parents[2]))
                from qa_pipeline.transcript import parse_transcript
            except ImportError:
                parse_transcript = None
        if parse_transcript is not None:
            try:
                parse_transcript({k: v for k, v in data.items() if k != "expected"}, path.name)
            except Exception as exc:  # noqa: BLE001 - report and go on
                errors.append(f"{cid}: contract: {exc}")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if errors else 0


DIALOGUES = r"""
=== t-001 | 2026-03-02T10:05:00+08:00 | debtor Asia/Shanghai | a-17 | -
A 您好，我是安信消费金融的客服小周，请问是王建国先生本人吗？
C 对，是我。
A 王先生您好，本次通话会被录音。您在我们平台的借款八千五百元，还款日是二月十五号，目前已经逾期十五天了。
C 我知道，最近手头确实有点紧。
A 理解您的情况。逾期会持续产生滞纳金，并且会上报征信，影响您以后办贷款、信用卡。
C 那我能不能分两次还？
A 可以帮您申请，第一笔需要先还四千元，您看什么时候方便？
C 这周五发工资，周五之前我还四千。
A 好的，那我给您登记三月六号前还款四千元，剩下的四千五百元三月底前结清，可以吗？
C 行，就这么定。
A 好的，还款后请留意短信通知。感谢您的配合，祝您生活愉快，再见。
C 好，再见。

=== t-002 | 2026-03-02T14:20:00+08:00 | - | a-05 | - | msi
A 喂，是李秀英吧？
C 是我，你哪位？
A 我是快易借的，你那笔三千二欠了两个月了，到底还不还？
C 我这个月真的没钱，下个月一定还。
A 下个月下个月，你上个月也这么说的。你就是个老赖。  #abuse
C 你说话客气点。
A 客气？跟你这种人客气什么。今天下午五点前不还，我就把你通讯录里的人一个一个打过去，让他们都知道你欠钱不还。  #threat
C 你们这是违法的，我要去投诉。
A 你投诉去啊，投诉完了我们照样天天打，打到你接为止。  #threat
C 我今晚先还五百行不行？
A 五百？打发要饭的呢？最少一千五。
C 好吧，我想想办法。
A 五点前我再打给你。

=== t-003 | 2026-03-03T11:12:00+08:00 | spouse Asia/Shanghai | a-09 | -
A 您好，请问这是张伟的家吗？
C 是，我是他爱人，你找他什么事？
A 您好，我姓陈，找张先生有点事情，他现在方便接电话吗？
C 他上班去了，手机可能没带。你是哪里的？
A 是关于他本人的一些事情，需要跟他本人沟通。麻烦您让他回个电话，号码是四零零八六七五三二一。
C 什么事不能跟我说啊？我是他老婆。
A 不好意思，这个需要跟他本人确认，麻烦您转告一下就行，谢谢您。
C 行吧，我跟他说。
A 好的，打扰您了，再见。

=== t-004 | 2026-03-02T09:40:00+08:00 | debtor Asia/Shanghai | a-11 | - | msi
A 喂，你好，这边是恒通小贷的，你在我们这借的一万二已经一七二十天了，今天能处理吗？  #inc
C 啊？你找谁？
A 你是刘洋吧？
C 嗯，是我。
A 刘先生，您这笔欠宽一万二千元，二月十号到期，现在已经一七二十天了。
C 我知道，我在等一笔工程款。
A 那工程款大概什么时候到？
C 估计月中吧。
A 那您先还一部分，三月十五号前先还五千，可以吗？
C 五千应该可以。
A 好的，给您登记了。一七期间会有罚息，请您尽早处理。
C 知道了。

=== t-005 | 2026-03-04T15:30:00+08:00 | debtor | a-22 | - | msi
A 喂，是赵磊吗？
C 是，你谁啊？
A 我是朝阳区人民法院的，你在好借钱平台的欠款已经被起诉了。  #imp #mis
C 法院？法院怎么会打电话给我？
A 我们法院现在是电话通知。你欠的两万三千块钱属于恶意逃债，已经按诈骗立案了。  #threat
C 不可能吧，我只是晚还了一个月。
A 你要是今天不还，明天就会有警察上门把你带走，拘留十五天。  #threat
C 你到底是哪个法院的？叫什么名字？
A 你别管我叫什么，你现在就去把钱还了。
C 我要先核实一下，我打法院电话问问。
A 那你去问吧，下午之前把钱还上。
C 我挂了。

=== t-006 | 2026-03-05T16:45:00+08:00 | contact Asia/Shanghai | a-03 | sp | msi
A 您好，请问是孙丽女士吗？
C 是我，哪位？
A 孙女士您好，我是鑫源小贷的，您的朋友马超在我们这里有一笔借款，他留的紧急联系人是您。  #tpd
C 马超？我们是同学，好久没联系了。
A 他现在欠我们一万五千六，已经逾期两个多月了，电话也打不通。  #tpd
C 这跟我有什么关系？
A 您跟他关系好的话，帮忙催一下，让他赶紧还钱，不然对他影响很大。  #tpd
C 我真没他联系方式，我也不想管这事。
A 那您要是联系上了，让他回个电话，号码是零二一五五八八六六七七。
C 行吧。
A 谢谢，打扰了。

=== t-007 | 2026-03-02T19:30:00+08:00 | debtor | a-14 | - | msi
A 您好，请问是陈静女士本人吗？
C 是我，又是你们，烦不烦啊？
A 陈女士您好，我是乐享分期的客服，来电是提醒您的分期账单，四千三百六十元，已经逾期四十五天了。
C 我说了没钱！你们再打我就报警，告你们骚扰！
A 您有权利投诉，我们也是按规定提醒您。如果长期不处理，可能会产生滞纳金，也会影响您的征信记录。
C 他妈的，征信影响就影响，老子不在乎。
A 理解您现在情绪不好。如果协商不成，我们会依法通过诉讼途径解决，这个也希望您了解一下。
C 你去告啊，我等着。
A 我们还是希望能协商解决。您如果有困难，可以申请延期或者分期，您看要不要了解一下？
C ……那分期怎么弄？
A 可以分六期，每期七百二十多元，我把申请链接发到您手机上。
C 发吧发吧。
A 好的，已经发送，请您注意查收。祝您生活顺利，再见。

=== t-008 | 2026-03-03T10:20:00+08:00 | debtor Asia/Shanghai | a-27 | trad | msi
A 喂，周杰是吧？
C 对，是我。
A 你那笔六千八的借款逾期多少天了你自己心里没数吗？
C 我知道，我现在失业了，真的没钱。
A 失业？你一个大男人连六千八都还不上，废物一个。  #abuse
C 你怎么说话呢？
A 我怎么说话？借钱的时候怎么不想想？不要脸的东西。  #abuse
C 我会想办法的，你别骂人。
A 想办法？你脑子有病吧，三个月了一分没还。  #abuse
C 下周我先还一千。
A 下周一千，我记下了。
C 知道了。

=== t-009 | 2026-03-04T07:40:00+08:00 | debtor Asia/Shanghai | a-08 | - | ooh | msi
A 您好，请问是黄敏女士本人吗？
C 嗯……是我，这么早啊。
A 黄女士早上好，我是星河金融的客服，打扰了。您的借款本期应还二千一百元，今天是最后还款日。
C 哦，我忘了，今天会还的。
A 好的，请您在今天二十四点前通过APP还款，避免产生逾期记录。
C 行，我上班路上弄一下。
A 好的，谢谢您，再见。
C 再见。

// callee first answers to the debtor's name, then says she is the wife: every disclosure is third_party_disclosure
=== t-010 | 2026-03-02T13:10:00+08:00 | debtor | a-19 | - | msi
A 喂，吴涛吗？你在我们这的钱款两万，一七四十天了，今天必须环款。  #tpd
C 我不是吴涛，我是他老婆。你们什么事？
A 哦，您是他爱人啊。他在我们速贷宝借了两万，一直没还，您知道吧？  #tpd
C 我不知道啊，他没跟我说过。
A 那您回去跟他说说，让他赶紧环款，不然利息越滚越多。  #tpd
C 我们家也没钱啊，他借钱干什么了？
A 这个您得问他。您能不能先帮他还一部分？  #tpd
C 我凭什么帮他还？你们自己找他去。
A 那麻烦您让他今天给我们回电话。
C 知道了。

=== t-011 | 2026-03-05T10:00:00+08:00 | guarantor Asia/Shanghai | a-12 | - | msi
A 您好，请问是郭强先生吗？
C 对，我是郭强。
A 郭先生您好，我是东方汇融的客服。您是何丽娟女士那笔经营贷款的担保人，是吧？
C 对，是我担保的，怎么了？
A 何女士那笔贷款本金十二万，目前有两期共一万八千四百元没有按时还款，已经逾期三十二天。按照担保合同，需要跟您沟通一下。
C 我知道这个事，我前两天也打电话问了她，她说资金周转有点问题。
A 是的，我们也联系了何女士。根据合同约定，如果借款人一直不还，担保人需要承担连带保证责任。
C 这个我明白。她说这个月二十号之前能还上。
A 好的，那我们这边记录一下，二十号前由何女士还款。如果到时候没有还，我们会再和您联系。
C 行，我也会催催她。
A 感谢您的配合，再见。
C 再见。

=== t-012 | 2026-03-03T18:05:00+08:00 | debtor | a-02 | np | msi
A 喂您好，这里是诚易借客服中心。
C 嗯，什么事？
A 您在我们平台的贷款三千九百元已经逾期七天了，需要今天还款。  #inc
C 你谁啊？我在开车。
A 诚易借的，借款是去年十一月借的，分六期，您第四期没还。  #inc
C 我现在没空，晚点再说。
A 那您几点方便？我们再联系您。
C 晚上吧，挂了。

=== t-013 | 2026-03-02T08:00:00+08:00 | debtor Asia/Shanghai | a-21 | - | msi
A 喂您好，请问是杨帆先生本人吗？
C 对的，是我。
A 杨先生早上好，我是和信消费金融的，您的信用卡分期本月环款日是三月一号，现在余期一天了，金额是一千二百八十元。
C 哎呀我忘了，昨天太忙了。
A 没关系，今天还款的话只会产生一天的罚息，不会上报正信。
C 好好，我现在就还。
A 好的，还款后系统会自动更新，您不需要再回电。
C 行，谢谢提醒。
A 不客气，再见。

=== t-014 | 2026-03-05T12:30:00+08:00 | debtor Asia/Shanghai | a-24 | trad | msi
A 是马超本人吧？
C 是啊，又是你们。
A 马超，你那个四万二的欠款到底打算什么时候还？
C 我不是说了吗，等我老家房子卖了就还。
A 你家孩子在实验小学上三年级吧？我们都知道。  #threat
C 你什么意思？
A 没什么意思，就是提醒你，孩子放学路上小心点。  #threat
C 你们敢动我孩子试试！我报警！
A 报警有用吗？你晚上走路也小心点，别哪天磕着碰着了。  #threat
C 你们太过分了。
A 三天之内先把钱还了。
C ……我去借点钱。

=== t-015 | 2026-03-06T10:45:00+08:00 | debtor Asia/Shanghai | a-15 | - | msi
A 喂，是胡斌吗？
C 是我，哪位？
A 我是城关派出所的民警，姓王。  #imp
C 派出所？我犯什么事了？
A 你在一个网贷平台借了两万八，已经一七半年了，是吧？
C 我是欠钱了，可是欠钱也不犯法吧？
A 你这个情况已经涉嫌诈骗了，要是这周不还，就要对你采取强制措施，做牢是跑不了的。  #threat
C 那我要怎么办？
A 你联系平台把钱还上就没事了，平台的电话我发给你。
C 你真的是警察吗？警号多少？
A 你别问那么多，照做就行。
C 我自己去派出所问。

=== t-016 | 2026-03-04T14:10:00+08:00 | employer Asia/Shanghai | a-06 | -
A 您好，请问是华远建材公司人事部吗？
C 是的，您有什么事？
A 您好，我姓林，想找一下你们公司的员工郑海，他电话一直打不通。
C 你是他什么人？找他干什么？
A 是他本人的一些私人事务，需要跟他本人沟通。麻烦您转告他给我回个电话，号码是一三八一二三四五六七八。
C 是不是他欠钱了？最近好几个电话找他。
A 不好意思，具体情况我们不方便透露，只需要他回个电话就可以。
C 好吧，我帮你转告。
A 谢谢您，打扰了，再见。

=== t-017 | 2026-03-04T15:00:00+08:00 | employer | a-28 | - | msi
A 喂，是宏达物流吗？你们那有个叫梁静的员工吧？
C 有，她在财务部，你哪位？
A 我们是聚财网的，梁静在我们这借了三万多，三个月没还了。  #tpd
C 这是她个人的事，跟公司没关系吧。
A 怎么没关系？你们领导得管管，让她赶紧把钱还了。  #tpd
C 我们公司不管员工私事。
A 不管是吧？那我们以后每天打到你们公司前台，打到她还钱为止。  #tpd #threat
C 你们这样是骚扰，我们会报警的。
A 报警也没用。
C 我会跟她说一声，你们别再打公司电话了。
A 让她今天之内回电话。

=== t-018 | 2026-03-03T16:00:00+08:00 | debtor Asia/Shanghai | a-01 | - | msi
A 您好，请问是林晓燕女士本人吗？
C 是我。你们是不是要上门找我？我看网上说催收都会上门。
A 林女士您放心，我们不会上门，也不会联系您的家人和单位。今天只是跟您核对一下还款计划。
C 那就好，我真怕你们去我单位。
A 不会的，我们不会打扰您的单位。您的分期欠款是五千七百元，上个月还款日没有还上，目前逾期二十天。
C 嗯，我准备下周一还。
A 好的，下周一是三月九号，我们给您记录一下。逾期期间会有少量罚息，会在还款时一并结算。
C 好，罚息大概多少？
A 大概在四十元左右，具体以还款时为准。
C 行，知道了。
A 谢谢您，再见。

// "罗军，睡了没？" is never answered with a confirmation: the amount in 2 is identity_not_confirmed
=== t-019 | 2026-03-03T14:10:00Z | debtor Asia/Shanghai | a-07 | - | ooh | msi
A 喂，罗军，睡了没？
C 谁啊，这么晚打电话？
A 你说谁？恒通小贷的。你那八千块钱什么时候还？  #inc
C 你们有病吧，十点多了还打！
A 你不接白天电话，我们就晚上打，半夜也打，打到你接为止。  #threat
C 我明天还行了吧！
A 行，你记住，不接电话我半夜三点再给你打。  #threat
C 行行行，挂了。

=== t-020 | 2026-03-05T11:30:00+08:00 | debtor | a-10 | -
C 喂，你好。
A 您好，我是乐享分期的客服小王，请问您是……
C 是不是我那个分期还款的事？我知道我逾期了，这两天就还。
A 好的，先跟您核实一下身份，请问您是宋佳女士本人吗？
C 对，我是宋佳。
A 宋女士您好，您的分期账单本期应还一千九百五十元，已经逾期六天。
C 嗯，我周三发工资就还。
A 好的，周三是三月十一号，给您登记了。请您按时还款，避免影响信用记录。
C 知道了，谢谢。
A 不客气，再见。

=== t-021 | 2026-03-06T17:20:00+08:00 | debtor Asia/Shanghai | a-16 | - | msi
A 喂，唐亮是不？
C 是我，咋的了？
A 咋的了？你欠俺们一万零八百块钱，咋还不还？
C 这两个月活少，没整着钱。
A 没整着钱？你个瘪犊子，借钱那会儿咋那么积极？  #abuse
C 你嘴干净点。
A 我跟你说，你再不还，俺就把你这事儿发你们屯子群里，让全屯子都知道你是啥人。  #threat
C 你敢！
A 礼拜五之前先还三千，听见没？
C 三千我得凑凑。
A 那你赶紧凑。
C 知道了。

=== t-022 | 2026-03-02T15:40:00+08:00 | debtor | a-18 | - | msi
A 您好，请问是韩梅女士本人吗？
C 是我，你们是哪里？法院吗？
A 韩女士您好，我们不是法院的，只是明德资产的客服，受委托提醒您一笔信用卡欠款。
C 吓我一跳，我还以为被起诉了。
A 目前没有起诉。您的信用卡欠款是九千三百二十元，已经逾期六十天。
C 我知道，我想协商个分期。
A 可以，我们可以给您申请十二期，每期大概八百元左右。
C 那挺好的。
A 需要提醒您，如果后续一直不还，银行可能会委托律师，走法律程序。
C 明白，我会按时还的。
A 好的，分期申请我现在提交，结果会短信通知您。再见。

=== t-023 | 2026-03-04T10:30:00+08:00 | relative Asia/Shanghai | a-29 | - | msi
A 喂，是冯刚他妈吧？
C 我是他妈，你是谁？
A 阿姨，你儿子在我们这借了钱不还，一七三个月了，一共一万六。  #tpd
C 啊？他没跟我说过啊。
A 他现在电话都不接，我们也找不到人。
C 那你们找我也没用啊。
A 阿姨，他不还钱，那我们只能取你家找你们了，到时候街房四零都知道你儿子欠钱。  #tpd #threat
C 你们别来，我年纪大了，经不起折腾。
A 那你让他赶紧环款，要不你先替他还了。  #tpd
C 我哪有钱啊……我给他打电话。
A 今天之内让他回电。

=== t-024 | 2026-03-03T12:15:00+08:00 | unknown | a-04 | -
A 您好，请问是邓超先生吗？
C 不是，你打错了吧。
A 不好意思，请问这个号码的机主是邓超吗？
C 不认识，这号我刚办了两个月。
A 好的，那可能是号码变更了，打扰您了，抱歉。
C 你们是干什么的？
A 我们找他本人有点事情。既然号码不是他的了，我们会把这个号码从系统里删除，以后不会再打扰您。
C 好的。
A 再见。

=== t-025 | 2026-03-06T09:15:00+08:00 | debtor Asia/Shanghai | a-25 | trad | msi
A 喂，你好，是曹雪女士吗？
C 是的，哪位？
A 这里是市人民检察院，你的网贷欠款案件已经移交到我们这里。  #imp
C 检察院？我就欠了五千多啊。
A 五千八百块，你拖了一百多天，现在属于恶意拖欠，要追究刑事责任的。  #threat
C 不会吧，我一直想还，就是没钱。
A 今天下午三点前把钱打到指定账户，不然传票明天就寄到你单位，让你们领导看看。  #threat
C 我先问问我家里人。
A 我们是检察机关，不会跟你开玩笑的。  #imp
C 好吧，我尽量。
A 抓紧时间。

=== t-026 | 2026-03-02T20:59:00+08:00 | co_borrower Asia/Shanghai | a-13 | - | msi
A 您好，请问是彭飞先生吗？
C 是我。
A 彭先生您好，我是北辰银行个贷中心的。您是曾志伟先生那笔房屋装修贷款的共同借款人，对吧？
C 对，是我跟我表哥一起贷的。
A 这笔贷款本月应还三千六百五十元，还款日是二月二十八号，目前还没有还上，已经逾期两天了。
C 哦，这个月应该是他还的，我问问他。
A 好的，作为共同借款人，您和曾先生都有还款义务。逾期超过一定时间会影响两位的征信。
C 明白，我今晚就跟他联系，明天一定还上。
A 好的，打扰您了，这么晚打电话不好意思。
C 没事，再见。

=== t-027 | 2026-03-05T13:45:00+08:00 | debtor Asia/Shanghai | a-20 | - | msi
A 喂，您好，能听清吗？
C 嗯，能听到。
A 好的，我这边是速贷宝的，您三月一号应还的两千四百元到现在还没还，已经逾期四天了。  #inc
C 哦哦，你找谁？
A 请问您是谢宇先生吗？
C 对，是我。
A 谢先生，那这笔两千四百元今天能处理吗？
C 今天晚点吧，我下班了还。
A 好的，请您今天务必还款，避免上报征信。
C 好的。

=== t-028 | 2026-03-04T18:30:00+08:00 | debtor | a-26 | np | msi
A 喂，你好，请问是董洁本人吗？
C 是我，怎么了？
A 董女士您好，我是惠民分期的，您有一笔三千五的分期已经逾期十天了。
C 你们这帮骗子，利息这么高还好意思打电话。
A 我们的利率都是合同约定的，您可以在APP里看到详细的费用。
C 滚，别烦我。
A 董女士，理解您的心情，如果现在不方便，我们可以换个时间再联系。
C 你们就是吸血鬼。
A 逾期时间长的话会影响您的征信记录，还是建议您尽早处理。
C 知道了，月底还。
A 好的，给您记录月底前还款，感谢配合，再见。

=== t-029 | 2026-03-03T14:30:00+08:00 | debtor America/Vancouver | a-11 | - | ooh | msi
A 您好，请问是袁浩先生本人吗？
C 是我，你们是国内打过来的吧？
A 是的袁先生，我是江南银行信用卡中心的。您的信用卡账单一万零二百元，已经逾期三十五天了。
C 我在温哥华读书，这边现在都晚上十点多了。
A 不好意思打扰您了。这笔欠款请问您打算怎么处理？
C 我让我国内的朋友帮我操作还一下，这周内还清。
A 好的，给您记录本周内还清。逾期会产生滞纳金和利息，建议您尽早。
C 好的，知道了。
A 谢谢，再见。

=== t-030 | 2026-03-02T11:00:00+08:00 | debtor Asia/Shanghai | a-30 | trad | msi
A 您好，请问是潘玲女士本人吗？
C 是的，请说。
A 潘女士您好，我是中联资产的，您在好借钱的借款七千二百元已经逾期五十多天了。
C 我知道，我这个月还有困难。
A 潘女士，我们也不想去您单位找您领导聊这件事，您看呢？  #threat
C 你这是什么意思？
A 没别的意思，就是希望您重视一下。另外，您朋友圈挺活跃的吧，要是大家在朋友圈看到您的欠款信息，对您影响也不好。  #threat
C 你们不能这么做。
A 所以嘛，您这周先还两千，我们就好沟通。
C 好吧，我周五还两千。
A 谢谢您的理解。

=== t-031 | 2026-03-02T21:00:00+08:00 | debtor Asia/Shanghai | a-05 | trad | ooh | msi
A 喂，徐涛是吧？
C 是我，这么晚了什么事？
A 什么事？你那两千六欠了三个月了，你说什么事？
C 我不是说了月底嘛。
A 月底月底，你这种无赖我见多了。  #abuse
C 你骂谁呢？
A 骂你怎么了？欠钱不还的狗东西。  #abuse
C 我要投诉你。
A 你投诉，投诉完了钱照样得还。
C 挂了。

=== t-032 | 2026-03-03T09:05:00+08:00 | debtor Asia/Taipei | a-22 | tw | msi
A 您好，请问是苏晴小姐本人吗？
C 对，我就是。
A 苏小姐您好，我是江南银行信用卡中心委托的明德资产，您的信用卡欠款共计四万六千二百元，已经逾期九十天。
C 我知道，我人在台北工作，之前一直忘了处理。
A 理解。这笔欠款如果继续不处理，银行方面下一步会发律师函，之后可能依法起诉。
C 律师函？那我尽快处理吧。
A 好的，您可以申请分期，最长二十四期，也可以一次性结清，一次性结清可以减免部分利息。
C 一次性结清的话要多少？
A 我帮您申请一下，大概在四万二千元左右，具体金额以银行审批为准。
C 好，你帮我申请吧。
A 好的，审批结果会在三个工作日内短信通知您。谢谢，再见。

=== t-033 | 2026-03-04T11:20:00+08:00 | debtor | a-09 | np | msi
A 喂，是蒋文吗？
C 是的，你哪位？
A 我这里是市公安局经侦大队，你在网贷平台的欠款已经被列入我们的调查名单。  #imp
C 啊？我只是借了钱没还完。
A 你借了三万五，半年没还，还换了手机号，这就是恶意逃废债，属于诈骗行为。  #threat
C 我没有换号啊，我一直用这个号。
A 你要配合的话，今天把钱还上，我们就不追究。不然明天就去你家里带人。  #threat
C 我能先还一万吗？
A 一万不够，最少两万。
C 我去凑一凑。
A 下午五点前处理。

=== t-034 | 2026-03-05T15:10:00+08:00 | spouse | a-14 | - | msi
A 您好，请问是蔡明先生的家属吗？
C 我是他妻子，怎么了？
A 您好，我是惠民分期的客服，蔡先生在我们这边有一笔分期还款没有按时还，想跟他沟通一下还款安排。  #tpd
C 他分期买了什么？
A 是一部手机的分期，每月八百九十元，这个月的还没还。  #tpd
C 这个人，又乱花钱。
A 麻烦您让他尽快回电，或者直接在APP里还款就可以。  #tpd
C 好，我回去说他。
A 谢谢您，再见。

=== t-035 | 2026-03-02T16:25:00+08:00 | debtor Asia/Shanghai | a-23 | - | msi
A 喂，你那个欠款什么时候还？一七都一个多月了。  #inc
C 啥？你哪位？
A 我是好借钱的，你欠的四千五到底还不还？  #inc
C 你们是不是诈骗电话？
A 诈骗？我们给你通信录里的人挨个打个电话，你就知道是不是诈骗了。  #threat
C 你有病吧，我挂了。
A 你挂，挂了我明天打到你单位去。  #threat
C 随便你。

=== t-036 | 2026-03-06T13:30:00+08:00 | relative Asia/Shanghai | a-02 | -
A 您好，请问是余娜女士的家人吗？
C 我是她哥哥，你是哪位？
A 您好，我姓赵，有件事想联系余娜本人，她的电话一直没人接。
C 她最近换工作了，可能忙。你找她干嘛？
A 是她本人的事情，我们不方便跟其他人说。您方便的话，请转告她给小赵回个电话，号码是零一零八五二六三一四七。
C 零一零八五二六三一四七，对吧？
A 对的，谢谢您。
C 好，我晚上跟她说。
A 好的，打扰您了，再见。

=== t-037 | 2026-03-03T14:40:00+08:00 | debtor Asia/Chongqing | a-18 | - | msi
A 喂，是杜鹏不嘛？
C 是我，啥子事？
A 啥子事？你在我们平台借的九千块钱，逾期两个月了，你不晓得啊？
C 晓得晓得，最近莫得钱。
A 莫得钱？你个龟儿子借钱的时候咋个有钱去耍？  #abuse
C 你咋个骂人嘛？
A 骂你咋个了，瓜娃子，欠钱不还还有理了？  #abuse
C 我下个月发了工资就还。
A 下个月几号？
C 十号。
A 十号之前还三千，不然我天天给你打，打到你接为止。  #threat
C 晓得了。

// started_at is 09:30 Beijing time, but 07:30 in Urumqi (UTC+6)
=== t-038 | 2026-03-04T09:30:00+08:00 | debtor Asia/Urumqi | a-06 | - | ooh | msi
A 您好，请问是艾力先生本人吗？
C 是我，你们这么早打电话？我们这边才七点半。
A 不好意思艾力先生，我们按北京时间打的，打扰您了。我是安信消费金融的，您本期借款应还一千六百元，已经逾期三天。
C 哦，我今天去银行弄一下。
A 好的，您也可以在APP里直接还款。逾期会有罚息，请您尽早处理。
C 知道了。
A 谢谢您，以后我们会注意时间，再见。
C 再见。

// 22:30 Beijing time is 20:30 in Urumqi: within hours
=== t-039 | 2026-03-04T22:30:00+08:00 | debtor Asia/Urumqi | a-07 | - | msi
A 您好，请问是古丽娜尔女士本人吗？
C 对，是我。
A 古丽娜尔女士您好，我是和信消费金融的客服。您的分期账单本期应还二千三百元，还款日是三月一号，现在逾期三天。
C 我知道，这两天在外地出差，明天回去就还。
A 好的，明天是三月五号，我给您登记一下。按合同约定，逾期会产生少量罚息。
C 好，我明天一定还。
A 谢谢，那不打扰您休息了，再见。
C 再见。

=== t-040 | 2026-03-02T10:50:00+08:00 | debtor Asia/Shanghai | a-15 | - | msi
A 喂，你好，请问是钟伟吗？
C 他不在，我是他同事，他手机放桌上了。
A 哦，那麻烦你跟他说一声，他在我们鑫源小贷的欠宽八千块已经余期了，让他赶紧处理。  #tpd
C 啊，这个……我跟他说一下吧。
A 你们是同事，你也劝劝他，别拖了，再拖利息更多。  #tpd
C 这种事我不好说啊。
A 那就让他今天下午回个电话，我们号码他有。
C 好的。

=== t-041 | 2026-03-05T09:30:00+08:00 | debtor | a-03 | sp
A 您好，请问是谭敏女士本人吗？
C 是我，你是警察吗？上次有人说是警察打电话给我。
A 谭女士您好，我不是警察，我是诚易借的客服小刘，冒充警察的电话您千万别信。
C 哦，那你们打电话干嘛？
A 提醒您一下，您的借款本期应还一千五百元，已经逾期五天了。
C 你们再天天打，我就去投诉你们，再找人收拾你们。
A 您的意见我们会记录。我们每天的联系次数是有限制的，不会频繁打扰您。
C 哼，最好是。
A 请问这一期您打算什么时候还？
C 周末吧。
A 好的，给您登记周末还款，谢谢您，再见。

=== t-042 | 2026-03-06T16:05:00+08:00 | debtor Asia/Shanghai | a-27 | trad | msi
A 喂，陆毅是吧？
C 是啊，怎么了？
A 我们是执法部门的，专门处理你们这种欠钱不还的。  #imp
C 执法部门？哪个部门？
A 你管哪个部门，你欠的一万一千块什么时候还？
C 我跟平台说过了要延期。
A 延期？你个骗子，借的时候说得好好的，现在装死。  #abuse
C 我没装死，我一直在联系平台。
A 别说了，今天之内还五千。
C 我今天真拿不出来。
A 拿不出来就去借。  #borrow
C 我想想办法吧。

=== t-043 | 2026-03-03T17:45:00+08:00 | contact Asia/Shanghai | a-08 | -
A 喂，您好，请问是姚远先生吗？
C 是我，你哪位？
A 姚先生您好，我姓孙。请问您认识卢峰吗？
C 认识啊，我朋友，怎么了？
A 我们有事需要联系他本人，但他电话一直打不通，想请您帮忙转告他回个电话。
C 是不是他欠网贷了？他之前跟我借过钱。
A 不好意思，具体的事情我们只能跟他本人说。麻烦您让他回电话到四零零六八二七七一九，就说找小孙。
C 行吧，我给他发个微信。
A 谢谢您，打扰了。
C 没事。

// "你说吧"/"你先说你们想怎么样" are not confirmations; "我是姜涛" in 5 is
=== t-044 | 2026-03-04T19:50:00+08:00 | debtor | a-12 | trad+np | msi
A 喂，您好，我是银信金融的催收专员，您的贷款已经逾期六十二天，欠款一万三千四百元。  #inc
C 你说吧。
A 请问您是姜涛先生吗？
C 你先说你们想怎么样。
A 我们希望您今天能先还一部分，至少三千元。  #inc
C 我是姜涛，但我现在没钱。
A 姜先生，那您什么时候能有钱？
C 下个月五号发工资。
A 好的，那下个月五号前还三千，可以吗？
C 可以。
A 好的，给您记录，谢谢。

=== t-045 | 2026-03-05T14:00:00+08:00 | guarantor | a-16 | - | msi
A 您好，请问是崔莹女士吗？
C 是我，您哪位？
A 崔女士您好，我是鑫源小额贷款公司的客服。您是石磊先生借款合同的担保人，对吗？
C 对，我是他的担保人。他是不是没还钱？
A 是的，石先生的借款余额还有六万八千元，最近三期一直没有还款，累计逾期金额一万零二百元。
C 唉，他生意失败了，我也劝过他。
A 我们理解。根据担保合同，担保人需要承担保证责任。我们希望您能协助联系石先生，尽快拿出还款方案。
C 我会去找他谈谈，下周给你们答复。
A 好的，下周三之前我们等您的消息。
C 行。
A 谢谢您，再见。

=== t-046 | 2026-03-02T12:40:00+08:00 | debtor Asia/Shanghai | a-29 | - | msi
A 喂，廖凡是吧？
C 对，是我。
A 廖凡，你欠的一万九千块钱还想拖到什么时候？
C 大哥，我真的没钱，我老婆住院了。
A 少拿你老婆说事，你这种人渣我见多了。  #abuse
C 我说的是真的。
A 我不管真的假的，三天之内不还，我找几个兄弟过去打断你的腿。  #threat
C 你这是犯法的！
A 犯法？到时候你躺在医院里再去告吧。  #threat
C 我……我想办法。
A 三天，记住了。

=== t-047 | 2026-03-06T10:10:00+08:00 | debtor | a-21 | - | msi
C 喂？
A 您好，我是快易借的客服，请问……
C 是不是催我还钱的？我知道我那三千块还没还。
A 您先别急，为了保护您的信息，我先确认一下，请问您是贾玲女士本人吗？
C 对，是我。
A 贾女士您好，您的借款三千元，还款日是二月二十号，目前逾期十四天。
C 我这两天就还，能不能把罚息免了？
A 罚息减免需要提交申请，我可以帮您提交，结果以审核为准。
C 好，麻烦你了。
A 不客气，申请结果会短信通知您。再见。

=== t-048 | 2026-03-02T15:05:00Z | spouse Asia/Shanghai | a-10 | - | ooh | msi
A 喂，是夏天的老婆吧？
C 是我，这么晚谁啊？
A 我们是速贷宝的，你老公在我们这借了一万二，逾期了一个多月。  #tpd
C 都十一点了，你们有毛病吧？
A 他白天不接电话，我们只能晚上打你这了。你让他明天把钱还上。  #tpd
C 我明天问问他。
A 行，你跟他说。
C 知道了。

=== t-049 | 2026-03-04T13:00:00+08:00 | debtor Asia/Shanghai | a-24 | - | msi
A 您好，请问是韦宁先生本人吗？
C 是我，你们是不是要打电话给我爸妈？
A 韦先生，我们不会联系您的家人，也不会给您通讯录里的人打电话，这个您放心。
C 上次那个平台就打了，搞得全家都知道。
A 我们只跟您本人沟通。您在我们这的借款本期应还两千八百元，逾期十二天了。
C 你们这些人跟猪一样烦。
A 我理解您的心情。这期您看什么时候能还？
C 这周日。
A 好的，三月八号，给您登记了。逾期会产生罚息并影响征信，请您按时还款。
C 知道了。
A 谢谢，再见。

=== t-050 | 2026-03-03T10:40:00+08:00 | debtor Asia/Hong_Kong | a-26 | hk | msi
A 喂，你好，这边是国家金融监督管理总局的工作人员，你名下有一笔网贷逾期了。  #imp #inc
C 什么？谁名下？
A 你是方圆女士吧？
C 是我。
A 方女士，你在乐享分期的一万零五百元已经逾期八十天，我们监管部门要求你三日内还清。  #imp
C 监管部门还管这个？
A 当然管，你抓紧时间处理就行。
C 你们的电话是多少，我回头核实一下。
A 不用核实，你直接还款就行。
C 好吧，我今天联系平台。

=== t-051 | 2026-03-05T08:30:00+08:00 | debtor Asia/Shanghai | a-01 | - | msi
A 您好，请问是付强先生本人吗？
C 是俺，啥事？
A 付先生您好，我是恒通小贷的客服，您的借款本期应还一千一百元，还款日是三月一号，现在逾期四天了。
C 中，俺知道，俺这两天在地里忙，忘了。
A 没关系，今天或者明天能还上吗？
C 中，俺明天去镇上就还。
A 好的，逾期会产生一点罚息，时间长了会影响征信，您尽早处理。
C 中中中，晓得了。
A 谢谢您，再见。

=== t-052 | 2026-03-02T17:15:00+08:00 | unknown | a-30 | sp | msi
A 喂，是白雪吗？
C 不是，你找错人了。
A 这个号码之前是白雪的吧？她在我们平台有笔八千二的借款逾期了，你认识她吗？  #tpd
C 不认识，我这个号码刚办的。
A 那你要是知道她联系方式，告诉她赶紧还钱。  #tpd
C 我说了不认识，别打了。
A 行吧。
C 神经病。

=== t-053 | 2026-03-04T16:40:00+08:00 | debtor Asia/Shanghai | a-11 | - | msi
A 喂，侬是邹凯伐？
C 是的呀，啥事体？
A 侬在阿拉平台借的两万块钞票，拖了四个月了，晓得伐？
C 晓得的，最近生意不好。
A 生意不好也要还呀。侬再不还，就是诈骗，要判刑的。  #threat
C 借钱不还哪能是诈骗？
A 阿拉已经准备报案了，到辰光警察直接上门抓人。  #threat
C 侬覅吓我。
A 侬自家想清爽。
C 我下个礼拜先还五千。
A 好，下个礼拜三之前。

=== t-054 | 2026-03-03T15:15:00+08:00 | debtor Asia/Shanghai | a-19 | - | msi
A 您好，请问是孟然先生本人吗？
C 是我。
A 孟先生您好，我是明德资产的，受北辰银行委托，联系您信用卡欠款的事情。目前欠款是两万七千八百元，已经逾期一百二十天。
C 我知道，我现在真的还不上。
A 孟先生，这笔欠款银行已经准备委托律师处理，近期会给您寄送律师函。如果协商不成，银行会依法向法院起诉。
C 起诉了会怎么样？
A 法院会依法审理，判决后需要按判决履行，这个是正常的法律程序。我们还是希望您能先协商。
C 那我能申请停息挂账吗？
A 可以提交申请，需要您提供收入证明之类的材料。
C 好，我准备一下。
A 好的，材料可以发到我们的邮箱，我短信发给您。谢谢，再见。

=== t-055 | 2026-03-05T11:50:00+08:00 | debtor Asia/Shanghai | a-04 | trad | msi
A 喂，你借的那个五千块钱打算什么时候还啊？  #inc
C 你是谁？
A 我是快易借的，你都逾期一个月了还问我是谁？  #inc
C 我不知道你在说什么。
A 装什么傻，你这种不要脸的人我见多了。  #abuse
C 你再骂人我就挂了。
A 你挂吧。
C 神经。

=== t-056 | 2026-03-06T15:30:00+08:00 | - | a-13 | - | msi
A 您好，请问是秦岚女士吗？
C 是我，又是你们？
A 秦女士您好，我是星河金融的客服，您的借款还有四千二百元没有环款，目前余期十八天。
C 我告诉你，你们要是敢找到我家里来，我就报警，让警察把你们抓起来。
A 秦女士您放心，我们不会上门，只是电话提醒您。
C 你们上个月就有人说要来我单位。
A 如果有同事有这样的不当言论，您可以投诉，我们会核实处理。请问这笔欠款您什么时候方便处理？
C 下个月发工资吧。
A 好的，下个月十号前，我给您登记。一七期间会产生罚息，请您留意。
C 嗯。
A 谢谢您，再见。

=== t-057 | 2026-03-02T14:55:00+08:00 | contact Asia/Shanghai | a-17 | - | msi
A 喂，请问是邱实吗？
C 是我，哪位？
A 你是江涛的朋友吧？他借款的时候把你填成了紧急联系人。  #tpd
C 江涛？是我朋友，怎么了？
A 他在我们平台借了一万三，四个月没还。你能联系上他吗？  #tpd
C 我也好久没见他了。
A 你帮我们带个话，这周不还的话，我们就把他欠钱的事发到他通信录里所有人的群里。  #tpd #threat
C 这跟我没关系吧。
A 你联系上他，让他回个电话就行。
C 行了，我知道了。

=== t-058 | 2026-03-05T06:50:00+08:00 | debtor Asia/Shanghai | a-28 | tw | ooh | msi
A 喂，起来了没？你那个贷款今天再不还就逾期一百天了。  #inc
C 谁啊？才六点多……
A 和信金融的，两万六千块，你打算拖到什么时候？  #inc
C 你找谁啊？
A 找你，严宽，你别装不知道。
C 我是严宽，可是你们也不能这么早打电话吧。
A 早点打你才接。那今天能还多少？
C 我上班了再说，先挂了。

=== t-059 | 2026-03-04T10:15:00+08:00 | co_borrower Asia/Shanghai | a-25 | - | msi
A 您好，请问是黎明先生吗？
C 对，我是黎明。
A 黎先生您好，我是北辰银行的。您和您太太贺军女士一起办理了一笔消费贷款，您是共同借款人，对吧？
C 对，怎么了？
A 这笔贷款三月份应还四千二百元，还没有入账，已经逾期三天了。
C 可能是卡里钱不够，扣款失败了。
A 有可能。您可以往还款卡里存入足额资金，我们系统每天会自动扣款。
C 好的，我今天就存进去。
A 好的，谢谢您。逾期三天的罚息大概十元左右，会在扣款时一起扣除。
C 明白，谢谢提醒。
A 不客气，再见。

=== t-060 | 2026-03-03T19:40:00+08:00 | debtor Asia/Shanghai | a-20 | np | msi
A 喂，顾北是吧？
C 嗯，是我。
A 你他妈的到底还不还钱？三千七拖了半年了。  #abuse
C 我这不是在外地打工嘛，过年回去就还。
A 过年？你当我们是傻子？我告诉你，不还就把你欠钱的事发到你们村的群里，让你爹妈在村里抬不起头。  #threat
C 别别别，别发。
A 那你这个月底之前还一千五。
C 行，我跟工友借点。
A 月底我再打给你。
C 好。

=== t-061 | 2026-03-02T10:25:00+08:00 | spouse Asia/Shanghai | a-06 | trad | msi
A 喂，你是金鑫的爱人吧？
C 对，我是他老婆，什么事？
A 我们是海淀区人民法院执行局的，你丈夫欠网贷平台三万二，拒不履行还款义务。  #imp #tpd
C 法院？他没跟我说被起诉了啊。
A 现在通知你，让他三天之内把钱还了，不然我们直接上门把他拘留。  #tpd #threat
C 我怎么知道你是不是法院的？
A 你不信可以试试，到时候法警上门你就知道了。  #threat
C 我让他给你们回电话。
A 让他今天就打过来。
C 好。

// 法务部 is the lender's own legal department, not a state authority
=== t-062 | 2026-03-03T14:00:00+08:00 | debtor | a-23 | -
A 您好，请问是史进先生本人吗？
C 是我。
A 史先生您好，我是聚财网法务部的工作人员，我姓黄。您的借款两万零五百元已经逾期一百五十天，案件转到我们法务部了。
C 法务部？你们是要起诉我吗？
A 目前公司法务部在评估，如果一直无法协商，会依法向法院提起诉讼，这个是正常的法律途径。
C 我想还，但是一次还不了那么多。
A 可以协商分期。您每个月最多能还多少？
C 两千左右吧。
A 那我帮您申请分十期，每期两千零五十元，第一期三月二十号前还。
C 好的，可以。
A 好的，协议会发到您手机上，请您确认。谢谢。

=== t-063 | 2026-03-04T12:20:00+08:00 | debtor | a-15 | sp | msi
A 喂，你那个钱款还不还了？余期两个月了。  #inc
C 你是谁啊？
A 我是谁？你借钱的时候怎么不问我是谁？一千八都还不起，穷鬼。  #inc #abuse
C 你嘴巴放干净点。
A 干净？对你这种赖皮还要干净？滚去借钱还上。  #inc #abuse #borrow
C 我要投诉你。
A 投吧。
C 有病。

=== t-064 | 2026-03-05T16:20:00+08:00 | relative | a-09 | -
A 喂，您好，请问是龚丽的家里吗？
C 是啊，我是她爸，你是？
A 叔叔您好，我姓吴，我们找龚丽本人有点事，她手机一直关机。
C 她出差了，那边信号不好。你们是哪个单位的？
A 具体事情要跟她本人说。麻烦您让她有空回个电话，就说找小吴，号码一八六零零二三四五六七。
C 行，一八六零零二三四五六七，我记下了。
A 谢谢叔叔，打扰您了。
C 没事没事。

// 20:30 Beijing time is 21:30 in Tokyo
=== t-065 | 2026-03-03T20:30:00+08:00 | debtor Asia/Tokyo | a-14 | - | ooh | msi
A 您好，请问是邵峰先生本人吗？
C 是我。
A 邵先生您好，我是江南银行信用卡中心的。您的信用卡本期最低还款额一千二百元，还款日是二月二十五号，目前还没有还。
C 我在日本，这边银行转账不太方便，晚了几天。
A 理解，您可以用境外卡在APP里还款，或者请国内家人帮忙转账到您的信用卡。
C 好，我明天想办法。
A 好的，逾期记录会报送征信，建议您尽快。打扰您了。
C 没事，这边都九点半了，下次早点打。
A 好的，抱歉，再见。

// 02:00 UTC is 18:00 the previous day in Vancouver (PST): within hours
=== t-066 | 2026-03-05T02:00:00Z | debtor America/Vancouver | a-03 | - | msi
A 您好，请问是万里先生本人吗？
C 对，是我。
A 万先生您好，我是和信消费金融的，您的借款本期应还三千一百元，已经逾期九天了。
C 我在加拿大，这个月换了银行卡，自动扣款没成功。
A 明白，那您可以更新一下还款卡信息，或者直接在APP里手动还款。
C 好，我晚饭后弄。
A 好的，逾期会产生罚息，请尽快处理。谢谢您，再见。
C 再见。

=== t-067 | 2026-03-06T13:50:00+08:00 | debtor Asia/Shanghai | a-21 | - | msi
A 喂，钱程吗？
C 对，是我。
A 我是市公安局网络安全支队的网警，你在网上借贷的记录我们这边都看到了。  #imp
C 网警？我借钱犯法了吗？
A 你一七了四个月，一共一万四，这属于恶意逃债。我们会把你的情况通报到你单位和你住的小区。  #threat
C 不要啊，我会还的。
A 那你今天就去还，还完给我回个电话。
C 我先还五千行吗？
A 先还五千，剩下的下周清掉。
C 好。

=== t-068 | 2026-03-02T11:35:00+08:00 | employer Asia/Shanghai | a-10 | np | msi
A 喂，你好，请问是鑫达电子厂吗？
C 是，你找谁？
A 你们厂有个叫龙飞的吧？他在我们平台借了一万，拖了半年不还。  #tpd
C 我是人事，员工私事我们不管。
A 你们不管？他拿着工资不还钱，你们当领导的也有责任，扣他工资帮他还。  #tpd
C 我们没有这个权力，你别打到厂里来了。
A 你算什么东西，一个破人事也敢管我。  #abuse
C 你再这样我就报警了。
A 报吧，让龙飞回电。
C 我挂了。

=== t-069 | 2026-03-04T09:10:00+08:00 | debtor Asia/Shanghai | a-16 | - | msi
A 您好，请问是侯勇先生本人吗？
C 是我，你们是政府部门的吗？
A 侯先生，我们不是政府部门，也不是公安法院，我们是星河金融贷后服务部的。
C 哦，那有什么事？
A 您在我们这的借款还有五千三百元没还，已经余期三十天了，想跟您确认一下环款时间。
C 我这个月十五号发工资，十五号还。
A 好的，三月十五号，给您登记。到时候如果还是没还，可能会影响您的正信记录。
C 知道了。
A 感谢您的配合，再见。

=== t-070 | 2026-03-05T17:30:00+08:00 | debtor Asia/Shanghai | a-08 | trad | msi
A 喂，你是陶然吧？
C 你哪里？
A 我们是乐享分期的，你有一笔一千九百元的账单逾期二十多天了，今天得还。  #inc
C 哦，那个啊，我知道。
A 你是陶然本人吗？
C 是，我是。
A 好，陶先生，那今天能还吗？
C 今天能还一千，剩下的周五。
A 可以，给您登记一下，今天一千，周五九百。
C 行。
A 谢谢，再见。

=== t-071 | 2026-03-06T23:40:00+08:00 | debtor Asia/Shanghai | a-29 | np | ooh | msi
A 喂，雷鸣，醒醒，还钱了。  #inc
C 谁啊？大半夜的。
A 你是雷鸣不？
C 是啊，你谁？
A 乐享分期的。七千二拖了俩月，你还睡得着？
C 你们疯了吧，半夜打电话。
A 就是要半夜打，你不还钱我们每天半夜都打，让你睡不成觉。  #threat
C 我要投诉你们！
A 投诉？你这种老赖投诉有人理你吗？  #abuse
C 滚！

=== t-072 | 2026-03-03T12:45:00+08:00 | spouse | a-18 | -
A 喂，您好，请问是贺先生的家属吗？
C 我是他老婆，你们是不是又要催债？我警告你们别再打了！
A 您好，我姓郑，只是想联系贺先生本人，麻烦您让他回个电话。
C 回什么电话？你们再打我就报警，把你们告到倾家荡产！
A 理解您的心情，我们不会跟您讨论他的事情，只是请您转告一下，号码是零二零八七六五四三二一。
C 我不会转告的。
A 好的，那不打扰您了，祝您生活愉快。
C 哼。

=== t-073 | 2026-03-02T18:20:00+08:00 | debtor Asia/Shanghai | a-12 | trad | msi
A 喂，郝帅，你那八千八的欠宽什么时候还？一七一个月了。  #tpd
C 我是他爸爸，他手机落家里了。你说他欠了多少？
A 八千八，借了半年了，一直拖着。  #tpd
C 这孩子，怎么又借钱。
A 叔叔你劝劝他，让他这周把钱环上，不然影响他的征信。  #tpd
C 好好，我回头说他。
A 麻烦您了。
C 没事。

=== t-074 | 2026-03-04T14:35:00+08:00 | - | a-19 | - | msi
A 喂，我是人民法院的李法官，你有一笔欠款纠纷，金额一万六，需要你配合处理。  #imp #inc
C 法官？你找谁？
A 你是不是龚伟？
C 是啊，我是龚伟。
A 你在快易借的借款逾期了五个月，我们法院这边已经收到了平台的起诉材料，你今天还清的话就不用开庭了。  #imp #mis
C 我怎么还？
A 我把平台的还款账户发给你，你转过去就行。
C 好吧，我先看看。
A 今天之内必须处理。
C 知道了。

=== t-075 | 2026-03-05T19:10:00+08:00 | guarantor Asia/Shanghai | a-22 | - | msi
A 您好，请问是严明先生吗？
C 是我。
A 严先生您好，我是东方汇融的客服，跟您核实一下，您是汪洋先生那笔车贷的担保人吗？
C 对，是我担保的，怎么了？
A 汪先生的车贷已经连续两个月没有还款，逾期金额六千四百元，我们联系不上他本人。
C 他换号了，我这有他新号码。
A 那太好了，麻烦您告诉我们一下，我们直接和他本人沟通。
C 一三九零七六五四三二一。
A 好的，谢谢您。如果他一直不还，按合同可能需要您承担担保责任，这个也跟您说明一下。
C 明白，我也会催他。
A 谢谢，再见。

=== t-076 | 2026-03-02T15:25:00+08:00 | debtor Asia/Shanghai | a-30 | - | msi
A 您好，请问是毛秀芳女士本人吗？
C 是我。
A 毛女士您好，我是中联资产的，关于您在速贷宝一万一千五百元的欠款，已经逾期七十天了。
C 我知道，我在想办法。
A 毛女士，您父母在老家身体还好吧？我们有同事下周正好要去您老家那边，顺便去看看二老。  #threat
C 你们要干什么？这跟我爸妈有什么关系？
A 没什么，就是觉得二老应该知道女儿在外面欠了多少钱。  #threat
C 你们别去找我爸妈，我求你们了。
A 那就看您的诚意了，这周能还多少？
C 我这周先还四千。
A 好的，周五之前，我们等您消息。

=== t-077 | 2026-03-06T11:40:00+08:00 | debtor | a-27 | np | msi
A 喂，您好，请问是常乐先生本人吗？
C 是我，你们这帮吸血的又来了？
A 常先生您好，我是好借钱的客服，您的借款本期应还九百八十元，逾期八天了。
C 你们利滚利，借两千还五千，还有脸打电话？
A 常先生，我们的费用都是按合同执行的，不会利滚利，您可以在APP里查看每一笔费用明细。
C 查个屁，你们就是一群王八蛋。
A 您有异议可以通过客服热线反馈。这期九百八十元您看什么时候能处理？
C 下周吧，烦死了。
A 好的，下周三之前，我给您登记了。谢谢您，再见。

=== t-078 | 2026-03-03T08:20:00+08:00 | debtor Asia/Shanghai | a-04 | - | msi
A 喂，早上好，这里是银信金融，您的贷款今天到期，应还两千一百五十元，昨天扣款失败了。  #inc
C 嗯？
A 请问您是程亮先生吗？
C 嗯，是。
A 程先生，那请您今天把钱存到还款卡里，晚上系统会再扣一次。
C 好的，我上午就存。
A 谢谢，今天存上就不会逾期。
C 明白。
A 再见。

=== t-079 | 2026-03-04T17:55:00+08:00 | relative Asia/Shanghai | a-07 | - | msi
A 喂，是尹航的姐姐吧？
C 是，怎么了？
A 你弟弟欠了我们两万四，一七半年了，你知道吗？  #tpd
C 我不知道，他的事我不管。
A 不管？你们一家子都是无赖是吧？  #abuse
C 你怎么骂人？
A 你不管，那我们就取你家，你爸妈那边我们也会去，看你们管不管。  #threat
C 你们敢来试试！
A 那你让他今天把钱还了。  #tpd
C 我会跟他说的。

=== t-080 | 2026-03-02T07:59:00+08:00 | co_borrower Asia/Shanghai | a-25 | trad | ooh | msi
A 您好，请问是薛刚先生吗？
C 是我，这么早？
A 薛先生早上好，不好意思打扰了。我是北辰银行的，您是闫妮女士那笔经营贷的共同借款人，对吗？
C 对。
A 这笔贷款本月应还八千元，今天是还款日，提醒您和闫女士确保账户余额充足。
C 好的，我一会儿跟她说。
A 谢谢，祝您工作顺利，再见。
C 再见。

=== t-081 | 2026-03-05T10:05:00+08:00 | debtor Asia/Shanghai | a-05 | sp | msi
A 喂，段誉吗？
C 嗯，是我。
A 我是区公安分局的，你涉嫌恶意拖欠网贷，我们已经掌握了你的情况。  #imp
C 公安分局？欠钱的事找公安干嘛？
A 你欠三万六不还，就是诈骗，我们随时可以把你抓起来。  #threat
C 我没想不还，我在筹钱。
A 筹钱？你这个骗子，骗了钱就想跑。  #abuse
C 我没跑，我一直在家。
A 那好，明天中午之前还一万。
C 我尽量。

=== t-082 | 2026-03-06T09:45:00+08:00 | employer Asia/Shanghai | a-11 | trad
A 您好，请问是天成科技前台吗？
C 是的，请问您找哪位？
A 您好，我想找一下你们公司的葛晓东，他电话一直没接。
C 葛晓东在开会，您是哪里？
A 我姓胡，有些私人事务要跟他本人说，麻烦他开完会给我回个电话，号码一五九一一二二三三四四。
C 好的，我给他留个言。
A 谢谢您。另外麻烦您不用跟其他同事提起，谢谢。
C 好的，没问题。
A 再见。

// "你先说什么事" is not a confirmation; "是我，我是江伟" in 5 is
=== t-083 | 2026-03-03T13:15:00+08:00 | debtor | a-26 | - | msi
A 你好，请问是江伟先生吗？
C 你先说什么事。
A 你在我们平台的三千三欠款，余期快三个月了，再不还要做牢的。  #inc #threat
C 做牢？你吓唬谁呢。
A 不是吓唬你，已经有人因为这个被抓了，下一个就是你。  #threat
C 是我，我是江伟，我这个月会还的。
A 好，那月底前必须还清。
C 知道了。

=== t-084 | 2026-03-04T15:50:00+08:00 | unknown | a-13 | -
A 喂，您好，请问是谢芳女士吗？
C 我不是，我是她邻居，她手机落我家了。
A 哦，不好意思。那方便的话请您转告她回个电话，就说小郑找她。
C 什么事啊？要紧吗？
A 是她个人的事，需要跟她本人说，谢谢您。
C 行，她晚上过来拿手机，我跟她说。
A 好的，麻烦您了，再见。
C 再见。

=== t-085 | 2026-03-05T13:20:00Z | _ Asia/Shanghai | a-23 | - | ooh | msi
A 喂，是俞飞吗？
C 是我，都九点多了什么事？
A 你那个四千的借款还不还了？
C 我下周还。
A 下周？你说了多少个下周了。明天开始我们每隔一个小时打一次，打到你单位去，打到你们领导接为止。  #threat
C 你们这是骚扰。
A 骚扰也是你逼的。
C 我明天先还一千。
A 明天一千，说话算话。
C 行。

=== t-086 | 2026-03-06T10:30:00+08:00 | debtor Asia/Singapore | a-17 | hk | msi
A 您好，请问是覃海先生本人吗？
C 是的，我是。
A 覃先生您好，我是江南银行信用卡中心的。您的信用卡欠款八千九百元，已经逾期二十五天了。
C 我在新加坡工作，忘了国内还有这张卡。
A 理解。您可以通过APP或者银行柜台跨境还款，逾期时间越长罚息越多，也会影响您的征信。
C 我这个月先还一半，下个月还清可以吗？
A 可以，我给您申请一下，先还四千四百五十元，剩下的四月十号前还清。
C 好的。
A 谢谢覃先生，祝您工作顺利，再见。

=== t-087 | 2026-03-02T16:50:00+08:00 | debtor Asia/Shanghai | a-28 | - | msi
A 喂，是武刚吧？
C 是我。
A 武刚，你那一万块的钱款一七三个月了，你他妈还要脸吗？  #abuse
C 你说话注意点。
A 注意个屁，你个王八蛋，借钱的时候跟孙子一样，还钱的时候跟大爷一样。  #abuse
C 我这两个月真没钱。
A 没钱去卖血啊，畜生。  #abuse
C 你再骂我就录音投诉。
A 你录啊。
C 行，你等着。

=== t-088 | 2026-03-03T11:25:00+08:00 | spouse Asia/Shanghai | a-20 | trad | msi
A 您好，请问是包伟先生家吗？
C 是的，我是他妻子。
A 您好，我姓秦，想找一下包先生。
C 他不在家。是不是他欠你们钱了？
A 是的，包先生有一笔五千元的消费贷款，逾期了二十天。  #tpd
C 我就知道。他什么时候借的？
A 去年十月借的，分十二期，最近两期没还。  #tpd
C 行，我回来问问他。
A 麻烦您提醒他尽快还款，谢谢。  #tpd
C 好。

// 04:30 Beijing time is 20:30 the previous evening in London: within hours
=== t-089 | 2026-03-04T04:30:00+08:00 | debtor Europe/London | a-09 | - | msi
A 您好，请问是顾远先生本人吗？
C 对，是我。
A 顾先生您好，我是乐享分期的客服，您这边晚上好。您的分期账单本期一千三百元，已经逾期十天了。
C 我在伦敦读书，最近忙论文忘了。
A 理解。您可以在APP里用绑定的银行卡还款。逾期会产生滞纳金，时间长了还会影响征信。
C 好，我现在就登录看看。
A 好的，谢谢您。如有问题可以随时联系我们的客服。
C 好的，谢谢。

// the callee first says "嗯，是" but then turns out to be the debtor's brother: all disclosures are third_party_disclosure
=== t-090 | 2026-03-05T12:05:00+08:00 | debtor Asia/Shanghai | a-15 | sp | msi
A 喂，是蔡东吗？
C 嗯，是。
A 蔡东，你在速贷宝的借款两千九，已经逾期十五天了，今天能还吗？  #tpd
C 啊？借款？我是他哥蔡南，刚才没听清，你找我弟？
A 哦，你是他哥哥啊。那麻烦你跟他说一声，让他赶紧把两千九还了。  #tpd
C 他借网贷了？这小子。
A 对，借了三个月了。  #tpd
C 好，我让他给你打电话。
A 谢谢。

// "是老子" is a (rude) confirmation; the customer's swearing is never flagged
=== t-091 | 2026-03-02T13:40:00+08:00 | debtor Asia/Shanghai | a-02 | - | msi
A 您好，请问是潘涛先生本人吗？
C 是老子，咋了？
A 潘先生您好，我是惠民分期的客服，您的分期欠款两千零四十元，已经一七二十二天了。
C 一七一七，天天一七，烦不烦？老子又不是不还。
A 理解您，我们只是按规定提醒。余期时间长了会产生滞纳金，也会上报正信。
C 上报就上报，他妈的吓唬谁呢。
A 不是吓唬您，只是把规定跟您说清楚。您看这期什么时候方便环款？
C 月底。
A 好的，三月三十一号前，我给您登记了。谢谢您的配合。
C 挂了挂了。

=== t-092 | 2026-03-03T21:15:00+08:00 | debtor | a-24 | - | ooh | msi
A 喂，是单磊吗？
C 是我，这么晚了谁啊？
A 我们是天河区人民法院的，你的借款合同纠纷案已经立案了，明天要传唤你。  #imp #mis
C 法院晚上九点多打电话？
A 我们加班处理积压案件。你欠好借钱一万八，今晚能还的话事情就好办。
C 我不信，我明天自己去法院问。
A 你去问吧，反正案子已经在了。  #mis
C 那我明天去。
A 随便你。

=== t-093 | 2026-03-04T10:40:00+08:00 | employer | a-17 | -
A 喂，您好，这里是华信物业管理公司吗？
C 对，您哪位？
A 您好，我姓周，想找一下在你们这上班的陈国栋师傅。
C 陈师傅在小区里巡逻，没带手机吧。有什么事吗？
A 也没什么急事，麻烦您转告他，让他下班后给周先生回个电话，号码是一三七零一二八六五四三。
C 行，我给他写个条子。
A 谢谢您，打扰了。
C 不客气。

=== t-094 | 2026-03-05T14:25:00+08:00 | debtor Asia/Shanghai | a-09 | trad | msi
A 喂，请问是柳青女士吗？
C 是我，哪位？
A 柳女士，我是区检察院的工作人员，姓赵。  #imp
C 检察院找我什么事？
A 你在鑫源小贷的借款六万，逾期已经十个月了，平台把材料递交过来了，你这个性质属于合同诈骗。  #threat
C 合同诈骗？我当时是做生意亏了。
A 不管什么原因，这个金额够判三年以上了。你想清楚，是还钱还是坐牢。  #threat
C 我现在真的还不起六万。
A 那就先还两万，表示诚意，剩下的再商量。
C 我去借借看。
A 三天之内。

=== t-095 | 2026-03-06T15:15:00+08:00 | guarantor Asia/Shanghai | a-12 | - | msi
A 您好，请问是项东先生吗？
C 对，我是。
A 项先生您好，我是恒通小贷的客服。跟您确认一下，您是您朋友欧阳辉那笔三万元借款的担保人，对吗？
C 是的，去年给他担保的。
A 欧阳先生的这笔借款，最近两期共五千二百元没有还，已经逾期四十天。我们想跟您了解一下他的近况。
C 他前段时间出车祸住院了，可能顾不上。
A 原来是这样，那我们会备注一下。等他出院后可以申请延期还款，您方便的话转告他联系我们。
C 好的，我去医院看他的时候跟他说。
A 谢谢您，祝欧阳先生早日康复。再见。
C 再见。

=== t-096 | 2026-03-02T09:20:00+08:00 | - | a-16 | - | msi
A 喂，你好，我们这边是政府金融监管部门的，你名下有一笔网络借款严重逾期，金额是九千七百元。  #imp #inc
C 啊？什么？
A 你是房东明吧？
C 嗯，对，是我。
A 房先生，根据监管要求，你需要在四十八小时内结清欠款。
C 可我听说监管部门不管催收啊。
A 我们是专门负责的，你别多问，按时还就行。
C 我要核实一下你们的身份。
A 核实可以，但钱必须还。
C 我先挂了。

=== t-097 | 2026-03-03T10:55:00+08:00 | debtor Asia/Shanghai | a-26 | - | msi
A 您好，请问您是鲁静女士吗？
C 是我，你们是法院的吗？我收到一个短信说要起诉我。
A 鲁女士您好，我们不是法院的，我们是明德资产，受江南银行委托联系您。起诉的短信不是我们发的，请您注意防范诈骗。
C 哦，那你们找我什么事？
A 您的信用卡欠款一万二千六百元，逾期七十五天了。银行这边希望能跟您协商还款。
C 我这个月最多能还三千。
A 可以，我们可以先按三千元登记，剩余部分申请分期。需要提醒您的是，如果长时间不还，银行可能会发律师函并依法起诉。
C 我明白，我不会不还的。
A 好的，感谢您的理解。分期申请下来后会短信通知您。
C 好，谢谢。

=== t-098 | 2026-03-04T06:30:00+08:00 | debtor Asia/Shanghai | a-20 | sp | ooh | msi
A 喂，是车宏吗？
C 是……谁啊，六点半……
A 快易借的。你欠的两千二拖了俩月，还睡得着？
C 大清早的，你们有病吧。
A 有病的是你，欠钱不还的贱骨头。  #abuse
C 你骂谁贱骨头？
A 说的就是你，死皮赖脸。  #abuse
C 我八点上班再说，挂了。

// 10:00 Beijing time is exactly 08:00 in Urumqi: within hours
=== t-099 | 2026-03-05T10:00:00+08:00 | debtor Asia/Urumqi | a-01 | - | msi
A 您好，请问是买买提江先生本人吗？
C 对的，是我。
A 您好，我是和信消费金融的客服，早上好。您的借款本期应还一千八百元，还款日是三月三号，现在逾期两天了。
C 哦，我以为是月底还，记错了。
A 没关系，您今天还上的话只产生两天的罚息，不会影响太大。
C 好的，我现在就用手机还。
A 好的，还款成功后会有短信提醒。谢谢您，再见。
C 再见。

=== t-100 | 2026-03-06T11:10:00+08:00 | contact Asia/Shanghai | a-22 | - | msi
A 喂，是温晴吗？
C 是我，您是？
A 我是长安路派出所的民警，想跟你了解一下你朋友杨光的情况。  #imp
C 杨光？他怎么了？
A 他在网贷平台借了四万块钱不还，人也找不到，你知道他住哪吗？  #tpd
C 我不知道，我们很久没联系了。
A 你跟他说，欠钱不还是要负法律责任的，让他赶紧把钱还了。  #tpd
C 好，我要是联系上他就告诉他。
A 你要是有消息马上给我们打电话。
C 好的。

=== t-101 | 2026-03-02T17:35:00+08:00 | debtor Asia/Shanghai | a-08 | - | msi
A 您好，请问是阮丽女士本人吗？
C 是我。你们要是把我欠钱的事告诉别人，我就发朋友圈曝光你们公司。
A 阮女士您放心，我们不会把您的事情告诉任何其他人，您的信息是严格保密的。
C 那就行。你说吧，什么事。
A 您在乐享分期的账单本期应还两千六百三十元，已经逾期十六天了。
C 我最近换工作，工资还没发。
A 理解，那您预计什么时候能处理？我们可以给您做一个还款计划。
C 二十号吧。
A 好的，三月二十号前还款，我给您登记了。这期间会有一些罚息，提前跟您说一下。
C 好。
A 谢谢您，再见。

=== t-102 | 2026-03-03T16:35:00+08:00 | debtor Asia/Shanghai | a-03 | trad | msi
A 喂，你好，你那笔四千八的借款拖了五十天了，今天还不还？  #inc
C 你是哪个？
A 速贷宝的，你不是郑凯吗？
C 你打电话都不知道打给谁？
A 别装蒜了，你个没皮没脸的东西。  #abuse
C 我挂了。
A 挂了我晚点再打。
C 神经病。

=== t-103 | 2026-03-04T13:25:00+08:00 | contact | a-29 | -
A 您好，请问是葛亮先生吗？
C 是我，哪位？
A 葛先生您好，我姓冯。冒昧打扰一下，请问您认识司马强吗？
C 认识，我表弟，怎么了？
A 我们有事需要联系他本人，他原来的手机号停机了，请问您有他现在的联系方式吗？
C 你们是什么公司的？为什么要找他？
A 不好意思，具体事情我们只能跟他本人说。如果您不方便给号码，也可以麻烦您转告他给小冯回个电话。
C 那你把号码给我吧，我跟他说。
A 好的，号码是零七五五八六三三二一零零，谢谢您。
C 好，记下了。

// after the DST change (2026-03-08) Vancouver is UTC-7: 05:30 UTC is 22:30 local
=== t-104 | 2026-03-10T13:30:00+08:00 | debtor America/Vancouver | a-05 | - | ooh | msi
A 喂，您好，我是江南银行信用卡中心的，您的信用卡欠款一万五千元已经逾期六十天了，需要您尽快处理。  #inc
C 喂？你们知道这边几点吗？晚上十点半了。
A 抱歉，请问您是吕安先生吗？
C 对，我是吕安。
A 吕先生，那您看这笔欠款什么时候能还？
C 我下个月回国的时候处理。
A 好的，逾期会持续产生利息，并影响您的征信，希望您尽快。
C 知道了，以后白天打。
A 好的，打扰了。

=== t-105 | 2026-03-05T15:40:00+08:00 | co_borrower Asia/Shanghai | a-13 | - | msi
A 您好，请问是庞雪女士吗？
C 是我。
A 庞女士您好，我是和信消费金融的客服。您和您先生邱冬一起申请了一笔装修贷款，您是共同借款人，对吧？
C 对，有什么问题吗？
A 本月应还两千九百元，扣款没有成功，目前逾期两天了。
C 可能是他那张卡钱不够了，我用我的卡还吧。
A 可以的，您可以在APP里选择其他银行卡还款。
C 好，我马上操作。
A 好的，谢谢您，再见。

=== t-106 | 2026-03-06T14:45:00+08:00 | debtor Asia/Shanghai | a-14 | - | msi
A 喂，是柏文吗？
C 是啊，你是？
A 我们是南关派出所的，你在我们这有报案记录，欠了网贷一万七，一七半年了。  #imp
C 我欠网贷也要报案？
A 你这个属于恶意欠宽，今天你必须把钱还了。
C 我现在手头真的紧。
A 紧？你个不要脸的，借钱的时候怎么不紧？  #abuse
C 警察也骂人？
A 少啰嗦，明天上午之前把钱还上。
C 我知道了。

=== t-107 | 2026-03-02T14:05:00+08:00 | debtor Asia/Shanghai | a-21 | - | msi
A 您好，请问是窦文海先生本人吗？
C 对，是我，我在猪场喂猪呢，你说。
A 窦先生您好，我是恒通小贷的客服，您的借款本期应还一千九百元，已经逾期七天了。
C 哎，今年猪价不好，养猪的都亏，手头紧。
A 理解您的难处。我们这边的罚息是按日计算的，不会滚动计息，越早还罚息越少。
C 那我下礼拜卖一批猪就还。
A 好的，下周五之前可以吗？
C 中，下周五。
A 好的，给您登记了。祝您生意顺利，再见。
C 再见。

=== t-108 | 2026-03-03T10:10:00+08:00 | employer Asia/Shanghai | a-27 | trad | msi
A 您好，请问是兴隆贸易公司财务部吗？
C 是的，请问您有什么事？
A 您好，我是好借钱的工作人员，你们公司的员工谭亮在我们平台有一笔两万一千元的借款，已经逾期三个月了。  #tpd
C 这个……你们为什么打到公司来？
A 因为他本人联系不上，他填的工作单位是你们公司。麻烦你们财务这边能不能从他工资里扣一部分还款？  #tpd
C 这个不行，我们不能随便扣员工工资。
A 那麻烦您让他尽快联系我们，把欠款处理一下。  #tpd
C 我会转告他，但是请你们以后不要打公司电话了。
A 好的，谢谢。

// after DST Vancouver is UTC-7: 03:59 UTC is 20:59 local, the last in-hours minute
=== t-109 | 2026-03-10T11:59:00+08:00 | debtor America/Vancouver | a-06 | - | msi
A 您好，请问是尤佳女士本人吗？
C 是我。
A 尤女士您好，我是乐享分期的客服。您的分期账单本期应还八百六十元，已经逾期五天了。
C 我在温哥华，最近刚搬家，忘了还。
A 没关系，您可以在APP里直接用绑定的卡还款，五天的罚息很少。
C 好的，我现在就还。
A 好的，谢谢您，打扰了，祝您晚上愉快。
C 谢谢，再见。

// 11:30 UTC is 06:30 in New York (EST before 2026-03-08)
=== t-110 | 2026-03-03T19:30:00+08:00 | debtor America/New_York | a-11 | - | ooh | msi
A 您好，请问是詹明先生本人吗？
C 嗯……是我，这边才早上六点半。
A 不好意思詹先生，打扰您休息了。我是和信消费金融的，您的借款本期应还四千元，逾期十二天了。
C 我知道，我在美国这边工资下周发。
A 好的，那下周您发工资后还款可以吗？
C 可以，下周五。
A 好的，给您登记三月十三号。逾期会有罚息，请您尽早处理。
C 好的。
A 谢谢，再见。

=== t-111 | 2026-03-04T11:05:00+08:00 | debtor Asia/Shanghai | a-10 | - | msi
A 您好，请问是卓凡先生本人吗？
C 对，是我。
A 卓先生您好，我是星河金融的客服。您的借款总欠款一万零九百元，已经逾期四十天。
C 我之前一直在医院，刚出院。
A 身体要紧。您现在方便沟通一下还款安排吗？
C 我一次还不了，能分几个月吗？
A 可以申请分六期，每期一千八百多元。另外提醒您，逾期记录会按规定上报征信，尽早还清对您的信用有好处。
C 好，那就分六期吧。
A 好的，我提交申请，第一期四月一号前还款。谢谢您的配合。
C 谢谢。

=== t-112 | 2026-03-05T18:15:00+08:00 | debtor | a-07 | np | msi
A 喂，是穆磊吧？
C 对，是我。
A 穆磊，你那笔一千二百块钱的账到底还不还？
C 我说了下个月还，你们每天打。
A 一千二都还不起，你是猪吗？  #abuse
C 你怎么说话的？
A 我怎么说话？你个废物，一千二都还不上，活着有什么用。  #abuse
C 我录音了，我要投诉你。
A 投诉吧，投诉也得还钱。
C 下个月还，别打了。

=== t-113 | 2026-03-06T16:10:00+08:00 | spouse Asia/Hong_Kong | a-18 | hk
A 您好，请问是邝志明先生家吗？
C 是啊，我是他太太，你找他有什么事？
A 您好，我姓陆，有些事情想跟邝先生本人沟通，他现在方便吗？
C 他还没下班。你们是不是贷款公司？他是不是欠钱了？
A 不好意思，具体事情我们只能跟他本人沟通，麻烦您转告他给陆小姐回个电话。
C 神神秘秘的。号码多少？
A 四零零八八零一二三四，谢谢您。
C 好吧。

=== t-114 | 2026-03-02T15:50:00+08:00 | debtor Asia/Shanghai | a-19 | sp | msi
A 喂，你好，是耿浩吗？
C 是我。
A 我是市公安局经侦支队的，你在我们这里有一个案子。  #imp
C 什么案子？
A 你在聚财网借了五万，一七八个月，已经构成诈骗罪，我们准备对你立案侦查。  #threat
C 我只是还不上，不是故意的。
A 你自己跟法官解释吧，到时候做牢三年起步。  #threat
C 我能先还一部分吗？
A 先还两万，我们看你态度。
C 好，我今天凑。

// "系啊，是我" (Cantonese 系 = 是) is a confirmation
=== t-115 | 2026-03-03T13:35:00+08:00 | debtor Asia/Shanghai | a-15 | - | msi
A 您好，请问是梁家豪先生本人吗？
C 系啊，是我，什么事？
A 梁先生您好，我是惠民分期的客服，您本期分期款一千六百八十元，已经逾期九天了。
C 哦，唔好意思，最近太忙，忘记了。
A 没关系，您今天或明天方便还款吗？
C 得，我今晚就还。
A 好的，谢谢您。还款后系统会自动更新。
C 唔该晒。
A 不客气，再见。

=== t-116 | 2026-03-04T19:05:00+08:00 | spouse Asia/Shanghai | a-28 | - | msi
A 喂，是焦阳老婆吧？
C 是，你谁啊？
A 我是快易借的，你老公欠我们六千五，一七四个月了，你知道不？  #tpd
C 我不知道，我们分居了，他的事我不管。
A 分居也是夫妻，夫妻共同债务懂不懂？你得帮他环款。  #tpd
C 我凭什么帮他还？
A 你们两口子都是一路货色，不要脸。  #abuse
C 你再骂人我报警了！
A 你报吧，让他明天还钱。  #tpd
C 神经病！

=== t-117 | 2026-03-05T11:20:00+08:00 | debtor Asia/Shanghai | a-23 | -
A 您好，请问是鲍静女士吗？
C 我就是。
A 鲍女士您好，我是中联资产的，受鑫源小贷委托联系您。您的借款一万六千元已经逾期一百天，现在一直没有还款计划。
C 你们利息太高了，我要去法院告你们。
A 您有权利通过法律途径维护自己的权益。同样，如果我们协商不成，平台也可能依法起诉，法院会依法处理，这是正常程序。
C 那就法院见。
A 我们还是建议先协商。平台这边可以减免部分罚息，您只需要还本金和正常利息。
C 减免多少？
A 大概能减免两千元左右，您考虑一下。
C 我考虑考虑，过两天回复你。
A 好的，我的工号是八零二七，您可以随时打客服热线找我。再见。

// 23:10 UTC is 07:10 the next morning in Shanghai (default timezone)
=== t-118 | 2026-03-02T23:10:00Z | debtor | a-25 | - | ooh | msi
A 喂，是奚峰吗？
C 是……谁啊，这么早。
A 我是公安局的，你网贷逾期的事情有人举报了。  #imp
C 公安局？早上七点打电话？
A 我们办案不分时间。你欠的一万零五百今天上午必须还上。
C 我要先打一一零核实一下。
A 你核实吧，核实完赶紧还钱。
C 好，我自己会处理。

=== t-119 | 2026-03-06T12:30:00+08:00 | unknown | a-30 | trad+sp
A 您好，请问这个电话是卞强先生的吗？
C 不是，我不认识这个人。
A 好的，不好意思，请问您这个号码用了多久了？
C 用了好几年了，你们肯定是搞错了。
A 明白了，可能是对方留错了号码。我们会更新记录，不会再打扰您。
C 你们是什么单位？
A 我们是一家服务公司，打扰您了，抱歉。
C 没事。

=== t-120 | 2026-03-03T15:05:00+08:00 | debtor Asia/Shanghai | a-02 | - | msi
A 喂，你好，你在诚易借的借款三千六已经于期四十天了，我们打了你好几次电话你都不接。  #inc
C 你找谁？
A 你是齐勇吧？
C 你先说你是哪里的。
A 诚易借的。你再不接电话，我们就每天给你打三十遍，打到你手机没电为止。  #threat
C 那你打呗，我换号。
A 换号也没用，你的通信录我们都有，你换了号我们就打给你通信录里的人问。  #threat
C 行行行，我是齐勇，下周还。
A 下周几？
C 下周三。
A 好，下周三前还三千六。

=== t-121 | 2026-03-02T16:10:00+08:00 | debtor Asia/Shanghai | a-07 | trad | msi
A 喂，您好，是伍斌先生吗？
C 是我，您哪位？
A 我是市中级人民法院执行庭的，你跟恒通小贷的借款纠纷已经判了，你一直没履行。  #imp #mis
C 判了？我怎么没收到传票？
A 传票早就寄了，你自己没收。现在欠款本息一共三万四千元，必须马上还。  #mis
C 我不知道啊，我能看看判决书吗？
A 判决书回头寄给你。你今天不还，明天执行法官就带法警去你家，把你拘留。  #threat
C 拘留？就因为欠钱？
A 拒不执行就是要拘留，严重的还要判刑。  #threat
C 那我先去法院问问。
A 你问吧，钱赶紧准备好。

=== t-122 | 2026-03-03T09:50:00+08:00 | debtor Asia/Shanghai | a-20 | -
A 您好，请问是祁红女士本人吗？
C 是的。
A 祁女士您好，我是安信消费金融的客服小孔。您的借款本期应还三千零五十元，已经逾期十一天了。
C 你们会不会打电话给我老公和同事？我不想让他们知道。
A 您放心，我们不会打扰您的家人和同事，只和您本人联系。
C 那就好。我这周五还一千，剩下的下周。
A 可以，我给您登记：三月六号还一千元，三月十三号前还二千零五十元。
C 好的。
A 提醒您一下，逾期期间会产生罚息，按时还款可以避免逾期记录继续增加。
C 明白。
A 谢谢您，再见。

=== t-123 | 2026-03-04T11:45:00+08:00 | relative | a-26 | - | msi
A 喂，您好，请问是苗建军吗？
C 是我，你哪里？
A 苗先生您好，我是鑫源小贷的。您侄子苗小磊在我们这里有一笔欠宽，一七了快三个月，金额一万零三百元。  #tpd
C 小磊？他借钱干什么了？
A 这个我们就不清楚了。他留的亲属联系人是您，您看能不能帮忙督促一下他环款？  #tpd
C 他都二十好几了，我管不了他。
A 那您要是方便，帮他先垫付一部分也行。  #tpd
C 我不垫，你们自己找他。
A 好的，那麻烦您让他回个电话。
C 行吧。

=== t-124 | 2026-03-04T16:15:00+08:00 | debtor Asia/Shanghai | a-10 | - | msi
A 您好，请问是汤明先生本人吗？
C 是我，你们又来了。
A 汤先生您好，我是惠民分期的客服，您本期应环款一千四百元，已经余期十三天了。
C 我跟你说，你们要是再这么一天三个电话地打，我就去你们公司砍人。
A 汤先生，请您冷静。我们不会频繁打扰您，今天这通电话主要是跟您确认还款时间。
C 下周二。
A 好的，下周二，三月十号，我给您登记了。余期期间会有罚息，也会影响正信，请您按时处理。
C 知道了知道了。
A 谢谢您，再见。

=== t-125 | 2026-03-05T22:20:00+08:00 | contact Asia/Shanghai | a-30 | sp | ooh | msi
A 喂，你好，是鲁明吗？
C 是我，这么晚了有事吗？
A 你认识柴小伟吧？他欠我们平台九千块钱，电话一直打不通。  #tpd
C 认识，同事，但是这么晚打电话不合适吧？
A 不好意思，白天打你没接。你明天上班见到他，让他赶紧把钱还上。  #tpd
C 这是他的私事，我不好说。
A 那你就跟他说一声有人找他。
C 好吧。

=== t-126 | 2026-03-05T17:05:00+08:00 | guarantor | a-14 | - | msi
A 您好，请问是岳强先生吗？
C 对，我是。
A 岳先生您好，我是鑫源小额贷款公司的，跟您核实一下，您是车小芳女士借款的担保人，对吧？
C 没错。
A 车女士的借款两万元，三月一号那期四千元没有还，已经逾期四天了。我们联系她，她说这周会还。
C 那你们找我是？
A 按照流程，我们需要告知担保人借款人的逾期情况。如果她这周还上了，就不需要您承担什么。
C 好，我知道了，我也问问她。
A 谢谢您的配合，再见。

=== t-127 | 2026-03-06T10:25:00+08:00 | debtor Asia/Shanghai | a-16 | - | msi
A 喂，殷浩吧？
C 嗯，是我。
A 你那一万五的钱款一七多久了？你自己算算。
C 四个月吧，我也没办法。
A 没办法？你个狗东西，就会装可怜。  #abuse
C 你骂人我就挂了。
A 你挂一个试试，明天我们几个兄弟请你家坐坐，看你还挂不挂。  #threat
C 你们想干什么？
A 不想干什么，就是让你长长记性，别以为躲得掉。  #threat
C 我下周先还三千。
A 下周一，少一分都不行。

=== t-128 | 2026-03-06T10:50:00+08:00 | spouse | a-23 | sp
A 您好，请问是卢先生家吗？
C 对，我是他老婆，有事吗？
A 您好，我姓蒋，找卢先生本人有点事，他手机一直关机。
C 他去外地了，手机坏了。你们到底什么事？是不是他又在外面借钱了？
A 不好意思，这个我没办法跟您说，需要他本人来处理。您能让他方便的时候给我回个电话吗？
C 你们不说清楚我怎么转告？
A 您就说小蒋找他，让他回电话到零二八六六七七八八九九就可以了。
C 行吧。
A 谢谢您，再见。

=== t-129 | 2026-03-02T12:10:00+08:00 | - | a-08 | tw | msi
A 您好，我是好借钱的客服，您在我们平台的借款两千五百元，今天已经逾期第三十天了。  #inc
C 你说。
A 请问您什么时候可以安排还款？  #inc
C 你找谁啊？
A 请问您是连晓东先生吗？
C 你先说清楚你们是干嘛的。
A 我们是好借钱的客服，就是提醒您还款。  #inc
C 我现在没空，挂了。

// 15:00 UTC is exactly 08:00 in Vancouver (PDT, UTC-7 after 2026-03-08): within hours
=== t-130 | 2026-03-10T23:00:00+08:00 | debtor America/Vancouver | a-12 | trad | msi
A 早上好，请问是鲍伟先生本人吗？
C 对，是我，这么早。
A 鲍先生早上好，我是和信消费金融的客服。您的借款本期应还两千七百元，已经逾期四天了。
C 哦，我刚换了加拿大的银行，国内的卡忘了存钱。
A 明白，您可以让国内家人帮忙往还款卡存钱，或者直接在APP里更换还款卡。
C 好，我上班路上弄。
A 好的，谢谢您，祝您工作顺利。
C 谢谢，再见。

// 10:30 UTC is 21:30 in Sydney (AEDT, UTC+11)
=== t-131 | 2026-03-04T18:30:00+08:00 | debtor Australia/Sydney | a-09 | - | ooh | msi
A 喂，是莫凡吗？
C 是我，都晚上九点半了，有事吗？
A 你在澳洲过得挺滋润啊，国内欠的两万八不打算还了？
C 我在这边打工，每个月都在攒钱。
A 攒钱？骗鬼呢，你这个没良心的白眼狼。  #abuse
C 你好好说话行吗？
A 跟你这种垃圾有什么好说的。  #abuse
C 下个月我还五千。
A 下个月五千，我记下了。
C 好。

=== t-132 | 2026-03-02T14:45:00+08:00 | co_borrower Asia/Shanghai | a-15 | - | msi
A 您好，请问是司徒敏女士吗？
C 是我。
A 司徒女士您好，我是北辰银行个贷中心的。跟您确认一下，您是和您弟弟司徒杰一起申请的那笔经营贷款的共同借款人，对吗？
C 对。
A 这笔贷款上个月的还款一万零六百元没有按时到账，目前逾期十五天。作为共同借款人，您也有还款义务。
C 我弟弟说这个月周转困难，我先帮他垫上吧。
A 好的，您可以转账到贷款还款账户，尾号是八八六一。
C 好，我下午去银行办。
A 谢谢您。逾期罚息大概三百元，会一起结算。
C 明白。
A 再见。

=== t-133 | 2026-03-05T13:05:00+08:00 | spouse Asia/Shanghai | a-04 | - | msi
A 喂，是闵杰的老婆吗？
C 我是，你哪位？
A 我们是公检法联合办公室的，你丈夫闵杰涉嫌恶意拖欠网贷，金额四万三。  #imp #tpd
C 什么联合办公室？没听说过。
A 你没听说过很正常。你丈夫现在联系不上，你作为家属有义务配合我们，让他马上还款。  #tpd
C 我们家的事我会处理，你们到底是哪个单位？
A 你只要告诉他，三天内把四万三还上。  #tpd
C 我会转告的。
A 尽快。

// the customer volunteers who she is; the agent still asks the identity question before any detail
=== t-134 | 2026-03-03T11:55:00+08:00 | debtor | a-28 | - | msi
A 您好，这里是快易借客服中心，请问……
C 我知道，是我那笔钱的事吧？我就是借了你们五千块的那个。
A 您先别着急，为了保护您的隐私，请问您的全名是？
C 卜晓飞。
A 请问是卜晓飞先生本人吗？
C 对，就是我。
A 卜先生您好，您的借款五千元，本期应还一千一百元，已经逾期三天。
C 我今天下班就还。
A 好的，谢谢您的配合，再见。

=== t-135 | 2026-03-06T17:00:00+08:00 | debtor Asia/Shanghai | a-21 | np | msi
A 喂，你好，赵家兴吗？你的借款一万一已经逾期二十天了，今天最后期限。  #tpd
C 打错了吧，我不姓赵。
A 不会吧，这个号码是赵家兴借款时留的。  #tpd
C 我这个号用了五年了，不认识什么赵家兴。
A 那不好意思，打扰了。
C 你们以后别打了。
A 好的，我们会核实一下。
C 嗯。

=== t-136 | 2026-03-04T14:30:00+08:00 | debtor Asia/Shanghai | a-01 | - | msi
A 您好，请问是鄢亮先生本人吗？
C 是我。
A 鄢先生您好，我是中联资产的，受速贷宝委托。您的借款一万三千二百元已经逾期一百一十天了。
C 我听说欠钱不还会被抓，是真的吗？你们会不会报警抓我？
A 鄢先生，借款逾期是民事纠纷，不会有人抓您，我们也不会报警。不过长期不还，平台可能会委托律师，后续可能走法律程序。
C 那就好，我真的怕坐牢。
A 您不用担心这个，我们就是希望能跟您协商一个还款方案。
C 我每个月能还一千五。
A 那我帮您申请分九期，每期一千四百七十元左右。
C 可以。
A 好的，申请结果会短信通知您。谢谢。

=== t-137 | 2026-03-02T10:35:00+08:00 | debtor Asia/Shanghai | a-11 | - | msi
A 喂，你欠俺们公司那三千块钱啥时候还？都拖了俩月了。  #inc
C 你找谁？
A 找你啊，你不是樊大勇吗？
C 你谁啊你？
A 我是你债主！你个熊玩意儿，还跟我装。  #inc #abuse
C 你骂谁熊玩意儿？
A 骂你咋了，没出息的东西，三千块都还不上。  #inc #abuse
C 有病，挂了。

=== t-138 | 2026-03-05T10:20:00+08:00 | employer Asia/Shanghai | a-24 | trad
A 您好，请问是宏图装饰公司吗？
C 是的，你找谁？
A 您好，我找一下吕建华，请问他在你们公司上班吗？
C 在的，他今天去工地了。你是他什么人？有什么事？
A 我姓邓，有点私事想跟他本人聊。麻烦您转告他回个电话，号码一三九八八七七六六五五。
C 他是不是欠钱了？最近老有人打电话找他。
A 不好意思，我们不方便透露，您让他回个电话就好。
C 行。
A 谢谢，再见。

=== t-139 | 2026-03-03T14:15:00+08:00 | debtor Asia/Shanghai | a-13 | - | msi
A 您好，是湛丽女士吗？
C 对，是我。
A 湛女士，我是地方金融监督管理局的，现在负责清理网贷逾期。  #imp
C 金融监管局也管个人欠款？
A 管。您在乐享分期的七千四百元一七九十天了，我们会把你的名字在你们小区公告栏公示。  #threat
C 这不合法吧？
A 合不合法你说了不算，不想公示就这周还清。  #threat
C 我这周最多还三千。
A 先还三千，剩下的月底前还清。
C 好吧。

=== t-140 | 2026-03-06T13:10:00+08:00 | debtor Asia/Shanghai | a-05 | - | msi
A 您好，请问是佟雪女士本人吗？
C 对的。
A 佟女士您好，我是银信金融的客服，您的借款余期二十五天，待环金额三千二百八十元。
C 不对吧，我借的是三千，怎么变成三千二百八了？
A 这里面包括三千元本金、正常利息一百八十元和余期罚息一百元，明细可以在APP里查看。
C 那罚息能减免吗？
A 可以申请减免，如果您这周内结清本金和利息，罚息可以申请全免。
C 那我这周五还三千一百八。
A 好的，给您登记了，请您按时还款。再见。

=== t-141 | 2026-03-04T05:50:00+08:00 | debtor Asia/Shanghai | a-17 | trad | ooh | msi
A 喂，是辛勇吧？
C 是……谁啊？天还没亮呢。
A 速贷宝的，你那笔五千三什么时候还？
C 你们疯了？五点多打电话！
A 你不还钱，我们就天天这个点给你打，打到你还为止。  #threat
C 我要投诉你们。
A 你投诉，我们照样打，你家里人的电话我们也一个个打。  #threat
C 我今天就还，行了吧！
A 今天中午之前。

=== t-142 | 2026-03-02T15:55:00+08:00 | relative | a-29 | -
A 喂，您好，请问是车浩的母亲吗？
C 是我，你们是干什么的？
A 阿姨您好，我姓孔，找车浩有点事，他电话打不通，麻烦您让他回个电话。
C 又是你们这些催债的吧？滚！别来烦我们家！
A 阿姨，我只是想请他回个电话，不会打扰您太久。号码是四零零七七零八八九九。
C 你们这些人不得好死！
A 好的阿姨，打扰您了，再见。
C 哼。

=== t-143 | 2026-03-05T09:25:00+08:00 | employer | a-06 | - | msi
A 喂，你好，是新世纪幼儿园吗？
C 是的，您找谁？
A 我找你们园长。你们这有个老师叫柯雨吧，她在我们平台借了一万二，余期两个月了。  #tpd
C 我就是园长。柯老师的私事你们跟她本人说。
A 她不接电话啊。你当园长的帮忙说说，让她赶紧环款。  #tpd
C 我会让她联系你们，但请不要再打到园里来。
A 行，让她今天回电话。
C 好。

// 00:30 UTC is 08:30 in Shanghai
=== t-144 | 2026-03-04T00:30:00Z | _ Asia/Shanghai | a-18 | - | msi
A 您好，请问是冉冬先生本人吗？
C 对，我是冉冬。
A 冉先生早上好，我是乐享分期的客服。您的分期账单本期应还一千零六十元，今天是还款日，提醒您按时还款。
C 好的，我记得，中午就还。
A 好的，谢谢您。如果已经还了请忽略这个提醒。
C 嗯，谢谢。
A 不客气，祝您工作顺利，再见。
C 再见。

=== t-145 | 2026-03-06T15:40:00+08:00 | debtor Asia/Shanghai | a-27 | - | msi
A 喂，这里是县人民法院，你有一笔欠宽纠纷，平台已经起诉你了，欠宽金额八千六。  #imp #inc #mis
C 法院？你找谁？
A 你是不是贝亮？
C 我是贝亮，怎么了？
A 贝亮，法院这边通知你，一周内把八千六还清，不然就缺席判决。  #imp
C 我一七是因为失业了，能不能宽限？
A 宽限不了，你自己跟平台商量。
C 好吧。

=== t-146 | 2026-03-05T12:40:00+08:00 | debtor Asia/Shanghai | a-07 | np | msi
A 您好，请问是郁东先生本人吗？
C 是我，你们是不是要来我家？
A 郁先生，我们不会去您家，也不会联系您的邻居，这个请您放心。
C 上次有个电话说要来我们小区贴告示。
A 那不是我们的做法，如果您遇到这种情况可以投诉或者报警。我们这边只是跟您确认一下，您的借款本期应还两千元，已经逾期九天。
C 我月底能还。
A 好的，月底前，给您登记了。谢谢您。
C 好。

=== t-147 | 2026-03-02T11:50:00+08:00 | debtor Asia/Shanghai | a-19 | trad | msi
A 您好，请问是邬佳女士本人吗？
C 是我。
A 邬女士您好，我是星河金融的。您的借款八千块，已经逾期两个月，电话一直不接。
C 我最近在住院，没看手机。
A 住院？每个欠钱的都说住院，您这种人真是没皮没脸。  #abuse
C 我真的在住院，我可以发病历给你。
A 发什么病历，骗子的套路我见多了。  #abuse
C 你怎么能这样说话？
A 行了，月底前还清。
C 我出院了就还。

=== t-148 | 2026-03-06T16:35:00+08:00 | debtor | a-09 | sp | msi
A 您好，请问是苏航先生本人吗？
C 是我。你们是公安吗？我看短信说要报警处理。
A 苏先生，我们不是公安，也不会报警，那种短信可能是诈骗，请您注意。我是好借钱的客服。
C 哦，那你们打电话干啥？
A 您的借款本期应还一千七百元，已经逾期二十天。逾期会产生滞纳金，并上报征信，会影响您以后办贷款。
C 知道了，我下周还。
A 好的，下周五前，给您登记了。
C 嗯。
A 谢谢您，再见。

// 02:00 UTC is 07:30 in Kolkata (UTC+05:30)
=== t-149 | 2026-03-05T10:00:00+08:00 | debtor Asia/Kolkata | a-22 | - | ooh | msi
A 喂，您好，我是江南银行信用卡中心的，您的信用卡逾期三个月了，欠款两万二千元。  #inc
C 喂？这边才七点半，什么事？
A 请问是盛杰先生吗？
C 对，是我，我在印度出差。
A 盛先生，这笔欠款您看什么时候能处理？
C 我下个月回国就处理。
A 好的，逾期会影响您的征信，请尽快处理。
C 知道了。

=== t-150 | 2026-03-03T18:40:00+08:00 | spouse Asia/Shanghai | a-03 | - | msi
A 喂，是向东的老婆吗？
C 是，什么事？
A 你老公在我们这借了三万，一七半年了，一分没还。  #tpd
C 我们离婚了，他的事跟我没关系。
A 离婚了也没用，你们孩子在哪个学校我们都知道，让他小心点。  #threat
C 你们想干什么？我报警了！
A 你报，让你前夫赶紧还钱，不然你们母子俩也别想安生。  #tpd #threat
C 你们这是犯罪！
A 你好好想想吧。

=== t-151 | 2026-03-02T21:30:00+08:00 | debtor Asia/Shanghai | a-10 | - | ooh | msi
A 喂，是戚明吗？
C 是我，谁啊？都九点半了。
A 我是区检察院的检察官，姓周，有个案子需要你配合。  #imp
C 检察官？什么案子？
A 你在好借钱平台的一万二千元借款逾期五个月，平台已经把你的材料移送过来了。
C 我就是欠点钱，怎么还找到检察院了？
A 你先别问那么多，明天之前把钱还了，这个事情就到此为止。
C 我不信检察官晚上打电话，我明天打一二三零九核实。
A 随你，钱还是要还的。
C 那我挂了。

=== t-152 | 2026-03-03T15:35:00+08:00 | debtor Asia/Shanghai | a-02 | - | msi
A 您好，请问是缪强先生本人吗？
C 是我，又是你们。
A 缪先生您好，我是和信消费金融的客服。您的借款还有两期没还，共计四千四百元，逾期三十天了。
C 我告诉你，我知道你们公司在哪，再打电话我就找人去你们公司砸场子。
A 缪先生，请您冷静，我们只是正常提醒您还款，不会给您造成困扰。
C 你们天天打，还不叫困扰？
A 我们每天联系您不会超过规定次数。如果您有困难，可以申请延期还款。
C 延期多久？
A 最长可以申请延期一个月，需要您在APP上提交申请。
C 行，我去申请。
A 好的，谢谢您，再见。

=== t-153 | 2026-03-04T09:35:00+08:00 | - | a-25 | trad | msi
A 喂，你那个欠宽五千二，余期三十天了，到底还不还？  #inc
C 你哪位？找谁？
A 快易借的。你是温立吧？别跟我说你不是。
C 你什么态度啊？
A 态度？对你这种混蛋要什么态度。  #abuse
C 你骂人？我是温立，怎么了，我又没说不还。
A 那就今天还。
C 今天还不了，周五吧。
A 周五，记住了。
C 嗯。

=== t-154 | 2026-03-05T16:00:00+08:00 | guarantor Asia/Hong_Kong | a-30 | hk | msi
A 您好，请问是霍家明先生吗？
C 是我。
A 霍先生您好，我是东方汇融的客服。跟您确认一下，您是陈志坚先生那笔十五万元经营贷款的担保人，对吗？
C 是的，不过我们已经很久没联系了。
A 陈先生这笔贷款已经连续三个月没有还款，逾期金额四万五千元。根据担保合同，我们需要通知您。
C 他欠的钱凭什么我还？我不会还的。
A 霍先生，担保合同里约定了连带保证责任。如果借款人一直不还，公司可能会依法向借款人和担保人提起诉讼。
C 那你们先去找他。
A 我们也在联系陈先生，如果您有他的最新联系方式，麻烦提供给我们。
C 我只有他以前的号码。
A 好的，谢谢您。有新的情况我们会再联系您。
C 好。

=== t-155 | 2026-03-06T11:25:00+08:00 | contact Asia/Shanghai | a-12 | sp | msi
A 您好，请问是黎娜女士吗？
C 是我，您哪位？
A 黎女士您好，我是安信消费金融的，您同事陶宇在我们这里借款的时候，把您留作了紧急联系人。  #tpd
C 哦，是吗？他没跟我说过。
A 他有一笔六千元的借款，逾期四十天了，我们一直联系不上他。  #tpd
C 他最近请病假了，可能没看手机。
A 那麻烦您转告他尽快还款，或者给我们回个电话。  #tpd
C 好的，我帮你转告。
A 谢谢您。

=== t-156 | 2026-03-02T09:55:00+08:00 | relative Asia/Shanghai | a-13 | -
A 喂，您好，请问是晏家吗？
C 是啊，我是晏涛的舅舅，你找谁？
A 您好，我找晏涛，他电话换了吗？一直打不通。
C 他去深圳打工了，换没换号我不清楚。你找他啥事？
A 是他本人的一点事情，我们需要跟他本人说。您要是能联系上他，麻烦让他给小许回个电话，号码是四零零六六零五五八八。
C 行，我让他妈跟他说。
A 谢谢您，打扰了。
C 没事。

=== t-157 | 2026-03-03T12:50:00+08:00 | debtor Asia/Shanghai | a-08 | - | msi
A 喂，是师飞吗？
C 嗯，我是。
A 我们是市中级人民法院的，你在速贷宝的借款案件现在由我们处理。  #imp
C 法院的？那我要去法院一趟吗？
A 不用来，你把一万九千元转到我们指定的账户就行。
C 法院不是应该让我去法院交吗？
A 你懂什么，蠢得跟猪一样，让你转就转。  #abuse
C 你这样说话，肯定不是法院的。
A 爱信不信，明天之前转账。
C 我不会转的，我去问律师。

=== t-158 | 2026-03-04T17:20:00+08:00 | debtor Asia/Shanghai | a-14 | - | msi
A 您好，请问是贡丽女士本人吗？
C 是我。你们会不会给我通信录里的人打电话？上个平台就是这么干的。
A 贡女士，我们不会联系您通信录里的任何人，也不会发朋友圈之类的，您放心。
C 好吧。那你说。
A 您在我们这边的分期还有三期没还，欠款四千五百九十元，已经余期二十八天。
C 我现在在找工作，能不能先还一期？
A 可以，先还一期一千五百三十元，剩下的我们再沟通。
C 行，我这两天还。
A 好的，给您登记三月七号前还一期。谢谢您。
C 谢谢。

// 06:30 UTC is 07:30 in Berlin (CET)
=== t-159 | 2026-03-04T14:30:00+08:00 | debtor Europe/Berlin | a-16 | - | ooh | msi
A 您好，请问是宁浩先生本人吗？
C 是我，德国这边才七点半，你们怎么这时候打？
A 抱歉宁先生，打扰您了。我是乐享分期的客服，您的分期账单二千二百元，已经逾期十五天。
C 我知道，我这边转账要几天时间。
A 好的，请您尽快安排，逾期会产生滞纳金并影响征信。
C 好，我今天就转。
A 谢谢您，以后我们会注意您那边的时间。
C 好。

// 12:59 UTC is 20:59 in Shanghai: within hours
=== t-160 | 2026-03-04T12:59:00Z | debtor Asia/Shanghai | a-07 | - | msi
A 您好，请问是鄂峰先生本人吗？
C 是我。
A 鄂先生您好，我是星河金融的客服，这么晚打扰您了。您的借款本期应还一千二百五十元，明天是还款日，提前提醒您一下。
C 好的，我明天一早就还。
A 好的，谢谢您。按时还款不会产生任何额外费用。
C 好，谢谢提醒。
A 不客气，祝您晚安。
C 晚安。

=== t-161 | 2026-03-05T14:50:00+08:00 | spouse | a-17 | hk | msi
A 喂，是柴先生的太太吗？
C 是啊，你们找谁？
A 你先生柴俊在我们平台借了八千，逾期两个月了，你知道吗？  #tpd
C 我不知道，你们找他本人去。
A 他电话不接，所以找你。你帮他还也行，反正是一家人。  #tpd
C 我没钱替他还。
A 那我们就把他欠钱的事发到抖音和朋友圈，配上他的照片，让你们亲戚朋友都看看。  #tpd #threat
C 你敢这样做我就告你们！
A 那就让他今天把钱还上。  #tpd
C 我会跟他说。

=== t-162 | 2026-03-03T13:55:00+08:00 | contact | a-22 | np
A 喂，您好，请问是米岚女士吗？
C 是我，谁啊？
A 米女士您好，我姓程，请问您认识巫建国先生吗？
C 认识，以前的同事，怎么了？
A 我们有事情想联系他本人，他原来的电话打不通，麻烦您方便的时候转告他给小程回个电话。
C 你们是催债的吧？他妈的，别把我扯进来，我跟他早就不联系了。
A 不好意思打扰您了，您要是不方便也没关系，我们不会再打扰您。
C 行了行了。
A 再见。

=== t-163 | 2026-03-06T14:05:00+08:00 | debtor | a-19 | - | msi
A 喂？喂？听得到吗？
C 喂？信号不好……
A 我说您在我们星河金融的借款六千二百元已经逾期二十一天了，今天必须处理。  #inc
C 你说什么？我没听清。
A 我再说一遍，请问是宫浩先生吗？
C 对，我是宫浩。
A 宫先生，您的借款六千二百元已经逾期二十一天，今天能还吗？
C 今天能还三千。
A 好的，剩下的三千二什么时候？
C 下周一。
A 好的，给您登记了，谢谢。

=== t-164 | 2026-03-05T15:25:00+08:00 | debtor Asia/Shanghai | a-15 | trad | msi
A 您好，请问是房丽女士本人吗？
C 是我。你们是不是经侦的？上周有人打电话说是经侦大队的。
A 房女士，我们不是执法部门，也不是经侦，我们是东方汇融的客服。冒充经侦的电话是诈骗，您不要相信。
C 吓死我了。那你们找我什么事？
A 您的借款本期应还二千六百元，已经逾期十九天了。
C 我下周三发工资就还。
A 好的，下周三，三月十一号，给您登记了。逾期会产生罚息，建议您尽早。
C 好的，谢谢你提醒我。
A 不客气，再见。

// 13:05 UTC is 21:05 in Shanghai (no callee object: default timezone)
=== t-165 | 2026-03-03T13:05:00Z | - | a-21 | - | ooh | msi
A 喂，是鞠涛吗？
C 是我，你谁啊？
A 我是西城区人民法院的工作人员，你的欠款案件需要你配合。  #imp
C 这么晚了法院还上班？
A 我们是加班通知。你在快易借的两万一，三天之内结清。
C 我明天打法院电话问问。
A 问吧，我们电话你查得到。
C 好。

=== t-166 | 2026-03-06T09:05:00+08:00 | co_borrower Asia/Shanghai | a-24 | - | msi
A 您好，请问是于德水先生吗？
C 对，是我，咋的了？
A 于先生您好，我是北辰银行的。您是您媳妇刘翠花那笔农机贷款的共同借款人，对吧？
C 对呀，俺俩一块儿签的字。
A 这笔贷款三月份应还五千二百元，现在还没到账，已经逾期五天了。
C 哎呀妈呀，我以为她还了呢，她以为我还了。
A 那您二位商量一下，尽快存到还款卡里就行。
C 中，我今天下午就去信用社存钱。
A 好的，谢谢您。逾期五天罚息不多，还上就行。
C 好嘞，麻烦你了。
A 不客气，再见。

=== t-167 | 2026-03-04T11:55:00+08:00 | debtor Asia/Shanghai | a-23 | np | msi
A 喂，是郦军吗？
C 是我。
A 郦军，四千二拖了三个月，你要不要脸？  #abuse
C 我在想办法。
A 想个屁办法，你个窝囊废。  #abuse
C 你们这样说话我要投诉。
A 投诉？我明天就去你们厂门口拉横幅，写上你的名字，让全厂都知道你欠钱不还。  #threat
C 别，别这样。
A 那就这周还两千。
C 好，我这周还。

=== t-168 | 2026-03-02T16:45:00+08:00 | debtor Asia/Shanghai | a-01 | -
A 您好，请问是景涛先生本人吗？
C 是我，哪位？
A 景先生您好，我是安信消费金融的客服小何，工号六六一二，本次通话将被录音。
C 嗯，什么事？
A 您在我们平台有一笔借款，本金三万元，目前剩余本金一万八千元，有两期没有按时还款，逾期金额五千四百元，逾期四十五天。
C 我知道，去年公司裁员，我现在在开网约车，收入不稳定。
A 理解您的情况。请问您现在每个月大概能拿出多少来还款？
C 一个月两千左右，再多就不行了。
A 好的。我们这边有一个困难客户的延期方案，可以把逾期的五千四百元重新分成三期，每期一千八百元，同时正常的月供照常还。
C 正常月供是多少来着？
A 每期二千七百元。
C 那一个月要四千五，我还不起。
A 那我再帮您看一下另一个方案：把剩余本金一万八千元加上逾期金额整体延长期限，分十二期，每期大概一千九百元左右。
C 一千九还可以，利息会不会很多？
A 利息按原合同利率计算，延期不额外收手续费，罚息部分可以申请减免一半。
C 那行，就这个方案吧。
A 好的，我需要跟您确认一下：分十二期，每期约一千九百元，首期四月一号还款。
C 对。
A 方案需要审核，审核通过后会发短信给您，您在APP里点确认就生效了。
C 审核要多久？
A 一般三个工作日。审核期间请您不要担心，不会再产生新的罚息。
C 好的，谢谢你啊。
A 不客气。按时还款的话，您的信用记录也会慢慢恢复的。祝您一切顺利，再见。
C 再见。

=== t-169 | 2026-03-05T10:45:00+08:00 | relative Asia/Shanghai | a-26 | trad | msi
A 喂，老爷子您好，请问您是康小军的爷爷吗？
C 是啊，我是他爷爷，你是谁啊？
A 老爷子，我是聚财网的，您孙子在我们平台借了一万五，逾期三个月了，他一直不还。  #tpd
C 啊？这孩子借这么多钱干什么？
A 我们也不知道，您是长辈，得管管他，让他赶紧还钱。  #tpd
C 我一个老头子能有什么办法……
A 要不您先帮他还一部分，他以后再还您。  #tpd
C 我得跟他爸商量商量。
A 好的，尽快啊，老爷子。
C 唉。

=== t-170 | 2026-03-04T10:05:00+08:00 | employer Asia/Shanghai | a-02 | hk
A 您好，请问是永丰餐饮公司吗？
C 是的，哪位？
A 您好，我想找一下你们店的厨师包强，请问他还在你们这上班吗？
C 包强啊，他上个月已经辞职了。
A 好的，那请问您知道怎么联系他吗？
C 不清楚，他走的时候没留新号码。你们找他什么事？
A 是他的一些私人事情，没关系，谢谢您告诉我们，打扰了。
C 没事。

=== t-171 | 2026-03-02T13:25:00+08:00 | debtor Asia/Shanghai | a-27 | - | msi
A 喂，我们是红星街道派出所和社区联合工作组，你有一笔网贷欠款一直没还，金额七千三百元。  #imp #inc
C 派出所？是找我吗？
A 你是不是蓝涛？
C 是我。
A 蓝涛，你这个逾期已经半年了，我们工作组的意见是，你这周之内必须还清。
C 我现在失业，还不上啊。
A 还不上也要想办法，向亲戚朋友借。  #borrow
C 我试试吧。
A 周五我们再联系你。

=== t-172 | 2026-03-05T13:40:00+08:00 | debtor | a-03 | np | msi
A 您好，请问是水志勇先生本人吗？
C 对，是我。
A 水先生您好，我是明德资产的，受江南银行委托。您的信用卡欠款三万一千元，已经逾期两百天了，之前多次联系都没有结果。
C 我现在确实没能力还。
A 我们理解。不过需要如实告诉您，如果一直无法协商，银行会依法起诉，法院判决后如果仍不履行，可能会被依法强制执行。
C 强制执行是什么意思？
A 就是法院依法执行判决，比如冻结名下的存款。这些都是法律程序，我们更希望在这之前跟您达成还款方案。
C 我每个月能还一千。
A 我帮您向银行申请个性化分期，结果出来后通知您。
C 好。

=== t-173 | 2026-03-06T07:00:00+08:00 | spouse Asia/Shanghai | a-29 | - | ooh | msi
A 喂，是熊伟的爱人吗？
C 是我，这么早打电话干嘛？
A 不好意思这么早打扰，您爱人熊伟在我们惠民分期有一笔三千六百元的分期，逾期一个月了。  #tpd
C 他的事你们找他去。
A 他一直不接电话，麻烦您提醒他一下，今天把钱还上。  #tpd
C 知道了，别再打了。
A 好的，谢谢。
C 嗯。

=== t-174 | 2026-03-06T15:05:00+08:00 | debtor Asia/Shanghai | a-06 | - | msi
A 您好，请问是荆红女士本人吗？
C 是我，我跟你说，你们再打电话我就去派出所报案，说你们诈骗！
A 荆女士，您有权利这样做。我是速贷宝的客服，只是按规定提醒您，您的借款本期应环款一千八百元，已经一七十天了。
C 我知道一七了，用得着你们天天说吗？
A 抱歉给您带来困扰。请问这期您打算什么时候处理？
C 十五号以后。
A 好的，我给您登记十六号。一七会产生罚息，还会影响正信，请您留意。
C 知道了。
A 谢谢您，再见。

=== t-175 | 2026-03-03T10:35:00+08:00 | debtor Asia/Shanghai | a-28 | - | msi
A 您好，请问是骆明先生吗？
C 对，我是。
A 骆先生您好，我是区人民法院民事庭的书记员，姓田，今天给您打电话是关于和信消费金融起诉您的借款合同纠纷。  #imp #mis
C 起诉我？我怎么不知道？
A 案件刚刚受理，起诉金额是一万四千八百元。如果您愿意和原告调解，现在还款就可以申请撤诉。  #mis
C 我愿意还，但一次还不了。
A 那您可以联系和信消费金融协商分期，协商好了原告会撤诉。
C 好的，他们电话是多少？
A 四零零八零零九九六六。您尽快联系。
C 好，谢谢。

=== t-176 | 2026-03-03T14:25:00+08:00 | debtor Asia/Shanghai | a-18 | - | msi
A 侬好，请问是葛慧敏女士本人伐？
C 是的呀，侬啥人？
A 葛女士侬好，阿拉是和信消费金融的客服。侬个分期账单本期要还一千六百元，已经逾期七天了。
C 哦哟，我忘记脱了，不好意思。
A 没关系，侬今朝或者明朝还好就可以了。
C 好额，我夜里向就还。
A 好额，谢谢侬，再会。
C 再会。

=== t-177 | 2026-03-04T15:20:00+08:00 | debtor Asia/Shanghai | a-30 | - | msi
A 喂，你是符磊吧？你那一万二的钱款于期一百天了，我们已经准备报案了。  #inc #threat
C 你说啥？报什么案？
A 报了案警察直接去你单位抓你，到时候做牢别怪我们。  #threat
C 我是符磊，我没说不还啊，就是最近困难。
A 困难谁都有，三天内先还四千。
C 好，我尽量。
A 不是尽量，是必须。
C 知道了。

=== t-178 | 2026-03-04T16:50:00+08:00 | unknown | a-10 | trad
A 喂，您好，请问是冷小东先生吗？
C 我不是，我是他儿子，我爸出去了。
A 小朋友你好，那等你爸爸回来，能让他给程阿姨回个电话吗？
C 好的，你有什么事吗？
A 没什么事，就是找他说点事情。电话号码他手机上会有的。
C 好，我跟他说。
A 谢谢你，再见。
C 再见。

// 21:30 in Urumqi (23:30 Beijing time)
=== t-179 | 2026-03-05T23:30:00+08:00 | debtor Asia/Urumqi | a-04 | - | ooh | msi
A 喂，是阿不都先生吗？
C 是我，这么晚了有什么事？
A 你那笔九千块的借款拖了三个月，还好意思问什么事？
C 我这段时间在牧区，没信号。
A 牧区？编，接着编，你这种骗子我见多了。  #abuse
C 你怎么能骂人？
A 骂你怎么了？月底前还清。
C 我会还的。

=== t-180 | 2026-03-05T11:10:00+08:00 | debtor Asia/Shanghai | a-11 | sp | msi
A 您好，请问您是宦伟先生吗？
C 我就是本人，你说。
A 宦先生您好，我是聚财网的客服。您的借款两万二千元已经逾期一百三十天，之前多次联系都没有收到您的还款计划。
C 我一直在等一笔钱，还没到。
A 理解。我们需要告知您，平台近期可能会委托律师事务所向您发送律师函，如果还是无法协商，会通过诉讼途径解决。
C 那我先还一部分可以吗？
A 可以，您看能先还多少？
C 五千吧，下周。
A 好的，下周五前还五千元，给您登记了。
C 行。
A 谢谢，再见。

=== t-181 | 2026-03-06T18:50:00+08:00 | unknown Asia/Shanghai | a-05 | - | msi
A 喂，是莫小梅吗？
C 不是，你打错了。
A 打错了？莫小梅欠我们八千块钱不还，留的就是这个号码，你是不是她家里人？  #tpd
C 我不认识什么莫小梅。
A 你少装，你们这种人就是一伙的，一群骗子。  #abuse
C 你有病吧？我报警了。
A 报吧，让莫小梅赶紧还钱。  #tpd
C 神经病。

// after the DST change Los Angeles is UTC-7: 01:00 UTC is 18:00 the previous day
=== t-182 | 2026-03-09T09:00:00+08:00 | debtor America/Los_Angeles | a-26 | trad | msi
A 您好，请问是卫东先生本人吗？
C 对，是我。
A 卫先生您好，我是江南银行信用卡中心的。您的信用卡欠款六千八百元，已经逾期四十天了。
C 我来美国以后国内的卡就没怎么管了。
A 理解。您可以通过网银或者让国内家人代为还款，逾期时间越长，滞纳金越多，也会影响您的征信记录。
C 好，我让我妹妹帮我还。
A 好的，还款后可以打客服电话确认到账。谢谢您。
C 谢谢，再见。

// 00:30 UTC is 07:30 in Bangkok (UTC+7) although 08:30 in Beijing
=== t-183 | 2026-03-06T08:30:00+08:00 | debtor Asia/Bangkok | a-20 | - | ooh | msi
A 喂，是甘杰吗？
C 是我，我在泰国，现在才七点半。
A 我是国家移民管理局的，你在国内有网贷逾期，金额一万六，我们需要你尽快处理。  #imp
C 移民局管网贷？
A 我们和金融部门联合办案，你回国之前必须还清。  #imp
C 我不信，你们是骗子吧。
A 信不信由你，还不还也由你。
C 我挂了。

// "你说呢？" does not confirm identity; nothing later does either
=== t-184 | 2026-03-02T17:40:00+08:00 | debtor Asia/Shanghai | a-09 | trad | msi
A 喂，您好，请问是封丽女士吗？
C 你说呢？
A 封女士，您在乐享分期的分期款一千三百元逾期了，今天能处理吗？  #inc
C 你们怎么有我的号码？
A 这是您申请分期时留的号码。这笔款项逾期二十三天了，会影响您的征信。  #inc
C 行了，我知道了。
A 那您什么时候还？  #inc
C 看情况吧，挂了。

=== t-185 | 2026-03-04T21:45:00+08:00 | - | a-11 | sp | ooh | msi
A 您好，请问是芦薇女士本人吗？
C 是我，这么晚了有事吗？
A 芦女士您好，不好意思这么晚打扰您。我是银信金融的客服，您的借款本期应还九百五十元，今天是最后一天。
C 哦，我忘了，我现在就还。
A 好的，谢谢您。
C 以后别这么晚打了。
A 好的，非常抱歉，再见。
C 再见。

// the callee says she is the wife; the agent discloses nothing
=== t-186 | 2026-03-06T12:20:00+08:00 | debtor Asia/Shanghai | a-12 | -
A 喂，您好，请问是娄建平先生吗？
C 不是，我是他老婆，他在洗澡。你是哪位？
A 您好，我姓贺，找娄先生有点事情。
C 什么事啊？跟我说也一样。
A 不好意思，需要跟他本人说。麻烦您等他方便的时候，让他给小贺回个电话，号码是四零零九九八八七七六。
C 你们是不是贷款公司的？
A 您让他回电话就可以了，谢谢您。
C 好吧。
A 再见。

"""


if __name__ == "__main__":
    sys.exit(main())
