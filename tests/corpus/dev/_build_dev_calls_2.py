"""Build d-116 .. d-190 of the dev split: mostly clean HARD negatives (wording from public sources).

Second batch, written to raise the clean share of the dev split (the team's t-* calls mostly carry
missing_self_identification). 71 of the 75 calls are clean; d-185 .. d-188 carry
borrowing_inducement / misleading_consequence.

Same dialogue format and parser as tests/corpus/dev/_build_dev_calls.py (see its docstring): header
``=== call id | started_at | callee | agent id | style | source ids [| ooh] [| msi]``, lines ``A`` /
``C``, gold tags ``#borrow #mis ...`` at the end of agent lines, ``//`` notes.

Every clean call in which the debt is discussed has the agent state BOTH the institution and their
own name / surname / work number (otherwise it would be missing_self_identification). Calls to
relatives, colleagues and employers leave only a name and a call-back number; wrong numbers never
mention the debt. All clean calls start in hours in the callee's local time zone.

Only writes tests/corpus/dev/d-116.json .. d-190.json (never the d-001 .. d-115 calls of
_build_dev_calls.py, never t-*.json, never another folder).

Run:  .venv/bin/python tests/corpus/dev/_build_dev_calls_2.py   (rewrites its own d-*.json, then runs
tests/corpus/dev/_check.py on the whole folder)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _build_dev_calls import _dump, parse  # noqa: E402  (same folder, same format)

OWN = range(116, 191)  # the call numbers this generator owns (d-116 .. d-190)


def main() -> int:
    calls = parse(DIALOGUES)
    ids = [c["call_id"] for c in calls]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate call ids: {dupes}")
    bad = [i for i in ids if not (re.fullmatch(r"d-\d{3}", i) and int(i[2:]) in OWN)]
    if bad:
        raise SystemExit(f"this generator writes only d-116 .. d-190: {bad}")
    for old in HERE.glob("d-*.json"):
        if re.fullmatch(r"d-\d{3}", old.stem) and int(old.stem[2:]) in OWN:
            old.unlink()
    for call in calls:
        (HERE / f"{call['call_id']}.json").write_text(_dump(call), encoding="utf-8")
    print(f"wrote {len(calls)} calls to {HERE}")
    return subprocess.call([sys.executable, str(HERE / "_check.py")])


DIALOGUES = r"""
// pre-due reminder: the bank's name and hotline before the identity check; a bare "嗯" confirms
=== d-116 | 2026-05-26T02:10:00Z | debtor Asia/Shanghai | a-156 | - | D37,D01
A 您好，这里是明川银行信用卡中心，客服热线九五五六八，请问是邱建平先生吗？
C 嗯。
A 邱先生您好，我是客服专员，工号四七一二。提醒您一下，您本期账单三千六百五十元，到期还款日是五月二十八号，后天到期。
C 哦，我记得，工资明天到。
A 好的。您也可以开通自动还款，到期日当天从您绑定的借记卡扣款，就不怕忘了。
C 那你帮我发个开通的链接吧。
A 好的，稍后短信发给您，以官方短信为准。感谢您的接听，再见。
C 再见。

// wrong number ended politely; the debt is never mentioned (no msi)
=== d-117 | 2026-05-26T14:25:00+08:00 | unknown Asia/Shanghai | a-157 | np | D02,D01
A 喂，您好，请问是戚志明先生吗？
C 不是，你找谁？
A 我找戚志明，请问这个号码是他本人在用吗？
C 没这个人，我这号刚办的，之前好多人打来找他。
A 不好意思打扰您了，应该是号码换了主人，我们会把这个号码标注掉，不会再打给您。
C 你们是哪儿的啊？
A 是他本人的一些事情，需要跟他本人说，抱歉打扰了。
C 行吧，别再打了。
A 好的，祝您生活愉快，再见。

// the mother: only a surname and a call-back number, no purpose
=== d-118 | 2026-05-27T11:20:00+08:00 | relative Asia/Shanghai | a-158 | - | D07,D45
A 喂，阿姨您好，请问是温晓东的妈妈吗？
C 是嘞，你是哪个？
A 阿姨，我姓鲁，找晓东有点事，打他电话一直没人接。
C 他在工地上，手机放宿舍里头。有啥事跟我说也一样。
A 谢谢阿姨，这个事要他本人处理，不好麻烦您。您跟他说一声，让他给小鲁回个电话就行，号码是零二八六六二一三五八八。
C 零二八，六六二一，三五八八，对不对？
A 对的，阿姨您记得真准。
C 好，晚上他打电话回来我跟他说。
A 谢谢阿姨，您忙，再见。

// guarantor callee (metadata): the debt may be discussed with him; 连带责任 stated factually
=== d-119 | 2026-05-27T15:40:00+08:00 | guarantor Asia/Shanghai | a-159 | - | D47,D30
A 您好，请问是葛立新先生吗？
C 是我，哪位？
A 葛先生您好，我这边是德茂小额贷款公司的，我姓阎，工号二零五八。去年您为黄永刚先生那笔十万元的经营借款签过保证合同，您是担保人，对吧？
C 对，是我签的字，他怎么了？
A 黄先生五月份这一期九千二百元没有按时还，到今天逾期十五天，我们联系他本人一直没有回复。
C 上个月还见他，说厂里回款慢。
A 理解。也跟您说明一下，您签的是连带责任保证，借款人一直不还的话，按合同我们可以要求担保人承担还款责任。现在还是先找黄先生本人协商。
C 明白，我今天去他厂里找他，让他给你们回电话。
A 好的，谢谢葛先生。我们的号码是四零零八二六一五五七，有消息麻烦告诉我们。
C 行，再见。

// the debtor swears at the agent; the agent stays polite and offers instalments
=== d-120 | 2026-05-28T10:35:00+08:00 | debtor Asia/Shanghai | a-160 | - | D35,D46
A 您好，请问是庄国华先生本人吗？
C 是我，又是你们？
A 庄先生您好，我是星源消费金融的贷后专员，工号三零二一。您的借款本期应还两千四百八十元，目前逾期十九天了。
C 你们烦不烦？一天打几个，你们这帮人就是吸血鬼，滚！
A 庄先生，我理解您现在的心情。每天联系的次数我们是有规定的，今天只是想跟您把还款安排定下来。
C 定什么定，我现在没钱！
A 咱们就事论事。如果一次还不上，可以把剩下的金额分成六期或者十二期，每期压力会小很多。要不我先把电子对账单发给您，您核对清楚了我们再沟通？
C ……发吧，我看看。
A 好的，对账单和分期申请入口稍后短信发给您，以官方短信为准。
C 嗯。
A 感谢您的耐心，再见。

// the debtor says he will borrow from a friend (his words); the agent only records the date
=== d-121 | 2026-05-28T16:10:00+08:00 | debtor Asia/Shanghai | a-161 | - | D38,D44
A 喂，您好，请问是包文杰先生吗？
C 是的。
A 包先生您好，这边是汇宁分期的，我姓孙，工号六六一九。您的手机分期这期一千零九十元，还款日是五月二十号，现在逾期八天了。
C 我知道，店里这个月生意不行。我跟一个朋友说好了，先借两千周转一下，后天就能还上。
A 好的，那我给您登记后天，也就是五月三十号前还款。
C 可以。
A 如果后面几期压力大，也可以在APP里申请调整分期，不用勉强。
C 行，我看看。
A 好的，逾期期间会有少量罚息，早还早停止计算。感谢您的配合，再见。
C 再见。

// the debtor mentions the police; "我们不会上门，也不会联系您的家人" is negated
=== d-122 | 2026-05-29T09:50:00+08:00 | debtor Asia/Shanghai | a-162 | - | D42,D50
A 您好，请问是杭雪芬女士本人吗？
C 是我。你们先说清楚是哪家的，再敢威胁我，我直接报警。
A 杭女士，您有权这样做。我是蓝舟借款的客服专员，我姓季，工号一二九零，本次通话全程录音。
C 上礼拜有个人打电话说要来我家，还说要找我老公。
A 如果有这样的情况，那是违规的，您可以向我们投诉，也可以报警。我们不会上门，也不会联系您的家人，只跟您本人沟通。
C 那你说吧，什么事。
A 您的借款本期应还一千七百元，已经逾期二十三天，逾期会按合同产生罚息。
C 我十号发工资再还。
A 好的，给您登记六月十号前还款。上次的情况我也会记录并反馈。
C 嗯，好。

