"""Build d-665 .. d-731 of the dev split: wording from debtors' and relatives' first-person accounts,
lawyers' and self-media explainer pages that quote what collectors say (丢工作, 被抓, 扣工资, 村委会, 低保,
立案, 12368), pages on fake police / 经侦 calls with case numbers, a page on collectors' comment bombing
and law-firm 催告函, and a page on belittling the borrower (seventh batch).

Written BEFORE the pack was tuned on it (pack 2026.12.6 was scored on this batch first; the figures are
in the commit that added it), to measure how the rules generalise to wording they have not seen.
Sources D166 ... D177 (SOURCES.md); none of them is an earlier dev source or is listed in
tests/corpus/test/SOURCES.md. The batch leans on the SHAPES the test split misses rather than on new
words:

- threats said as a question or a hint (a place or a person the agent knows + what may happen there),
  run-on and without punctuation the way ASR writes them; the job, the village's 低保 list, comments
  under the debtor's videos, a law firm's notice on the door, calls to the front desk every hour,
  "this stops being civil", dialect (东北话 唠唠);
- insults by implication (worth, upbringing, shamelessness, "a worker's fate"), a Sichuan swear word;
- impersonation said politely as the caller's own procedure (执行局 核实财产, 派出所 做笔录, 司法所 调解,
  经侦 案件编号, 银保监 消保处);
- misleading consequences stated casually (买菜都付不了款, 传票下礼拜到, 政审, 只能坐大巴, 社保, 上门调查费,
  工资直接扣);
- borrowing suggestions given as advice ("if I were you", 借呗额度, 信用卡套一下, the wife's savings,
  any platform, a whip-round among friends).

About 40% of the calls are clean hard negatives OF THE SAME SHAPES: a place or a person mentioned with a
reassurance, lawful litigation and 失信 explained, the agent denying being a court or the police, an
address check for a letter, contractual 违约金, the agent warning against borrowing, the debtor's own
plan to borrow, praise of the debtor's record, customers who insult or threaten the agent, call-backs.

Labelling conventions: exactly those of _build_dev_calls_3.py ... _build_dev_calls_6.py (identity
confirmations, msi, third parties, tags on agent lines only; a claimed state body is not the
institution, so impersonation calls are also msi when the agent gives nothing else).

Pack 2026.12.6 scored threat .609 (precision .636, recall .583), abuse .769, misleading .714, borrowing
.800, impersonation / third_party / msi 1.000 on this batch before tuning; pack 2026.12.7 scores 1.000 in
every category, with no batch sentence copied into a `similar` list: the mechanisms added are structures
(a person or place + a hinted consequence, an audience made to look, worth denied, …), and each was also
checked on probe sentences written for the purpose and on lawful lines of the same shapes. The after-figure
is a fit, not a measure; the before-figure is the measure.

Only writes tests/corpus/dev/d-665.json .. d-731.json.

Run:  .venv/bin/python tests/corpus/dev/_build_dev_calls_7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _build_dev_calls import write_own  # noqa: E402  (same folder, same format)

OWN = range(665, 732)  # the call numbers this generator owns (d-665 .. d-731)


def main() -> int:
    return write_own(DIALOGUES, OWN)


DIALOGUES = r"""
// ---------------------------------------------------------------------------------------------
// threats said as a question or a hint: a place or a person the agent knows + what may happen
// ---------------------------------------------------------------------------------------------

// the mother's morning market, asked as small talk, no punctuation
=== d-665 | 2027-04-01T10:05:00+08:00 | debtor Asia/Shanghai | a-713 | np | D174,D168
A 喂，请问是鲁振华吗？
C 是我，哪位？
A 鲁先生，我是安融资产的，受恒信消费金融委托，我姓房，工号三六二八。您的借款七千六，逾期八十多天了。
C 我知道，这个月真没钱。
A 你家是住在东湖路那个老小区吧，你妈每天早上是不是六点多就去菜市场，你说要是有人天天在菜市场门口等她聊聊你这个钱的事，她老人家受得了吗？  #threat
C 你们别去找我妈。
A 那你就这周把钱弄好。

// the village 低保 list
=== d-666 | 2027-04-01T14:20:00+08:00 | debtor Asia/Shanghai | a-714 | - | D167
A 您好，请问是蒲永强先生本人吗？
C 是我。
A 蒲先生，我是快易借平台贷后部的，我姓蓝，工号五零三一。您的借款四千八，逾期四个多月了。
C 地里今年收成不好。
A 您家里今年是不是还吃着低保？您这个账要是一直挂着，我们跟村里反映一下情况，这个低保还能不能保住就不好说了。  #threat
C 这跟低保有什么关系？
A 您自己掂量。

// the job, asked
=== d-667 | 2027-04-02T09:40:00+08:00 | debtor Asia/Shanghai | a-715 | np | D168
A 喂，是贺建军吧？
C 嗯，是我。
A 贺建军，我是惠民通借款平台的催收专员，我姓武，工号七二一九。你那笔一万一逾期三个月了你知道吧？
C 知道，下个月发工资还。
A 下个月？你这个工作还想不想干了？你们老板的电话我这儿可是有的，我打过去跟他说两句你觉得他还敢用你吗？  #threat
C 你别给我老板打电话。
A 那就今天还。

