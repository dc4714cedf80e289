"""Build the d-*.json calls of the dev split from DIALOGUES (wording mined from public sources).

Only writes tests/corpus/dev/d-001.json .. d-115.json (never the team's t-*.json, never the
d-116 ... calls of _build_dev_calls_2.py, never another folder).

Dialogue format (one block per call), close to tests/corpus/dev/_build_corpus.py:

    === d-001 | 2026-03-02T10:05:00+08:00 | debtor Asia/Shanghai | a-41 | - | D09,D02 [| ooh] [| msi]
    A 您好，我是青禾消费金融的客服专员，工号零二一七，请问是郑立新先生本人吗？
    C 对，是我。
    A ……  #threat

Header fields: call id | started_at | callee | agent id | style | source ids | flags.
  callee: ``-`` (no callee object), ``<relation>``, ``<relation> <IANA tz>`` or ``_ <IANA tz>``.
  style:  ``-`` or ``+``-joined transforms applied to every utterance: ``trad`` (OpenCC s2t),
          ``tw`` (s2tw), ``hk`` (s2hk), ``sp`` punctuation replaced by spaces, ``np`` punctuation
          removed. ASR homophone errors (一七, 环款, 争信, 是得 ...) are written into the text.
  source ids: comma-separated ids of tests/corpus/dev/SOURCES.md (D01 ...).
  flags:  ``ooh``  out_of_hours; derived from started_at and the callee's timezone
                   (08:00 <= local < 21:00 is in hours) and the flag must agree;
          ``msi``  missing_self_identification (call-level): the agent talks about the debt but
                   never states both the institution and their own name / surname / work number.
Lines start with ``A`` (agent) or ``C`` (customer = whoever answered); ``//`` lines are notes.
Gold tags at the end of an agent line: ``#threat #abuse #imp #tpd #inc #mis #borrow``.

Run:  .venv/bin/python tests/corpus/dev/_build_dev_calls.py   (rewrites tests/corpus/dev/d-*.json,
then runs tests/corpus/dev/_check.py on the whole folder)
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# The team's generator (t-*.json) defines the format's tags, styles and JSON layout; the d-*.json
# generators add source ids to the header and share everything else.
from _build_corpus import (  # noqa: E402  (same folder)
    FLAGS,
    RELATIONS,
    TAGS,
    _dump,
    _out_of_hours,
    _style,
)
from _build_corpus import parse as parse_dialogues  # noqa: E402

OWN = range(1, 116)  # the call numbers this generator owns (d-001 .. d-115)


def parse(source: str) -> list[dict]:
    return parse_dialogues(source, _parse_block)


def _parse_block(lines: list[str]) -> dict:
    head = [f.strip() for f in lines[0].lstrip("=").split("|")]
    call_id, started_at, callee_s, agent_id, style, srcs = head[:6]
    flags = set(head[6:])
    if flags - set(FLAGS):
        raise ValueError(f"{call_id}: unknown flags {sorted(flags - set(FLAGS))}")
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
    utterances, expected = [], []
    for i, line in enumerate(lines[1:]):
        spk, _, rest = line.partition(" ")
        if spk not in ("A", "C"):
            raise ValueError(f"{call_id}: bad line {line!r}")
        tags = re.findall(r"#(\w+)", rest)
        text = re.sub(r"\s*#\w+", "", rest).strip()
        for tag in tags:
            if spk != "A":
                raise ValueError(f"{call_id}: gold tag on a customer line {i}")
            expected.append({"category": TAGS[tag], "utterance_index": i})
        text = _style(text, style)
        dur = round(max(0.6, len(text) * rng.uniform(0.2, 0.26)), 1)
        utterances.append({"speaker": "agent" if spk == "A" else "customer",
                           "start": round(t, 1), "end": round(t + dur, 1), "text": text})
        t += dur + rng.uniform(0.3, 1.2)
    ooh = _out_of_hours(started_at, tz)
    if ooh != ("ooh" in flags):
        raise ValueError(f"{call_id}: out_of_hours is {ooh} but the header says {'ooh' in flags}")
    head_labels = []
    if ooh:
        head_labels.append({"category": "out_of_hours", "utterance_index": None})
    if "msi" in flags:
        head_labels.append({"category": "missing_self_identification", "utterance_index": None})
    call["utterances"] = utterances
    call["expected"] = head_labels + expected
    call["sources"] = [s for s in srcs.split(",") if s]
    return call


def write_own(source: str, own: range) -> int:
    """Parse `source` and write its calls, which must be exactly d-NNN for NNN in `own` (each
    generator owns one range and never touches another's files); then check the whole folder."""
    first, last = f"d-{own.start:03d}", f"d-{own.stop - 1:03d}"
    calls = parse(source)
    ids = [c["call_id"] for c in calls]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate call ids: {dupes}")
    bad = [i for i in ids if not (re.fullmatch(r"d-\d{3}", i) and int(i[2:]) in own)]
    if bad:
        raise SystemExit(f"this generator writes only {first} .. {last}: {bad}")
    missing = [f"d-{n:03d}" for n in own if f"d-{n:03d}" not in ids]
    if missing:
        raise SystemExit(f"calls missing from DIALOGUES: {missing}")
    for old in HERE.glob("d-*.json"):
        if re.fullmatch(r"d-\d{3}", old.stem) and int(old.stem[2:]) in own:
            old.unlink()
    for call in calls:
        (HERE / f"{call['call_id']}.json").write_text(_dump(call), encoding="utf-8")
    print(f"wrote {len(calls)} calls to {HERE}")
    return subprocess.call([sys.executable, str(HERE / "_check.py")])


def main() -> int:
    return write_own(DIALOGUES, OWN)


DIALOGUES = r"""
=== d-001 | 2026-03-03T10:20:00+08:00 | debtor Asia/Shanghai | a-41 | - | D09,D02
A 您好，我是青禾消费金融的客服专员，工号零二一七，请问是郑立新先生本人吗？
C 对，是我。
A 郑先生您好，您尾号三八六一的借款，本期应还二千三百元，原定还款日是三月十号……哦不好意思，是二月二十八号，目前已经逾期三天。想确认一下您是不是不小心记漏了？
C 哦对，忘了，这两天在外地出差。
A 没关系。今天或明天在APP里还上就行，逾期时间越长罚息越多，也会报送征信。
C 好，我今晚就还。
A 好的，我给您登记今晚还款。感谢您的配合，再见。
C 再见。

// service-dressed visit + knowing the estate: both threats; the closing condition keeps the visit on the table
=== d-002 | 2026-03-04T21:20:00+08:00 | debtor Asia/Shanghai | a-42 | - | D15,D08,D06 | ooh
A 喂，晚上好，请问是彭海涛先生吗？
C 是我，这么晚了谁啊？
A 彭先生您好，我是易融花的专属贷后顾问，工号九五二七。您在我们这的借款一万二千元，已经逾期四十五天了。
C 我知道，最近实在周转不开。
A 理解。不过您一直不回短信，电话里也说不清楚。如果您对电话沟通不满意，我们可以安排同事上门，当面给您办理。  #threat
C 上门？你们要到我家来？
A 您住的锦绣花园三期嘛，我们同事周末正好在那边，顺路过去坐坐，帮您把还款方案当面定下来。  #threat
C 别别别，我家里人不知道这事。
A 那就看您这周的安排了，周五之前先还四千，我们就不用跑这一趟。  #threat
C 行，我周五前想办法。
A 好的，给您登记了，晚安。

=== d-003 | 2026-03-05T15:10:00+08:00 | relative Asia/Shanghai | a-43 | - | D14,D01
A 喂，您好，请问是胡晓梅的家里人吗？
C 我是她妈，你是哪位？
A 阿姨您好，我是百川银行信用卡中心的，我姓邵。晓梅的信用卡现在严重逾期，银行一直联系不上她。  #tpd
C 啊？逾期了？她没跟我们说过。
A 之前也给她发过短信。希望您能提醒她，尽快处理一下。  #tpd
C 我给她打电话她也老不接。
A 那麻烦您见到她的时候跟她说一声，让她回我们电话，号码是四零零六一八二二三三。
C 好，我记下了。
A 谢谢阿姨，打扰您了。

// lender's short name + call-back request only: no disclosure, and the debt is never discussed (no msi)
=== d-004 | 2026-03-05T16:40:00+08:00 | relative Asia/Shanghai | a-44 | - | D07,D01
A 喂，阿姨您好，请问是杜建军的母亲吗？
C 是啊，你找建军啊？
A 对，阿姨，我想找您儿子，他电话一直没打通。我是金桔的小陈。
C 金桔？干啥的？他在外面打工呢，一般晚上才看手机。
A 是他本人的一点事，需要跟他本人说。麻烦您跟他讲一声，让他给小陈回个电话，号码是零二零三八九六一二零零。
C 零二零三八九六一二零零，行，我让他打。
A 谢谢阿姨，您忙，再见。
C 再见。

// "张老板是吧" answered "你哪位" and "你先说清楚你找谁": not a confirmation until "我就是张国栋"
=== d-005 | 2026-03-06T11:05:00+08:00 | debtor Asia/Shanghai | a-45 | - | D09,D02
A 喂，张老板是吧？我是宏信资产的小郭，受云贷宝委托联系您。您那笔三万八的经营贷已经逾期六十多天了。  #inc
C 你哪位？什么三万八？
A 云贷宝的借款啊，您去年八月份借的，分十二期，后面四期一直没还。  #inc
C 你先说清楚你找谁。
A 我找张国栋，张老板，这个号码是他借款时留的。
C 我就是张国栋。你们打来干嘛，我不是说了等工程款吗？
A 张老板，工程款大概什么时候到账？我们这边可以先给您做个还款计划。
C 月底吧，到了我先还一万。
A 好的，给您登记月底前还一万元，剩下的我们再沟通，谢谢您。
C 行。

// a "mediation centre" presented as the court's pre-litigation body: impersonation; freezing offered as the alternative to paying: misleading
=== d-006 | 2026-03-09T14:30:00+08:00 | debtor Asia/Shanghai | a-46 | - | D24,D26
A 您好，请问是林秀华女士本人吗？
C 对，是我，哪里？
A 林女士您好，我这边是市金融纠纷诉前调解中心的调解员，姓邱，受乐融分期委托，就您的借款纠纷跟您做一个诉前调解。  #imp
C 调解中心？法院的吗？
A 我们是法院诉前调解这块的，您的案子现在已经进入诉前调解程序，不调解的话下一步就是直接立案。  #imp
C 我欠的就六千多，至于吗？
A 六千四百二十元，逾期一百零三天。五天之内您来电确认还款方案，就可以免掉后续的财产冻结。  #mis
C 那我要是五天内还一半呢？
A 一半可以先登记，剩下的三个月内还清，我把调解热线短信发给您。
C 好吧。

=== d-007 | 2026-03-09T10:15:00+08:00 | debtor | a-47 | sp | D10,D33 | msi
A 喂您好，是秦大伟先生吗？
C 是我。
A 秦先生，这边是小橙分期贷后部门，您的分期账单状态异常，本期三千一百元逾期八天了。
C 我知道，这个月工资压着没发。
A 工资没发可以先找亲戚朋友周转一下，亲友代还不会影响您信用，等发了工资再还给他们。  #borrow
C 我不想跟家里人开口。
A 那您手上不是还有信用卡吗？先刷卡或者取现把这期还上，逾期记录可比信用卡利息麻烦多了。  #borrow
C 卡也快刷满了。
A 那您今天还是明天处理更方便？周五十八点前处理可以避免上征信。
C 明天吧，我再想想办法。
A 好，明天下午我再跟您确认。

// hard negative: customer threatens and says he will borrow from friends; agent discourages new borrowing
=== d-008 | 2026-03-10T15:25:00+08:00 | debtor Asia/Shanghai | a-48 | - | D11,D32
A 您好，我是瑞丰银行信用卡中心的，工号六四零三，请问是韦国庆先生本人吗？
C 是我。又是催钱的吧？
A 韦先生您好，您的信用卡本期最低还款一千八百六十元，已经逾期二十一天了，今天主要是跟您确认一下还款安排。
C 我跟你说，你们再一天打三遍，我就找人去你们公司门口堵着。
A 理解您的情绪，我们每天联系您的次数是有限制的。您看这期什么时候方便处理？
C 我这周跟朋友借点先还你们。
A 您自己安排就好。我们这边也可以帮您申请账单分期，每月压力小一些，不建议为了还这期再去借别的贷款。
C 分期要手续费吧？
A 有分期手续费，具体以申请页面显示为准，我把入口短信发给您。
C 行，我看看。
A 好的，感谢您的配合，再见。

// insults without swear words: calling him a liar, questioning his manhood; "借贷平台的" names no institution and no person
=== d-009 | 2026-03-11T13:40:00+08:00 | debtor Asia/Shanghai | a-49 | - | D16,D17 | msi
A 喂，是韩明吧？
C 嗯，是我。
A 韩明，我是借贷平台的，你欠那两千都逾期九天了，怎么样啊？
C 求你再宽限两天，工资还没发。
A 工资没发？这种话你骗骗小孩还行。  #abuse
C 你这话什么意思？
A 没什么意思。一个大男人，两千块钱都拿不出来，你家里人跟着你也是受罪。  #abuse
C 我会还的，你说话别这么难听。
A 你早干嘛去了？借的时候怎么不嫌难听？今天下午五点前还上。
C 我尽量。

=== d-010 | 2026-03-11T16:05:00+08:00 | debtor Asia/Shanghai | a-50 | - | D20,D21
A 您好，请问是吕红梅女士本人吗？
C 是我，你哪位？
A 吕女士您好，我是同信资产的催收专员，我姓武，受青禾消费金融委托联系您。您的借款九千六百元，已经逾期一百二十天了。
C 我知道，我一个人带孩子，真的拿不出来。
A 吕女士，您孩子今年高三了吧？以后要是想考公务员、当兵，政审都要查父母的信用，您这个逾期记录会直接影响孩子。  #mis
C 这……不至于吧？
A 我们见得多了，父母上了黑名单，孩子连好一点的学校都进不去。  #mis
C 那我该怎么办？
A 您先还一部分，表明还款意愿，我帮您申请把剩下的分成六期。
C 我下个月先还两千。
A 好的，给您登记下月十号前还两千元。

// 09:00 Beijing time is 07:00 in Urumqi
=== d-011 | 2026-03-12T09:00:00+08:00 | debtor Asia/Urumqi | a-51 | - | D09 | ooh
A 您好，我是盛邦金融的客服专员小马，请问是努尔江先生本人吗？
C 是我……现在才七点，什么事？
A 不好意思打扰您了，我们这边按北京时间上班。努尔江先生，您本期借款应还一千四百元，还款日是三月十号，目前逾期两天。
C 哦，我这两天在外面跑车，忘了。
A 没关系，今天在APP里还上就可以，只会产生两天的罚息。
C 好，我中午休息的时候弄。
A 好的，以后我们会注意您那边的时间，再见。
C 再见。

// no threat word: the registered address, the village committee, "chatting with the old folks"
=== d-012 | 2026-03-12T14:20:00+08:00 | debtor Asia/Shanghai | a-52 | - | D13,D06 | msi
A 喂，是蒋春生吗？
C 是，哪个？
A 嘉和资产外访组的。你在云贷宝那笔一万五，一七快五个月了，电话一直不接。
C 最近在工地上，没看手机。
A 没关系，我们这边已经把你的资料转到外访组了。你户籍是周口淮阳那边的蒋庄村吧？  #threat
C 你们查我户籍干嘛？
A 下周我们专员正好去那边，会跟村委会一起到你登记的地址核实一下情况，顺便跟你家里老人聊聊。  #threat
C 别去我家，我爸妈身体不好。
A 那你这周把五千先处理了，专员那边我就先压一压。  #threat
C 好好好，我这周凑。

// the callee is "unknown" in the metadata and confirms in the call that he is the guarantor
=== d-013 | 2026-03-13T10:30:00+08:00 | unknown Asia/Shanghai | a-53 | - | D30,D03
A 您好，我是海川银行个贷中心的，我姓范，请问是钱志强先生吗？
C 是我，什么事？
A 钱先生，跟您核实一下，去年您给朋友孙宏伟的经营贷款做过担保，您是这笔贷款的担保人，对吧？
C 对，是我担保的，他出什么事了？
A 孙先生这笔贷款三月份那期八千五百元没有按时还，目前逾期十二天，我们联系他一直没接。
C 他这人，我回头打电话问问。
A 好的。按担保合同约定，借款人一直不还的话，担保人需要承担连带保证责任，这个也跟您说明一下。
C 明白，我会催他的。
A 谢谢钱先生，有消息麻烦回电给我们，再见。
C 再见。

// disclosure by stating the purpose (催收专员 verifying employment), then asking the employer to pass on the debt
=== d-014 | 2026-03-16T10:10:00+08:00 | employer Asia/Shanghai | a-54 | - | D28,D34
A 您好，请问是鼎盛物流人事部吗？
C 是的，您哪里？
A 您好，我是中汇资产的催收专员，我姓郝，工号三一七七，想跟您核实一下贵公司是不是有一位叫曹立伟的员工。  #tpd
C 催收？他欠钱了？
A 我们这边只是核实他的工作情况，请问他目前还在职吗？
C 在的，在仓储部。
A 好的，麻烦您方便时转告他，让他尽快处理一下名下的逾期账单，主动联系我们。  #tpd
C 这是他私人的事，你们别打到公司来。
A 好的，理解，打扰您了。

// dialect confirmation 额是 (Shaanxi)
=== d-015 | 2026-03-16T11:45:00+08:00 | debtor Asia/Shanghai | a-55 | - | D09,D17
A 喂，您好，我是青禾消费金融的客服专员，工号零三五八，请问是马建军先生本人吗？
C 额是，你说。
A 马先生您好，您尾号五二一零的借款，本期应还一千二百六十元，还款日三月十号，现在逾期六天了。
C 哎，这几天屋里有事，给忘咧。
A 没关系。逾期会按合同产生罚息，时间长了会上报征信，影响您以后贷款。
C 额今儿后晌就还。
A 好的，今天下午还上就可以，还款后短信会通知您。
C 好，麻烦你咧。
A 不客气，再见。

// Cantonese insults (扑街仔, 衰人); "快借通嘅" names the platform but no person
=== d-016 | 2026-03-17T15:30:00+08:00 | debtor Asia/Hong_Kong | a-56 | hk | D18,D16 | msi
A 喂，陈家辉系咪？
C 系我，边位？
A 我哋系快借通嘅，你借嘅八千蚊拖咗两个月啦，你仲想拖几耐？
C 我最近冇开工，真系冇钱。
A 冇钱？借嘅时候就有胆，还嘅时候就扮死，你呢种扑街仔我见得多。  #abuse
C 你讲嘢客气啲。
A 客气？对住你呢种衰人使乜客气。月尾之前还三千。  #abuse
C 我尽量啦。
A 唔系尽量，系一定。
C 知道啦。

=== d-017 | 2026-03-17T10:50:00+08:00 | debtor Asia/Shanghai | a-57 | - | D25,D26 | msi
A 喂，你好，是高志远吗？
C 是我，您是？
A 我这里是区司法局人民调解委员会，你跟融易花的借款纠纷转到我们这里了，需要你配合调解。  #imp
C 司法局？我欠网贷也归你们管？
A 欠款一万零七百元，逾期四个多月，平台申请了调解。你不接受调解的话，我们会出具不予调解的意见，直接移送法院。  #imp
C 我没说不还，就是现在真没钱。
A 那你先说个时间，我们这边登记，调解书会寄到你户籍地。
C 下个月十五号先还三千行吗？
A 可以，先登记三千，你别再拖了。
C 好。

=== d-018 | 2026-03-18T09:40:00+08:00 | unknown Asia/Shanghai | a-58 | np | D02,D01
A 您好，请问是任晓燕女士吗？
C 不是，你打错了。
A 不好意思，请问这个号码是任晓燕在用吗？
C 不认识，没有这个人，我这号用了好多年了。
A 好的，可能是登记的号码有误，我们会核实更新，不会再打扰您。
C 你们是干什么的？
A 我们是一家金融服务公司，打扰您了，抱歉。
C 没事，挂了。

// conditional threat to call the mother-in-law (the emergency contact); "暂时" keeps it alive
=== d-019 | 2026-03-18T21:30:00+08:00 | debtor Asia/Shanghai | a-59 | - | D14,D19 | ooh
A 喂，您好，请问是沈丽娟本人吗？
C 是我，这么晚了有事吗？
A 沈女士您好，我是捷利分期的回访专员小贺。您的分期欠款四千七百元已经逾期三十三天，今天是我们最后一次跟您本人沟通。
C 我老公这两个月住院，家里实在紧。
A 理解。不过您这边一直没有还款计划，如果今天还定不下来，我们只能联系您留的紧急联系人，就是您婆婆，跟她核实一下情况了。  #threat
C 别，别给我婆婆打，她本来就不待见我。
A 那您今天给个准话，这周五之前能还多少？
C 周五我先还一千五。
A 好的，周五前一千五，我给您登记，婆婆那边暂时就不联系了。  #threat
C 谢谢，谢谢。

=== d-020 | 2026-03-19T13:15:00+08:00 | co_borrower Asia/Shanghai | a-60 | trad | D03,D30
A 您好，请问是欧阳倩女士吗？
C 是我，您哪位？
A 欧阳女士您好，我是东岳银行个贷中心的，工号二零九一。您和您先生刘志明一起申请的那笔购车贷款，您是共同借款人，对吧？
C 对啊，怎么了？
A 这笔贷款三月份应还三千四百元，扣款没有成功，目前逾期三天。
C 可能是他那张卡钱不够，我用我的卡转进去吧。
A 可以的，您转到还款账户后系统当天会重新扣款，逾期三天的罚息大概十几块钱。
C 好，我下午就转。
A 谢谢您，再见。

// the employer asks whether it is a debt; the agent gives only a surname, a number and a call-back request
=== d-021 | 2026-03-19T10:05:00+08:00 | employer Asia/Shanghai | a-61 | - | D29,D07
A 您好，请问是兴旺汽修厂吗？
C 对，你找哪个？
A 您好，我想找一下你们厂的刘师傅，刘金宝师傅，他手机一直没人接。
C 老刘在底下修车呢，手上全是油。你是哪里？
A 我姓唐，有点私事想跟刘师傅本人说。麻烦您跟他讲一声，让他忙完给小唐回个电话，号码一三五零二七六八八一九。
C 是不是催债的？最近老有人打电话找他。
A 不好意思，具体的事需要他本人处理，您帮忙带个话就好。
C 行吧，我跟他说。
A 谢谢师傅，打扰了。

// "周阿姨吧" and "什么事" do not confirm; "是我" in 5 does
=== d-022 | 2026-03-20T14:45:00+08:00 | debtor Asia/Shanghai | a-62 | trad | D09,D02
A 喂，是周阿姨吧？我是乐融分期的专员小葛，您那个两千八的分期一七十五天了，今天得处理一下。  #inc
C 什么事？你说清楚点。
A 就是您去年在我们平台买冰箱那个分期，这个月的环款还没到账。  #inc
C 哦，你找周桂兰是吧？
A 对，请问您是周桂兰本人吗？
C 是我，我以为我儿子帮我还了。
A 那您跟您儿子确认一下，今天能还上的话罚息很少，也不会影响征信。
C 好，我这就问他。
A 好的周阿姨，再见。

// the creditor is named but the agent never says who is calling
=== d-023 | 2026-03-20T11:20:00+08:00 | debtor Asia/Shanghai | a-63 | - | D23,D22 | msi
A 喂，是罗建华吗？
C 是我，谁啊？
A 你在金桔借的七千三，已经逾期七十多天了，今天打电话是给你最后的通知。
C 我不是说了下个月吗？
A 下个月？明天中午之前不处理，系统会自动把你的微信、支付宝全部冻结，工资卡也一起冻。  #mis
C 你们有这个权力？
A 这是合同里写了的，你签字的时候没看吗？到时候连外卖都点不了。  #mis
C 我先还两千行不行？
A 两千先打进来，剩下的月底前结清。
C 行。

// hard negative: lawyer and lawsuit as possibilities, "不涉及坐牢", 征信 (heard as 争信)
=== d-024 | 2026-03-23T10:40:00+08:00 | debtor | a-64 | sp | D07,D27
A 您好，请问是葛宏伟先生本人吗？
C 是我。
A 葛先生您好，我是同信资产的，受瑞丰银行委托，我姓袁，工号七七零二，联系您信用卡欠款的事。目前欠款两万三千六百元，逾期九十五天。
C 我知道，一直想处理，就是凑不齐。
A 理解。需要如实告诉您，如果一直协商不成，银行后续可能会委托律师发函，也可能依法起诉，这都是正常的法律程序。
C 起诉了是不是要坐牢？
A 不会的，信用卡欠款是民事纠纷，不涉及坐牢。逾期记录会上报争信，这个是实际的影响。
C 那我能分期吗？
A 可以申请个性化分期，需要您提供一下收入情况，我帮您提交给银行。
C 好，我这周把材料发给你。
A 好的，谢谢您，再见。

// polite disclosure to the emergency contact
=== d-025 | 2026-03-23T15:50:00+08:00 | contact Asia/Shanghai | a-65 | - | D14,D15
A 喂，您好，请问是戴欣女士吗？
C 是我，哪位？
A 戴女士您好，我是青禾消费金融的专员，我姓严。您的朋友伍佳琪在我们这边有一笔待还款，她留的紧急联系人是您。  #tpd
C 佳琪？她怎么了？
A 她的借款已经逾期一个多月了，一直联系不上本人。麻烦您转达一下，请她尽快处理。  #tpd
C 我们好久没联系了，我试试发个微信吧。
A 谢谢您。如果联系上了，请她回电四零零八六零一一二二。
C 行。
A 打扰您了，再见。

// 06:00 UTC is 23:00 the previous day in Vancouver (PDT after 2026-03-08)
=== d-026 | 2026-03-24T14:00:00+08:00 | debtor America/Vancouver | a-66 | - | D09,D03 | ooh
A 您好，我是海川银行信用卡中心的，工号四四一六，请问是詹子豪先生本人吗？
C 是我……这边都晚上十一点了。
A 非常抱歉詹先生，打扰您休息了。您的信用卡本期账单六千二百元，已经逾期十八天，今天是提醒您处理一下。
C 我知道，我在这边读书，家里下周打钱过来。
A 好的，那我给您备注下周处理。逾期会产生滞纳金，也会影响您的征信记录。
C 好，下次白天打吧。
A 好的，我们会按您那边的时间联系，再见。

// a lawyer's letter to the workplace addressed to the manager, dressed as "正常送达流程"
=== d-027 | 2026-03-24T16:30:00+08:00 | debtor Asia/Shanghai | a-67 | - | D27,D06
A 您好，请问是梁静怡女士本人吗？
C 是的，您哪位？
A 梁女士您好，我是嘉和资产的法务专员，我姓田，受易融花委托。您的借款一万六千八百元，已经逾期一百四十天。
C 我知道，我最近换工作，还在试用期。
A 我们这边要走正式程序了。律师函今天下午寄出，寄到您现在上班的单位，收件人写的是你们部门经理，方便他转交给您。  #threat
C 寄到公司？那全公司不都知道了？
A 这个是正常送达流程。您要是不想这样，今天把首期三千定下来，我这边可以改成寄您家里。  #threat
C 我今天先还一千行吗？
A 一千可以先登记，剩下的两千周五前。
C 好，谢谢。

// dialect confirmation 嗯呐 (north-east)
=== d-028 | 2026-03-25T09:30:00+08:00 | debtor Asia/Shanghai | a-68 | - | D09,D02
A 喂，大哥您好，我是盛邦金融的客服小邢，工号一五六八，请问是孙宝山大哥本人吗？
C 嗯呐，咋的了？
A 孙大哥，您那笔借款本期应还一千七百五十元，还款日是三月二十号，现在逾期五天了。
C 哎呀妈呀，这两天忙着上货，给整忘了。
A 没事儿大哥，逾期天数短，罚息不多，今天还上就不会再增加了。
C 行，我下午上银行整一下。
A 好嘞，那我给您记下午还款，谢谢大哥。
C 嗯呐，挂了啊。

=== d-029 | 2026-03-25T13:10:00+08:00 | debtor Asia/Shanghai | a-69 | tw | D26,D22 | msi
A 喂，你好，请问是谢丽萍吗？
C 是我，哪里？
A 我们这边是市地方金融监督管理局，专门处理网贷逾期清理的，你名下在易融花有一笔逾期。  #imp
C 金融监管局也打电话催债？
A 这是今年的专项清理。你欠款五千二，逾期九十天，我们要求你三天内结清，不然就把你报到全国失信黑名单，以后坐不了高铁飞机。  #imp #mis
C 我又没被起诉，怎么就失信了？
A 你配合就不会走到那一步，我把还款账户发给你。
C 我先跟平台核实一下。
A 核实可以，三天时间。

// hard negative: the customer insults; the agent offers instalments
=== d-030 | 2026-03-26T15:05:00+08:00 | debtor Asia/Shanghai | a-70 | - | D11,D10
A 您好，我是小橙分期的客服专员小宁，请问是黄志勇先生本人吗？
C 是我。你们这帮吸血的又来了？
A 黄先生您好，您的分期还有三期没还，共计五千一百六十元，目前逾期二十六天。
C 利息那么高，你们跟放高利贷有什么区别，一群骗子。
A 我们的费用都是按合同约定的，您可以在APP里看到每笔明细。如果您现在压力大，可以申请把剩下的分成十二期。
C 十二期一个月多少？
A 大概四百三十元左右，具体以审批为准。
C 那还行，你帮我申请吧。
A 好的，申请链接已经发到您手机上了，谢谢您，再见。

// knowing the workplace, then the shop manager and colleagues
=== d-031 | 2026-03-26T10:25:00+08:00 | debtor | a-71 | - | D19,D06 | msi
A 喂，宋涛是吧？
C 对，是我。
A 宋涛，你那笔一万一拖了快三个月了，电话不接，短信不回，什么意思？
C 我在上班，没空接。
A 上班？恒达电器城三楼是吧？你不接电话没关系，我们可以直接打你们店的座机，跟你们店长聊聊。  #threat
C 你们别打店里，我会丢工作的。
A 那你就几个小时之内把两千打进来，不然你们店长、你同事，一个一个都会接到电话。  #threat
C 我下班就转。
A 六点之前。
C 知道了。

// wrong number; "追数公司" (debt collector) is not confirmed
=== d-032 | 2026-03-27T11:40:00+08:00 | unknown Asia/Hong_Kong | a-72 | hk | D01,D02
A 您好，请问是黎志明先生吗？
C 唔系，你打错电话喇。
A 不好意思，请问这个号码以前是不是黎志明先生在用？
C 唔知喔，我用咗呢个号三年啦。
A 好的，可能是我们登记错了，我们会更新资料，不会再打扰您。
C 你哋系咪追数公司？
A 我们只是找他本人有些事情，打扰您了，不好意思。
C 冇所谓，拜拜。

// the reminder bot's "请您通知他" wording, to the wife
=== d-033 | 2026-03-27T14:15:00+08:00 | spouse Asia/Shanghai | a-73 | - | D01,D14
A 您好，请问是邓凯先生家吗？
C 是，我是他爱人，他出去了。
A 您好，我是翼云金融的专员小卢。是这样的，邓先生在我们平台有一笔借款，即将到期，麻烦您通知他，在到期日之前尽快完成还款。  #tpd
C 借款？多少钱啊？
A 这期应还两千六百元，到期日是三月三十号。  #tpd
C 他怎么又借钱了……行，我跟他说。
A 感谢您的帮忙，再见。
C 再见。

=== d-034 | 2026-03-30T10:50:00+08:00 | spouse Asia/Shanghai | a-74 | - | D07,D29
A 喂，您好，请问是柯文斌先生家吗？
C 是，我是他老婆。你哪位？
A 您好，我姓聂，找柯先生有点事，他手机一直关机。
C 他出差了，手机摔坏了。你们是不是贷款公司的？
A 不好意思，具体的事需要跟他本人沟通，我们不方便跟其他人说。
C 我是他老婆也不能说？
A 抱歉，这是规定。麻烦您让他方便的时候给小聂回个电话，号码是零五七一八八九二三四五六。
C 行吧，我告诉他。
A 谢谢您，再见。

=== d-035 | 2026-03-30T16:20:00+08:00 | debtor Asia/Shanghai | a-75 | np | D17,D33
A 喂，是龙飞吧？我是云贷宝贷后的小武。
C 是我，什么事？
A 你那三千二的借款逾期四十天了，你自己心里没数吗？
C 我现在没工作，真还不上。
A 没工作？二十好几的人，天天在家躺着，活着就是浪费粮食。  #abuse
C 你凭什么这么说我？
A 凭你欠钱不还。你那些网贷不是还有额度吗？去别的平台借一笔先把我们的平了。  #borrow
C 那不是越借越多吗？
A 那是你的事，我只管我这一笔，今天晚上之前还上。
C 我想想办法。

// hard negative: the customer mentions the police; "我们不会上门" is negated
=== d-036 | 2026-03-31T09:55:00+08:00 | debtor Asia/Shanghai | a-76 | - | D11,D28
A 您好，请问是蓝玉芬女士本人吗？
C 是我。你们要是再打，我就报警了，说你们骚扰。
A 蓝女士，您有权利这样做。我是捷利分期的客服，我姓贝，工号二八三零，今天只是跟您确认一下还款安排。
C 上次你们有个人说要上门找我。
A 如果有同事这样说，那是不合规的，您可以投诉。我们不会上门，也不会联系您的家人。
C 那你说吧。
A 您的分期本期应还一千零八十元，已经逾期十二天，逾期会产生罚息。
C 我十号发工资就还。
A 好的，给您登记四月十号前还款，谢谢您。
C 嗯。

// "李师傅吗" / "你说啥" / "你找哪个李师傅" are not confirmations; "是我" in 5 is
=== d-037 | 2026-03-31T14:35:00+08:00 | debtor Asia/Shanghai | a-77 | np | D09,D02
A 喂，李师傅吗？我是盛邦金融的小贾，您那个车贷三月份那期四千一还没还，已经逾期二十天了。  #inc
C 啥？你说啥？我这边在开车。
A 车贷逾期二十天了，四千一百元，今天能处理吗？  #inc
C 你找哪个李师傅？
A 李国华，李师傅。
C 是我，你等我停个车……好了，你说。
A 李师傅，这期四千一百元什么时候能还上？
C 礼拜五，拉完这趟活就有钱了。
A 好的，礼拜五前，给您登记了，您开车注意安全。
C 好。

// fees that do not exist: lawyer's fee and a home-visit fee demanded by the agent
=== d-038 | 2026-04-01T10:30:00+08:00 | debtor Asia/Shanghai | a-78 | - | D23,D04
A 您好，请问是孔令辉先生本人吗？
C 是我。
A 孔先生您好，我是中汇资产的催收专员，我姓包，受金桔委托。您的借款八千四百元逾期九十八天了。
C 我知道，我在跟家里借，下个月能还。
A 下个月的话，就不是八千四了。您的案子已经转到律师那边，律师费两千元要由您承担，要是我们派人上门，还要另收一千五的上门费。  #mis
C 合同里有这些费用吗？
A 逾期超过九十天都是这个标准，您尽早还就能省下这笔钱。  #mis
C 我还是先核实一下合同吧。
A 可以，您核实完给我回电。

=== d-039 | 2026-04-01T06:45:00+08:00 | debtor Asia/Shanghai | a-79 | trad | D19,D17 | ooh | msi
A 喂，醒了没？冯志刚是吧？
C 谁啊，才六点多……
A 你那笔六千五都拖俩月了，还睡得着？
C 你们有病吧，这么早打电话。
A 白天你不接，我们就早上打、半夜打，打到你接为止。  #threat
C 我要投诉你们。
A 随便投，今天不还，明早六点我还打，你家里那几个号我们也有。  #threat
C 今天下午还一半行了吧！
A 下午三点前。

// dialect confirmation 对头 (Sichuan); a lawyer and a lawsuit only as possibilities
=== d-040 | 2026-04-02T15:40:00+08:00 | debtor Asia/Shanghai | a-80 | - | D09,D27
A 喂，您好，请问是冉老板吗？冉建明先生本人？
C 对头，啥子事？
A 冉老板您好，我是海川银行信用卡中心的，工号五零二二。您的信用卡欠款一万四千二百元，已经逾期六十天了。
C 晓得，店里生意不好，周转不过来。
A 理解。需要跟您说明一下，长期不还的话，银行可能会委托律师跟您联系，之后也可能通过诉讼解决。我们还是希望先协商。
C 那我一个月还两千要得不？
A 可以提交分期申请，分七期，每期两千零几十，我帮您报上去。
C 要得要得，麻烦你。
A 好的，结果会短信通知您，再见。

// hard negative: pre-litigation mediation mentioned as a possible later step organised by the court, not claimed by the agent
=== d-041 | 2026-04-02T10:15:00+08:00 | debtor Asia/Shanghai | a-81 | - | D24,D09
A 您好，我是乐融分期的客服专员，工号八八零六，请问是苏晓东先生本人吗？
C 是我。我前两天收到一条短信，说我进入诉前调解了，是你们发的吗？
A 苏先生，那条短信不是我们发的，我们也不是调解机构，请您通过官方渠道核实，注意防范诈骗。
C 那你们找我什么事？
A 您的借款本期应还二千一百元，已经逾期三十五天了。如果长期协商不成，平台后续可能会依法起诉，到时候法院可能会组织诉前调解，会有正式的法院通知。
C 我明白了，我不想闹到法院。
A 理解，我们现在就可以先定一个还款计划。您这个月能还多少？
C 先还一千，剩下的下个月十号。
A 好的，我给您登记，还款后会有短信确认，谢谢您。

// conditional threat to bring in the landlord
=== d-042 | 2026-04-02T16:50:00+08:00 | debtor Asia/Shanghai | a-82 | - | D14,D19
A 喂，您好，请问是钟伟强先生吗？
C 是我，哪位？
A 钟先生您好，我是云贷宝的贷后专员，我姓闫。您的借款五千八百元逾期五十二天了，您之前答应上周还，也没有还。
C 上周房租交完就没剩多少了。
A 您租的是城南那个公寓吧？房东姓何，对吧。您这边再没动静的话，我们就只能请何房东帮忙找您聊聊了。  #threat
C 你们找我房东干嘛？他知道了会让我搬走的。
A 所以您自己处理最好。这周能先还多少？
C 两千吧，周六。
A 好，周六前两千，房东那边就先不打扰了。  #threat
C 行。

// the brother scolds the agent; the agent only asks for a call-back
=== d-043 | 2026-04-03T11:30:00+08:00 | relative Asia/Shanghai | a-83 | - | D07,D02
A 喂，您好，请问是韩志鹏先生吗？
C 不是，我是他哥。他手机放我这了，你哪个？
A 您好，我姓全，有点事想找韩志鹏本人，他什么时候方便接电话？
C 又是催债的吧？你们烦不烦，天天打，脑子有病。
A 不好意思打扰您了。麻烦您跟他说一声，让他给小全回个电话就行，号码是四零零六二零三三五五。
C 说了他也不会回的。
A 没关系，您转告一下就好，谢谢您。
C 行了行了。

// 22:30 UTC is 23:30 in London (BST after 2026-03-29); "平台的" names neither the institution nor the agent
=== d-044 | 2026-04-03T06:30:00+08:00 | debtor Europe/London | a-84 | - | D15,D16 | ooh | msi
A 喂，是程雨萱吗？
C 是我……你知道这边几点吗？
A 我们是平台的，你那笔一万零三百拖了两个月了，国内白天你也不接电话。
C 我在英国读书，我爸妈下个月给我打钱。
A 下个月？你上个月也是这么说的。
C 我没说不还啊。
A 那就月中之前先还三千，剩下的月底清掉。
C 好，我跟家里说。

// guarantor callee: the debt may be discussed
=== d-045 | 2026-04-06T14:20:00+08:00 | guarantor Asia/Taipei | a-85 | tw | D30,D31
A 您好，请问是林志豪先生吗？
C 是我，请问哪里？
A 林先生您好，我是东岳银行个贷中心的，我姓宋，工号三零六八。跟您确认一下，您是陈建宏先生那笔信用贷款的连带保证人，对吧？
C 对，之前帮他签过。
A 陈先生这笔贷款最近两期共一万二千元没有还，已经逾期四十五天，我们一直联系不上他本人。
C 他去年去大陆做生意了，我也很少联系。
A 理解。按保证合同，借款人一直不还，保证人需要承担连带责任。如果您有他的新联系方式，麻烦提供给我们。
C 我问问他家里人，有了再告诉你们。
A 好的，谢谢林先生，再见。

// Henan dialect insult (鳖孙), plus "不中用"
=== d-046 | 2026-04-06T10:40:00+08:00 | debtor Asia/Shanghai | a-86 | - | D18,D17 | msi
A 喂，是王二军不是？
C 是，咋了？
A 咋了？你在俺们这借那四千块钱，拖仨月了，你不知道？
C 知道，今年麦子还没卖。
A 麦子麦子，年年都是这一套，你这货就是个鳖孙。  #abuse
C 你咋骂人哩？
A 骂你咋了，四千块都还不上，恁大个人一点都不中用。  #abuse
C 等麦子卖了我就还。
A 六月十号之前，少一分都不中。
C 中。

// dialect confirmation 是滴, teacher title
=== d-047 | 2026-04-07T15:10:00+08:00 | debtor Asia/Shanghai | a-87 | - | D09,D02
A 您好，我是青禾消费金融的客服专员，我姓彭，工号零五一三，请问是欧老师吗？欧阳丽华老师本人？
C 是滴，我是，什么事啊？
A 欧老师您好，您在我们这的教育分期本期应还八百九十元，还款日是四月三号，现在逾期四天。
C 哎呀，学校这几天考试，忙忘了。
A 理解您。今天还上的话只有四天的罚息，不会影响征信。
C 好滴，我中午就还。
A 好的，谢谢欧老师，再见。
C 再见。

// a "协警" helping the platform: impersonation; "恶意逃废债立案": false criminal consequence
=== d-048 | 2026-04-07T11:15:00+08:00 | debtor Asia/Shanghai | a-88 | sp | D26,D06 | msi
A 喂，你好，请问是彭建新吗？
C 对，你是？
A 我是城西派出所的协警，配合金桔平台做个情况核实，你在他们那有一笔一万二的借款逾期半年了吧？  #imp
C 派出所也管这个？
A 现在是专项整治。你要是一直不配合，我们就只能按恶意逃废债给你立案，到时候就不是还钱这么简单了。  #threat
C 我没想逃啊，我只是没钱。
A 那你今天先跟平台定个还款时间，我这边好给你销号。
C 我下周先还三千。
A 行，你自己跟平台联系。

// hard negative: contractual late fees explained
=== d-049 | 2026-04-08T13:35:00+08:00 | debtor Asia/Shanghai | a-89 | - | D04,D11
A 您好，请问是符晓静女士本人吗？
C 是我，你是哪里？
A 符女士您好，我是小橙分期的客服专员，工号七一二四。您的账单待还金额三千三百八十元，已经逾期二十九天。
C 不对啊，我借的才三千，怎么多了三百多？
A 这里面包括本金三千元、合同约定的利息一百六十元，和逾期罚息二百二十元，每一笔在APP账单明细里都能看到。
C 罚息能不能少点？
A 您这周内结清的话，我可以帮您提交罚息减免申请，结果以审核为准。
C 行，那我周五结清。
A 好的，给您登记周五，谢谢您，再见。

// a lawsuit "already filed" stated as fact by the company's own agent
=== d-050 | 2026-04-08T16:05:00+08:00 | debtor Asia/Shanghai | a-90 | trad | D23,D24
A 喂，您好，请问是杭丽君女士吗？
C 是我。
A 杭女士您好，我是易融花法务部的，我姓甘。您的借款一万九千元逾期一百六十天，公司已经正式起诉您了，案号都下来了，下周就开庭。  #mis
C 起诉了？我怎么没收到传票？
A 传票在路上，法院已经立案了，现在还款的话我们可以去撤诉。  #mis
C 我一次拿不出这么多。
A 那您先还五千，我们跟法院申请延期开庭，剩下的分期。  #mis
C 我考虑一下，明天回复你。
A 好的，明天中午前给我答复。

// "叔叔" is the debtor's uncle: disclosure to a relative; no person named
=== d-051 | 2026-04-09T10:25:00+08:00 | relative Asia/Shanghai | a-91 | - | D14,D05 | msi
A 喂，叔叔您好，请问您是陶小军的叔叔吧？
C 是啊，我是他四叔，你们是哪里？
A 我们是快借通的，小军在我们这借了六千块钱，逾期两个多月了，人一直找不到。  #tpd
C 这孩子，又在外面借钱。
A 叔叔，您是长辈，您说话他听。麻烦您让他这两天把钱还上，别让事情越拖越大。  #tpd
C 我给他爸说说吧。
A 那麻烦您了，他留的联系人就是您，以后可能还会打给您。
C 唉，行吧。

// a neighbour; call-back request only
=== d-052 | 2026-04-09T17:20:00+08:00 | unknown Asia/Shanghai | a-92 | - | D07,D01
A 喂，您好，请问是杨春燕女士吗？
C 不是，我是她邻居，她手机充电放我家了。
A 哦，不好意思打扰了。方便的话麻烦您跟她说一声，让她给小麦回个电话。
C 什么事啊？着急不？
A 是她本人的一点事，需要跟她本人说，谢谢您。
C 行，她一会儿过来拿手机我跟她讲。
A 谢谢您，再见。
C 再见。

// discloses before the callee confirms, then urges borrowing from the parents
=== d-053 | 2026-04-10T11:50:00+08:00 | debtor Asia/Shanghai | a-93 | - | D10,D33
A 喂，你好，我是捷利分期的专员小邹，你那笔分期三千九逾期二十五天了，今天必须处理。  #inc
C 你打给谁的？
A 你不是许浩吗？这个号码是许浩登记的。
C 是我，咋了？
A 许浩，三千九今天能还上吗？
C 我刚毕业，工资还没发。
A 工资没发就先跟你爸妈开个口，你爸妈还能看着你上征信？先借了还上，回头再还他们。  #borrow
C 我不想让家里知道。
A 那你自己想办法，今天晚上之前我要看到钱。
C 我尽量吧。

// 12:59 UTC is 20:59 in Shanghai: the last in-hours minute
=== d-054 | 2026-04-10T12:59:00Z | debtor Asia/Shanghai | a-94 | - | D09,D03
A 您好，我是盛邦金融的客服专员，工号二二七一，请问是金晓峰先生本人吗？
C 是我，这么晚还上班啊？
A 是的金先生，不好意思打扰您。您的借款本期应还一千五百元，明天是最后还款日，提前提醒您一下。
C 好的，我明天上午还。
A 好的，按时还款不会产生任何额外费用。
C 行，谢谢提醒。
A 不客气，祝您晚安。
C 晚安。

// no threat word: knowing where the wife works, "好好想想" 
=== d-055 | 2026-04-13T14:40:00+08:00 | debtor Asia/Shanghai | a-95 | np | D19,D06 | msi
A 喂，是贺军吧？
C 是我，你谁？
A 你那笔一万四拖了快半年了，我们找你找得好辛苦。
C 我最近手头紧，过段时间吧。
A 过段时间？你老婆在华联超市收银吧，早班七点到三点，对吧。  #threat
C 你们怎么知道的？你想干什么？
A 不想干什么，就是提醒你，我们的人哪天路过超市，跟她聊两句你的事，你脸上也不好看。你好好想想。  #threat
C 别找她，我这周还五千。
A 周五之前。

// 23:00 UTC is 08:00 in Tokyo: within hours
=== d-056 | 2026-04-08T07:00:00+08:00 | debtor Asia/Tokyo | a-96 | - | D09,D03
A 早上好，我是海川银行信用卡中心的，我姓施，请问是蒋晓雯女士本人吗？
C 是我，这么早，有什么事吗？
A 蒋女士您好，您的信用卡本期最低还款额一千一百元，还款日是四月五号，目前还没有到账。
C 我在东京这边，转账晚了两天，今天就转。
A 好的，您可以用境外卡在APP里还款，逾期记录会报送征信，建议您尽快处理。
C 好，我上班前弄好。
A 好的，谢谢您，祝您工作顺利。
C 谢谢。

=== d-057 | 2026-04-13T10:05:00+08:00 | debtor Asia/Shanghai | a-97 | - | D25,D23 | msi
A 喂，你好，请问是沈一鸣吗？
C 是我，哪位？
A 这里是市仲裁委员会，我是书记员，姓钟。你和乐融分期的借款合同纠纷，仲裁裁决已经下来了。  #imp #mis
C 仲裁？我怎么一点都不知道？
A 仲裁文书早就寄到你户籍地址了。裁决你偿还一万六千四百元，十五天内不履行，就申请强制执行，冻结你名下所有银行卡。  #imp #mis
C 我能看一下裁决书吗？
A 你先跟平台联系还款，文书我们会再寄一份。
C 我要先核实一下。
A 随你，十五天。

// the employer hears the bank's name and a call-back request only
=== d-058 | 2026-04-14T09:50:00+08:00 | employer Asia/Shanghai | a-98 | - | D29,D28
A 您好，请问是华东建工项目部吗？
C 是的，您找谁？
A 您好，我是瑞丰银行的，我姓邵，想找一下你们项目部的吴建设，他手机一直没接通。
C 老吴在工地上呢，信号不好。银行找他干什么？
A 是他本人的一些业务，需要跟他本人沟通。麻烦您转告他给小邵回个电话，号码是九五五八八转六。
C 好的，我中午吃饭的时候跟他说。
A 谢谢您，打扰了，再见。
C 不客气。

// details and insults before "是我，咋了" in 5
=== d-059 | 2026-04-14T15:25:00+08:00 | debtor Asia/Shanghai | a-99 | - | D16,D17 | msi
A 喂，你那两千六到底还不还？逾期都五十天了。  #inc
C 你谁啊？
A 我是谁？你借钱的时候怎么不问？装什么糊涂，你这种人嘴里没一句实话。  #inc #abuse
C 你先说你找谁。
A 找你，范晓东。
C 是我，咋了，我又没说不还。
A 没说不还？五十天了一分没见着。明天中午前先还一千。
C 行，明天。

=== d-060 | 2026-04-15T10:35:00+08:00 | co_borrower Asia/Shanghai | a-100 | np | D03,D30
A 您好，请问是阮志华先生吗？
C 是我。
A 阮先生您好，我是海川银行个贷中心的，工号一九三五。您和您爱人吴小红一起办的那笔装修贷款，您是共同借款人，对吧？
C 对的。
A 这笔贷款四月份应还二千八百元，还款日四月十号，目前还没有入账，逾期五天了。
C 哦，我以为她还了，我这就转。
A 好的，转到还款卡后系统晚上自动扣款，五天罚息十块钱左右。
C 好，谢谢提醒。
A 不客气，再见。

// 11:30 UTC is 21:30 in Sydney (AEST after 2026-04-05); cash advance on a credit card urged
=== d-061 | 2026-04-16T19:30:00+08:00 | debtor Australia/Sydney | a-101 | - | D10,D33 | ooh
A 您好，我是瑞丰银行信用卡中心的，工号六零一九，请问是温嘉怡女士本人吗？
C 是我，悉尼这边已经九点半了。
A 不好意思温女士，打扰您了。您在我们行的分期贷款本期四千二百元，已经逾期十六天了。
C 我这边打工的钱要月底才结。
A 您国内不是还有两张别家银行的信用卡吗？可以先取现或者刷出来把这期还了，别让逾期记录继续往上走。  #borrow
C 那样利息更高吧。
A 利息是小事，逾期上了征信才麻烦。实在不行找国内的朋友先周转一下。  #borrow
C 我再看看吧。
A 好的，那您这周内给我一个确定的时间。

=== d-062 | 2026-04-16T10:20:00+08:00 | debtor Asia/Shanghai | a-102 | - | D26,D25 | msi
A 喂，您好，请问是包海燕女士吗？
C 是我，哪里？
A 包女士您好，这里是区人民法院执行局，今天是电话提醒您，您和易融花的借款案件已经进入执行阶段。  #imp #mis
C 执行？我都不知道被告了。
A 案卷上显示您欠款八千九百元，您现在主动履行，法院这边可以不采取限制高消费措施。  #imp
C 我一直以为只是逾期，没想到这么严重。
A 您今天跟平台确认还款时间，把还款凭证发过来，我们就给您做结案处理。
C 好，我下午就去联系平台。

// polite disclosure to a colleague: 请您提醒她尽快处理
=== d-063 | 2026-04-17T14:10:00+08:00 | contact Asia/Shanghai | a-103 | - | D14,D15
A 您好，请问是郭婷婷女士吗？
C 是我，您哪位？
A 郭女士您好，我是青禾消费金融的客服专员，我姓方，工号零七七九。您的同事刘佳怡在我们这里办理借款时，留的联系人是您。  #tpd
C 哦，佳怡啊，怎么了？
A 她的账单已经逾期二十多天了，我们这两天一直联系不上她。  #tpd
C 她最近好像请假回老家了。
A 那麻烦您见到她或者微信上方便的时候，请您提醒她尽快处理，谢谢您。  #tpd
C 好的，我跟她说一声。
A 谢谢，打扰您了。

=== d-064 | 2026-04-17T16:45:00+08:00 | debtor Asia/Shanghai | a-104 | - | D17,D10
A 喂，是邱少华吗？我是金桔贷后的小岳。
C 是我。
A 邱少华，上周你亲口答应周五还两千，钱呢？
C 周五那天临时有事，这周一定还。
A 一定？你嘴里的一定一文不值，跟你讲诚信就是对牛弹琴。  #abuse
C 你会不会好好说话？
A 你这个月找了几个朋友？一个人借五百，四个人不就够了？今天晚上之前凑齐。  #borrow
C 我不想跟朋友借钱。
A 那是你的事，晚上八点我再打过来。
C 知道了。

// "张大哥" / "你说" are not confirmations; detail disclosed before "对，是我"
=== d-065 | 2026-04-20T11:10:00+08:00 | debtor Asia/Taipei | a-105 | tw | D09,D02
A 喂，张大哥您好，我是东岳银行信用卡中心的，我姓马，您的信用卡欠款三万四千元已经逾期七十天了。  #inc
C 你说。
A 您这边什么时候可以安排还款？银行这边希望这个月能先处理一部分。  #inc
C 你要找的是张志伟吗？
A 对，请问您是张志伟先生本人吗？
C 对，是我。我在台湾工作，一直想处理。
A 张先生，那您看这个月能先还多少？我们可以帮您申请分期。
C 这个月先还五千，剩下的分期。
A 好的，我帮您提交分期申请，结果会短信通知您。

// blacklist beyond 征信 and a travel ban before any judgment
=== d-066 | 2026-04-20T15:35:00+08:00 | debtor Asia/Shanghai | a-106 | - | D22,D21
A 您好，请问是伍家明先生本人吗？
C 是我。
A 伍先生您好，我是中汇资产的，我姓桂，工号四零二零，受云贷宝委托联系您。您的借款一万零六百元逾期一百一十天。
C 我知道，最近在打官司，钱都冻在那边了。
A 伍先生，您这个情况再拖下去，系统会把您报进全网曝光名单，所有平台都能看到。  #mis
C 曝光？这不是征信吧？
A 比征信严重，上了名单以后高铁、飞机都坐不了，出差都成问题。  #mis
C 那我先还一部分吧，三千行吗？
A 三千可以先登记，剩下的下月底前结清。
C 好。

// the village committee as a "witness": threat dressed as procedure
=== d-067 | 2026-04-21T10:00:00+08:00 | debtor Asia/Shanghai | a-107 | sp | D13,D08,D06
A 喂，你好，请问是黄德福吗？
C 是我，哪里？
A 黄先生，我是嘉和资产外访部的，我姓冉，工号二六六三，受乐融分期委托。你的借款七千二百元逾期四个多月了。
C 我在外面打工，家里也困难。
A 理解。我们这边按流程，下个月专员会带着材料去你们村委会，请村干部一起做个见证，当面把还款协议签了。  #threat
C 去村委会？那全村人都知道了。
A 所以最好是你自己先处理。这个月能还多少，我给你报上去，外访就先缓一缓。  #threat
C 我月底先还两千。
A 好，月底前两千，我给你登记。

// a "经侦" officer who is "not collecting" but threatens criminal charges
=== d-068 | 2026-04-21T14:50:00+08:00 | debtor Asia/Shanghai | a-108 | - | D26,D06 | msi
A 喂，您好，是庞立军吗？
C 是我。
A 我这边是市公安局经侦支队的，今天不是催你还钱，是了解一下你在易融花那笔两万三借款的情况。  #imp
C 经侦？我借钱是正常借的啊。
A 借了以后换号、不接电话，这个就涉嫌恶意逃废债，情节严重的要按诈骗处理。  #threat
C 我没换号，就是最近没钱。
A 那你尽快跟平台把还款计划定了，我们这边就不往下走了。
C 好，我今天就联系他们。

// details before confirmation, then "another platform"
=== d-069 | 2026-04-22T11:30:00+08:00 | debtor Asia/Shanghai | a-109 | np | D33,D10
A 喂，你好，我是快借通的专员小庞，你那笔四千五的借款逾期三十天了。  #inc
C 嗯？谁的借款？
A 你不是郭晓磊吗？
C 我是郭晓磊，你们又是哪家？
A 快借通。郭晓磊，你今天必须把四千五处理了。
C 我现在真没钱。
A 没钱就去别的平台借，现在下款快得很，借出来先把我们这笔还了。  #borrow
C 我已经借了好几家了。
A 那就再借一家，今天晚上十点前到账。  #borrow
C 我试试。

// the callee says he is a colleague; the agent states the purpose and the debt
=== d-070 | 2026-04-22T15:15:00+08:00 | debtor Asia/Shanghai | a-110 | trad | D05,D14
A 喂，您好，请问是蔡俊杰先生吗？
C 他不在，我是他同事，他手机落在会议室了。
A 哦，那麻烦您转告他，我是乐融分期催收部的，我姓伍，他的分期逾期了一个多月，请他今天务必回电处理。  #tpd
C 啊？这个我不好传话吧。
A 没关系，您就跟他说有一笔三千六的账要处理，他知道的。  #tpd
C 行吧，我跟他说一下。
A 谢谢您，麻烦了。
C 嗯。

// Shanghainese insults (戆大, 瘪三); no institution and no person named
=== d-071 | 2026-04-23T13:25:00+08:00 | debtor Asia/Shanghai | a-111 | - | D18,D16 | msi
A 喂，侬是陆志明伐？
C 是的，啥人啊？
A 侬在阿拉此地借了五千块，拖了三个月了，侬晓得伐？
C 晓得的，最近厂里停工了。
A 停工？侬这种戆大，停工了还要借钞票出去白相，脑子瓦特了。  #abuse
C 侬讲话客气点。
A 客气？对侬这种小瘪三讲啥客气，月底前还两千。  #abuse
C 我尽量。
A 勿是尽量，是一定。

// 22:00 in Hong Kong; details before the callee confirms
=== d-072 | 2026-04-23T22:00:00+08:00 | debtor Asia/Hong_Kong | a-112 | hk | D09,D02 | ooh
A 喂，你好，我系快借通嘅客服专员Kelly，工号三八二一，你张信用卡分期欠咗一万二，逾期四十日。  #inc
C 边个啊？咁夜打嚟？
A 请问你系咪何嘉欣小姐？
C 系我，有乜嘢听日再讲啦。
A 何小姐，唔好意思咁夜打扰你，呢笔欠款你打算几时处理？
C 下个礼拜出粮先还一半。
A 好，我同你登记下个礼拜五之前还六千。
C 好啦，拜拜。

// wages deducted through the employer's finance department without a court: threat (employer) and misleading (wages)
=== d-073 | 2026-04-24T10:45:00+08:00 | debtor Asia/Shanghai | a-113 | - | D34,D06
A 您好，请问是史文博先生本人吗？
C 是我。
A 史先生您好，我是同信资产的催收专员，我姓欧，受瑞丰银行委托，联系您信用卡欠款两万八千元的事，已经逾期一百三十天了。
C 我知道，我每个月工资就七千，还有房贷。
A 那我们这边只能联系您单位的财务，直接从您每个月的工资里扣，扣到还清为止。  #threat #mis
C 你们又不是法院，凭什么扣我工资？
A 您单位财务接到我们的函，一般都会配合的。您要是不想闹到单位，就自己先还。  #threat
C 我每个月最多还两千。
A 我先给您报两千，银行批不批我再通知您。

// a service-style suggestion to take cash from a credit card: borrowing inducement
=== d-074 | 2026-04-24T15:30:00+08:00 | debtor Asia/Shanghai | a-114 | - | D10,D11
A 您好，我是盛邦金融的客服专员小车，工号五五三一，请问是秦雅琴女士本人吗？
C 是我。
A 秦女士您好，您的借款本期应还二千零五十元，已经逾期十天了，这边提醒您尽快处理。
C 我知道，这个月手上实在没钱。
A 理解的。我帮您想个办法，您的信用卡额度应该还够，先取现两千把这期还了，信用卡下个月再慢慢还，这样征信上就不会有逾期。  #borrow
C 信用卡取现手续费挺高的吧。
A 比起逾期罚息和征信影响，那点手续费不算什么。  #borrow
C 我考虑一下吧。
A 好的，今天能处理的话最好，谢谢您。

// the village party secretary is asked to pass on the debt
=== d-075 | 2026-04-27T10:30:00+08:00 | unknown Asia/Shanghai | a-115 | - | D13,D05
A 喂，您好，请问是石桥村村委会吗？
C 是，我是村支书，姓牛，你有啥事？
A 牛书记您好，我是嘉和资产的，我姓魏，工号一一九四。你们村的牛建国在我们委托方那里有一笔一万一的借款，逾期半年了，本人一直联系不上。  #tpd
C 建国啊，他在外面打工，一年到头不回来。
A 麻烦您书记出面跟他家里人说一声，让他尽快把钱还上，或者主动联系我们。  #tpd
C 这是他个人的事，村里不好管。
A 理解，您帮忙带个话就行，谢谢书记。
C 行吧。

// the father; dialect; call-back request only
=== d-076 | 2026-04-27T16:10:00+08:00 | relative Asia/Shanghai | a-116 | - | D07,D01
A 喂，大爷您好，请问这是冯小刚家吗？
C 是嘞，俺是他爹，你找他弄啥？
A 大爷，我姓莫，找小刚有点事，他电话老是打不通。
C 他在南方厂里上班，白天不让拿手机。
A 那麻烦您跟他说一声，让他下班给小莫回个电话，号码是零三七一六五五八二二零零。
C 你再说一遍，俺拿笔记记。
A 零三七一，六五五八，二二零零。
C 中，记住了，晚上他打电话回来我跟他说。
A 谢谢大爷，您忙。

// hard negative: negated threats (不会去您单位, 不会联系同事)
=== d-077 | 2026-04-28T10:15:00+08:00 | debtor Asia/Shanghai | a-117 | - | D28,D09
A 您好，我是捷利分期的客服专员，我姓滕，工号三一零五，请问是范丽丽女士本人吗？
C 是我。你们会不会打到我单位去？上次别的平台就这么干了。
A 范女士您放心，我们不会去您单位，也不会联系您的同事和家人，只跟您本人沟通。
C 那还行。
A 您的分期本期应还一千三百二十元，已经逾期九天了。
C 我十五号发工资就还。
A 好的，给您登记四月三十号之前……哦不对，是五月十五号前还款，对吧？
C 对，十五号。
A 好的，逾期期间会有少量罚息，谢谢您的配合。

// co-borrower; the customer says he will borrow from a friend (not flagged)
=== d-078 | 2026-04-28T14:30:00+08:00 | co_borrower Asia/Shanghai | a-118 | - | D03,D30
A 您好，请问是熊大勇先生吗？
C 是我，您是？
A 熊先生您好，我是东岳银行个贷中心的，我姓凌，工号二七四零。跟您确认一下，您是您弟弟熊小勇那笔经营贷款的共同借款人，对吧？
C 对，我们兄弟俩一起贷的。
A 这笔贷款四月份应还九千六百元，已经逾期十八天了，作为共同借款人，您也有还款义务。
C 他那边生意亏了，我先找朋友借点垫上吧。
A 您自己安排就好。如果资金紧张，也可以申请调整还款计划，我可以帮您提交。
C 先不用，这周我把钱存进去。
A 好的，存入还款账户后系统自动扣款，谢谢您。

=== d-079 | 2026-04-29T11:05:00+08:00 | unknown Asia/Shanghai | a-119 | trad | D02,D01
A 您好，请问是何永辉先生吗？
C 你打错了吧，我姓江。
A 不好意思，请问这个号码的机主是何永辉吗？
C 不是，这号我用了七八年了，从来没有姓何的。
A 好的，非常抱歉，应该是对方留错了号码，我们会删除这个号码，不会再打扰您。
C 你们是哪儿的？
A 我们是一家服务公司，找他本人有些事情。打扰您了，再见。
C 再见。

// 15:30 UTC is 08:30 in Vancouver (PDT): within hours
=== d-080 | 2026-04-29T23:30:00+08:00 | debtor America/Vancouver | a-120 | - | D09,D03
A 早上好，我是海川银行信用卡中心的，我姓钱，请问是司马媛女士本人吗？
C 对，是我。
A 司马女士您好，您的信用卡本期账单三千九百元，还款日是四月二十五号，目前逾期四天了。
C 不好意思，我在温哥华这边换了银行，忘了设置还款。
A 没关系，您可以在APP里用境外卡还款，或者请国内家人代为操作。今天还上的话罚息很少。
C 好的，我上班前就处理。
A 好的，谢谢您，祝您工作顺利。
C 谢谢，再见。

// hard negative: the customer threatens violence; the agent stays calm
=== d-081 | 2026-04-30T15:20:00+08:00 | debtor Asia/Shanghai | a-121 | sp | D11,D32
A 您好，我是乐融分期的客服专员小姚，工号六二零八，请问是万国强先生本人吗？
C 是我，又是你们。
A 万先生您好，您的分期本期应还二千二百元，已经逾期二十二天了。
C 我跟你说，再打电话，我拿刀去你们公司砍人。
A 万先生，请您冷静。我们只是按规定提醒您还款，每天联系的次数是有限制的。
C 哼，我这个月没钱。
A 理解，如果有困难，可以在APP里申请延期还款，最长一个月。
C 延期要钱吗？
A 延期不额外收费，逾期罚息按合同计算。
C 那我去申请。
A 好的，谢谢您。

// hard negative: 失信被执行人 only as the end of a lawful chain, explicitly not the case now
=== d-082 | 2026-05-04T10:40:00+08:00 | debtor Asia/Shanghai | a-122 | - | D22,D27
A 您好，请问是邢文涛先生本人吗？
C 是我。
A 邢先生您好，我是同信资产的，受东岳银行委托，我姓骆，工号五八一六。您的信用卡欠款四万一千元，已经逾期一百五十天。
C 我听说不还就上黑名单，坐不了高铁，是不是真的？
A 目前没有这个情况。只有银行起诉、法院判决以后仍不履行，才可能被列为失信被执行人，现在还远没到这一步。逾期记录会体现在征信上，这个是实际影响。
C 那还好。我想还，就是一次拿不出来。
A 我们可以帮您向银行申请分期，您每个月大概能还多少？
C 三千左右。
A 好的，我帮您按每月三千申请，结果出来再通知您。

// hard negative: the agent denies that WeChat/Alipay can be frozen
=== d-083 | 2026-05-04T14:15:00+08:00 | debtor Asia/Shanghai | a-123 | - | D23,D09
A 您好，我是金桔的客服专员，我姓潘，工号零九九二，请问是卢晓红女士本人吗？
C 是我。有人跟我说不还钱会冻结微信和支付宝，是真的吗？
A 卢女士，我们没有权限冻结您的微信、支付宝或者银行卡，如果收到这种说法请您注意防范诈骗。
C 那就好，吓死我了。
A 您的借款本期应还一千九百元，已经逾期十七天，逾期会产生罚息，也会报送征信。
C 我下周一还。
A 好的，给您登记下周一，谢谢您。
C 嗯，谢谢。

// hard negative: the customer worries about her son's 政审; the agent says ordinary overdue does not affect it
=== d-084 | 2026-05-05T11:25:00+08:00 | debtor Asia/Shanghai | a-124 | - | D20,D21
A 您好，我是青禾消费金融的客服专员，我姓谭，工号三三七零，请问是严玉珍女士本人吗？
C 是我。我儿子今年考公务员，我这个逾期会不会影响他政审？
A 严女士，普通的借款逾期是您个人的信用记录，一般不会影响孩子的政审，您不用太担心。
C 那我就放心了。
A 不过逾期时间长了会影响您自己的征信。您的借款本期应还二千四百元，已经逾期十一天。
C 我这两天就还上。
A 好的，给您登记五月八号前还款，谢谢您。
C 好。

=== d-085 | 2026-05-05T16:00:00+08:00 | guarantor Asia/Shanghai | a-125 | - | D30,D31
A 您好，请问是梁国栋先生吗？
C 是我。
A 梁先生您好，我是恒川小额贷款公司的，我姓左，工号一六二三。您是您朋友李家伟那笔五万元经营借款的担保人，对吧？
C 对，是我担保的。
A 李先生这笔借款最近两期共八千八百元没有还，逾期三十天了。按流程我们需要告知担保人。
C 他跟我说过，店面在装修，下个月营业了就还。
A 好的，我们会备注一下。如果他一直不还，按合同担保人需要承担保证责任，也跟您说明一下。
C 明白，我会盯着他。
A 谢谢梁先生，再见。

// "你哪位" is evasive; the agent gives only company and name until "是我"
=== d-086 | 2026-05-06T10:10:00+08:00 | debtor Asia/Shanghai | a-126 | - | D02,D09
A 喂，您好，请问是钟雪梅女士吗？
C 你哪位？
A 我是盛邦金融的客服专员小田，工号四七零八，找钟雪梅本人有点事情。
C 什么事？
A 需要先确认一下，请问您是钟雪梅本人吗？
C 是我。
A 钟女士您好，您的借款本期应还一千六百元，还款日是五月一号，现在逾期五天了。
C 哦，放假出去玩忘了，今天就还。
A 好的，谢谢您，再见。

// the agent asks the front desk for "王总" and leaves a call-back request
=== d-087 | 2026-05-06T15:35:00+08:00 | employer Asia/Shanghai | a-127 | tw | D29,D07
A 您好，请问是宏远贸易公司吗？王总在吗？王建业王总。
C 王总出去见客户了，您哪里？
A 我姓温，有些事情想跟王总本人沟通，麻烦您请他回来以后给我回个电话。
C 您是哪家公司的？我好跟他说。
A 您就说温小姐找他，号码是零二一六三八八九九零零，他知道的。
C 好的，我记下来了。
A 谢谢您，再见。
C 再见。

// hard negative: a law firm may contact him later
=== d-088 | 2026-05-07T11:00:00+08:00 | debtor Asia/Shanghai | a-128 | - | D27,D07
A 您好，请问是吴志刚先生本人吗？
C 是我。
A 吴先生您好，我是易融花的贷后专员，我姓甄，工号七三四一。您的借款一万二千五百元，已经逾期一百天，之前多次联系都没有还款计划。
C 我知道，我在等拆迁款。
A 理解。需要告诉您，平台已经委托律师事务所，后续律师可能会跟您本人联系，协商不成的话可能走诉讼途径。
C 律师联系我就联系吧，我又不是不还。
A 拆迁款大概什么时候到？
C 六月底。
A 好的，我先备注六月底一次性结清，到时候再跟您确认。
C 行。

// 20:30 UTC is 00:30 in Dubai; insults without swear words
=== d-089 | 2026-05-07T04:30:00+08:00 | debtor Asia/Dubai | a-129 | sp | D16,D18 | ooh
A 喂，是单志成吧？我是快借通贷后的小吉。
C 是我……现在半夜十二点半，你们有病吧。
A 你在迪拜挣大钱，国内欠的八千块一分不还，你好意思睡觉？
C 我这边工资被老板压着，下个月才发。
A 又是老板压工资，你这种人说的话，连你自己都不信吧。  #abuse
C 你说话注意点。
A 注意什么？三十多岁的人了，活成这样，你爸妈知道吗？  #abuse
C 下个月发了我就还。
A 下个月十号，我记下了。

// a "consumer complaint centre" of the regulator: impersonation
=== d-090 | 2026-05-07T10:30:00+08:00 | debtor Asia/Shanghai | a-130 | trad | D26,D28 | msi
A 您好，请问是邵晓玲女士吗？
C 是我，哪里？
A 这里是国家金融监督管理总局消费者投诉处理中心，您之前投诉了捷利分期，我们现在回访处理。  #imp
C 对，我投诉过他们暴力催收。
A 我们核实了，您在捷利分期确实有一笔六千三的欠款逾期八十天，投诉处理的前提是您先把欠款还清。  #imp
C 这跟我投诉有什么关系？
A 您不还清，投诉就没法受理，还可能被认定为恶意投诉。
C 那我还是自己去跟平台说吧。
A 随您，建议您尽快还款。

// to the husband: the purpose of the call and "请您提醒她" (ASR: 一七 for 逾期, 环款 for 还款)
=== d-091 | 2026-05-08T11:20:00+08:00 | spouse Asia/Shanghai | a-131 | np | D01,D14
A 喂您好，请问是宁小燕的家属吗？
C 我是她老公，什么事？
A 您好，我是青禾消费金融的专员，我姓霍。打电话是想核实一下您爱人的借款情况，她有一期账单一七了，一直没有环款。  #tpd
C 她借钱了？借了多少？
A 这期是一千七百元，一七十九天了。  #tpd
C 我都不知道这事。
A 麻烦您回去提醒她一下，尽快处理，谢谢您。  #tpd
C 行，我问问她。

// "此图只给你自己看" contact-book threat, and borrowing urged
=== d-092 | 2026-05-08T15:45:00+08:00 | debtor Asia/Shanghai | a-132 | - | D19,D33 | msi
A 喂，周凯吗？
C 是我。
A 你那笔四千二拖了六十天了，短信看到没有？P的那张图只给你自己看了，别逼我们群发。  #threat
C 什么图？你们要干嘛？
A 你通讯录里的人，你爸你妈你领导，一人一张，你自己想想后果。  #threat
C 我真的没钱啊。
A 没钱就去借，你通讯录里那么多人，随便找两个先借了还上。  #borrow
C 我试试吧。
A 晚上六点之前。

// details and a false "blacklist" before the callee confirms
=== d-093 | 2026-05-11T10:20:00+08:00 | debtor Asia/Shanghai | a-133 | - | D21,D09
A 喂，你好，我是乐融分期的专员，我姓龚，你的分期四千八逾期一百天了，征信已经黑了。  #inc
C 啥？你打给谁？
A 这个号码登记的是刘德明。你要知道，你现在上了全国联网的黑名单，孩子以后上学、考公务员都受影响。  #inc #mis
C 我就是刘德明，你别吓唬我，孩子才上幼儿园。
A 刘先生，那您这个月能还多少？
C 两千，剩下的下个月。
A 好的，给您登记本月两千。

// north-east dialect insults (败家玩意儿, 二虎吧唧)
=== d-094 | 2026-05-11T14:05:00+08:00 | debtor Asia/Shanghai | a-134 | - | D18,D02 | msi
A 喂，是于长海不？
C 嗯呐，咋的？
A 咋的？你在俺们这借那六千，拖俩月了，你心里没数啊？
C 最近没活儿，手头紧。
A 没活儿还借钱出去喝酒，你个败家玩意儿。  #abuse
C 你说话咋这么难听呢？
A 难听？二虎吧唧的，借钱的时候咋不寻思寻思。  #abuse
C 下个月开春就有活了。
A 下个月十五号之前，先还两千。
C 行。

=== d-095 | 2026-05-12T10:50:00+08:00 | debtor Asia/Shanghai | a-135 | tw | D24,D26 | msi
A 喂，您好，请问是陈俊宏先生吗？
C 是我，您哪位？
A 陈先生您好，我是区人民法院立案庭的书记员，姓董。易融花起诉您的借款合同纠纷，我们已经正式立案了。  #imp #mis
C 立案了？我没收到任何通知啊。
A 今天就是电话通知您。涉案金额一万二千三百元，您要是在开庭前跟原告和解，可以撤诉。  #imp
C 那我要怎么和解？
A 您直接跟易融花联系，把还款计划定下来，他们会撤诉。
C 好，我今天联系他们。

// 20:00 UTC is 22:00 in Paris (CEST); polite disclosure to the sister
=== d-096 | 2026-05-08T04:00:00+08:00 | relative Europe/Paris | a-136 | - | D14,D01 | ooh
A 您好，请问是许静女士吗？
C 是我，这么晚谁啊？
A 许女士您好，我是瑞丰银行信用卡中心的，工号八六二九。您弟弟许亮的信用卡逾期两个多月了，我们联系不上他。  #tpd
C 我在法国，他的事我不太清楚。
A 理解。他留的联系人是您，麻烦您方便的时候提醒他，尽快把欠款处理一下。  #tpd
C 好吧，我发个消息给他。
A 谢谢您，打扰了。

// the parents in the village, "去看看老人家"
=== d-097 | 2026-05-12T15:25:00+08:00 | debtor Asia/Shanghai | a-137 | - | D13,D06 | msi
A 喂，是马志强吗？
C 是我，哪位？
A 你在云贷宝的一万八拖了五个月了，我们这边已经安排外访了。  #threat
C 外访什么？
A 你爸妈还在甘肃老家种地吧，靖远县那边。我们同事下礼拜过去看看老人家，跟他们说说你的情况。  #threat
C 你们别去打扰我爸妈！
A 那你自己先还，这个月还五千，外访就撤了。  #threat
C 我这个月只能还三千。
A 三千先还，剩下的下月初。

// "叔叔" and "你哪个" do not confirm
=== d-098 | 2026-05-13T10:35:00+08:00 | debtor Asia/Shanghai | a-138 | np | D09,D02
A 喂，叔叔您好，我是小橙分期的客服小邵，工号二九五七，您那笔两千三的分期逾期二十天了。  #inc
C 你哪个？
A 小橙分期的，您这期二千三百元一直没还。  #inc
C 你找哪个嘛？
A 请问您是杨德贵叔叔本人吗？
C 是我，我儿子给我弄的那个手机分期吧。
A 对，是那个手机分期，您看什么时候能还上？
C 等我儿子回来，礼拜天。
A 好的，给您登记礼拜天，谢谢叔叔。

// borrowing from the wife urged
=== d-099 | 2026-05-13T16:20:00+08:00 | debtor Asia/Shanghai | a-139 | trad | D10,D33
A 您好，我是盛邦金融的客服专员，我姓聂，工号三四一六，请问是黄晓峰先生本人吗？
C 是我。
A 黄先生您好，您的借款本期应还二千八百元，已经逾期十四天了。
C 我这个月工资都交房贷了。
A 您爱人不是也在上班吗？先跟她借一下，把这期还上，夫妻之间好商量。  #borrow
C 她不知道我借了这个。
A 那您跟家里亲戚周转一下也行，总之这周要还上。  #borrow
C 我想想办法吧。
A 好的，周五前我再跟您确认。

// the brother is told about the debt and insulted along with the family
=== d-100 | 2026-05-14T11:10:00+08:00 | relative Asia/Shanghai | a-140 | - | D17,D05 | msi
A 喂，是刘志军吧？你弟刘志华在我们这借的一万块钱，拖了半年了，你知道不？  #tpd
C 我知道他借钱，但是他的事我管不了。
A 管不了？一家人没一个讲信用的，你们家真是一个德性。  #abuse
C 你怎么说话呢？
A 我说错了吗？让你弟这周把钱还了，不然你们全家都别想清净。  #tpd #threat
C 我会跟他说的，你别再打了。
A 这周五之前。
C 知道了。

// a "blacklist" published to the neighbourhood group: threat (neighbours) and misleading (blacklist)
=== d-101 | 2026-05-14T15:00:00+08:00 | debtor Asia/Shanghai | a-141 | - | D19,D22
A 您好，请问是郑秀英女士本人吗？
C 是我。
A 郑女士您好，我是嘉和资产的，我姓卜，受金桔委托联系您。您的借款七千八百元，逾期一百二十天了。
C 我知道，我老伴生病，钱都花在医院了。
A 理解，但是再拖下去，您就会被列入全国催收黑名单，以后哪家都借不到钱。  #mis
C 我都这把年纪了，也不借了。
A 黑名单出来以后，我们会发到您住的小区业主群里，邻居都能看到。  #threat
C 别，别发，我这个月先还一千。
A 好，这个月一千，我给您登记。

// hard negative: the lender's own legal department, a lawsuit only as a possibility
=== d-102 | 2026-05-15T10:15:00+08:00 | debtor Asia/Shanghai | a-142 | - | D27,D07
A 您好，请问是蔡文斌先生本人吗？
C 是我，您哪位？
A 蔡先生您好，我是云贷宝法务部的，我姓冷，工号九零三三。您的借款两万零八百元已经逾期一百八十天，案件转到了我们法务部。
C 法务部？是要告我吗？
A 目前还在评估阶段。如果一直协商不成，公司可能会依法向法院起诉，这是正常的法律途径，我们更希望先跟您协商。
C 我想还，一次还不了。
A 可以分期，您每个月能还多少？
C 一千五左右。
A 好的，我帮您申请分十四期，协议会发到您手机上确认。

// the son answers; call-back only, with 老板 for the father
=== d-103 | 2026-05-15T14:45:00+08:00 | relative Asia/Shanghai | a-143 | - | D07,D01
A 喂，您好，请问是赵老板吗？赵长青赵老板。
C 我是他儿子，我爸去进货了，手机放店里。
A 哦，你好。那麻烦你等你爸回来，让他给小简回个电话，号码是零七五五二三三六八八九九。
C 什么事啊？要紧不？
A 是你爸本人的一些事，要跟他本人说，不着急，今天之内回就行。
C 好，我写在本子上了。
A 谢谢你，再见。
C 再见。

// 02:00 UTC is exactly 08:00 in Urumqi: within hours
=== d-104 | 2026-05-18T10:00:00+08:00 | debtor Asia/Urumqi | a-144 | - | D09,D02
A 您好，我是青禾消费金融的客服专员，我姓木，工号零六八八，请问是古丽米拉女士本人吗？
C 是的，是我。
A 古丽米拉女士您好，您的借款本期应还一千一百元，还款日是五月十五号，目前逾期三天。
C 不好意思，前几天去喀什了，没顾上。
A 没关系，今天在APP里还上就可以，逾期三天只有一点罚息。
C 好的，我上午就还。
A 好的，谢谢您，再见。
C 再见。

// wrong number; the callee swears, the agent apologises
=== d-105 | 2026-05-18T15:30:00+08:00 | unknown Asia/Shanghai | a-145 | - | D02,D01
A 您好，请问是秦海波先生吗？
C 不是，又打错了！你们这些破公司，一天打八遍，烦死了。
A 非常抱歉打扰您。请问这个号码不是秦海波在用，对吗？
C 不是！我都说了多少遍了，没这个人。
A 好的，我们马上把这个号码从系统里删除，以后不会再打给您，实在抱歉。
C 再打我就投诉你们。
A 理解，真的很抱歉，再见。

// the callee is "unknown" in the metadata and confirms she is the co-borrower (ASR: 是得, 一七)
=== d-106 | 2026-05-19T10:40:00+08:00 | unknown Asia/Shanghai | a-146 | np | D03,D30
A 您好，我是东岳银行个贷中心的，我姓岳，工号一四八二，请问是韦丽娟女士吗？
C 是得，我是。
A 韦女士，跟您确认一下，您和您丈夫黎志刚一起办的那笔购房装修贷款，您是共同借款人，对吧？
C 对，是我们俩一起签的。
A 这笔贷款五月份应还三千一百元，扣款失败，目前一七四天了。
C 可能卡里钱不够，我今天存进去。
A 好的，存入后系统当天晚上会重新扣款，四天罚息很少。
C 好的，谢谢。

// the customer will borrow from his brother (not flagged); the agent mentions instalments
=== d-107 | 2026-05-19T15:55:00+08:00 | debtor Asia/Shanghai | a-147 | - | D11,D32
A 您好，我是捷利分期的客服专员，我姓葛，工号二零六四，请问是钱国伟先生本人吗？
C 是我。
A 钱先生您好，您的分期欠款两期，共计三千六百元，已经逾期三十一天了。
C 我知道，我跟我哥说好了，他先借我三千，下礼拜给我。
A 好的，那您收到后尽快还款。如果后面每期压力大，也可以申请调整分期。
C 能调整就最好了。
A 您还完这两期后在APP里提交申请就可以，我也会在系统里备注。
C 行，谢谢。
A 不客气，再见。

// hard negative: letters go only to the customer
=== d-108 | 2026-05-20T11:15:00+08:00 | debtor Asia/Shanghai | a-148 | - | D27,D28
A 您好，请问是黎雪芳女士本人吗？
C 是我。你们是不是要往我单位寄律师函？我同事说她就收到过。
A 黎女士，我是乐融分期的贷后专员，我姓官，工号六七一三。我们的通知只会发给您本人，不会寄到您单位，也不会告诉您的同事。
C 那就好。
A 您的借款本期应还二千六百元，已经逾期二十四天，逾期会产生罚息并影响征信。
C 我月底发奖金就还。
A 好的，给您登记五月三十一号前还款，谢谢您。
C 好。

// hard negative: "我们不会给您爸妈打电话"; 阿姨 answered "是我"
=== d-109 | 2026-05-20T15:05:00+08:00 | debtor Asia/Shanghai | a-149 | - | D09,D14
A 您好，我是盛邦金融的客服专员，我姓易，工号五二九九，请问是罗阿姨吗？罗凤英阿姨本人？
C 是我。你们是不是要打电话给我儿子？
A 罗阿姨，您放心，我们只跟您本人沟通，不会给您儿子或者其他家里人打电话。
C 那就好，我不想让他操心。
A 您的借款本期应还九百八十元，已经逾期八天了。
C 我退休金十号发，十号就还。
A 好的，给您登记六月十号前还款，谢谢阿姨。
C 谢谢你。

// a hotline sentence and the lender's name, to the debtor himself
=== d-110 | 2026-05-21T10:25:00+08:00 | debtor Asia/Shanghai | a-150 | trad | D09,D01
A 您好，我是翼云金融的客服专员小苗，工号七零二六，请问是陆海涛先生本人吗？
C 对，我是。
A 陆先生您好，您在我们平台有一笔借款即将到期，到期日是五月二十五号，应还金额三千元，提醒您按时还款。
C 好的，我记着呢。
A 如您对还款内容还有疑问，可以拨打我们的客服热线四零零八八二六六零零咨询。
C 知道了，谢谢。
A 感谢您的接听，再见。
C 再见。

// dialect confirmation 对头; 师傅 title
=== d-111 | 2026-05-21T14:35:00+08:00 | debtor Asia/Shanghai | a-151 | sp | D09,D02
A 喂，您好，我是小橙分期的客服专员小石，工号三八零五，请问是何师傅吗？何长林师傅本人？
C 对头，我就是，啥子事哦？
A 何师傅，您在我们这的分期本期应还一千二百八十元，还款日是五月十八号，现在逾期三天。
C 哎呀，这几天在跑车，忘球了。
A 没关系，今天还上就只有三天的罚息，不影响征信。
C 要得，我歇脚的时候弄。
A 好的，谢谢何师傅，路上注意安全。
C 好嘞。

// the HR asks whether it is a debt; surname, number and call-back only
=== d-112 | 2026-05-22T10:05:00+08:00 | employer Asia/Hong_Kong | a-152 | hk | D29,D07
A 您好，请问是利丰物流人事部吗？
C 是的，请问有什么事？
A 您好，我姓黎，想找一下贵公司的梁伟明先生，他的手机一直没人接。
C 梁先生今天放假。请问您是哪间公司？是不是他欠了钱？
A 不好意思，具体事情需要跟他本人沟通。麻烦您转告他给黎小姐回个电话，号码是八五二三一零二五五六六。
C 好的，我会留言给他。
A 谢谢您，再见。
C 再见。

// 12:10 UTC is 08:10 in Toronto (EDT): within hours
=== d-113 | 2026-05-12T20:10:00+08:00 | debtor America/Toronto | a-153 | - | D09,D03
A 早上好，我是海川银行信用卡中心的，我姓卓，工号四零六一，请问是冼志勇先生本人吗？
C 是我。
A 冼先生您好，您的信用卡本期账单五千三百元，还款日是五月八号，目前逾期四天了。
C 我在多伦多这边，国内的卡有时候会忘。
A 理解。您可以设置自动还款，或者请国内家人帮忙操作。逾期会产生滞纳金，也会影响征信。
C 好的，我今天就设置。
A 好的，谢谢您，祝您工作顺利。
C 谢谢，再见。

// the agent offers a deferral (not borrowing inducement); dialect 要得
=== d-114 | 2026-05-22T15:40:00+08:00 | debtor Asia/Shanghai | a-154 | - | D11,D03
A 您好，我是易融花的客服专员，我姓龙，工号八五零七，请问是谭德明先生本人吗？
C 是我，啥子事？
A 谭先生您好，您的借款本期应还二千五百元，已经逾期十五天了。
C 晓得，这个月老汉住院，钱都拿去交住院费了。
A 理解您的情况。您可以申请延期还款，最长延期一个月，延期期间不再增加罚息。
C 要得，那怎么申请？
A 我现在帮您提交，审核通过后短信通知您，您在APP里确认一下就可以。
C 要得，谢谢你哈。
A 不客气，祝您家人早日康复。

// identity confirmed with the last four digits of the ID card
=== d-115 | 2026-05-25T10:30:00+08:00 | debtor Asia/Shanghai | a-155 | - | D12,D03
A 您好，我是同信资产的，受瑞丰银行委托，我姓鲍，工号一二七九。本次通话会被录音。请问是岑晓明先生本人吗？
C 是我。
A 为了保护您的信息，麻烦您说一下身份证号码后四位。
C 三零一二。
A 好的，谢谢岑先生。您的信用卡欠款一万五千四百元，已经逾期一百零五天。
C 我知道，去年生意失败了，一直在还别的。
A 理解。我们可以帮您向银行申请分期或者停息挂账，需要您提供一些困难证明。
C 好，我把材料整理一下。
A 好的，材料可以发到我们的邮箱，我短信发给您。谢谢，再见。

"""


if __name__ == "__main__":
    sys.exit(main())