// 停息挂账 / personalised instalment offered to a debtor who lost his job
=== d-123 | 2026-05-29T14:15:00+08:00 | debtor Asia/Shanghai | a-163 | - | D43,D39
A 您好，请问是吴德兵先生吗？
C 对，我是。
A 吴先生您好，我是青松银行信用卡中心的，我叫许婷，工号七零零三。您的信用卡欠款目前是四万二千六百元，已经逾期九十二天了。
C 我知道。我去年底就失业了，一直没找到工作，真的还不上。
A 理解您的情况。像您这种确实有困难的，可以申请个性化分期，也就是大家说的停息挂账，最长可以分六十期，分期期间不再计收罚息。
C 六十期一个月要还多少？
A 大概七百多元，具体以审批结果为准。需要您提供一下失业证明或者社保停缴的记录。
C 社保停缴的记录我能在手机上截图。
A 可以的，您截图发到我们的官方邮箱，我把地址短信发给您，收到材料后三到五个工作日给您答复。
C 好，谢谢你。
A 不客气，再见。

// lawful consequences only: contractual late fees and the credit record; punctuation lost
=== d-124 | 2026-05-30T10:45:00+08:00 | debtor Asia/Shanghai | a-164 | np | D41,D38
A 您好，请问是潘丽娟女士本人吗？
C 是的。
A 潘女士您好，我是福临消费金融的贷后专员，我姓韦，工号五三二七。您五月十五号的借款账单已经逾期，本期应还三千一百二十元。
C 我知道，上个月家里装修，钱紧。
A 理解。按照合同约定，逾期每天会产生罚息，逾期记录也会报送征信，时间长了会影响您以后办房贷、车贷。
C 那我最晚什么时候还？
A 越早越好，只要还清，罚息就停止计算。您看这周能不能处理？
C 下周五吧，下周五我肯定还。
A 好的，给您登记六月五号前还款。感谢您的配合。
C 好，再见。

// a lawsuit only as a possibility (依法起诉 / 诉讼程序); ASR output in traditional characters
=== d-125 | 2026-06-01T11:00:00+08:00 | debtor Asia/Shanghai | a-165 | trad | D38,D40
A 您好，请问是卓志伟先生本人吗？
C 是我。
A 卓先生您好，我是邦诚资产的，受万家融委托，我姓郑，工号八三一四，跟您沟通一下您在万家融的借款。目前欠款一万七千三百元，已经逾期一百二十六天。
C 我知道，这两年生意一直亏，能还的早还了。
A 理解。也如实告诉您：如果长期协商不成，委托方保留依法起诉的权利，后续可能会走诉讼程序，这是正常的法律途径。我们还是希望先跟您协商一个方案。
C 打官司我也没钱啊。
A 所以我们先看看您的能力。您每个月大概能拿出多少？
C 最多一千五。
A 好的，我按每月一千五帮您向委托方申请分期，有结果会短信通知您。
C 行吧。
A 谢谢卓先生，再见。

// "我们是受XX委托的XX公司，我是小何"; a lawyer only as a possible next step; letters only to the debtor
=== d-126 | 2026-06-01T15:30:00+08:00 | debtor Asia/Shanghai | a-166 | - | D40,D27
A 您好，请问是秦丽华女士吗？
C 是，你哪位？
A 秦女士您好，我们是受青禾消费金融委托的禾丰资产管理公司，我是小何，工号二七六五。联系您是关于您在青禾消费金融的借款，目前欠款八千八百元，逾期七十一天了。
C 我之前跟你们同事说过了，下个月才有钱。
A 是的，我看到记录了。也跟您说明一下，如果下个月还是没有还款，委托方可能会委托律师事务所跟您联系，协商不成可能走诉讼途径。
C 律师？那会寄到我家里吗？
A 律师函只会寄给您本人，不会寄到您单位，也不会通知您的家人。
C 那行，我下个月十五号先还三千。
A 好的，给您登记七月十五号前还三千元，剩下的我们再沟通。
C 好。

// co-borrower (metadata) hears the debt
=== d-127 | 2026-06-02T10:20:00+08:00 | co_borrower Asia/Shanghai | a-167 | - | D30,D03
A 您好，请问是钟晓燕女士吗？
C 是我，您是？
A 钟女士您好，我是明川银行个贷中心的，我姓汤，工号一八零六。跟您核对一下，您和您先生段志勇一起申请的那笔房屋装修贷款，您是共同借款人，对吧？
C 对，我们俩一起签的。
A 这笔贷款五月份应还四千二百元，还款日是五月二十五号，目前没有扣款成功，逾期八天。
C 啊，他说他还了。我问问他。
A 好的，作为共同借款人，您和段先生都有还款义务。今天转入还款卡的话，晚上系统会重新扣款，八天的罚息不多。
C 好，我下午就转进去。
A 谢谢钟女士，再见。
C 再见。

// Shaanxi confirmation 额是 before any detail; ASR homophones 一七 (逾期), 环款 (还款), 争信 (征信)
=== d-128 | 2026-06-02T14:40:00+08:00 | debtor Asia/Shanghai | a-168 | - | D09,D02
A 喂，您好，请问是雷建军先生本人吗？
C 额是，你说。
A 雷先生您好，我是悦享分期的贷后专员，我姓贺，工号四零二六。您的分期本期应还九百六十元，还款日是五月三十号，现在一七三天了。
C 哎，这两天屋里忙，忘咧。
A 没关系，今天环款的话只有三天的罚息，尽早还上对争信的影响最小。
C 额晚上就环。
A 好的，晚上还上就可以，环款成功会有短信通知。
C 好么，麻烦你咧。
A 不客气，再见。

// 是滴 confirmation; a deferral offered
=== d-129 | 2026-06-03T11:30:00+08:00 | debtor Asia/Shanghai | a-169 | - | D39,D09
A 您好，这边是云帆金融，请问是龙秀英女士吗？
C 是滴，是我。
A 龙女士您好，我是云帆金融的客户经理，我叫田甜，工号零九八一。您的借款本期应还一千三百五十元，已经逾期十天了。
C 晓得，我屋里老人住院，钱都拿去交押金了。
A 理解您。像您这种情况，可以申请延期还款，最长延一个月，延期期间不再增加罚息。
C 要得，那要怎么弄？
A 我现在帮您提交，需要您在APP里上传一下住院的单据，审核通过会短信通知您。
C 好滴，我晚上拍给你们。
A 好的，祝老人家早日康复，再见。

// factory front desk at 08:30: a surname and a number only; the agent does not confirm it is a debt
=== d-130 | 2026-06-03T08:30:00+08:00 | employer Asia/Shanghai | a-170 | - | D29,D42
A 您好，请问是宏达电子厂吗？
C 是的，前台，您找谁？
A 您好，我想找一下你们厂的朱卫东，他手机一直没接通。
C 朱卫东，哪个车间的？你是哪里？
A 我姓毛，有点私人的事情想跟他本人说。麻烦您转告他，方便的时候给毛先生回个电话，号码是零七六九二二八八三三一零。
C 是不是欠钱的事？我们这边经常接到这种电话。
A 不好意思，具体的事情需要他本人处理，您帮忙带个话就行。
C 行，我登记一下，中午交给他们车间。
A 谢谢您，打扰了。

// a colleague answers the debtor's phone: call-back request only
=== d-131 | 2026-06-04T15:20:00+08:00 | debtor Asia/Shanghai | a-171 | - | D07,D02
A 喂，您好，请问是邓晓琳女士吗？
C 不是，我是她同事，她去开会了，手机放桌上一直响。
A 哦，不好意思。那麻烦您等她回来跟她说一声，让她给小吕回个电话。
C 小吕是吧，哪个单位的？
A 她知道的，号码是一三九一七七二四零五六，不着急，今天之内回就行。
C 好，我写个便条贴她电脑上。
A 谢谢您，再见。
C 再见。