// tea with the boss, as a choice
=== d-668 | 2027-04-02T11:15:00+08:00 | debtor Asia/Shanghai | a-716 | - | D168,D174
A 您好，请问是文晓丽女士吗？
C 是我。
A 文女士，我是鑫源资产的，受速米分期委托，我姓欧，工号二八四六。您的借款六千三，逾期七十天。
C 我在想办法。
A 那我给您两个选择，是我们去您单位跟您领导喝杯茶，当面聊聊您这个账，还是您今天自己处理掉？您选一个。  #threat
C 我今天还不了全部。
A 那就看您的了。

// "our people are downstairs", run-on
=== d-669 | 2027-04-02T15:30:00+08:00 | debtor Asia/Shanghai | a-717 | np | D166,D174
A 喂，请问是雷志刚先生本人吗？
C 是我，干啥？
A 雷先生，我是鼎盛资产管理的，受东岳银行委托，我姓焦，工号九零一二。您的信用卡欠款两万二，逾期半年了。
C 我说了没钱。
A 没钱是吧，你现在往窗户外面看看，我们的人就在你楼下那个小卖部门口坐着呢，你是下来聊还是我们上去聊。  #threat
C 你们想干什么？
A 下来把钱的事说清楚。

// comments under the debtor's videos
=== d-670 | 2027-04-03T10:10:00+08:00 | debtor Asia/Shanghai | a-718 | - | D177
A 您好，请问是阮婷婷女士本人吗？
C 是我。
A 阮女士，我是乐享分期贷后部的，我姓伍，工号四四八一。您的借款五千九，逾期九十天。
C 我下个月一定还。
A 您在抖音上天天发跳舞的视频，粉丝还挺多吧？我们同事最近会去您每条视频底下留个言，让您的粉丝也了解了解您。  #threat
C 你们敢！
A 您还了钱就什么都没有。

// the front desk every hour
=== d-671 | 2027-04-03T14:45:00+08:00 | debtor Asia/Shanghai | a-719 | np | D174
A 喂，请问是杭伟先生吗？
C 是我，怎么又是你们？
A 杭先生，我是融信达资产的，受禾信消费金融委托，我姓濮，工号三三零七。您的借款八千，逾期一百天了。
C 我说了下个月。
A 行啊，那从明天开始你上班时间我们每个小时往你们公司前台打一个电话，找你，一直打到你还为止。  #threat
C 你们这是骚扰。
A 你可以不接，前台会接的。

// "this stops being civil", a hint at the police
=== d-672 | 2027-04-03T16:20:00+08:00 | debtor Asia/Shanghai | a-720 | - | D168,D175
A 您好，请问是骆国栋先生本人吗？
C 是我。
A 骆先生，我是青橙借款平台的贷后专员，我姓车，工号六八零五。您的借款三千五，逾期五个月了。
C 我手头紧。
A 我提醒您一句，这个钱再拖下去就不是民事的事了，到时候派出所的人上门找您，您别怪我今天没提醒您。  #threat
C 欠钱还要抓人？
A 您自己查查。

// the wife's job in the supermarket, a hint
=== d-673 | 2027-04-06T10:30:00+08:00 | debtor Asia/Shanghai | a-721 | np | D174
A 喂，请问是石海东先生吗？
C 是我。
A 石先生，我是恒达资产的，受瑞泰银行信用卡中心委托，我姓郎，工号八一五四。您的卡欠款一万三，逾期一百二十天了。
C 我在攒。
A 你老婆在万家福超市收银挺辛苦的吧，站一天也不容易，你可别让她在单位也跟着抬不起头来。  #threat
C 你们调查我老婆？
A 你把钱还了我们谁也不找。

// 东北话: a few of us drop by for a chat
=== d-674 | 2027-04-06T14:00:00+08:00 | debtor Asia/Shanghai | a-722 | np | D166
A 喂，是常大海不？
C 是我，你谁啊？
A 常大海，我是金桥资产的，受北辰银行委托，我姓包，工号二九三零。你那卡欠了一万八，都逾期八个月了。
C 我现在真没有。
A 没有？整不好我们哥几个哪天就上你家去找你唠唠，你家那片儿我们熟，到时候可就不是打电话这么客气了。  #threat
C 你吓唬谁呢？
A 你试试。

// the law firm's notice taped to the door
=== d-675 | 2027-04-06T16:40:00+08:00 | debtor Asia/Shanghai | a-723 | - | D177,D166
A 您好，请问是戴晓燕女士吗？
C 是我。
A 戴女士，我是惠民通借款平台贷后中心的，我姓时，工号七五零九。您的借款四千二，逾期一百一十天。
C 我月底还。
A 这个月底之前再不还，我们合作律所的催告函会直接送到您家，贴在您家门上，让您楼里的邻居也都看一看。  #threat
C 你们这样是侵犯隐私。
A 那您就别让它贴上去。

// "do you want to go in for a few years?" for an online loan
=== d-676 | 2027-04-07T10:20:00+08:00 | debtor Asia/Shanghai | a-724 | np | D175,D174
A 喂，请问是滕建华吗？
C 是我。
A 滕先生，我是快易借平台的催收员，我姓卫，工号一一六二。您的借款两千九，逾期六十天。
C 就两千多，你们至于吗？
A 两千多也是钱，你知不知道借了钱不还这是涉嫌诈骗的，你是想进去待几年吗？  #threat
C 你别吓我。
A 不想进去就今天还。