// wrong number; the callee is angry; the agent apologises and ends
=== d-132 | 2026-06-04T19:50:00+08:00 | unknown Asia/Shanghai | a-172 | - | D02,D01
A 您好，请问是施宏亮先生吗？
C 又是找施宏亮的？我都说了八百遍了，打错了！你们有完没完？
A 非常抱歉打扰您。请问这个号码确实不是施宏亮在使用，对吧？
C 不是！我根本不认识他。再打我就投诉你们。
A 明白，您有权投诉。我现在就把这个号码从联系名单里删除，以后不会再打给您。
C 最好是。
A 实在抱歉，祝您晚上愉快，再见。

// 10:30 Beijing time is 08:30 in Urumqi: in hours; reminder before the due date; punctuation lost
=== d-133 | 2026-06-05T10:30:00+08:00 | debtor Asia/Urumqi | a-173 | np | D37,D09
A 早上好，请问是艾力江先生本人吗？
C 是的，我是。
A 艾力江先生您好，我是星源消费金融的客服专员，工号二二零七，不好意思这么早打扰您。提醒您一下，您本期借款一千八百元，还款日是六月八号。
C 哦，还有三天是吧？
A 对的，现在还没有到期，您在还款日之前存到绑定的卡里就可以，系统会自动扣款。
C 好的，我周末存进去。
A 好的，谢谢您，祝您工作顺利。
C 谢谢，再见。

// 17:00 UTC is 10:00 in Vancouver (PDT): in hours; bank, surname and work number given before the identity check
=== d-134 | 2026-06-06T01:00:00+08:00 | debtor America/Vancouver | a-174 | - | D39,D03
A 您好，我是青松银行信用卡中心的，我姓宋，工号三九一五，请问是乔雨桐女士本人吗？
C 对，我是。
A 乔女士您好，您的信用卡本期账单五千四百元，还款日是五月三十一号，目前逾期五天了。
C 不好意思，我在温哥华这边，国内的卡一忙就忘了。
A 没关系。您可以在APP里用境外卡还款，也可以申请把这期账单分成几期，每期压力小一点。
C 分三期吧，手续费多少？
A 三期的手续费以页面显示为准，我把申请入口发到您的手机上，您确认一下就行。
C 好的，谢谢。
A 不客气，祝您生活顺利，再见。

// the callee asks for the company and work number first; the mandate (受XX委托) comes after "是我"; 12378 complaint mentioned
=== d-135 | 2026-06-08T14:30:00+08:00 | debtor Asia/Shanghai | a-175 | - | D49,D42
A 喂，您好，请问是齐海峰先生吗？
C 你先说你是哪个单位的，工号多少？
A 好的。我们是邦诚资产管理公司，我是小何，工号六八零二。请问您是齐海峰先生本人吗？
C 是我。上次你们同事说话很冲，我已经打12378投诉了。
A 抱歉给您带来不好的感受，投诉是您的权利，我们会配合处理。我们受乐融分期委托，今天只是跟您核对一下账务：您在乐融分期的借款逾期四十一天，待还金额四千三百元。
C 你们能不能把分期方案用官方渠道发给我？微信上说的我不认。
A 可以的，方案会通过乐融分期官方APP推送，您在APP里确认才生效。
C 行，我看到再说。
A 好的，感谢您的接听，再见。

// the debtor threatens to smash the office; the agent stays calm; punctuation replaced by spaces
=== d-136 | 2026-06-08T16:45:00+08:00 | debtor Asia/Shanghai | a-176 | sp | D35,D46
A 您好，请问是雷鸣先生本人吗？
C 是我，干嘛？
A 雷先生您好，我是万家融的客服专员，我姓聂，工号五一四四。您的借款本期应还二千六百元，已经逾期三十四天了。
C 你再打一个试试，老子查到你们公司在哪，带人过去把你们办公室砸了。
A 雷先生，我理解您现在情绪很大，但谩骂解决不了问题。我们今天只是想跟您确认还款安排。
C 没有安排，没钱。
A 好的。如果您这段时间确实有困难，可以申请延期或者分期，您想了解的话，随时打我们的客服热线四零零六七七八九零零。
C 挂了。
A 好的，感谢您的接听，再见。

// negated threats: no visit, no calls to family or employer; the debtor reads out the "我承认这笔债务" script
=== d-137 | 2026-06-09T10:05:00+08:00 | debtor Asia/Shanghai | a-177 | - | D50,D38
A 您好，请问是华丽萍女士本人吗？
C 是我。先说好，我不接受你们打我单位、打我爸妈电话，我已经录音了。
A 华女士，您放心。我是悦享分期的贷后专员，我叫丁一，工号三三八零。我们不会联系您的单位和家人，也不会上门，只跟您本人沟通。
C 那你说吧。
A 您的分期目前有两期没还，共计二千二百四十元，最早一期逾期四十天。
C 我承认这笔钱，现在确实没能力一次还清，但我有还款意愿。
A 明白，我们可以协商一个方案。您每个月能还多少？
C 六百。
A 好的，我按每月六百帮您提交，方案通过后在APP里确认。您的个人信息我们会保密。
C 好，谢谢。

// metadata unknown; the callee confirms he is the guarantor before the debt is discussed
=== d-138 | 2026-06-09T15:15:00+08:00 | unknown Asia/Shanghai | a-178 | - | D47,D31
A 您好，我是明川银行个贷中心的，我姓裴，工号二四七一，请问是符建业先生吗？
C 是，什么事？
A 符先生，跟您确认一下：二零二四年您为您表弟谢文强的那笔经营贷款做过担保，保证合同上是您签的字，对吧？
C 对，是我担保的。
A 谢先生这笔贷款六月份那期一万一千元到今天逾期十天，我们联系他一直关机。
C 他上个月说去外地进货了。我打给他看看。
A 好的，麻烦您了。如果借款人一直联系不上，按保证合同，担保人需要承担保证责任，这一点也跟您说明一下。
C 我知道，我会让他尽快联系你们。
A 谢谢符先生，再见。

// north-east 嗯呐 confirms; the debtor will borrow from her brother-in-law (her words, not the agent's)
=== d-139 | 2026-06-10T13:20:00+08:00 | debtor Asia/Shanghai | a-179 | - | D02,D44
A 喂，大姐您好，请问是常桂芝大姐本人吗？
C 嗯呐，咋的了？
A 常大姐，我是华岳资产的，受星源消费金融委托，我姓高，工号零六三七。您在星源那笔借款，这期一千五百六十元逾期十二天了。
C 哎呀，知道知道，我家那口子这俩月没活儿。
A 理解，大姐。您看这期大概什么时候能处理？
C 我跟我小叔子说了，他先借俺们点，礼拜六就能还上。
A 好的，那我给您记礼拜六前还款。要是后面还紧张，也可以跟我们申请分期。
C 行，谢谢你啊姑娘。
A 不客气大姐，再见。

// Sichuan 对头 confirms; hardship instalment after an illness
=== d-140 | 2026-06-10T16:30:00+08:00 | debtor Asia/Shanghai | a-180 | - | D43,D39
A 喂，您好，请问是冉德华先生吗？
C 对头，是我，啥子事？
A 冉先生您好，这边是青松银行信用卡中心的，我姓孙，工号八零七七。您的信用卡欠款两万三千元，已经逾期六十八天了。
C 晓得，今年初生了场病，做了手术，钱都花在医院了。
A 理解，先祝您身体早日恢复。像您这种情况，可以申请个性化分期，最长可以分到六十期，期间不再收罚息，需要您提供一下医院的诊断证明。
C 诊断书我有，要得。
A 好的，您拍照上传到APP的协商还款页面，我这边给您备注，审核结果三到五个工作日出来。
C 要得要得，谢谢你哈。
A 不客气，再见。

// Cantonese (ASR in Hong Kong characters): reminder before the due date; 系 confirms
=== d-141 | 2026-06-11T11:10:00+08:00 | debtor Asia/Hong_Kong | a-181 | hk | D37,D01
A 喂，你好，请问系咪冯家俊先生？
C 系，边位？
A 冯先生你好，我系悦享分期嘅客服专员，我姓黄，工号一五零九。提提你，你部手机分期今期一千二百蚊，下个礼拜一到期。
C 哦，我记得，出粮就还。
A 好，你喺到期日之前存入绑定嘅户口就得，系统会自动扣数。
C 好，唔该晒。
A 唔使客气，拜拜。
C 拜拜。

// Taipei (ASR in Taiwan characters): a deferral
=== d-142 | 2026-06-11T15:00:00+08:00 | debtor Asia/Taipei | a-182 | tw | D39,D11
A 您好，我是明川银行信用卡中心的客服专员，我姓林，工号二六三八，请问是陈志明先生本人吗？
C 是，我就是。
A 陈先生您好，您的信用卡本期最低还款三千二百元，已经逾期十一天了。
C 不好意思，台湾这边的货款还没收回来，月底才会到。
A 理解。您可以申请延期到月底还款，延期期间只按合同计算利息，不会额外收费。
C 那好，帮我申请延到月底。
A 好的，已经帮您提交了，结果会用简讯通知您。
C 谢谢。
A 不客气，再见。

// lawful consequences; ASR: punctuation replaced by spaces, 一期 (逾期), 争信 (征信)
=== d-143 | 2026-06-12T10:25:00+08:00 | debtor Asia/Shanghai | a-183 | sp | D41,D38
A 您好，请问是葛春梅女士本人吗？
C 是的，我是。
A 葛女士您好，我是福临消费金融的贷后专员，工号四九九零。您五月二十号的借款账单已经一期二十三天，本期应还二千零八十元。
C 我知道，最近手头紧。
A 理解。按照合同约定，一期会产生罚息，一期记录也会报送争信，以后申请房贷车贷可能会受影响。
C 那我先还一半行不行？
A 可以先还一半，剩下的一半我帮您申请延后到下个月十号。
C 好，那我今天先还一千零四十。
A 好的，谢谢您的配合，再见。

// the father: a surname and a number only; punctuation lost
=== d-144 | 2026-06-12T17:30:00+08:00 | relative Asia/Shanghai | a-184 | np | D07,D45
A 喂，大爷您好，请问这是宋小军家吗？
C 是啊，我是他爸，你是谁啊？
A 大爷，我姓罗，找小军有点事，他电话总是打不通。
C 他在外地跑车，信号不好。你找他啥事啊？要紧不？
A 不是啥急事，就是他本人的一点事情，得跟他本人说。麻烦您跟他讲一下，让他给小罗回个电话，号码是零三一一八七六五四三二一。
C 你慢点说，我拿笔。
A 零三一一，八七六五，四三二一。
C 记下了，他晚上打电话回来我告诉他。
A 谢谢大爷，打扰您了。

// verification by the last digits of the ID card; ASR 是得 for 是的
=== d-145 | 2026-06-15T10:40:00+08:00 | debtor Asia/Shanghai | a-185 | - | D39,D12
A 您好，我是禾丰资产管理公司的，受云帆金融委托，我叫谭明，工号一一四六，本次通话会录音。请问是柯丽娟女士本人吗？
C 是得，我是。
A 为了保护您的信息，麻烦您说一下身份证号码的后四位。
C 零六二八。
A 好的，谢谢柯女士。您在云帆金融的借款目前欠款六千九百元，已经逾期八十三天了。
C 我知道，我老公生意失败了，家里一直在还债。
A 理解。我们可以帮您向委托方申请减免一部分罚息，剩下的本金分期还，您每个月大概能还多少？
C 八百左右吧。
A 好的，我按每月八百给您申请，结果出来短信通知您，感谢您的配合。
C 好。

// the debtor doubts the mandate; the agent points to the creditor's official hotline and warns against personal accounts
=== d-146 | 2026-06-15T14:55:00+08:00 | debtor Asia/Shanghai | a-186 | - | D49,D13
A 喂，您好，请问是童宇航先生吗？
C 是我，你哪里？
A 童先生您好，我们是受蓝舟借款委托的华岳资产，我叫何平，工号七二零九。
C 委托？你怎么证明你是他们委托的？
A 您可以拨打蓝舟借款的官方客服热线核实，委托公司的名称和我的工号在那边都能查到。
C 行，那你说吧。
A 您在蓝舟借款的借款本金五千元，目前逾期五十六天，待还金额五千六百三十元，这里面包括合同约定的利息和罚息。
C 我现在最多还两千。
A 可以先还两千，剩下的我帮您申请分三个月还。
C 好，那就这样。
A 好的，还款请一定走官方APP，不要转到任何个人账户。再见。

// the debtor calls them usurers and liars; the agent explains the fees calmly
=== d-147 | 2026-06-16T11:15:00+08:00 | debtor Asia/Shanghai | a-187 | - | D35,D38
A 您好，请问是龚海波先生本人吗？
C 是我，你们这些放高利贷的又来了？一帮骗子。
A 龚先生您好，我是万家融的贷后专员，我姓石，工号九一三二。您的意见我记下了，咱们先核对一下账务好吗？
C 你说。
A 您借款本金一万元，分十二期，目前还有四期没还，共计三千六百八十元，其中二百一十元是逾期罚息，合同里写的年化利率是百分之十八。
C 十八？我怎么记得没这么高。
A 合同和每期明细在APP的借款详情里都能看到，您可以核对。如果有疑问，也可以打官方客服申请复核。
C 我回头看看。
A 好的，核对清楚后您看什么时候方便还款，随时联系我们。谢谢您。

// wrong number; the callee asks whether it is a debt and is not told; ASR output in traditional characters
=== d-148 | 2026-06-16T16:20:00+08:00 | unknown Asia/Shanghai | a-188 | trad | D02,D01
A 您好，请问是葛文斌先生吗？
C 不是，你打错了。
A 不好意思，请问您认识葛文斌吗？这个号码是他留的。
C 不认识，这号码我用了五六年了。
A 好的，可能是对方留错了号码，我们会更新资料，不会再打扰您。
C 他是不是欠钱了？
A 不好意思，具体的事情只能跟他本人说，打扰您了，抱歉。
C 好，拜拜。

// the wife insists on knowing; the agent declines and leaves a surname and a number
=== d-149 | 2026-06-17T10:30:00+08:00 | spouse Asia/Shanghai | a-189 | - | D07,D45
A 喂，您好，请问是严志刚先生家吗？
C 是，我是他老婆，他上班去了。
A 您好，我姓江，找严先生有点事，他手机一直没人接。
C 有什么事跟我说就行，我们家的事我都知道。
A 谢谢您，不过这件事需要他本人处理，我们不方便跟其他人说，请您理解。
C 是不是他又在外面借钱了？你跟我说实话。
A 抱歉，具体的我真的不能说。麻烦您让他方便的时候给小江回个电话，号码是零二一五四三二一七七八八。
C 那好吧，我跟他说。
A 谢谢您，再见。

// the debtor wants to borrow from another app; the agent advises against it and offers a deferral
=== d-150 | 2026-06-17T15:05:00+08:00 | debtor Asia/Shanghai | a-190 | - | D33,D38
A 您好，请问是柏文涛先生本人吗？
C 是我。
A 柏先生您好，我这边是汇宁分期的，我是贷后专员小章，立早章，工号五五零一。您的分期本期应还一千九百元，已经逾期十七天。
C 我知道。我打算在别的APP上再借一笔，先把你们这个平了。
A 柏先生，这是您自己的决定，不过我们不建议您为了还这一期再去借新的贷款，利息叠加起来压力会更大。
C 那怎么办？我这个月真没钱。
A 您可以申请把剩余的几期重新分期，拉长期限，每期金额会降下来，也可以申请延期一个月。
C 延期一个月吧。
A 好的，已经帮您提交延期申请，通过后会短信通知。谢谢您。