// ---------------------------------------------------------------------------------------------
// insults by implication, and a Sichuan swear word
// ---------------------------------------------------------------------------------------------

// wasting food
=== d-677 | 2027-04-07T14:35:00+08:00 | debtor Asia/Shanghai | a-725 | np | D176,D166
A 喂，请问是范志勇吗？
C 是我，又是你们。
A 范先生，我是安信资产的，受东岳银行委托，我姓齐，工号三九四四。你的贷款一万五逾期四个月了。
C 我失业了，没钱。
A 三十好几的人了连个工作都保不住，你这样的人活着也就是浪费粮食。  #abuse
C 你怎么说话的？
A 那你还钱啊。

// playing the grandson
=== d-678 | 2027-04-07T16:50:00+08:00 | debtor Asia/Shanghai | a-726 | - | D176
A 您好，请问是邬丽娜女士吗？
C 是我。
A 邬女士，我是乐享分期贷后部的，我姓柴，工号五一七零。您的借款三千六，逾期七十五天。
C 我真的没钱，求你们宽限几天。
A 借钱的时候怎么不说没钱？现在在我这儿装什么孙子。  #abuse
C 我没有装。
A 那就拿钱出来。

// what your parents raised
=== d-679 | 2027-04-08T10:15:00+08:00 | debtor Asia/Shanghai | a-727 | np | D176,D174
A 喂，请问是裘立军先生吗？
C 对，是我。
A 裘先生，我是鼎盛资产管理的，受北辰银行委托，我姓麻，工号八三二六。你信用卡欠款九千八逾期一百五十天了。
C 家里出了点事。
A 家里出事？你爸妈要是知道辛辛苦苦养了你这么个东西，估计也得气出病来。  #abuse
C 你再骂一句试试。
A 还钱我就不说了。

// a face thicker than the city wall
=== d-680 | 2027-04-08T14:30:00+08:00 | debtor Asia/Shanghai | a-728 | - | D176,D166
A 您好，请问是蔺志平先生本人吗？
C 是我，怎么了？
A 蔺先生，我是金桥资产的，受恒信消费金融委托，我姓燕，工号四零八八。您的借款六千，逾期九十五天。
C 我说过了，等我有钱再说。
A 您这脸皮是真厚啊，比城墙还厚，答应了三回没一回做到的。  #abuse
C 你管我。
A 我不管谁管。

// Sichuan swear word
=== d-681 | 2027-04-08T16:55:00+08:00 | debtor Asia/Shanghai | a-729 | np | D166
A 喂，是不是冉小军？
C 是我噻，啥子事？
A 冉小军，我是鑫源资产的，受速米分期委托，我姓游，工号六零三三。你那个借款五千四都逾期三个多月了。
C 我莫得钱。
A 莫得钱你借啥子嘛，你个憨批，一天到晚就晓得拖。  #abuse
C 你咋个骂人喃？
A 你还钱我就不说你。

// a worker's fate
=== d-682 | 2027-04-09T10:40:00+08:00 | debtor Asia/Shanghai | a-730 | - | D176
A 您好，请问是谭永辉先生吗？
C 是我。
A 谭先生，我是快易借平台贷后部的，我姓宁，工号九五一六。您的借款三千一，逾期五十天。
C 我一个月才挣三千多，真还不上。
A 一个月三千多？难怪，您也就这点出息了，一辈子给人打工的命。  #abuse
C 你什么意思？
A 没什么意思，今天还一千。

// "never seen anyone so shameless", with a collector's word for the debtor
=== d-683 | 2027-04-09T14:15:00+08:00 | debtor Asia/Shanghai | a-731 | np | D166,D176
A 喂，请问是晁丽萍女士吗？
C 是我。
A 晁女士，我是惠民通借款平台的，我姓仲，工号二五七三。您的借款四千四逾期八十天了。
C 我上周不是说了吗，下周还。
A 上周说下周，下周说下下周，我干这行这么多年真没见过你这么没皮没脸的人。  #abuse
C 你这人怎么这样？
A 我怎么样你心里清楚。

// ---------------------------------------------------------------------------------------------
// impersonation said politely, as the caller's own procedure
// ---------------------------------------------------------------------------------------------

// 执行局: checking the debtor's property
=== d-684 | 2027-04-09T16:30:00+08:00 | debtor Asia/Shanghai | a-732 | - | D172,D167 | msi
A 您好，请问是沈国华先生本人吗？
C 是我。
A 沈先生您好，我这边是开发区人民法院执行局的，我姓钟。  #imp
C 法院？
A 您在瑞泰银行的信用卡欠款两万六，案子已经到我们这边了，今天先跟您核实一下您名下的房产和车辆。  #imp
C 我没收到过法院的东西啊。
A 那您先把欠款的事跟银行处理好。

// 派出所: come in to make a statement
=== d-685 | 2027-04-10T10:05:00+08:00 | debtor Asia/Shanghai | a-733 | np | D172,D173 | msi
A 喂，您好，请问是殷晓峰吗？
C 是我，哪位？
A 殷先生，我是城东派出所的民警，我姓袁。  #imp
C 派出所？什么事？
A 您在快易借平台借的八千块钱一直没还，平台已经到我们这里报了案，想请您明天上午过来做个笔录。  #imp
C 欠钱也要报案？
A 您来了我们再说。