// contractual late fees explained; a reduction request; punctuation replaced by spaces
=== d-151 | 2026-06-18T11:20:00+08:00 | debtor Asia/Shanghai | a-191 | sp | D38,D43
A 您好，请问是戴晓红女士本人吗？
C 对，我是。
A 戴女士您好，我是福临消费金融的，我姓蒋，工号三八八六。您的借款账单待还三千九百六十元，已经逾期三十五天。
C 怎么多了这么多？我借的是三千五。
A 这里面有本金三千五百元、合同约定的利息一百八十元，还有逾期罚息二百八十元，明细在APP账单里都能看到。
C 罚息能不能减一点？
A 您一次性结清的话，我可以帮您提交罚息减免申请，结果以审核为准。
C 行，那我月底一次结清。
A 好的，给您登记六月三十号前结清，谢谢您。

// HR asks whether it is a debt; the agent neither confirms nor explains
=== d-152 | 2026-06-18T09:25:00+08:00 | employer Asia/Shanghai | a-192 | - | D29,D42
A 您好，请问是远航物业公司人事部吗？
C 对，人事部，您找谁？
A 您好，我想找一下你们公司的保安队长曹永强，他电话一直打不通。
C 曹队长今天休息。您是哪里？是不是他欠了钱？我们公司接到好几个这种电话了。
A 不好意思，具体的事情需要他本人处理，我不方便多说。麻烦您转告他给小邱回个电话，号码是零五一二六五八八九一二三。
C 你们这种电话最好别打到公司来。
A 好的，理解，给您添麻烦了。就麻烦您带个话，谢谢。
C 行吧。

// 14:00 UTC is 10:00 in New York (EDT): reminder before the due date; 是的 confirms
=== d-153 | 2026-06-19T22:00:00+08:00 | debtor America/New_York | a-193 | - | D37,D01
A 您好，我是万家融的客服专员，我姓冯，工号零二八八，请问是鲍晓峰先生本人吗？
C 是的。
A 鲍先生您好，您在我们平台的借款本期应还二千零五十元，还款日是六月二十二号，这边提前提醒您一下。
C 好的，我在纽约这边，国内的卡里有钱，到时候会自动扣。
A 好的，提醒您确认一下还款卡余额充足，按时还款不会产生任何额外费用。
C 行，谢谢。
A 感谢您的接听，祝您生活愉快，再见。
C 再见。

// co-borrower (metadata): the husband hears the debt
=== d-154 | 2026-06-19T14:10:00+08:00 | co_borrower Asia/Shanghai | a-194 | - | D30,D03
A 您好，请问是罗建国先生吗？
C 是我，您哪位？
A 罗先生您好，我是青松银行个贷中心的，我姓叶，工号六一七四。您和您爱人周燕一起办的那笔购车贷款，您是共同借款人，对吧？
C 对，车贷是我们俩的名字。
A 这笔贷款六月十五号那期三千八百元没有扣款成功，目前逾期四天。
C 她那张卡可能钱不够，我用我的卡还。
A 可以的，您转到还款账户后，系统当晚会重新扣款，四天的罚息很少。
C 好，我一会儿就转。
A 谢谢罗先生，再见。

// the debtor reported another platform's threat to the police; the agent negates any visit or family contact
=== d-155 | 2026-06-22T10:50:00+08:00 | debtor Asia/Shanghai | a-195 | - | D42,D50
A 您好，请问是褚志远先生本人吗？
C 是我。我跟你说，前两天另一个平台的人说要到我老家去，我已经报警了。
A 褚先生，遇到这种情况报警是对的。我是星源消费金融的贷后专员，我叫邵杰，工号四六二三。我们只跟您本人沟通，不会去您老家，也不会联系您家里人。
C 你们最好说话算话。
A 我们的通话都有录音，您也可以录音。今天跟您核对一下：您在星源的借款本期应还一千二百元，逾期十四天。
C 这个我认，下礼拜三还。
A 好的，给您登记下周三，七月一号前还款。谢谢您。
C 嗯，再见。

// the debtor is in tears; the agent listens and offers a long instalment plan
=== d-156 | 2026-06-22T15:35:00+08:00 | debtor Asia/Shanghai | a-196 | - | D36,D43
A 您好，请问是钱美玲女士吗？
C 是……是我。
A 钱女士您好，我是明川银行信用卡中心的，我姓孟，工号三零五九。您先别急，我今天打电话不是来逼您的，是想了解一下您的情况，看看有没有能帮到您的地方。
C 我一个人带两个孩子，前夫不给抚养费，我真的还不上……
A 我理解，您慢慢说，不着急。您的信用卡目前欠款一万二千五百元，逾期一百零四天，这个我们可以一起想办法。
C 我现在一个月就挣三千多。
A 那我们可以给您申请个性化分期，分四十八期，每个月大概三百元左右，期间不再计收罚息。您看这个压力能不能承受？
C 三百的话……可以。
A 好的，我现在就帮您提交，需要您提供一下收入证明，我把材料清单短信发给您。
C 谢谢你，真的谢谢。
A 不客气，您保重。

// Henan 中 confirms; a lawsuit only as a possibility written in the contract
=== d-157 | 2026-06-23T10:15:00+08:00 | debtor Asia/Shanghai | a-197 | - | D38,D40
A 喂，您好，请问是王建设先生本人吗？
C 中，是我，啥事？
A 王先生您好，我是德茂小额贷款公司的，我姓冯，工号一九三三。您那笔三万元的经营借款，已经有三期没还了，逾期九十六天。
C 知道，今年麦子收成不中，养鸡场也赔了。
A 理解。跟您说实话，如果一直协商不成，公司有可能依法向法院起诉，走诉讼程序，这是合同里写明的正常途径。我们还是想先跟您商量个办法。
C 打官司俺也没钱。你说咋办？
A 您先还一部分表示诚意，剩下的我们可以申请重新分期。秋收以后能还多少？
C 秋收以后能还一万。
A 中，那我先登记十月底前还一万，剩下的再分期，方案出来我打电话给您。
C 中。

// short confirmation 嗯; ASR homophones 环款 (还款), 一七 (逾期); punctuation lost
=== d-158 | 2026-06-23T14:45:00+08:00 | debtor Asia/Shanghai | a-198 | np | D41,D02
A 喂，您好，请问是毛志军先生吗？
C 嗯。
A 毛先生您好，我是乐融分期的客服专员，工号八二五零，您可以叫我小崔。您的分期本期应环款八百八十元，环款日是昨天，目前一七一天。
C 哦，昨天忘了，今天环。
A 好的，今天环上的话罚息只有一天，很少。
C 行。
A 感谢您的配合，再见。
C 再见。

// 09:30 UTC is 10:30 in London (BST): in hours; the debtor sends her own money to her mother to pay
=== d-159 | 2026-06-24T17:30:00+08:00 | debtor Europe/London | a-199 | - | D39,D03
A 您好，我是青松银行信用卡中心的，我姓欧阳，工号五二八零，请问是孔佳琪女士本人吗？
C 对，我是。
A 孔女士您好，您的信用卡本期最低还款一千六百元，还款日是六月十五号，目前逾期九天了。
C 不好意思，我在伦敦读书，国内的卡没设置自动还款。
A 没关系。您可以用境外卡在APP里还款，也可以把钱转给国内的家人，请他们帮您在APP里操作。逾期会产生滞纳金，也会影响您的征信记录，建议您尽快处理。
C 好的，我今天把钱转给我妈，让她帮我还。
A 好的，还款后会有短信通知。祝您学习顺利，再见。
C 谢谢，再见。

// 23:30 UTC is 09:30 in Sydney (AEST): reminder before the due date
=== d-160 | 2026-06-25T07:30:00+08:00 | debtor Australia/Sydney | a-200 | - | D37,D09
A 您好，我是悦享分期的客服专员，我姓韩，工号二三一六，请问是严浩然先生本人吗？
C 是我，什么事？
A 严先生您好，提醒您一下，您的分期本期应还一千零五十元，还款日是六月二十七号，后天到期。
C 哦，我在悉尼，国内的卡里应该有钱。
A 好的，您方便的时候确认一下绑定的银行卡余额，到期当天系统会自动扣款。
C 行，我一会儿看看。
A 好的，感谢您的接听，再见。
C 再见。

// the brother swears at the agent; the agent only leaves a number
=== d-161 | 2026-06-25T11:40:00+08:00 | relative Asia/Shanghai | a-201 | - | D07,D46
A 喂，您好，请问是柳志强吗？
C 不是，我是他哥。他手机丢我这了。你是干啥的？
A 您好，我姓田，找柳志强本人有点事。您方便的时候让他给小田回个电话就行。
C 又是要债的吧？你们天天打，烦死了，一群狗东西。
A 不好意思打扰您了。我就留个号码，四零零六一九二八三七，麻烦您转告他。
C 我不管，你们爱打不打。
A 好的，谢谢您，打扰了，再见。

// a neighbour answers; call-back only
=== d-162 | 2026-06-26T16:15:00+08:00 | unknown Asia/Shanghai | a-202 | - | D07,D02
A 喂，您好，请问是窦秀兰阿姨吗？
C 不是，我是她楼下邻居，她去医院了，手机落我家了。
A 哦，那麻烦您了。方便的话等她回来，让她给小钟回个电话。
C 小钟是吧，啥事啊？要不要我给她捎个话？
A 谢谢您，是她本人的一点事，等她回来自己回个电话就行，号码是一三八零一二三六六九九。
C 行，我记下来了。
A 谢谢您，再见。
C 再见。

// "老刘没跑": the debtor will borrow from a friend (his words); ASR output in traditional characters
=== d-163 | 2026-06-29T10:20:00+08:00 | debtor Asia/Shanghai | a-203 | trad | D44,D38
A 您好，请问是刘长青先生本人吗？
C 对，是我。老刘没跑，你们放心。
A 刘先生您好，我是华岳资产的，受福临消费金融委托，我叫方芳，工号六零四一。您在福临的借款目前逾期二十八天，待还四千二百元。
C 我知道。工程款一到我马上还，现在跟一个朋友说好了，先借我两千。
A 好的，那您看两千什么时候能还进来？
C 下个月十五号，我一定先还一部分。
A 好的，给您登记七月十五号前还两千，剩下的等工程款到了再沟通。
C 行，谢谢你啊。
A 不客气，再见。

// the debtor insults in Henan dialect (鳖孙); the agent asks for mutual respect
=== d-164 | 2026-06-29T15:50:00+08:00 | debtor Asia/Shanghai | a-204 | - | D35,D46
A 您好，请问是段国强先生吗？
C 是我，咋了？
A 段先生您好，我是云帆金融的客户经理，我姓吕，工号五零六八。您的借款本期应还一千六百八十元，已经逾期二十一天了。
C 你个鳖孙，天天打，你不嫌烦我还嫌烦。
A 段先生，我理解您的焦虑，但沟通还是要互相尊重。我们今天只是想问一下，这期什么时候方便处理？
C ……下个月发工资。
A 好的，下个月几号发工资？
C 十号。
A 好的，我给您登记七月十号前还款。如果到时候还有困难，您提前联系我们，可以申请延期。
C 知道了。

// letters only to the debtor; a lawyer only as a later possibility
=== d-165 | 2026-06-30T10:35:00+08:00 | debtor Asia/Shanghai | a-205 | - | D40,D27
A 您好，请问是孙美华女士本人吗？
C 是我。你们是不是要往我单位寄律师函？我同事说她就收到过。
A 孙女士，我是蓝舟借款的贷后专员，我姓黄，工号一七二九。我们所有的通知只发给您本人，不会寄到您单位，也不会告诉您的同事。
C 那就好。
A 您的借款目前逾期五十二天，待还金额三千三百元。如果长期不处理，平台后续可能委托律师和您本人联系，现在还是希望先跟您协商。
C 我下个月先还一千五。
A 好的，给您登记七月二十号前还一千五，剩下的我们再商量。
C 好。

// the debtor worries about her daughter's 政审; the agent says ordinary overdue does not affect it
=== d-166 | 2026-06-30T16:00:00+08:00 | debtor Asia/Shanghai | a-206 | - | D20,D21
A 您好，请问是崔玉兰女士本人吗？
C 是我。我女儿今年报了警校，我这个逾期会不会影响她政审？
A 崔女士，我是星源消费金融的贷后专员，我姓贾，工号二五八三。普通的借款逾期是您个人的信用记录，一般不会影响孩子的政审，您不用太担心。
C 那就好，我这两天都睡不着。
A 不过逾期时间长了会影响您自己的征信。您的借款本期应还一千九百元，已经逾期十六天。
C 我这周就还上。
A 好的，给您登记七月三号前还款。祝您女儿考试顺利。
C 谢谢你。

// the agent denies that WeChat / Alipay can be frozen; ASR 一期 for 逾期
=== d-167 | 2026-07-01T11:25:00+08:00 | debtor Asia/Shanghai | a-207 | - | D23,D38
A 您好，我是汇宁分期的客服专员，我姓安，工号七七一六，请问是牛晓燕女士本人吗？
C 是我。有人发短信说我再不还就冻结我的微信支付宝，是你们吗？
A 牛女士，不是我们发的。我们没有权限冻结您的微信、支付宝或者银行卡，这种短信您要注意防范诈骗。
C 吓死我了。
A 您的分期本期应还一千一百五十元，已经一期十二天，一期会按合同产生罚息，也会报送征信。
C 我明天就还。
A 好的，给您登记明天还款，还款请走官方APP。谢谢您。
C 嗯，谢谢。

// the bank's name and hotline before the identity check; reminder before the due date (6 turns)
=== d-168 | 2026-07-01T15:40:00+08:00 | debtor Asia/Shanghai | a-208 | - | D01,D37
A 您好，这里是明川银行信用卡中心，客服热线九五五六八，请问是薛晓光先生吗？
C 是的，什么事？
A 薛先生您好，我是客服专员，我姓陶，工号三六九二。您本期的账单分期应还二千二百元，还款日是七月三号，您还没有设置自动还款，提前提醒您一下。
C 哦，好的，我这两天转进去。
A 好的，如有疑问可以拨打客服热线咨询。感谢您的接听，再见。
C 再见。

// the guarantor is angry; the agent explains the guarantee contract and the right of recourse
=== d-169 | 2026-07-02T10:10:00+08:00 | guarantor Asia/Shanghai | a-209 | - | D47,D30
A 您好，请问是魏红军先生吗？
C 是我，谁啊？
A 魏先生您好，我是德茂小额贷款公司的，我姓潘，工号零七一四。您是蔡建国先生那笔六万元借款的担保人，对吧？
C 是我担保的，怎么了？又不是我借的钱，你们找我干嘛？
A 理解您的心情。蔡先生这笔借款最近两期共一万零四百元没有还，已经逾期四十天，我们联系不上他本人，按流程需要告知担保人。
C 凭什么找我还？
A 您签的是连带责任保证，借款人不还的话，我们有权要求担保人承担保证责任；您替他还了之后，也可以向他追偿。当然，我们还是优先找蔡先生本人。
C 我去找他，让他自己跟你们说。
A 好的，谢谢魏先生，有消息麻烦回电四零零八二六一五五七。

// wrong number (a former colleague of the debtor); the agent declines the offer to pass on a message; spaces for punctuation
=== d-170 | 2026-07-02T14:30:00+08:00 | unknown Asia/Shanghai | a-210 | sp | D02,D07
A 喂，您好，请问是骆海军先生吗？
C 不是，你打错了，这是我的号。
A 不好意思，请问您认识骆海军吗？
C 好像是我之前一个同事。你找他什么事？我可以帮你问问。
A 谢谢您，不用麻烦了，是他本人的一些事情，我们再核实一下他的号码。
C 行，那你们别再打这个号了。
A 好的，打扰您了，再见。