// 司法所: mediation
=== d-686 | 2027-04-10T14:25:00+08:00 | debtor Asia/Shanghai | a-734 | - | D167 | msi
A 您好，请问是樊桂兰女士吗？
C 是我。
A 樊女士您好，我是镇司法所的工作人员，我姓苗，您跟乐享分期的借款纠纷现在由我们司法所来调解。  #imp
C 司法所还管这个？
A 是的，您这周来所里一趟，把三千九的还款计划签了，这个事就在我们这儿了结。  #imp
C 我考虑一下。

// 经侦 with a case number
=== d-687 | 2027-04-10T16:10:00+08:00 | debtor Asia/Shanghai | a-735 | np | D173,D172 | msi
A 喂，请问是邓宏伟先生本人吗？
C 对，是我。
A 邓先生，我这里是市公安局经侦支队，我姓霍，你这个案子的编号是零四一七。  #imp
C 什么案子？
A 东岳银行反映你信用卡透支三万一一直不还，现在需要你配合我们调查，先把欠款还上。  #imp
C 我不知道有这回事。
A 你明天之前联系银行处理。

// 银保监 消保处 urging repayment
=== d-688 | 2027-04-13T10:30:00+08:00 | debtor Asia/Shanghai | a-736 | - | D172 | msi
A 您好，请问是项美玲女士吗？
C 是我。
A 项女士您好，我是金融监管局消费者权益保护处的，我姓褚，您在惠民通平台的借款我们这边已经督办了。  #imp
C 监管局也打催收电话？
A 我们是督促您尽快把五千二结清，今天能处理吗？  #imp
C 我再看看。

// an agent who names the company, then says he calls "for the court"
=== d-689 | 2027-04-13T14:40:00+08:00 | debtor Asia/Shanghai | a-737 | np | D170,D172
A 喂，请问是简志强先生吗？
C 是我。
A 简先生，我是鼎盛资产管理的，我姓师，工号七三零一，受北辰银行委托。你卡欠款一万六逾期七个月了。
C 我在想办法。
A 我跟你说现在我是代表法院这边跟你做最后一次确认，下次就是法院执行的同事直接联系你了。  #imp
C 你到底是哪的？
A 你把钱还了就行。

// ---------------------------------------------------------------------------------------------
// misleading consequences stated casually
// ---------------------------------------------------------------------------------------------

// groceries without WeChat Pay
=== d-690 | 2027-04-13T16:50:00+08:00 | debtor Asia/Shanghai | a-738 | np | D168,D169
A 喂，请问是柯秀英女士吗？
C 是我。
A 柯女士，我是速米分期贷后部的，我姓郝，工号一四九五。您的借款三千三，逾期六十五天。
C 我下个月发工资。
A 下个月啊，那您可得想好了，再拖下去您的微信支付宝都要用不了了，到时候您去菜市场买个菜都付不了款。  #mis
C 不会吧？
A 您试试就知道了。

// the summons "next week"
=== d-691 | 2027-04-14T10:10:00+08:00 | debtor Asia/Shanghai | a-739 | - | D170,D171
A 您好，请问是洪建平先生本人吗？
C 是我。
A 洪先生，我是融信达资产的，受禾信消费金融委托，我姓童，工号五八六零。您的借款九千三，逾期四个月了。
C 我还在筹钱。
A 我们这边材料已经递到法院了，下礼拜传票就到您家，您自己看着办吧。  #mis
C 这么快就起诉了？
A 是的，您现在还来得及撤。

// 政审, in passing
=== d-692 | 2027-04-14T14:30:00+08:00 | debtor Asia/Shanghai | a-740 | np | D175
A 喂，请问是储立新吗？
C 是我。
A 储先生，我是恒达资产的，受瑞泰银行信用卡中心委托，我姓滑，工号四一三三。您卡欠款一万零五百逾期一百天。
C 我知道，一直想还。
A 顺便提醒您一句，您儿子今年高三了吧，以后想考军校考公务员，政审这一关可就过不去了。  #mis
C 这跟孩子有关系？
A 当然有关系。

// only the long-distance bus
=== d-693 | 2027-04-14T16:45:00+08:00 | debtor Asia/Shanghai | a-741 | - | D171,D175
A 您好，请问是皮文军先生吗？
C 是我。
A 皮先生，我是快易借平台贷后中心的，我姓祝，工号八零六七。您的借款七千，逾期一百三十天。
C 我在外地打工，过年回去还。
A 您过年回得去吗？这个月底之前不还，您名下就被限制了，飞机高铁都坐不了，回家只能坐大巴。  #mis
C 真的假的？
A 您到时候买票就知道了。

// the parents' pension
=== d-694 | 2027-04-15T10:20:00+08:00 | debtor Asia/Shanghai | a-742 | np | D169,D175
A 喂，请问是卞晓东先生本人吗？
C 是，你说。
A 卞先生，我是乐享分期贷后部的，我姓幸，工号二二零九。您的借款五千一逾期九十天了。
C 我会还的。
A 您最好快点，这个逾期记录是跟着户口走的，您爸妈的养老金社保到时候都会受影响。  #mis
C 我爸妈的社保？
A 对，一家子都受影响。