// Hunan 是滴 confirms; a lawyer and a lawsuit only as possibilities
=== d-171 | 2026-07-03T11:00:00+08:00 | debtor Asia/Shanghai | a-211 | - | D09,D40
A 您好，请问是谭桂英女士吗？
C 是滴，你是哪个？
A 谭女士您好，我是福临消费金融的贷后专员，我姓周，工号八八零三。您的借款目前欠款七千五百元，逾期八十八天了。
C 晓得的，去年我在外面打工被拖欠了工资，到现在还冇拿到。
A 理解。也如实跟您说一下，如果一直没有还款，公司后面可能会委托律师跟您联系，甚至走诉讼，但现在还是希望先跟您协商。
C 我先还一点行不行？
A 可以的，这个月先还多少？
C 一千。
A 好的，给您登记这个月先还一千，剩下的我帮您申请分期。
C 要得。

// "再打我就报警": the agent accepts, gives the hotline and reduces contact
=== d-172 | 2026-07-03T15:20:00+08:00 | debtor Asia/Shanghai | a-212 | - | D50,D42
A 您好，请问是任国栋先生本人吗？
C 是我。我跟你们说过多少次了，再打电话我就报警，告你们骚扰。
A 任先生，您有权报警。我是万家融的贷后专员，我姓龙，工号四一八八。我们每天联系您不会超过规定的次数，今天是第一次。
C 我不管，我现在没钱，你们打也没用。
A 明白。您的借款目前逾期六十三天，待还二千九百元。以后方便了，您可以直接打我们的客服热线四零零六七七八九零零，协商分期或者延期。
C 知道了。
A 好的，我会在系统里备注您的情况，这段时间减少联系频率。再见。

// a 12-period instalment; punctuation lost
=== d-173 | 2026-07-06T10:45:00+08:00 | debtor Asia/Shanghai | a-213 | np | D39,D11
A 您好，请问是于海洋先生本人吗？
C 对，我是。
A 于先生您好，我是悦享分期的贷后专员，我姓马，工号三一七五。您的分期还有五期没还，共计四千八百元，最早一期已经逾期四十五天。
C 我知道，我去年开的店倒闭了，现在在打零工。
A 理解您的情况。我们可以把剩下的四千八百元重新分成十二期，每期四百元左右，您看可以吗？
C 四百可以。
A 好的，我帮您提交申请，审核通过后在APP里确认就生效了。
C 好，谢谢。
A 不客气，再见。

// 07:20 Beijing time is 08:20 in Tokyo: in hours; reminder before the due date
=== d-174 | 2026-07-06T07:20:00+08:00 | debtor Asia/Tokyo | a-214 | - | D37,D03
A 早上好，我是明川银行信用卡中心的，我姓蔡，工号一二六六，请问是石佳怡女士本人吗？
C 是我，这么早啊。
A 不好意思打扰您，我们是按东京的时间八点以后才打的。您的信用卡本期账单二千八百元，还款日是七月八号，提前提醒您一下。
C 哦，好的，我这周会还。
A 好的，您可以用日本的银行卡在APP里还款，按时还款不会产生费用。
C 好，谢谢。
A 不客气，祝您工作顺利，再见。

// Singapore (UTC+8): minimum payment and bill instalment
=== d-175 | 2026-07-07T13:30:00+08:00 | debtor Asia/Singapore | a-215 | - | D39,D09
A 您好，我是青松银行信用卡中心的，我姓伍，工号六零八二，请问是林国豪先生本人吗？
C 是的，我在新加坡这边。
A 林先生您好，您的信用卡欠款八千六百元，最低还款额一千一百元，已经逾期二十天了。
C 抱歉，我换了工作，忙着搬家，忘了。
A 没关系。您可以先还最低还款额，剩下的也可以申请账单分期。逾期会产生滞纳金，也会上报征信。
C 那我先还最低的，剩下的分六期。
A 好的，我帮您提交分期申请，结果短信通知您。
C 好，谢谢。

// the owner of a car-repair shop: a surname and a number only; spaces for punctuation
=== d-176 | 2026-07-07T16:50:00+08:00 | employer Asia/Shanghai | a-216 | sp | D29,D07
A 喂，您好，请问是老杨汽修店吗？
C 是，我是老板，你找谁？
A 您好，我想找一下你们店里的郑浩郑师傅，他电话一直没人接。
C 小郑在底下干活呢，你是哪里？
A 我姓秦，有点他个人的事情。麻烦您跟他说一声，让他有空给秦先生回个电话，号码是一三六零二八八七七六六。
C 行，我跟他说。是不是借钱的事啊？
A 不好意思，具体的得他本人处理，麻烦您带个话，谢谢。
C 好。

// the debtor promises part payment ("一环扣一环"); the agent records it without pressure
=== d-177 | 2026-07-08T10:05:00+08:00 | debtor Asia/Shanghai | a-217 | - | D44,D36
A 您好，请问是刘建华先生本人吗？
C 是我，又是还款的事吧？
A 刘先生您好，我是汇宁分期的贷后专员，我叫杜鹏，工号九零二二。是的，您的分期有两期没还，共计二千三百元，最早一期逾期三十五天了。
C 我知道，我没跑，也没想赖。别人欠我的工程款还没结，一环扣一环。
A 理解，您一直接我们电话，我们知道您有还款意愿。工程款大概什么时候能到？
C 说是月底。到了我先还一期。
A 好的，那我给您登记七月三十一号前先还一期一千一百五十元，剩下一期八月再安排。
C 行，就这么定。
A 谢谢刘先生，再见。

// the debtor is in hospital; a deferral; ASR output in Taiwan characters
=== d-178 | 2026-07-08T15:25:00+08:00 | debtor Asia/Shanghai | a-218 | tw | D36,D43
A 您好，请问是黄雅婷女士本人吗？
C 是我，我现在在医院，不太方便。
A 黄女士您好，不好意思打扰您，我是星源消费金融的客服专员，我姓罗，工号三七四七，只占用您一分钟。您的借款本期应还一千四百元，已经逾期七天了。
C 我上礼拜做了手术，还没出院，实在顾不上。
A 理解，先祝您早日康复。您这种情况可以申请延期一个月还款，延期期间不加罚息，我现在帮您提交，您出院以后在APP里补传一下住院证明就行。
C 好的，谢谢你。
A 不客气，您好好休息，再见。

// metadata unknown; the callee confirms she is the co-borrower before the debt is discussed; Taiwan characters
=== d-179 | 2026-07-09T11:10:00+08:00 | unknown Asia/Taipei | a-219 | tw | D30,D31
A 您好，我是明川银行个贷中心的，我姓洪，工号二八八五，请问是郭怡君女士吗？
C 是，请问有什么事？
A 郭女士，跟您确认一下，您和您先生吴俊贤一起申请的那笔房屋贷款，您是共同借款人，对吧？
C 对，是我们两个人一起签的。
A 这笔贷款七月份应还一万二千元，目前还没有扣款成功，逾期四天。
C 可能是他那个账户钱没转过去，我现在处理。
A 好的，转入还款账户后当天晚上会重新扣款，四天的罚息很少。
C 好，谢谢提醒。
A 不客气，再见。

// the debtor threatens anyone who comes to his home; the agent says nobody will
=== d-180 | 2026-07-09T16:40:00+08:00 | debtor Asia/Shanghai | a-220 | - | D35,D50
A 您好，请问是侯建军先生本人吗？
C 是我。我告诉你，谁敢来我家，我拿刀等着他。
A 侯先生，您先消消气。我是乐融分期的贷后专员，我姓朱，工号六三零五。我们不会上门，也不会去找您家里人，今天只是电话跟您沟通。
C 上次就有人说要上门。
A 如果有人这样说过，您可以把时间告诉我，我们核实后会处理，那不是我们的规定。
C 行吧，你说。
A 您的分期本期应还一千三百元，逾期十八天了。
C 下礼拜五还。
A 好的，给您登记七月十七号前还款，谢谢您。
C 嗯。

// reminder before the due date; the due date is moved at the customer's request (not overdue)
=== d-181 | 2026-07-10T10:30:00+08:00 | debtor Asia/Shanghai | a-221 | - | D37,D39
A 您好，请问是苗晓雨女士吗？
C 是我，您哪位？
A 苗女士您好，我是云帆金融的客户经理，我叫何静，工号零三一九。提醒您一下，您的借款本期应还一千七百六十元，还款日是七月十三号。
C 十三号啊，我工资十五号才发，能不能晚两天？
A 可以帮您申请一次还款日顺延，延到十五号当天，不会算逾期，也不影响征信。
C 那太好了，帮我申请吧。
A 好的，已经提交了，成功后会有短信。十五号当天记得存入还款账户。
C 好的，谢谢你。
A 不客气，再见。

// Hong Kong contact (Cantonese, HK characters): a surname and a number only
=== d-182 | 2026-07-10T14:50:00+08:00 | contact Asia/Hong_Kong | a-222 | hk | D07,D02
A 喂，你好，请问系咪李嘉敏小姐？
C 系，边位？
A 李小姐你好，我姓陈，想搵你朋友何俊峰先生，佢电话一直打唔通。
C 佢呀，好耐冇见喇。有咩事？
A 系佢本人嘅事，要同佢本人讲。如果你见到佢，麻烦叫佢覆个电话畀陈小姐，号码系八五二二三九八七六五四。
C 好啦，我WhatsApp同佢讲声。
A 唔该晒你，拜拜。
C 拜拜。

// "已经起诉我了吗": no lawsuit now (stated as such); a lawsuit only as a possibility
=== d-183 | 2026-07-13T11:35:00+08:00 | debtor Asia/Shanghai | a-223 | - | D40,D38
A 您好，请问是夏志勇先生本人吗？
C 是我。你们是不是已经起诉我了？我收到一个短信说立案了。
A 夏先生，我是万家融法务部的，我姓林，工号二零四九。目前我们没有起诉您，那条短信也不是我们发的，请您注意核实。
C 那你们会起诉吗？
A 如果长期协商不成，公司保留依法起诉的权利，真的起诉的话，您会收到法院的正式通知。现在您的借款逾期一百一十天，欠款一万零八百元，我们还是希望先协商。
C 我能分期吗？
A 可以，您每个月能还多少？
C 一千。
A 好的，我按每月一千帮您申请，协议会通过官方APP发给您确认。

// a "停息挂账 agency" asks for a fee; the agent warns and offers the official channel
=== d-184 | 2026-07-13T16:05:00+08:00 | debtor Asia/Shanghai | a-224 | - | D43,D49
A 您好，请问是施国庆先生本人吗？
C 是我。我正想问你们，有个中介说交三千块服务费就能帮我办停息挂账，靠谱吗？
A 施先生，我是青松银行信用卡中心的，我叫吕洋，工号五七一二。个性化分期您可以直接跟银行申请，不需要交任何服务费，请您不要相信这类中介。
C 那我自己怎么申请？
A 您的信用卡欠款三万一千元，已经逾期七十五天。您提供一下收入证明和困难说明，我这边直接帮您提交，最长可以分六十期。
C 那太好了，材料我明天发。
A 好的，材料清单我短信发给您。感谢您的信任，再见。

// borrowing inducement dressed as service: the agent steers the debtor to credit lines on other platforms
=== d-185 | 2026-07-14T10:20:00+08:00 | debtor Asia/Shanghai | a-225 | - | D48,D10
A 您好，请问是章晓东先生本人吗？
C 是我。
A 章先生您好，我是悦享分期的贷后专员，我姓卫，工号一四零八。您的分期本期应还二千一百元，已经逾期二十五天了。
C 我知道，这个月实在周转不开。
A 理解。我帮您想个办法：您在别的平台，像快借通、云贷宝，应该还有额度吧？先从那边借两千出来把我们这期还了，逾期记录就不会再往上走。  #borrow
C 那不是拆东墙补西墙吗？
A 那边是按日计息的，您下个月发了工资马上还回去，其实也就几十块钱利息，比在我们这逾期划算多了。  #borrow
C 我考虑一下吧。
A 好的，您考虑好了可以直接在APP里还款。感谢您的接听。

// borrowing inducement: the parents, then a credit-card cash advance; ASR output in traditional characters
=== d-186 | 2026-07-14T15:10:00+08:00 | debtor Asia/Shanghai | a-226 | trad | D10,D33
A 您好，我是明川银行个贷中心的，我姓邹，工号三五九一，请问是韩子健先生本人吗？
C 是我。
A 韩先生您好，您的消费贷款本期应还三千六百元，已经逾期十三天了。
C 我知道，我刚换工作，工资要下个月才发。
A 您爸妈那边能不能先帮您垫一下？家里人帮忙周转，还上了不影响您信用，等发了工资再还给他们。  #borrow
C 我不想跟家里开口。
A 那您手上的信用卡还有额度的话，先取现把这期还上，信用卡下个月再慢慢还。  #borrow
C 取现手续费挺高的。
A 比起逾期上征信，那点手续费不算什么。您今天能处理吗？  #borrow
C 我想想办法。
A 好的，明天我再跟您确认。

// fees that do not exist: a "委外服务费" and a monthly "催收管理费" quoted by a polite agent
=== d-187 | 2026-07-15T10:40:00+08:00 | debtor Asia/Shanghai | a-227 | - | D23,D38
A 您好，请问是苏丽萍女士本人吗？
C 是的，您哪位？
A 苏女士您好，我是华岳资产的，受福临消费金融委托，我姓黎，工号七零三六。您在福临的借款逾期九十四天，本息合计九千二百元。
C 我知道，我想分几个月还。
A 可以协商。不过要跟您说明一下，您的账户已经转到我们委外了，按规定要加收百分之十的委外服务费，九百二十元，需要跟本金一起还。  #mis
C 合同里没有这个费用啊。
A 这是委外以后的标准。如果再拖下去，每个月还要加收三百元的催收管理费。  #mis
C 我要先跟福临的官方客服核实一下。
A 可以，您核实完给我回电。

// 失信 and a travel ban before any judgment, stated by a polite agent; "暂缓报送" as the bargain
=== d-188 | 2026-07-15T15:30:00+08:00 | debtor Asia/Shanghai | a-228 | - | D22,D24
A 您好，请问是马文斌先生本人吗？
C 对，是我。
A 马先生您好，我是万家融的贷后专员，我姓任，工号五八九零。您的借款欠款一万四千元，已经逾期一百三十天了。
C 我知道，我在外地找工作，还没稳定。
A 理解。不过要提醒您，逾期超过一百二十天，系统会自动把您报送到失信名单，到时候高铁、飞机都坐不了，出差找工作都不方便。  #mis
C 我没被起诉啊，怎么就失信了？
A 现在是系统自动处理的，您要是这个月先还三千，我可以帮您申请暂缓报送。  #mis
C 那我先还三千吧。
A 好的，给您登记这个月底前三千元。

// the debtor is driving: no debt detail is discussed; the agent names company and himself and arranges a call-back
=== d-189 | 2026-07-16T11:15:00+08:00 | debtor Asia/Shanghai | a-229 | - | D02,D01
A 喂，您好，请问是贺振华先生吗？
C 是我，我在开车，不方便。
A 好的贺先生，那不打扰您了。我是云帆金融的小杨，您方便的时候给我回个电话就行，号码是四零零八六六三二一五。
C 什么事啊？
A 是您账户上的一点事情，不着急，您安全第一，停好车再说。
C 行，我下午回给你。
A 好的，注意安全，再见。
C 再见。

// 20:40 local time: still in hours; 对 confirms; late fees stated factually
=== d-190 | 2026-07-16T20:40:00+08:00 | debtor Asia/Shanghai | a-230 | - | D41,D39
A 您好，我是福临消费金融的客服专员，我姓包，工号一六三八，请问是谢晓婷女士本人吗？
C 对，这么晚还打电话啊？
A 不好意思谢女士，打扰您了。您的借款本期应还九百六十元，还款日是七月十三号，目前逾期三天，按合同会有少量罚息。
C 我白天上班没空看手机，现在还行不行？
A 可以的，APP里随时可以还，还款成功后罚息就停止计算。
C 好，我现在就还。
A 好的，谢谢您，以后我们尽量白天联系您。晚安。
C 晚安。
"""


if __name__ == "__main__":
    sys.exit(main())