// a "home investigation fee"
=== d-695 | 2027-04-15T14:15:00+08:00 | debtor Asia/Shanghai | a-743 | - | D169
A 您好，请问是龙海燕女士吗？
C 是我。
A 龙女士，我是惠民通借款平台贷后部的，我姓翁，工号六七四一。您的借款四千，逾期七十天。
C 我这个月能还两千。
A 两千不够，您现在还得多交一笔上门调查费八百块，这笔不交系统就一直按天给您计费。  #mis
C 什么调查费？合同里没有啊。
A 逾期了就有。

// wages deducted directly
=== d-696 | 2027-04-15T16:40:00+08:00 | debtor Asia/Shanghai | a-744 | np | D168
A 喂，请问是关志明吗？
C 是我。
A 关先生，我是安融资产的，受恒信消费金融委托，我姓曲，工号三五五二。你借款六千八逾期一百一十天了。
C 我每个月就那点工资。
A 那正好，你不还的话我们下个月直接从你工资卡上扣，扣多少算多少，你单位财务也会知道。  #mis
C 你们能扣我工资？
A 能不能你等着看。

// ---------------------------------------------------------------------------------------------
// borrowing suggested as advice
// ---------------------------------------------------------------------------------------------

// "if I were you"
=== d-697 | 2027-04-16T10:05:00+08:00 | debtor Asia/Shanghai | a-745 | - | D169,D174
A 您好，请问是凤晓梅女士吗？
C 是我。
A 凤女士，我是速米分期的贷后专员，我姓闻，工号七零三八。您的借款四千五，逾期六十天。
C 我下个月发工资才有钱。
A 我要是您啊，就先找单位同事借个几千把这边结了，等发了工资再还同事，这样多省心。  #borrow
C 我不好意思找同事开口。
A 这有什么不好意思的。

// 借呗 still has room
=== d-698 | 2027-04-16T14:20:00+08:00 | debtor Asia/Shanghai | a-746 | np | D169
A 喂，请问是巫建国吗？
C 是我。
A 巫先生，我是青橙借款平台贷后部的，我姓宓，工号四九二零。你借款两千八逾期四十五天了。
C 最近手头实在紧。
A 你支付宝里借呗不是还有额度吗，先借出来把我们这边结清了，那边还能分十二期慢慢还。  #borrow
C 那不是越欠越多吗？
A 至少我们这边不逾期了。

// a card cash-out, tossed off
=== d-699 | 2027-04-16T16:35:00+08:00 | debtor Asia/Shanghai | a-747 | - | D169
A 您好，请问是段立伟先生吗？
C 是我。
A 段先生，我是鑫源资产的，受速米分期委托，我姓贲，工号一七八三。您的借款三千七，逾期八十天。
C 我实在拿不出来。
A 您手上不是有两张信用卡吗？找个地方套一下不就出来了，多简单的事。  #borrow
C 套现不是违法的吗？
A 大家都这么弄。

// the wife's savings
=== d-700 | 2027-04-19T10:25:00+08:00 | debtor Asia/Shanghai | a-748 | np | D174
A 喂，请问是阎海涛先生本人吗？
C 是我。
A 阎先生，我是金桥资产的，受恒信消费金融委托，我姓从，工号五二零六。您借款九千二逾期一百天了。
C 我是真没有。
A 你没有你老婆那边不是还有点存款吗，让她先给你垫上不就完了，一家人还分什么你的我的。  #borrow
C 那是她的钱。
A 夫妻还分什么。

// any platform that pays out fast
=== d-701 | 2027-04-19T14:40:00+08:00 | debtor Asia/Shanghai | a-749 | - | D169,D175
A 您好，请问是车美兰女士吗？
C 是我。
A 车女士，我是乐享分期贷后部的，我姓俞，工号九八一四。您的借款两千六，逾期五十五天。
C 我现在一分钱都没有。
A 现在好多平台下款都很快的，您随便找一家倒一下，先把我们这笔结了，征信也好看一点。  #borrow
C 我不想再借了。
A 那您就一直逾期吧。

// a whip-round among friends, dialect-flavoured
=== d-702 | 2027-04-19T16:55:00+08:00 | debtor Asia/Shanghai | a-750 | np | D174
A 喂，是不是左大勇？
C 是我，咋了？
A 左大勇，我是快易借平台贷后部的，我姓詹，工号三一零九。你那个借款五千逾期两个多月了。
C 我这会儿是真没钱。
A 你那几个一起喝酒的哥们呢，一人凑个一千不就够了，这点面子他们还不给你？  #borrow
C 我不想麻烦他们。
A 那你就麻烦我们。

// ---------------------------------------------------------------------------------------------
// a third party, and an agent with no institution
// ---------------------------------------------------------------------------------------------

// the mother, told politely
=== d-703 | 2027-04-20T10:15:00+08:00 | relative Asia/Shanghai | a-751 | - | D169,D174
A 您好，请问是江晓军的家里人吗？
C 我是他妈，你哪位啊？
A 阿姨您好，我是惠民通借款平台的，我姓蒙。晓军在我们这儿有一笔借款，好几个月没还了，我们也是联系不上他。  #tpd
C 啊？他欠了多少？
A 一共六千三，麻烦您跟他说一下，让他尽快还上。  #tpd
C 好好，我跟他说。

// a platform's "old customer care", only a surname
=== d-704 | 2027-04-20T14:30:00+08:00 | debtor Asia/Shanghai | a-752 | np | D174 | msi
A 喂，请问是喻小燕吗？
C 是我，谁啊？
A 我姓毕，打给你是说你那个三千五的借款的事，逾期快两个月了。
C 哪个平台的？
A 你借了几个平台自己不清楚吗？你今天先还一千五。
C 你不说清楚我不还。
A 那你等着后面的同事联系你吧。

// a wife, told the amount and asked to pay
=== d-705 | 2027-04-20T16:45:00+08:00 | spouse Asia/Shanghai | a-753 | - | D169,D174
A 您好，请问是姚建国的爱人吗？
C 我是，他不在家，什么事？
A 嫂子您好，我是速米分期的，我姓薄，工号二六六一。建国在我们这里的借款七千多已经逾期三个月了，您看您这边能不能先帮他还一部分？  #tpd
C 我不知道他借了钱。
A 您问问他就知道了。
C 我晚上问问他。

// ---------------------------------------------------------------------------------------------
// clean hard negatives of the same shapes
// ---------------------------------------------------------------------------------------------

// 征信 stated factually, run-on (clean)
=== d-706 | 2027-04-21T10:10:00+08:00 | debtor Asia/Shanghai | a-754 | np | D168,D171
A 喂，您好，请问是柏晓东先生本人吗？
C 是我。
A 柏先生您好，我是禾信消费金融的贷后专员，我姓严，工号四三二八。您的借款两千四，逾期二十天了。
C 哦，我忘了。
A 没关系，逾期的记录会按规定报送征信，时间越长对您以后办贷款办信用卡影响越大，您尽早处理比较好。
C 好，我今天就还。

// litigation as a possibility, "the court's own notice decides" (clean)
=== d-707 | 2027-04-21T14:25:00+08:00 | debtor Asia/Shanghai | a-755 | - | D170,D171
A 您好，请问是郝建业先生吗？
C 是我。
A 郝先生您好，我是东岳银行信用卡中心的，我姓贝，工号六一九零。您的卡欠款一万一，逾期一百天。
C 你们是不是要起诉我？
A 现在还没有。如果一直协商不下来，银行有可能会依法起诉，是不是立案要以法院发给您的正式通知或者12368的短信为准，我们打电话说的不算。
C 那我先跟你们谈分期。
A 可以，我帮您申请。

// the agent rules out the workplace and the family (clean)
=== d-708 | 2027-04-21T16:40:00+08:00 | debtor Asia/Shanghai | a-756 | np | D168
A 喂，请问是裴文静女士吗？
C 是我，你们不会打到我单位去吧？
A 裴女士您好，我是速米分期的贷后专员，我姓林，工号三零五五。您放心，我们不会去您单位，也不会联系您家里人，这个事只跟您本人沟通。
C 那就好。
A 您的借款一千九，逾期十五天，您看什么时候方便还？
C 周五。

// "we are not the court, not the police" (clean)
=== d-709 | 2027-04-22T10:30:00+08:00 | debtor Asia/Shanghai | a-757 | - | D172,D173
A 您好，请问是尹家明先生本人吗？
C 是我。前两天有人说是派出所的，说我欠钱要做笔录。
A 尹先生您好，我是惠民通借款平台贷后部的，我姓莫，工号八四三七。我们是平台的贷后，不是法院也不是公安，欠款是民事的事，派出所不会为这个找您做笔录的。
C 那就是骗子了。
A 很可能是，您可以打110核实。您在我们这儿的借款三千，逾期二十五天，您看怎么安排？
C 下周还。

// how to check a claimed court call (clean)
=== d-710 | 2027-04-22T14:15:00+08:00 | debtor Asia/Shanghai | a-758 | np | D170,D172
A 喂，请问是宋丽君女士吗？
C 是我。有个自称法院执行局的说要查我的房子。
A 宋女士您好，我是乐享分期的客服专员，我姓郭，工号二七七一。我们没有起诉您，如果有人说是法院的，您可以打12368问一下是不是真有这个案子。
C 好的，谢谢。
A 您的借款两千二逾期十天，方便的时候在APP里还上就行。
C 好，我今晚就还。

// the agent warns against borrowing (clean)
=== d-711 | 2027-04-22T16:30:00+08:00 | debtor Asia/Shanghai | a-759 | - | D169,D171
A 您好，请问是汪志军先生吗？
C 是我。我打算去别的平台借点先还你们。
A 汪先生您好，我是青橙借款平台的贷后专员，我姓杜，工号五三四八。千万别去借别的网贷来还我们，利息更高，越滚越多。
C 那怎么办？
A 您的借款三千六，逾期三十天，我们可以给您分六期，每期六百。
C 那好。

// the debtor's own plan to ask his brother (clean)
=== d-712 | 2027-04-23T10:05:00+08:00 | debtor Asia/Shanghai | a-760 | np | D174
A 喂，请问是萧国强先生本人吗？
C 是我。我打算找我哥借点先还上。
A 萧先生您好，我是鑫源资产的，受速米分期委托，我姓曾，工号九零七五。那是您自己的安排，您量力而行，我们这边也可以给您做分期。
C 我想先还一半。
A 可以，您的借款四千，今天先还两千，剩下的下个月。
C 行，我下午转。

// a customer who insults the agent (clean)
=== d-713 | 2027-04-23T14:20:00+08:00 | debtor Asia/Shanghai | a-761 | - | D166,D176
A 您好，请问是幸志华先生吗？
C 是我，你们这些催收的都是一群狗，天天打。
A 幸先生您好，我是金桥资产的，受恒信消费金融委托，我姓孟，工号一八四二。您的情绪我理解，我们就是想跟您商量还款的事。
C 你们活该被人骂。
A 您的借款五千三，逾期九十天，您看这个月能还多少？
C 一千。
A 好的，我给您登记。

// a customer who threatens the agent (clean)
=== d-714 | 2027-04-23T16:35:00+08:00 | debtor Asia/Shanghai | a-762 | np | D166
A 喂，请问是邢大鹏吗？
C 是我，你再打我就去你们公司找你，让你好看。
A 邢先生您好，我是安融资产的，受恒信消费金融委托，我姓查，工号七六三零。我们只是按规定联系您，您的借款八千逾期六十天。
C 我现在没钱。
A 那您说个能还的时间，我们按您的情况来。
C 下个月十号。

// an address check for a letter: a place mentioned, no consequence (clean)
=== d-715 | 2027-04-26T10:15:00+08:00 | debtor Asia/Shanghai | a-763 | - | D171
A 您好，请问是梁秀芳女士本人吗？
C 是我。
A 梁女士您好，我是瑞泰银行信用卡中心的，我姓万，工号三四九六。您的卡欠款六千二，逾期五十天。我们要给您寄一份书面的还款提醒函，地址还是锦华路那边的小区吗？
C 搬了，现在在城西。
A 好的，麻烦您把新地址发短信给我们，我们更新一下。
C 行。

// contractual 违约金 (clean)
=== d-716 | 2027-04-26T14:30:00+08:00 | debtor Asia/Shanghai | a-764 | np | D169
A 喂，请问是邱建明先生吗？
C 是我。为什么多了一百多块？
A 邱先生您好，我是禾信消费金融的客服专员，我姓艾，工号六二零四。多出来的是合同里约定的逾期违约金，每天按剩余本金的万分之五算，没有别的费用。
C 哦，那我今天还了。
A 好的，还上以后就不再计了。
C 知道了。

// 失信 explained: only after a judgment (clean)
=== d-717 | 2027-04-26T16:45:00+08:00 | debtor Asia/Shanghai | a-765 | - | D170,D168
A 您好，请问是乔立平先生吗？
C 是我。有人说我要成失信被执行人了，坐不了高铁。
A 乔先生您好，我是北辰银行信用卡中心的，我姓殷，工号四七一九。失信被执行人是法院判决以后不履行才会有的，您现在还没有到那一步，高铁照样能坐。
C 那就好。
A 不过卡欠款一万二逾期八十天，还是建议您尽快跟我们协商。
C 行，我下周联系你们。

// children's schooling: a reassurance (clean)
=== d-718 | 2027-04-27T10:20:00+08:00 | debtor Asia/Shanghai | a-766 | np | D175
A 喂，请问是祝海燕女士本人吗？
C 是我。我女儿明年考大学，这个会不会影响她？
A 祝女士您好，我是乐享分期贷后部的，我姓苏，工号八一二七。您女儿上学考试都不受影响，这个您放心，逾期只记在您本人的征信上。
C 那就好，我月底还。
A 好的，您的借款两千七，月底前还上就行。
C 谢谢你。

// WeChat and Alipay cannot be frozen by us (clean)
=== d-719 | 2027-04-27T14:35:00+08:00 | debtor Asia/Shanghai | a-767 | - | D168,D169
A 您好，请问是钱小红女士吗？
C 是我。你们会不会冻结我微信？
A 钱女士您好，我是速米分期的贷后专员，我姓潘，工号二九零八。我们冻结不了您的微信支付宝，也冻结不了银行卡，只有法院在执行的时候才可以。
C 明白了。
A 您的借款一千六，逾期十二天，您看哪天还？
C 明天。

// the wife asked only for a call-back (clean)
=== d-720 | 2027-04-27T16:50:00+08:00 | spouse Asia/Shanghai | a-768 | np | D169
A 喂，您好，请问是孔德明的家里人吗？
C 我是他爱人，他上班去了。
A 您好，我是快易借平台的，我姓霍，麻烦您转告他有空回个电话，号码是四零零八二六三一五七。
C 什么事啊？
A 不好意思，具体的事要跟他本人说，麻烦您转告一下。
C 好吧。

// a colleague asked only for a call-back (clean)
=== d-721 | 2027-04-28T10:10:00+08:00 | contact Asia/Shanghai | a-769 | - | D169
A 您好，请问您认识魏晓峰吗？
C 认识，我们是同事，你哪里？
A 您好，我是惠民通平台的，我姓常。能不能麻烦您跟他说一声，让他方便的时候回个电话给我们？
C 他是不是欠钱了？
A 不好意思，这个我没法跟您说，只需要他回个电话就行，谢谢您。
C 行吧。

// the job mentioned as a reassurance (clean)
=== d-722 | 2027-04-28T14:25:00+08:00 | debtor Asia/Shanghai | a-770 | np | D168
A 喂，请问是武建新先生吗？
C 是我，我在上班，不方便。
A 武先生您好，我是恒信消费金融的贷后专员，我姓熊，工号五七零三。您工作的事我们不会去打扰，您下班后方便的时候回个电话就行。
C 行，晚上七点给你回。
A 好的，您的借款三千二，逾期十八天，到时候我们再细聊。
C 好的。

// "do you plan to ask your family? that is your call" (clean)
=== d-723 | 2027-04-28T16:40:00+08:00 | debtor Asia/Shanghai | a-771 | - | D174
A 您好，请问是黎秀珍女士吗？
C 是我。我这周回老家，看看家里能不能帮帮。
A 黎女士您好，我是禾信消费金融的客服专员，我姓易，工号三八一六。那是您自己的安排，我们不干涉，我们这边可以先给您延期七天。
C 那太好了。
A 您的借款两千九，我给您登记到下周五。
C 谢谢。

// an agency that says what it is not (clean)
=== d-724 | 2027-04-29T10:25:00+08:00 | debtor Asia/Shanghai | a-772 | np | D172,D170
A 喂，请问是邵志远先生本人吗？
C 是我。你们是律所吗？
A 邵先生您好，我是融信达资产的，受禾信消费金融委托，我姓戚，工号七四零一。我们不是律所也不是法院，就是受平台委托的催收机构。
C 哦。
A 您的借款五千，逾期五十天，想跟您商量个还款方案。
C 我每月能还一千。

// instalments, fully identified (clean)
=== d-725 | 2027-04-29T14:30:00+08:00 | debtor Asia/Shanghai | a-773 | - | D171
A 您好，请问是方丽华女士吗？
C 是我。
A 方女士您好，我是北辰银行信用卡中心的，我姓宗，工号一三五七。您的卡欠款八千四，逾期四十天，您看有没有困难？
C 我最近生了场病，收入少了。
A 理解。我们可以给您申请分十二期，每期七百左右，您看可以吗？
C 可以。

// lawful enforcement explained as what would happen only after a judgment (clean)
=== d-726 | 2027-04-29T16:45:00+08:00 | debtor Asia/Shanghai | a-774 | np | D170,D171
A 喂，请问是伍建平先生吗？
C 是我。你们到底会怎么样？
A 伍先生您好，我是东岳银行信用卡中心的，我姓卓，工号二一九八。如果走到诉讼，法院会判决，判决以后还不履行，在执行阶段才可能有限制高消费这些措施，现在都没有。
C 那我还有时间。
A 是的，卡欠款一万四，逾期九十天，建议您这个月先跟我们谈个方案。
C 好，我想想。

// the parents mentioned with a reassurance (clean)
=== d-727 | 2027-04-30T10:15:00+08:00 | debtor Asia/Shanghai | a-775 | - | D174
A 您好，请问是车建军先生本人吗？
C 是我。你们别给我爸妈打电话，他们年纪大了。
A 车先生您好，我是速米分期的贷后专员，我姓柳，工号六四五零。我知道您父母年纪大了，这个事我们只跟您本人沟通，不会打扰他们。
C 谢谢。
A 您的借款三千八，逾期三十五天，您看什么时候能还？
C 下周。

// "where you live is not our business" (clean)
=== d-728 | 2027-04-30T14:20:00+08:00 | debtor Asia/Shanghai | a-776 | np | D168
A 喂，请问是鲍晓燕女士吗？
C 是我，我搬家了，你们找不到我的。
A 鲍女士您好，我是青橙借款平台的贷后专员，我姓牛，工号九三二四。您住在哪里我们不打听，只要您按时还款就行。
C 那你们要怎样？
A 您的借款一千五，逾期二十天，您在APP里还上就可以了。
C 好。

// praise of the debtor's record: a worth judgement, positive (clean)
=== d-729 | 2027-04-30T16:35:00+08:00 | debtor Asia/Shanghai | a-777 | - | D176
A 您好，请问是聂国强先生吗？
C 是我。
A 聂先生您好，我是禾信消费金融的客服专员，我姓汤，工号四零一六。您是讲信用的人，之前两年一直按时还，这次逾期十天，是不是遇到什么事了？
C 家里老人住院了。
A 理解，您的借款两千，下个月一起还也可以，我给您申请一下。
C 谢谢。

// "I'm not saying you are dishonest" (clean)
=== d-730 | 2027-05-03T10:20:00+08:00 | debtor Asia/Shanghai | a-778 | np | D176
A 喂，请问是甘美玲女士本人吗？
C 是我，你们是觉得我是老赖吗？
A 甘女士您好，我是乐享分期贷后部的，我姓任，工号八六九一。您别误会，我不是说您人品有问题，只是系统显示您的借款一千八逾期了二十二天。
C 我就是忘了。
A 没关系，今天还上就好。
C 好，我现在就还。

// the debtor says "you'll send people to my house?" and the agent says no (clean)
=== d-731 | 2027-05-03T14:35:00+08:00 | debtor Asia/Shanghai | a-779 | - | D174,D166
A 您好，请问是解志强先生吗？
C 是我。你们是不是要派人来我家？我妈身体不好。
A 解先生您好，我是恒信消费金融的贷后专员，我姓罗，工号一五八三。我们不会上门，也不会去找您家人，您母亲那边您放心。
C 那就好。
A 您的借款四千一，逾期四十天，您看这个月能先还一部分吗？
C 能还两千。
"""


if __name__ == "__main__":
    raise SystemExit(main())
