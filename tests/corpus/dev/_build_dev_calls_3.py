"""Build d-191 .. d-320 of the dev split: VARIETY in the ways people actually talk (third batch).

The rules were tuned on wording they had seen; this batch adds new wording for every class, mined from
sources D51 ... (SOURCES.md) that the first two batches did not use:

- identity confirmation in many shapes (the callee's own name, 嗯嗯对的, 对对对你说, 是我啊什么事, 是啊你哪位,
  额是, 系啊, 中, 对头, 是滴, 嗯呐, a yes after an evasive question back, ASR homophones such as 四我 / 市的 / 堆),
  and agents whose introduction carries a collection title (催收专员, 贷后专员, 法务专员, 风控专员, 贷后管理中心)
  BEFORE the identity question: self-identification, not disclosure, so those calls are clean;
- identity_not_confirmed done subtly: amount / overdue days in the greeting before the question, a name
  in the greeting with no question at all, details given right after an evasive answer (你先说什么事 /
  你哪位 / 干嘛 / 你说吧), which is no yes;
- threats without threat words (knowing where the family works or the children go to school, "service"
  visits, the village committee, the landlord, the mother-in-law, WeChat groups, letters to the workplace,
  conditionals, 你自己想想后果), and fake criminal talk (恶意透支 / 诈骗 / 立案 / 拘留 / 坐牢 / 刑事);
- abuse without swear words (worth, manhood, honesty, family, intelligence, sarcasm) and dialect insults;
- polite third-party disclosure, and clean call-back requests (a name and a number only);
- polite and indirect impersonation (诉前调解中心, 司法局, 金融监管局, 派出所协查, a law firm "受法院委托",
  法院特邀调解员, 仲裁委);
- misleading consequences and borrowing inducement in new words;
- hard negatives (征信, 罚息, 依法起诉 as a possibility, 分期 / 停息挂账, real court mediation as a possible later
  step, the customer's own threats, insults and borrowing plans, the agent verifying the debtor's own
  workplace / address politely, negated visits).

Labelling conventions (same as _build_dev_calls.py / _build_dev_calls_2.py):
- a confirmation is an answer that says yes to the identity question (是 / 对 / 嗯 / 我就是 / the callee's own
  name / dialect 额是, 系啊, 中, 对头, 是滴, 嗯呐); 你哪位 / 什么事 / 你说吧 / 干嘛 / 喂 are not;
- debt details (amount, overdue, a loan, a repayment demand) before the confirmation: identity_not_confirmed
  on each such agent utterance, even when the callee confirms later;
- a callee who turns out to be someone else (表妹, 老婆): the debt talk to them is third_party_disclosure,
  never identity_not_confirmed;
- the agent's title (催收专员 ...) before the identity question is self-identification, not a disclosure, when
  the callee then confirms; no call here opens with a collection title to someone who turns out to be a
  third party (undecided case, avoided);
- missing_self_identification (msi) whenever the debt is discussed and the agent never states both the
  institution and their own name / surname / work number (您可以叫我小X counts); as in d-057 / d-095, a
  state or official-looking body the agent falsely claims to be (法院, 仲裁委, 诉前调解中心, 监管局,
  "配合派出所") is not the institution, so those calls carry msi unless the real creditor or agency is
  named (受XX委托 ...); a law firm that names itself counts as an institution (d-277);
- utterance-level tags sit on AGENT lines only; the customer's threats, insults and borrowing plans are
  never labelled.

Same dialogue format and parser as _build_dev_calls.py (see its docstring): header
``=== call id | started_at | callee | agent id | style | source ids [| ooh] [| msi]``, lines ``A`` / ``C``,
gold tags ``#threat #abuse #imp #tpd #inc #mis #borrow`` at the end of agent lines, ``//`` notes.
Styles ``trad`` / ``tw`` / ``hk`` (OpenCC), ``sp`` (punctuation -> spaces), ``np`` (punctuation removed);
homophones (一七 / 一期 for 逾期, 环款 for 还款, 争信 for 征信, 四我 for 是我, 市的 / 是得 for 是的, 代后 for 贷后)
are written into the text.

Only writes tests/corpus/dev/d-191.json .. d-320.json (never d-001 .. d-190, never t-*.json, never another
folder).

Run:  .venv/bin/python tests/corpus/dev/_build_dev_calls_3.py   (rewrites its own d-*.json, then runs
tests/corpus/dev/_check.py on the whole folder)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _build_dev_calls import write_own  # noqa: E402  (same folder, same format)

OWN = range(191, 321)  # the call numbers this generator owns (d-191 .. d-320)


def main() -> int:
    return write_own(DIALOGUES, OWN)


DIALOGUES = r"""
// ---------------------------------------------------------------------------------------------
// identity confirmation in many shapes: all clean (self-identification complete, no detail before the yes)
// ---------------------------------------------------------------------------------------------

// the callee answers with his own name; the bot-style opening names the bank before the question
=== d-191 | 2026-07-17T10:05:00+08:00 | debtor Asia/Shanghai | a-231 | - | D51,D53
A 您好，这里是北辰银行信用卡中心，请问是刘洋先生吗？
C 我是刘洋。
A 刘先生您好，我是信用卡中心的客服专员，我姓严，工号三七零八。您这边的话，本期账单两千九百四十元，还款日是七月十二号，目前逾期五天了。
C 哦，上周出差，回来就忘了。
A 可以理解。逾期期间按合同会有罚息，时间长了也会影响征信，建议您今天或明天处理掉。
C 我下午就在手机银行上还。
A 好的，还款成功后会有短信提醒。感谢您的接听，祝您生活愉快，再见。
C 再见。

// "孟凡超，怎么了" repeats the name: a confirmation; ASR output without punctuation
=== d-192 | 2026-07-17T14:40:00+08:00 | debtor Asia/Shanghai | a-232 | np | D53,D02
A 喂您好，请问您是孟凡超吗？
C 孟凡超，怎么了？
A 孟先生您好，我是鹏程消费金融的贷后专员，工号六一五二，您可以叫我小常。您的借款本期应还一千三百六十元，逾期十一天了，想跟您确认一下还款时间。
C 这个月厂里工资晚发了，二十号才到。
A 明白，那我给您登记二十号当天还款，可以吗？
C 可以。
A 好的，逾期这几天会有少量罚息，二十号还上就停止计算。谢谢您的配合。
C 行，拜拜。

// 嗯嗯对的 confirms; reminder before the due date; ASR output in traditional characters
=== d-193 | 2026-07-18T09:20:00+08:00 | debtor Asia/Shanghai | a-233 | trad | D51,D37
A 您好，请问是葛玉珍女士本人吗？
C 嗯嗯，对的。
A 葛女士您好，我是华岭银行信用卡中心的客服专员，工号二零六四。提醒您一下，您本期账单一千八百二十元，还款日是七月二十号，后天到期。
C 哦，好的好的，我记着呢。
A 您绑定的借记卡目前余额可能不够自动扣款，方便的话提前转一下。
C 行，我今天转进去。
A 好的，感谢您的接听，再见。
C 再见。

// the agent's collection title (贷后专员) before the identity question; "对对对，你说" confirms
=== d-194 | 2026-07-18T15:15:00+08:00 | debtor Asia/Shanghai | a-234 | - | D09,D68
A 您好，我是安盈花的贷后专员，我姓骆，工号四一九三，请问是郭春燕女士吗？
C 对对对，你说。
A 郭女士您好，您在安盈花的借款本期应还两千零五十元，到今天逾期十六天了，是遇到什么困难了吗？
C 我老公住院了，家里钱都花在医院了。
A 真是不容易，您先照顾好家里。您看这样，我帮您申请一下延期还款，延期一个月，您看可以吗？
C 可以的话太好了。
A 好的，需要您在APP里上传一下住院证明，审核通过后会短信通知您。逾期记录我们会如实报送征信，延期批下来就不再增加罚息。
C 好，我晚上弄。
A 好的，祝您爱人早日康复，再见。

// 法务专员 introduces himself before the question; "是我啊，什么事" confirms; a lawsuit only as a possibility
=== d-195 | 2026-07-19T10:30:00+08:00 | debtor Asia/Shanghai | a-235 | - | D40,D73
A 您好，我是众鑫消费金融法务部的法务专员，我姓邓，工号八八零一，请问是钱海峰先生本人吗？
C 是我啊，什么事？
A 钱先生您好，您的借款目前欠款一万一千六百元，已经逾期一百零八天，前期的同事跟您联系过几次都没有结果，所以转到我们法务部跟进。
C 法务部？要告我啊？
A 现在还是协商阶段。跟您如实说明，如果长期协商不成，公司有权依法向法院起诉，这是合同里约定的正常途径。我们更希望跟您商量一个能执行的方案。
C 我现在一个月就挣四千多，全还肯定不行。
A 理解，您每个月能拿出多少？我们可以按您的能力申请分期。
C 八百吧，最多一千。
A 好的，我按每月一千帮您提交分期申请，结果出来后短信通知您。
C 行。

// "是啊，你哪位" is a yes (with a question back); self-identification right after
=== d-196 | 2026-07-19T16:50:00+08:00 | debtor Asia/Shanghai | a-236 | - | D68,D02,D11
A 喂，您好，是尹志刚先生吗？
C 是啊，你哪位？
A 尹先生您好，我这边是金穗小额贷款公司的，我叫夏楠，工号一五七三。给您打电话是关于您去年十一月那笔经营贷款，这个月的八千二百元还没有还，逾期九天了。
C 知道知道，货款还没结回来。
A 大概什么时候能结回来？
C 月底应该没问题。
A 好的，那我登记月底前还款。逾期期间按合同有罚息，越早还越少。
C 明白，到时候我给你们打电话。
A 好的，谢谢尹先生，再见。

// Shaanxi 额是 confirms; 风控专员 in the introduction; punctuation replaced by spaces
=== d-197 | 2026-07-20T11:10:00+08:00 | debtor Asia/Shanghai | a-237 | sp | D17,D09
A 喂 您好 我是融通借风控部的风控专员 我姓卫 工号三零二九 请问是党建军先生吗
C 额是 咋咧
A 党先生您好 您在融通借的借款这期一千五百元还没还 逾期七天了 跟您确认一下还款时间
C 额这几天在地里收麦 没顾上看手机
A 理解理解 您看这周能不能抽空在手机上还一下
C 后天 后天额去镇上就还
A 好的 给您登记后天还款 逾期这几天有一点罚息 还上就停了
C 中 知道咧

// Cantonese 系啊 confirms (ASR in Hong Kong characters), callee in Hong Kong
=== d-198 | 2026-07-20T15:30:00+08:00 | debtor Asia/Hong_Kong | a-238 | hk | D51,D39
A 喂，你好，请问系唔系陈志豪先生？
C 系啊，边位？
A 陈生你好，我系华岭银行信用卡中心嘅客服专员，我姓何，工号五五一二。你张信用卡今期账单三千七百蚊，还款日系七月十五号，而家逾期咗五日。
C 哦，我喺香港返工，大陆张卡冇留意。
A 明白。你可以用手机银行直接还，逾期会有滞纳金，亦都会影响征信记录。
C 好，我今晚处理。
A 好，多谢你，拜拜。
C 拜拜。

// Henan 中 as a yes
=== d-199 | 2026-07-21T09:45:00+08:00 | debtor Asia/Shanghai | a-239 | - | D09,D68
A 喂，您好，您是张建伟张师傅吧？
C 中！啥事？
A 张师傅您好，我是易达借的客服专员，我姓苗，工号七二六零。您在易达借的借款这期九百八十元，逾期四天了，跟您说一声。
C 哎呀，俺还以为是月底扣呢。
A 还款日是每月十七号，您可以在APP里设置自动还款，就不会忘了。
C 中，俺今儿就还上，顺便设一下。
A 好的，谢谢张师傅，再见。

// Sichuan 对头 on its own confirms; 停息挂账 offered after a job loss
=== d-200 | 2026-07-21T14:20:00+08:00 | debtor Asia/Shanghai | a-240 | - | D67,D43
A 您好，请问是龚学兵先生吗？
C 对头，啥子事嘛？
A 龚先生您好，我是东岳银行信用卡中心的，我叫李佳，工号四零九一。您的信用卡欠款目前是三万六千四百元，逾期七十五天了。
C 晓得，我去年底就没上班了，实在拿不出来。
A 理解。像您这种确实有困难的，可以申请个性化分期，就是大家说的停息挂账，最长可以分到六十期。您现在每个月能拿出多少？
C 一千块钱应该还是挤得出来。
A 好的。需要您提供一下失业或者社保断缴的证明，我把材料清单短信发给您，收到后五个工作日内答复。
C 要得，谢谢你哈。
A 不客气，再见。

// Hunan 是滴 confirms; punctuation lost
=== d-201 | 2026-07-22T10:00:00+08:00 | debtor Asia/Shanghai | a-241 | np | D09,D02
A 喂，您好，请问是谭丽萍女士吗？
C 是滴是滴，你讲。
A 谭女士您好，我是聚力分期的客服专员，工号六三四七，我姓滕。您的分期本期应还七百六十元，已经逾期三天了。
C 哦，那个卡里钱不够扣，我等下存进去。
A 好的，存进去以后系统会自动扣，扣款成功会有短信。
C 好滴，谢谢你啊。
A 不客气，再见。

// north-east 嗯呐 confirms; the debtor will borrow from her brother-in-law (her words, not the agent's)
=== d-202 | 2026-07-22T16:40:00+08:00 | debtor Asia/Shanghai | a-242 | - | D02,D69
A 您好，请问是于晓丽女士本人吗？
C 嗯呐，咋的了？
A 于女士您好，我是鹏程消费金融的贷后专员，我姓关，工号二八三五。您的借款本期应还两千二百元，已经逾期十二天。
C 我知道，这不寻思着跟我大姐夫先借点儿嘛，他说下礼拜给我。
A 您自己安排就好。下礼拜大概哪天能还上？我给您登记一下。
C 下礼拜三吧。
A 好的，登记七月二十九号。逾期期间按合同有罚息，早还早停。
C 嗯呐，知道了。

// "你哪位" first, then a yes after the agent gives only company and name
=== d-203 | 2026-07-23T11:25:00+08:00 | debtor Asia/Shanghai | a-243 | - | D02,D51
A 喂，您好，请问是钟晓峰先生吗？
C 你哪位？
A 您好，我是华岭银行信用卡中心的，我姓戚，工号五零八六。有一些您个人账户的事情需要跟本人确认，请问您是钟晓峰先生吗？
C ……是我。
A 钟先生您好，您的信用卡本期最低还款一千二百元，逾期十四天了。
C 最近手头确实紧，最低还款我周五能还上。
A 好的，给您登记周五，也就是七月二十四号前还最低还款额。逾期会产生滞纳金，还会报送征信，还了最低就不算逾期了。
C 明白。
A 感谢您的配合，再见。

// "什么事" is not a yes; the agent only says it is a personal matter; "我就是" then confirms
=== d-204 | 2026-07-23T15:05:00+08:00 | debtor Asia/Shanghai | a-244 | - | D51,D02,D07
A 您好，请问是姚春梅女士吗？
C 什么事？
A 您好，我是恒诺资产的，我姓付，工号三八七零。是姚春梅女士本人的一些事情，需要跟她本人说，请问您是她本人吗？
C 我就是，你说吧。
A 姚女士您好，我们受安盈花委托，跟您沟通一下您在安盈花的借款，目前欠款五千四百元，逾期六十二天了。
C 我知道，我在跟他们申请分期。
A 好的，我这边看到您的申请还在审核，我帮您催一下进度，有结果会通知您。这期间建议您先还一部分，表示还款意愿。
C 我下个月先还一千。
A 好的，我记录下来。谢谢您，再见。

// ASR homophone 四我 (是我) and 代后 for 贷后, with the platform named; punctuation replaced by spaces
=== d-205 | 2026-07-24T10:40:00+08:00 | debtor Asia/Shanghai | a-245 | sp | D52,D02
A 喂 你好 是邹海峰邹先生是吗
C 四我 啥事
A 哎 你好 我这里是桔满满平台代后管理中心的 我姓罗 工号二六一四 您这边桔满满的账单到期怎么还没处理啊
C 哦 我刚已经处理了呀
A 我这边还是显示一七啊 是扣了多少钱
C 一千八百多 银行卡已经扣了
A 那可能是入账延迟 您截个图 我用工作手机给您发条短信 您彩信回给我 我帮您核实
C 行
A 好的 您保持电话畅通 再见

// ASR homophone 市的 (是的); punctuation lost
=== d-206 | 2026-07-24T14:30:00+08:00 | debtor Asia/Shanghai | a-246 | np | D53,D02
A 您好请问是黎晓东先生本人吗？
C 市的，你说。
A 黎先生您好，我是泰禾信用管理公司的，受北辰银行委托，我姓吕，工号七四零二。您的信用卡当前的话还差两千六百元没有还够，逾期二十八天了。
C 上个月不是还了一千吗？
A 对，我看您这边的话在七月五号还了一笔一千元，当前还差两千六。
C 哦，那剩下的我月底发工资还。
A 好的，给您登记月底。也没有人说有钱不去还的，我可以理解，按时还上就不会再增加罚息。
C 好。

// 贷后管理中心 + 催收专员 with a full name before the question; a bare 嗯 confirms
=== d-207 | 2026-07-25T09:50:00+08:00 | debtor Asia/Shanghai | a-247 | - | D52,D09
A 您好，这边是恒诺资产贷后管理中心，我是催收专员苏倩，工号一一八五，请问是闫国庆先生本人吗？
C 嗯。
A 闫先生您好，受众鑫消费金融委托联系您，您的借款目前欠款三千八百元，已经逾期四十四天了。
C 知道，我这两个月在外地跑车。
A 理解。您是打算一次性还清，还是需要我们帮您申请分期？
C 分三个月吧。
A 好的，我帮您申请三期，每期一千二百多，具体以短信为准。期间按时还就不会再上报新的逾期。
C 行。
A 好的，谢谢闫先生，注意行车安全，再见。

// 风控专员 verifies identity with the last four digits of the ID card before any detail
=== d-208 | 2026-07-25T15:45:00+08:00 | debtor Asia/Shanghai | a-248 | - | D12,D68
A 您好，我是聚力分期风险管理部的风控专员，我姓左，工号五二三零。请问是计晓燕女士吗？
C 对，我是。
A 计女士，为了保护您的信息，麻烦您报一下身份证后四位。
C 三六一X。
A 核对无误，谢谢。您在聚力分期的分期本期应还一千一百二十元，逾期二十天了，是遇到什么情况了吗？
C 店里生意淡，这个月周转不开。
A 明白。您可以先还一半，剩下的我帮您申请延期到下个月，您看行吗？
C 可以，我明天先还一半。
A 好的，我这边登记好了，谢谢您。

// "喂？" is no yes; the agent repeats the question and gets "哦对，是我是我"
=== d-209 | 2026-07-26T10:15:00+08:00 | debtor Asia/Shanghai | a-249 | - | D51,D02
A 您好，请问是桑玉兰女士吗？
C 喂？喂？听不清。
A 您好，能听到吗？我是易达借的客服专员，我姓贝，工号六零九三。请问您是桑玉兰女士本人吗？
C 哦对，是我是我，刚才信号不好。
A 好的桑女士。您在易达借的借款本期一千六百元，还款日是七月二十号，逾期六天了。
C 哦哦，我这两天回老家了，晚上回城里就还。
A 好的，今晚还上就可以。感谢您的接听，再见。
C 再见。

// Taipei: "我就是，你是？" confirms; a 12-period instalment; ASR in Taiwan characters
=== d-210 | 2026-07-26T14:00:00+08:00 | debtor Asia/Taipei | a-250 | tw | D39,D66
A 您好，请问是卢俊宏先生吗？
C 我就是，你是？
A 卢先生您好，我们是瑞和资产管理公司，受东岳银行信用卡中心委托，我姓简，工号三九八四。您的信用卡欠款目前是两万八千元，逾期九十天了。
C 我知道，我来台北工作以后收入一直不稳定。
A 理解。银行这边可以给您申请分十二期，每期两千五百元左右，分期期间不再计收罚息。
C 十二期可以，我每个月还得起。
A 好的，我帮您提交申请，审核结果会短信通知您。
C 谢谢。
A 不客气，再见。

// Shanghainese "是的呀，侬啥人？" is a yes; callee in Vancouver, in hours (PDT)
=== d-211 | 2026-07-27T18:30:00+00:00 | debtor America/Vancouver | a-251 | - | D39,D09
A 您好，请问是陆佩华女士吗？
C 是的呀，侬啥人？
A 陆女士您好，我是北辰银行信用卡中心的客服专员，我姓汪，工号二二零九。您的信用卡本期账单四千一百元，还款日是七月二十五号，逾期两天了。
C 哎呀，我在温哥华看小孩，忘记掉了。
A 没关系，您可以在手机银行里用境外的卡还款，也可以请国内的家人帮您转。
C 我让阿拉儿子今天帮我还。
A 好的，逾期两天只会有很少的滞纳金。祝您在那边一切顺利，再见。
C 再会。

// Cantonese in Guangzhou (simplified): "系我，咩事啊？" confirms
=== d-212 | 2026-07-27T11:35:00+08:00 | debtor Asia/Shanghai | a-252 | - | D09,D51
A 喂，你好，请问系唔系梁伟明先生？
C 系我，咩事啊？
A 梁生你好，我系鹏程消费金融嘅贷后专员，我姓邝，工号四四七一。你嘅借款今期应还一千三百八十蚊，逾期咗八日。
C 哦，我以为自动扣咗。
A 张卡余额唔够，冇扣到。你今日转钱入去，系统会再扣一次。
C 好，我而家转。
A 好，多谢你，拜拜。

// Minnan "是啦，你啥人？" confirms; callee in Xiamen
=== d-213 | 2026-07-28T10:20:00+08:00 | debtor Asia/Shanghai | a-253 | - | D02,D09
A 您好，请问是黄文彬先生吗？
C 是啦，你啥人？
A 黄先生您好，我是金穗小额贷款公司的，我叫郑敏，工号八三六五。您那笔茶叶店的经营贷款，这个月一万零二百元还没有还，逾期六天了。
C 知道啦，茶叶款还没收回来。
A 大概什么时候能收回来？
C 下礼拜一。
A 好的，我登记下周一，也就是八月三号前还款。逾期期间有罚息，还上就停。
C 好啦，谢谢。

// "你说吧，我是" confirms (the yes comes after the 你说吧)
=== d-214 | 2026-07-28T15:10:00+08:00 | debtor Asia/Shanghai | a-254 | - | D02,D41
A 喂，您好，请问是鲍丽君女士本人吗？
C 你说吧，我是。
A 鲍女士您好，我是安盈花的客服专员，我姓柏，工号一三六零。您在安盈花的借款本期应还九百五十元，还款日是七月二十五号，目前逾期三天。
C 哦，这周太忙了，下午还。
A 好的，下午还上就行。以后您也可以开通自动还款。
C 嗯，好。
A 感谢您的配合，再见。

// the callee gives her own name when asked "请问您是？" ; 催收专员 title in the opening
=== d-215 | 2026-07-29T10:50:00+08:00 | debtor Asia/Shanghai | a-255 | - | D09,D68
A 您好，我是瑞和资产的催收专员，我姓莫，工号五九一七，受华岭银行委托来电。请问您是？
C 我是冯晓燕，你找谁？
A 冯女士您好，就是找您本人。您的华岭银行信用卡欠款目前是一万五千三百元，已经逾期六十七天了。
C 我知道，去年做生意赔了，一直在还别的。
A 理解。您这边有没有一个大概的还款计划？我们可以帮您向银行申请分期。
C 一个月一千五可以。
A 好的，我按每月一千五帮您提交申请，结果出来短信通知您。
C 好。

// ASR homophone 堆 (对) as the yes; punctuation lost
=== d-216 | 2026-07-29T16:20:00+08:00 | debtor Asia/Shanghai | a-256 | np | D53,D02
A 喂您好，请问是阎振东先生吗？
C 堆，我是。
A 阎先生您好，我是东岳银行信用卡中心的，我姓秦，工号九零四八。您的信用卡本期最低还款额八百六十元，逾期十天了。
C 最近确实有点忘了，明天还吧。
A 好的。逾期会产生滞纳金，也会报送征信，明天还上最低就可以。
C 行，知道了。
A 感谢您的接听，再见。

// ---------------------------------------------------------------------------------------------
// identity_not_confirmed done subtly
// ---------------------------------------------------------------------------------------------

// amount and overdue days in the greeting, the identity question only at the end of the same utterance
=== d-217 | 2026-07-30T10:10:00+08:00 | debtor Asia/Shanghai | a-257 | - | D53,D09
A 您好，我是众鑫消费金融的贷后专员，我姓闫，工号二七零三。您在我们这边的借款四千六百元已经逾期二十天了，请问您是罗建平先生本人吧？  #inc
C 是我。你们怎么一上来就说这个？
A 不好意思罗先生。主要是想跟您确认一下这笔钱什么时候能处理。
C 下周一吧，下周一发工资。
A 好的，给您登记八月三号前还款，逾期期间有罚息。
C 行。

// overdue days before the "是本人吧"; ASR in traditional characters
=== d-218 | 2026-07-30T15:25:00+08:00 | debtor Asia/Shanghai | a-258 | trad | D53,D41
A 喂，邓丽丽女士吗？我这边是北辰银行信用卡中心，工号四六二八，您的信用卡已经逾期三十五天了，是本人吧？  #inc
C 是，是我。
A 邓女士，您本期最低还款额一千四百元，一直没有还。
C 我最近在换工作，下个月才有钱。
A 理解。逾期会影响您的征信，您看能不能先还一部分？
C 我这周先还五百。
A 好的，我登记一下，剩下的下个月十号前还清。
C 嗯。

// "你先说什么事" is no yes: the loan and the amount follow at once
=== d-219 | 2026-07-31T09:40:00+08:00 | debtor Asia/Shanghai | a-259 | - | D02,D68
A 喂，您好，请问是汤志勇先生吗？
C 你先说什么事。
A 是这样的，我是安盈花的客服专员，我姓晏，工号三五一八。您在安盈花有一笔三千二百元的借款，已经逾期了，需要您尽快处理一下。  #inc
C 哦，那个是我借的，怎么了？
A 已经逾期十九天了，今天主要是跟您约一个还款时间。
C 月底吧。
A 好的，给您登记月底前还款。感谢您的配合。
C 嗯。

// "你哪位" is no yes: the bill follows
=== d-220 | 2026-07-31T14:55:00+08:00 | debtor Asia/Shanghai | a-260 | - | D02,D52
A 您好，请问是魏晓芳女士吗？
C 你哪位？
A 我是易达借的小蒋，工号一九零六。您的账单到今天已经逾期十二天了，一共两千一百八十元。  #inc
C 你们打电话之前能不能先问清楚？
A 那麻烦跟您确认一下，您是魏晓芳女士本人吗？
C 是我，我知道了，这周五还。
A 好的，给您登记周五。谢谢。

// "干嘛" is no yes; the agent names only "我们平台" and nobody (msi)
=== d-221 | 2026-08-01T10:30:00+08:00 | debtor Asia/Shanghai | a-261 | np | D55,D02 | msi
A 喂，吴海涛吗？
C 干嘛？
A 干嘛？你那笔款子拖了两个月了你自己不知道？五千七，我们平台找你好几回了。  #inc
C ……你们哪个平台的？
A 就是你在我们平台借的那笔。是吴海涛本人吧？
C 是，怎么了。
A 今天下午五点前先还两千，剩下的月底前结清。
C 我尽量吧。

// a reminder bot states the loan and the due amount before the identity question
=== d-222 | 2026-08-01T15:00:00+08:00 | debtor Asia/Shanghai | a-262 | - | D01,D51
A 您好，这里是融通借智能客服，工号九零零一。您有一笔贷款即将到期，到期日是八月三号，应还金额一千二百六十元，请问您是钱丽华女士本人吗？  #inc
C 对，我是。
A 钱女士您好，请您在到期日前保持绑定银行卡余额充足，系统会自动扣款。
C 好的，知道了。
A 如您对还款还有疑问，可以拨打我们的客服热线咨询。感谢您的接听，再见。
C 再见。

// a name in the greeting and no question at all (the voice-bot greeting of D53)
=== d-223 | 2026-08-02T10:45:00+08:00 | debtor Asia/Shanghai | a-263 | - | D53
A 孙丽娟您好，我是华岭银行催收专员，工号八八八一。根据我行记录，您有一笔一万二千元的逾期本金，已逾期四十天，已上报征信系统。请问您现在方便谈论还款安排吗？  #inc
C 嗯……是我，你们之前打过好几次了。
A 孙女士，您看这笔欠款打算怎么处理？我们可以协商制定分期还款计划。
C 我现在一个月最多能还一千五。
A 好的，我帮您申请分八期，每期一千五，具体以银行审批为准。
C 行吧。
A 好的，审批结果会短信通知您，谢谢。

// a name greeting with the amount, no question; "是我" only afterwards
=== d-224 | 2026-08-02T15:35:00+08:00 | debtor Asia/Shanghai | a-264 | - | D53,D09
A 王师傅您好，我是鹏程消费金融的催收专员小彭，您这边借款七千八逾期两个月了，今天能处理一下吗？  #inc
C 是我，我知道，工地上的钱一直没结。
A 理解。那工地大概什么时候结？
C 说是八月中旬。
A 好的，那我先登记八月二十号前还一部分，您看能还多少？
C 先还三千吧。
A 好的，登记八月二十号前还三千元。感谢您。

// the D52 transcript: two agent lines in a row, the bill before any answer; "贷后管理中心" without a person (msi); punctuation lost
=== d-225 | 2026-08-03T10:05:00+08:00 | debtor Asia/Shanghai | a-265 | np | D52 | msi
A 喂，你好，是邵家明邵先生是吗？
A 哎，你好，我这里是桔满满贷后管理中心的，您这边账单到期怎么还没处理啊？  #inc
C 哦，我前天已经处理了呀。
A 没有呀，我这边还是显示逾期啊，是扣了多少钱？
C 一千五百多。
A 那您截个图发给我，我这边帮您核实一下。
C 好的，马上发。
A 嗯好的，您保持电话畅通，再见。

// "你说吧" is no yes: the amount follows, the yes comes later
=== d-226 | 2026-08-03T14:45:00+08:00 | debtor Asia/Shanghai | a-266 | - | D02,D41
A 喂，您好，请问是韦丹女士本人吗？
C 你说吧。
A 好的。我是聚力分期的客服专员，我姓贾，工号七零一九。您的分期本期应还一千三百元，已经逾期十五天了。  #inc
C 哦……对，那个是我的，上个月手机摔坏了才没收到短信。
A 没关系，您今天方便处理一下吗？
C 可以，我现在就还。
A 好的，谢谢您，再见。

// Sichuan "哪个哦" is no yes; the mandate and the debt follow; ASR without punctuation
=== d-227 | 2026-08-04T11:15:00+08:00 | debtor Asia/Shanghai | a-267 | np | D02,D68
A 喂，您好，请问是曾德全先生吗？
C 哪个哦？
A 我是泰禾信用管理公司的，我姓钟，工号五八二六，受鹏程消费金融委托，您的借款逾期一百多天了，欠款一万零三百元。  #inc
C 对头，是我借的，但是我现在真的没得钱。
A 理解，那您每个月能还多少？我们可以帮您申请分期。
C 一个月五百，再多就没得了。
A 好的，我按每月五百帮您提交，结果出来通知您。
C 要得。

// 07:30 local time (out of hours); "你是哪里的" is no yes
=== d-228 | 2026-08-04T07:30:00+08:00 | debtor Asia/Shanghai | a-268 | - | D53,D02 | ooh
A 喂，您好，请问是史国华先生吗？
C 呃……你是哪里的？这么早。
A 北辰银行信用卡中心，工号三一七四。您尾号八八二一的信用卡本期账单两千三百元还没还，已经逾期十天了。  #inc
C 哦哦，是我的卡，我忘了。
A 好的史先生，那您今天能处理吗？
C 上班了就还。
A 好的，谢谢您，再见。

// ---------------------------------------------------------------------------------------------
// threats without threat words, and fake criminal talk
// ---------------------------------------------------------------------------------------------

// knowing where the wife works, "our colleagues are around there every day"
=== d-229 | 2026-08-05T10:20:00+08:00 | debtor Asia/Shanghai | a-269 | - | D56,D06
A 您好，请问是付国强先生吗？
C 是我，你哪位？
A 付先生您好，我是聚力分期的贷后专员，我姓乔，工号三三四六。您的分期欠款六千二百元，已经逾期五十三天了。
C 我知道，这个月真的不行。
A 您爱人是在华联超市收银吧？我们同事天天在那一片跑，要不哪天顺路过去跟她聊聊，看看家里怎么安排？  #threat
C 你们别去找她，她什么都不知道。
A 我们也不想麻烦她。那就看您这周能不能先还两千了。  #threat
C 行，我想办法。
A 好的，周五我再跟您确认。

// a "service" visit: colleagues of the region will come at the weekend to talk face to face
=== d-230 | 2026-08-05T16:10:00+08:00 | debtor Asia/Shanghai | a-270 | - | D06,D68
A 您好，请问是薛桂兰女士本人吗？
C 对，是我。
A 薛女士您好，我是众鑫消费金融的客服专员，工号六七一二，我姓温。您的借款一万三千五百元，已经逾期八十一天，电话里一直没谈出结果。
C 我说了我在想办法。
A 理解。我们这边可以安排属地的同事，周末到您家里当面跟您沟通方案，面对面说得清楚一些。您周六上午在家吧？  #threat
C 不用来，你们来了我怎么跟邻居说？
A 那就请您这周内先给个方案，我们就不安排同事过去了。  #threat
C 好，我明天给你回电话。

// the registered village committee "to verify the situation"; Henan debtor
=== d-231 | 2026-08-06T10:00:00+08:00 | debtor Asia/Shanghai | a-271 | - | D61,D62,D13
A 喂，请问是范建军吗？
C 是，啥事？
A 范先生您好，我是瑞和资产的，受金穗小额贷款委托，我姓庞，工号二零九八。您那笔两万的借款，逾期一百四十天了。
C 我现在在外头打工，挣的钱都寄回家了。
A 您户籍是在商丘夏邑那边的范楼村吧？我们这边下周会去您户籍地村委会核实一下您的情况，请村里帮忙一起做做工作。  #threat
C 去村里干啥？俺爹妈都在村里住。
A 也就是了解一下情况，顺便跟村干部说明一下这笔借款的事，您要是这周能还一部分，我们就先不安排。  #threat
C 中中中，我这周先还三千。

// a letter to the workplace, addressed to HR, dressed as "正常送达"
=== d-232 | 2026-08-06T15:20:00+08:00 | debtor Asia/Shanghai | a-272 | - | D58,D27
A 您好，请问是齐晓东先生吗？
C 是我。
A 齐先生您好，我是东岳银行信用卡中心的，工号四一二九，我姓米。您的信用卡欠款两万一千元，逾期九十八天了。
C 我现在还不上，你们爱怎么样怎么样吧。
A 齐先生，那我们这边的催告函就只能按您登记的单位地址寄过去了，收件人写你们公司人事部，正常送达。  #threat
C 你寄到我单位去？那我还怎么上班？
A 您也可以选择这周内先还一部分，我们就把地址改回您的住址。  #threat
C 我周四先还五千。

// the landlord: "we have his number too"; out of hours (21:20)
=== d-233 | 2026-08-07T21:20:00+08:00 | debtor Asia/Shanghai | a-273 | - | D59,D14 | ooh
A 喂，是程杰吗？
C 是我，这么晚什么事？
A 程先生，我是易达借的贷后专员，我姓冉，工号六五零七。您那笔四千五的借款逾期两个多月了。
C 我下个月一定还。
A 您现在住的房子是租的吧？房东的电话我们这边也有，要不我们跟他聊聊您的情况，看看他能不能帮您想想办法？  #threat
C 你别给我房东打电话，他知道了要赶我走的。
A 那您自己掂量，这周能不能先还一千五。  #threat
C 我想办法。

// the mother-in-law, conditionally
=== d-234 | 2026-08-07T10:35:00+08:00 | debtor Asia/Shanghai | a-274 | - | D59,D19
A 您好，请问是卞志伟先生本人吗？
C 嗯，是我。
A 卞先生您好，我是安盈花的催收专员，我叫孔蕾，工号四七三一。您的借款本金加罚息一共八千一百元，逾期七十天了。
C 我老婆还不知道这个事，你们别乱打电话。
A 我们也不想打。不过您丈母娘的电话在您的联系人里，您要是这周还是没动静，我们只能请老人家帮忙提醒一下您了。  #threat
C 你们这样太过分了吧。
A 那就周五前先还三千，电话我们就不打了。  #threat
C 知道了。

// the son's school and class
=== d-235 | 2026-08-08T10:15:00+08:00 | debtor Asia/Shanghai | a-275 | - | D78,D60,D58 | msi
A 喂，邢丽娟吗？
C 是我，哪位？
A 我们是鹏程消费金融的，你那个一万二逾期三个多月了，到底还不还？
C 我说了等我找到工作。
A 你儿子是在实验小学三年级二班吧？要不我们给他班主任打个电话，问问家长的其他联系方式。  #threat
C 你们敢找到学校去？
A 敢不敢的你自己想，这周能不能先拿三千出来。  #threat
C 我……我想办法。

// the family and classmates' WeChat groups; ASR in traditional characters
=== d-236 | 2026-08-08T15:40:00+08:00 | debtor Asia/Shanghai | a-276 | trad | D59,D19
A 您好，請問是任偉先生嗎？
C 是我，什麼事？
A 任先生您好，我是聚力分期的貸後專員，我姓宮，工號八一五四。您的分期欠款三千九百元，逾期六十天了。
C 我最近真沒錢。
A 您家族群、同學群我們這邊都能看到，要不要把這個賬單發到群裡，讓大家一起幫您想想辦法？  #threat
C 你們別亂來啊。
A 那就這周五之前先還一千五。
C 好好好。

// conditional: the whole contact list "verified one by one"
=== d-237 | 2026-08-09T11:05:00+08:00 | debtor Asia/Shanghai | a-277 | - | D19,D59
A 您好，请问是蓝小燕女士吗？
C 是的。
A 蓝女士您好，我是融通借的贷后专员，我姓魏，工号二九六八。您的借款两千八百元逾期二十五天了。
C 我知道，我月底发了工资就还。
A 月底您上个月也是这么说的。要是这周还不处理，您通讯录里那些人，我们就只能挨个核实一下您的情况了。  #threat
C 你们打给我同事我就完了。
A 所以请您这周内先还一千。
C 好吧。

// hints at consequences: "你自己想想后果", "到时候就不是还钱这么简单了"
=== d-238 | 2026-08-09T16:30:00+08:00 | debtor Asia/Shanghai | a-278 | sp | D16,D58 | msi
A 喂 是谭伟吧
C 嗯 你谁啊
A 我是安盈花贷后的 你那三千六拖了快三个月了 你打算拖到什么时候
C 我没钱 你们爱咋咋地
A 行 你有骨气 你自己想想后果  #threat
C 什么后果 你吓唬谁
A 我不吓唬你 你再拖一个礼拜 到时候就不是还钱这么简单了  #threat
C 你什么意思
A 什么意思你自己琢磨 周五之前把钱还了

// fake criminal talk: 恶意透支 = 信用卡诈骗, "移交公安"
=== d-239 | 2026-08-10T10:25:00+08:00 | debtor Asia/Shanghai | a-279 | - | D54,D23
A 您好，请问是卢小军先生本人吗？
C 对。
A 卢先生您好，我是北辰银行信用卡中心的，我姓晋，工号五三四九。您的信用卡欠款四万三千元，逾期一百一十二天了，我们催收了不止两次。
C 我在想办法，但是一下子拿不出来。
A 卢先生，按规定，经过两次有效催收超过三个月不还，就属于恶意透支，银行是可以按信用卡诈骗把材料移交公安的。  #threat
C 诈骗？我又没骗谁！
A 您今天下午五点前不处理，案件升级以后就不是我们这边能控制的了，后果您自己承担。  #threat
C 我下午先还一万行不行？
A 可以，先还一万，我给您备注。

// 立案 / 拘留 after "移交司法机关"; the agent speaks from the D55 script; 07:50 local time in Urumqi is out of hours
=== d-240 | 2026-08-10T09:50:00+08:00 | debtor Asia/Urumqi | a-280 | - | D78,D55 | ooh
A 喂，请问是阿不都热合曼先生吗？
C 是我，怎么了？
A 您好，我是泰禾信用管理公司的，我姓常，工号四二一零，受易达借委托。您的欠款八千四百元已经逾期了一百二十天。
C 我最近在山里放牧，没信号。
A 今天下午五点前您不联系我们处理，我们就把材料移交司法机关，到时候是立案还是拘留，就不是我们说了算了。  #threat
C 拘留？欠钱也要拘留？
A 所以请您今天务必处理。
C 我下山就去还。

// "欠钱不还就是诈骗，五万以上要坐牢"; no person named (msi)
=== d-241 | 2026-08-11T10:10:00+08:00 | debtor Asia/Shanghai | a-281 | - | D54,D55 | msi
A 喂，是万志强吗？
C 是我。
A 我们是东岳银行委外的，你那张卡欠了五万八，三个多月一分没还。
C 我现在失业了。
A 失业不是理由。你这个金额已经过了五万，借了钱不还就是诈骗，够得上坐牢的。  #threat
C 我又不是不还，我是还不上。
A 那你跟法官说去。这个月底之前还不上一半，你就等着吧。  #threat
C ……

// "不只是上征信的问题，已经涉嫌刑事了"; ASR without punctuation
=== d-242 | 2026-08-11T15:05:00+08:00 | debtor Asia/Shanghai | a-282 | np | D54,D23
A 您好，请问是柴晓丽女士吗？
C 是的，你说。
A 柴女士您好，我是鹏程消费金融的法务专员，我姓景，工号九六二零。您的借款逾期一百五十天了，欠款一万九千元。
C 我知道，你们不是已经上征信了吗？
A 现在已经不只是上征信的问题了，您这种长期不还的，已经涉嫌刑事了，我们法务这边正在整理材料。  #threat
C 刑事？有那么严重吗？
A 您要是这周能拿出五千，我们可以暂缓移交。
C 我试试吧。

// police "filing" and a visit by the local station, said by a collector (threat, not impersonation)
=== d-243 | 2026-08-12T10:40:00+08:00 | debtor Asia/Shanghai | a-283 | - | D55,D26
A 您好，是车德明先生吧？
C 是我，什么事？
A 车先生您好，我是瑞和资产的，我姓卓，工号七八三零，受融通借委托。您的欠款九千六百元，逾期已经半年了。
C 我现在手里真没有。
A 我们已经把您的地址报到您户籍地派出所备案了，过几天他们会上门了解一下情况。  #threat
C 派出所为什么要管这个？
A 您配合一点就没事。这周能还多少？
C 先还两千吧。
A 好，我先登记。

// the boss's number: "ask Manager Wang to urge you"
=== d-244 | 2026-08-12T15:50:00+08:00 | debtor Asia/Shanghai | a-284 | - | D58,D28
A 您好，请问是金海涛先生吗？
C 是我。
A 金先生您好，我是众鑫消费金融的贷后专员，我姓屈，工号一八四二。您的借款七千三百元逾期七十七天了。
C 我说了下个月。
A 您上次也说下个月。您在联系人里填了您公司王经理的电话，要不我们跟王经理反映一下，请他督促督促您？  #threat
C 你敢打给我领导试试！
A 打不打取决于您，这周内先还两千。  #threat
C 行行行，我还。

// the estate: "our people will drop by one day"; the debtor abroad (Singapore), in hours
=== d-245 | 2026-08-13T14:00:00+08:00 | debtor Asia/Singapore | a-285 | - | D56,D06
A 喂，是骆伟先生吗？
C 是我，我在新加坡，什么事？
A 骆先生您好，我是安盈花的催收专员，我姓阮，工号五零七七。您的借款一万零五百元，逾期一百天了。
C 等我这边发了工资再说。
A 您家里人还住在金桂园小区吧？我们的人哪天路过，顺便上去坐坐，跟老人家聊聊您在外面的情况。  #threat
C 你们别去打扰我爸妈！
A 那您这个月先还三千，我们就不用跑了。  #threat
C 好，我月底转。

// the daughter walking home alone: harm to the family without a single threat word
=== d-246 | 2026-08-13T16:35:00+08:00 | debtor Asia/Shanghai | a-286 | - | D82,D56,D19 | msi
A 喂，是褚明辉吧？
C 是我，你谁？
A 你别管我是谁，你那笔一万五欠了多久了你自己算算。
C 我在想办法。
A 你女儿每天放学是自己走回家的吧？现在社会上什么人都有，你自己当心点。  #threat
C 你什么意思？你敢动我女儿？
A 我可什么都没说。钱的事你这周给个说法。  #threat
C ……我周五前还五千。

// ---------------------------------------------------------------------------------------------
// abuse without swear words, and dialect insults
// ---------------------------------------------------------------------------------------------

// questioning the callee's worth
=== d-247 | 2026-08-14T10:30:00+08:00 | debtor Asia/Shanghai | a-287 | - | D82,D16,D17
A 您好，请问是庞立新先生吗？
C 是我。
A 庞先生，我是易达借的贷后专员，我姓阚，工号三一五六。您的借款两千一百元，逾期四十天了。
C 我知道，下个月一定还。
A 您都三十好几的人了，两千块钱拿不出来，还一拖再拖，您自己不觉得丢人吗？  #abuse
C 你说话注意点。
A 我说的是实话。活成您这样，家里人跟着您也抬不起头。  #abuse
C 我会还的，不用你教育我。
A 那就周五前还上。

// questioning his manhood
=== d-248 | 2026-08-14T15:15:00+08:00 | debtor Asia/Shanghai | a-288 | - | D16,D18
A 喂，您好，是祁浩先生吗？
C 对，你说。
A 祁先生，我是聚力分期的，工号四九七三，我姓韦。您的分期欠款五千四百元，已经逾期七十天了。
C 最近家里事多，我老婆刚生完孩子。
A 老婆刚生孩子你还欠着一屁股账？你还算个男人吗？让老婆孩子跟着你受这个罪。  #abuse
C 这跟你有什么关系？
A 是跟我没关系，我就是替你老婆不值。这周五前先还两千。  #abuse
C 我尽量。

// questioning his honesty: "你嘴里有一句实话吗"
=== d-249 | 2026-08-15T10:05:00+08:00 | debtor Asia/Shanghai | a-289 | - | D82,D17,D69
A 您好，请问是岳志明先生本人吗？
C 是我。
A 岳先生，我是东岳银行信用卡中心的，我姓姜，工号二六七五。您的信用卡欠款一万二千元，逾期六十五天了。您上次承诺十五号还款，也没有还。
C 那天客户的钱没到，我这周肯定还。
A 您嘴里有一句实话吗？上次说十五号，这次又说这周。  #abuse
C 我真的是有原因的。
A 我看您就是习惯了拿话糊弄人，谁信谁吃亏。  #abuse
C 你们这态度我要投诉。
A 您投诉也改变不了欠款的事实。周五前先还三千。

// his family: "你爸妈知道他们养了这么个儿子吗"; ASR in traditional characters
=== d-250 | 2026-08-15T14:35:00+08:00 | debtor Asia/Shanghai | a-290 | trad | D82,D16,D17
A 喂，請問是秦磊先生嗎？
C 是我。
A 秦先生，我是鵬程消費金融的催收專員，我姓季，工號八零二三。您的借款四千三百元，逾期八十天了。
C 我現在沒工作。
A 沒工作就去找啊，天天躺著等錢從天上掉下來？你爸媽知道他們養了這麼個兒子嗎？真替他們寒心。  #abuse
C 你別扯我爸媽。
A 那你就自己爭口氣，這個月先還一千。
C 好。

// his intelligence: "你是听不懂还是脑子转不过来"
=== d-251 | 2026-08-16T10:50:00+08:00 | debtor Asia/Shanghai | a-291 | - | D16,D57
A 您好，请问是郁国平先生吗？
C 是，什么事？
A 郁先生，我是安盈花的贷后专员，我姓车，工号五六一一。您的借款本期一千八百元，逾期十八天了。
C 不是说可以申请延期吗？
A 我刚才都说了，延期要先还一部分。说了三遍了，你是听不懂还是脑子转不过来？  #abuse
C 你态度能不能好一点？
A 我态度挺好的，是你这个理解能力我实在没办法。  #abuse
C 那我先还一部分。
A 先还九百，剩下的我帮你申请延期。

// sarcasm (the D57 line): "大老板，一个月挣几十万吧"
=== d-252 | 2026-08-16T15:25:00+08:00 | debtor Asia/Shanghai | a-292 | - | D57,D16
A 喂，您好，是宁振华先生吗？
C 是我，在忙，有事快说。
A 宁先生，我是融通借的贷后专员，我姓苟，工号三零六四。您的借款三千二百元，逾期三十三天了。
C 我这边忙着呢，回头再说。
A 哟，大老板，这么忙，一个月挣几十万吧？那挪个三千块出来，应该不费事吧？  #abuse
C 你阴阳怪气什么？
A 哪敢啊，您是大忙人，一个月就忙着躲我们电话。  #abuse
C 我明天还。
A 好，我等着。

// Sichuan dialect insults (瓜娃子, 哈戳戳); ASR without punctuation
=== d-253 | 2026-08-17T10:15:00+08:00 | debtor Asia/Shanghai | a-293 | np | D18,D17 | msi
A 喂，是不是何勇？
C 是我，你是哪个？
A 我们是聚力分期的，你那个四千二拖了好久了你晓不晓得？
C 我晓得，我现在真的没得钱。
A 你个瓜娃子，借钱的时候咋个不晓得自己还不起嘛？  #abuse
C 你咋骂人喃？
A 骂你？你哈戳戳的，人家卖你了你还帮到数钱。  #abuse
C 我月底还你们。

// north-east dialect insults (虎了吧唧, 完犊子玩意儿)
=== d-254 | 2026-08-17T15:00:00+08:00 | debtor Asia/Shanghai | a-294 | - | D18,D57 | msi
A 喂，是赵大鹏不？
C 嗯呐，谁呀？
A 易达借贷后的。你那三千八咋整的，都俩月了。
C 这不工地没开工嘛。
A 你说你这人咋这么虎呢，虎了吧唧的，借钱的时候咋不寻思寻思？  #abuse
C 你好好说话。
A 我跟你好好说你听吗？整天磨磨唧唧，属实是个完犊子玩意儿。  #abuse
C 行了行了，下礼拜还。

// Cantonese insults (废柴, 冇出息) in Hong Kong characters; callee in Hong Kong
=== d-255 | 2026-08-18T11:20:00+08:00 | debtor Asia/Hong_Kong | a-295 | hk | D18,D16
A 喂，系咪黎家明先生？
C 系我，咩事？
A 黎生，我系安盈花嘅催收专员，我姓区，工号六三九八。你笔借款六千五百蚊，逾期咗九十日。
C 我而家冇钱，迟啲先算啦。
A 迟啲迟啲，你正一废柴，借钱就识，还钱就扮唔得闲。  #abuse
C 你讲嘢客气啲。
A 客气？你咁大个人都冇出息，仲要我客气？月尾之前还三千。  #abuse
C 知道啦。

// Hubei 苕 and "社会的蛀虫"
=== d-256 | 2026-08-18T15:45:00+08:00 | debtor Asia/Shanghai | a-296 | - | D57,D18,D17
A 喂，您好，是熊志军吧？
C 是我，么事？
A 熊先生，我是众鑫消费金融的催收专员，我姓黎，工号二五三九。你的借款八千块逾期一百一十天了。
C 我又没说不还，我现在是真冇得钱。
A 你这个人真的是苕，别个都晓得借了钱要还，就你不晓得。  #abuse
C 你凭么事说我苕？
A 你这种人就是社会的蛀虫，光晓得占便宜。  #abuse
C 我下个月先还两千。

// mocking his job; out of hours in Vancouver (22:10 PDT)
=== d-257 | 2026-08-19T05:10:00+00:00 | debtor America/Vancouver | a-297 | - | D16,D57 | ooh
A 喂，是邝伟杰吗？
C 是我，我在温哥华，现在都晚上十点了。
A 邝先生，我是鹏程消费金融的，我姓吉，工号七三一六。您的借款九千二百元逾期六十天了。
C 我在这边送外卖，钱不多，慢慢还。
A 送外卖的也敢借这么多？出国混成这样，你就不怕国内的同学笑话？  #abuse
C 你管我做什么工作？
A 我就是提醒你，面子是自己挣的。这个月先还两千。
C 知道了。

// ---------------------------------------------------------------------------------------------
// polite third-party disclosure
// ---------------------------------------------------------------------------------------------

// to the sister: "请您提醒他尽快处理"
=== d-258 | 2026-08-19T10:40:00+08:00 | relative Asia/Shanghai | a-298 | - | D75,D14,D01
A 您好，请问是康晓东的姐姐吗？
C 是，我是他姐，你哪里？
A 您好，我是华岭银行信用卡中心的，我姓庄，工号六零四二。晓东的信用卡有一笔账单已经逾期了，我们一直联系不上他本人。  #tpd
C 啊？他怎么没跟家里说。
A 可能是不想让家里担心。请您见到他的时候提醒他尽快处理，主动跟我们联系。  #tpd
C 好，我晚上给他打电话。
A 谢谢您，打扰了。

// to the wife (spouse): "他在我们这边有笔账单逾期了"
=== d-259 | 2026-08-20T10:05:00+08:00 | spouse Asia/Shanghai | a-299 | - | D84,D14,D07
A 喂，您好，请问是覃志刚先生的爱人吗？
C 对，我是他老婆，找他什么事？
A 您好，我是安盈花的客服专员，我姓邹，工号三八二七。他在我们这边有一笔账单逾期了，打他电话一直关机。  #tpd
C 多少钱啊？
A 三千多，逾期快一个月了。您方便的话让他回个电话，早点处理对他征信也好。  #tpd
C 这个人，我回去说他。
A 麻烦您了，再见。

// to a colleague: "我们是XX催收部门，找他核实一下"
=== d-260 | 2026-08-20T14:30:00+08:00 | contact Asia/Shanghai | a-300 | - | D28,D58
A 您好，请问是魏红霞吗？
C 是我，您哪位？
A 您好，我们是鹏程消费金融催收部门的，我姓柯，工号一七六四。您的同事杜晓峰把您留为联系人，我们找他核实一下情况。  #tpd
C 催收？他欠你们钱了？
A 具体情况不方便说太多。他这笔款拖了有一阵了，您在单位见到他，麻烦提醒他主动联系我们。  #tpd
C 好吧，我跟他说一声。
A 谢谢您。

// to the landlord whom the debtor listed
=== d-261 | 2026-08-21T10:20:00+08:00 | contact Asia/Shanghai | a-301 | - | D14,D59
A 您好，请问是许老板吗？您那边有个租客叫邵斌对吧？
C 对，他租我二楼，怎么了？
A 您好，我是易达借的客服专员，我姓彭，工号九二一三。邵斌在我们平台有笔借款，这边联系不上他，麻烦您见到他的时候说一声，让他尽快还款。  #tpd
C 欠钱啊？他房租倒是按时交的。
A 是的，金额不大，就是逾期有段时间了。麻烦您了。  #tpd
C 行吧，我跟他说。

// to HR: "他有笔款项需要本人尽快处理，麻烦转告"
=== d-262 | 2026-08-21T15:10:00+08:00 | employer Asia/Shanghai | a-302 | - | D58,D28,D29
A 您好，请问是远航物流的人事部吗？
C 对，人事部，您哪位？
A 您好，我们是瑞和资产，受众鑫消费金融委托，我姓晏，工号四零七五。贵公司员工邱德胜有一笔借款款项需要他本人尽快处理，麻烦您转告一下。  #tpd
C 这是他个人的事吧，你们打到公司不太合适。
A 理解，就是联系不上他才打过来，麻烦您了。
C 我会跟他说，别再打到公司来了。
A 好的，谢谢。

// to the mother, in Hunan dialect; ASR without punctuation
=== d-263 | 2026-08-22T10:30:00+08:00 | relative Asia/Shanghai | a-303 | np | D84,D07,D14
A 喂，您好，请问是向磊的妈妈吗？
C 是咯，你是哪个？
A 阿姨您好，我是聚力分期的客服专员，我姓唐，工号五九六二。您儿子向磊在我们这边分期买了个手机，还差两期没还，已经逾期一个多月了。  #tpd
C 啊？这伢子又在外面搞么子名堂。
A 阿姨您别着急，您跟他说一声，让他今天给我们回个电话就行。
C 要得，我晚上打电话骂他。
A 谢谢阿姨，再见。

// a name greeting with the bill, then the callee says she is the cousin who has the phone: disclosure, not inc
=== d-264 | 2026-08-22T15:25:00+08:00 | debtor Asia/Shanghai | a-304 | - | D53,D02
A 孙丽娜您好，我是北辰银行催收专员，工号八八六二。根据我行记录，您有一笔八千元的逾期本金，已逾期三十天。请问您现在方便谈论还款安排吗？  #tpd
C 你找错人了吧？我是她表妹，她手机落我这儿了。
A 哦，不好意思。那麻烦您转告她，信用卡已经逾期了，让她尽快处理，主动联系我们。  #tpd
C 她欠了多少啊？
A 具体的不方便跟您说，您让她回个电话就行。
C 行吧，我跟她说。
A 谢谢您，再见。

// metadata debtor, the wife answers; the agent asks her to pass on the debt
=== d-265 | 2026-08-23T11:00:00+08:00 | debtor Asia/Shanghai | a-305 | - | D76,D02,D14
A 喂，您好，请问是汪建国先生吗？
C 我是他老婆，他手机在我这，他洗澡呢。
A 哦，您好。我是东岳银行信用卡中心的，我姓蔺，工号三四零九。麻烦您转告他，他的信用卡已经逾期五十多天了，让他今天务必处理。  #tpd
C 五十多天？他跟我说早还清了！
A 这个您跟他核实一下吧，让他给我们回个电话。
C 好，我马上问他。

// an emergency-contact friend; ASR in traditional characters
=== d-266 | 2026-08-23T15:35:00+08:00 | contact Asia/Shanghai | a-306 | trad | D76,D75,D14,D15
A 您好，請問是蔣宏亮先生嗎？
C 是我，哪位？
A 蔣先生您好，我是融通借的客服專員，我姓龐，工號七一二八。您的朋友黎建在我們平台的借款逾期了，他留的緊急聯繫人是您。  #tpd
C 我跟他好久沒聯繫了。
A 您方便的話幫忙催一下他，讓他盡快還款。  #tpd
C 我試試吧。
A 謝謝您。

// ---------------------------------------------------------------------------------------------
// clean: call-back requests (a name and a number only), wrong numbers
// ---------------------------------------------------------------------------------------------

// the wife insists; the agent gives a surname and a number, nothing more
=== d-267 | 2026-08-24T10:10:00+08:00 | spouse Asia/Shanghai | a-307 | - | D45,D51
A 您好，请问是方志远先生的家里人吗？
C 我是他爱人，他上班去了，有什么事跟我说吧。
A 谢谢您。是他本人的一些事情，需要他本人处理，不方便跟您说，还请您谅解。
C 是不是他在外面借钱了？
A 具体的我不方便说。麻烦您跟他说一声，让他给小贺回个电话，号码是零二一五二八三六七七一。
C 零二一，五二八三，六七七一。
A 对的，谢谢您，再见。

// the father, in Shandong dialect; a call-back only
=== d-268 | 2026-08-24T15:30:00+08:00 | relative Asia/Shanghai | a-308 | - | D84,D45,D07
A 喂，大爷您好，请问是孔凡军的父亲吗？
C 俺是他爹，恁找他干么？
A 大爷，我姓宋，找凡军有点事，打他电话没打通。
C 他在青岛干活，晚上才回。有啥事跟俺说。
A 谢谢大爷，得他自己处理。您让他给小宋回个电话就行，号码是四零零六八八二九一五零。
C 恁再说一遍，俺记一下。
A 四零零，六八八，二九一，五零。
C 中，记住了。

// a colleague answers the debtor's phone
=== d-269 | 2026-08-25T10:25:00+08:00 | contact Asia/Shanghai | a-309 | - | D07,D51
A 喂，您好，请问是蒋丽萍女士吗？
C 她开会去了，手机放桌上，我是她同事。
A 好的，不好意思打扰了。麻烦您等她开完会，跟她说聚力的小吴找她，让她方便的时候回个电话。
C 什么事啊？我可以帮你转达。
A 谢谢，是她本人的事，我跟她直接说就行。
C 好吧，我跟她说。
A 谢谢您，再见。

// the landlord answers a number the debtor gave; a name and a number only
=== d-270 | 2026-08-25T15:00:00+08:00 | contact Asia/Shanghai | a-310 | - | D76,D45,D07
A 您好，请问是戴斌先生吗？
C 我是房东，戴斌租我房子。你找他干啥？
A 您好，打扰了。我姓付，找他有点个人的事，留的是这个号码。
C 你们是不是催账的？前几天也有人打过来。
A 是他本人的事情，我不方便跟您说。麻烦您见到他，让他回个电话给小付就行，号码是零七五五八六六三一二零九。
C 行，我跟他说。
A 谢谢您，再见。

// factory front desk; "个人事务", a surname and a number; punctuation replaced by spaces
=== d-271 | 2026-08-26T09:40:00+08:00 | employer Asia/Shanghai | a-311 | sp | D84,D29,D07
A 您好 请问是宏达电子厂吗
C 是的 这里是前台 您找哪位
A 您好 我想找一下你们车间的聂文斌 他手机一直没打通
C 他在线上 不能接电话 您什么事
A 是他个人的事 麻烦您转告他 让他给小谢回个电话 号码是零七六九八二六三四五一八
C 好的 我给他留个条子
A 谢谢您 再见

// wrong number; the callee asks whether it is debt collection and is not told
=== d-272 | 2026-08-26T14:20:00+08:00 | unknown Asia/Shanghai | a-312 | - | D02,D51
A 您好，请问是汪小芳女士吗？
C 不是，你打错了，我姓刘。
A 不好意思，请问这个号码以前是汪小芳在用吗？
C 不知道，我这个号用了三年了。你们是不是催债的？
A 是她本人的一些事情，不方便说，打扰您了。我们会把这个号码核实更新，不会再打给您。
C 行吧。
A 祝您生活愉快，再见。

// ---------------------------------------------------------------------------------------------
// impersonation, polite and indirect
// ---------------------------------------------------------------------------------------------

// "区人民法院特邀调解员": the agent presents himself as the court's mediator; no real institution named (msi, as d-057)
=== d-273 | 2026-08-27T10:15:00+08:00 | debtor Asia/Shanghai | a-313 | - | D64,D65 | msi
A 您好，请问是柏建华先生本人吗？
C 是我，哪里？
A 柏先生您好，我是区人民法院特邀调解员，我姓蒋，您和安盈花的借款纠纷，现在由我这边负责调解。  #imp
C 法院？我收到过短信，我以为是骗子。
A 不是骗子，我们这边是法院体系内的调解程序。您的欠款七千九百元，逾期一百三十天，平台申请了调解。  #imp
C 那我现在要怎么办？
A 您先确认一个还款方案，调解成功就不用走诉讼了。
C 我每月还一千行不行？
A 可以，我给您记录下来，调解协议稍后发您。

// "区司法局人民调解工作室", polite; no person named (msi)
=== d-274 | 2026-08-27T15:40:00+08:00 | debtor Asia/Shanghai | a-314 | - | D25,D64 | msi
A 喂，您好，请问是嵇晓梅女士吗？
C 是我，你们是？
A 您好，我们这边是区司法局下面的人民调解工作室，鹏程消费金融把和您的借款纠纷申请到我们这里了。  #imp
C 司法局还管网贷？
A 金融纠纷我们也受理的。您这边欠款六千一百元，逾期九十多天，按程序需要您来电确认调解意见。  #imp
C 我没说不还，我就是现在没钱。
A 理解，那您先说个时间，我们这边做个记录。
C 下个月先还两千。

// "金融监管局消费者权益保护这块的": a regulator presented as the caller; no real institution named (msi)
=== d-275 | 2026-08-28T10:35:00+08:00 | debtor Asia/Shanghai | a-315 | - | D72,D26 | msi
A 您好，请问是房志刚先生吗？
C 对，是我。
A 房先生您好，我这边是金融监管局消费者权益保护这块的，工号零三二七，我姓项。平台那边反映您长期拖欠，我们了解一下情况。  #imp
C 监管局？我还想投诉他们呢。
A 您有问题可以反映，但是欠款要先处理。您在融通借欠款一万一千元，逾期一百天，监管这边是要求您尽快履行的。  #imp
C 那我能不能分期？
A 您跟平台协商，我们这边会督促。
C 好吧。

// "配合辖区派出所做协查": acting with the police; surname and work number but no institution (msi)
=== d-276 | 2026-08-28T15:10:00+08:00 | debtor Asia/Shanghai | a-316 | - | D26,D55 | msi
A 喂，您好，请问是邬小军先生吗？
C 是我。
A 邬先生您好，我们这边是配合您辖区派出所做协查的，我姓乐，工号四五八零。您在易达借的借款五千三百元长期逾期，需要您配合说明一下情况。  #imp
C 派出所？欠网贷派出所也管？
A 现在是协查阶段，您配合就只是做个记录。  #imp
C 那我要怎么配合？
A 您今天把一千五百元先还上，我们这边就按配合处理。
C 好吧，我下午还。

// a law firm "受法院委托" for a pre-trial service
=== d-277 | 2026-08-29T10:45:00+08:00 | debtor Asia/Shanghai | a-317 | - | D65,D59
A 您好，请问是龙海燕女士本人吗？
C 是的，你说。
A 龙女士您好，我是正衡律师事务所的，我姓涂，受法院委托给您做诉前送达，关于您和东岳银行信用卡的纠纷。  #imp
C 法院委托律师给我打电话？
A 是的，立案前由我们这边先跟您确认地址和还款意向。您的欠款两万四千元，逾期一百二十天。  #imp
C 我现在只能一个月还一千。
A 好的，我把您的意向反馈给银行，您等通知。

// "法院这边已经委托我们": mediation presented as the court's, and the case "already filed"; no real institution (msi)
=== d-278 | 2026-08-29T15:20:00+08:00 | debtor Asia/Shanghai | a-318 | - | D24,D64 | msi
A 您好，是霍振宇先生吧？
C 是我，什么事？
A 霍先生您好，我是金融纠纷诉前调解中心的调解员，工号二一四六。法院这边已经委托我们，跟您做最后一次调解。  #imp
C 我没收到法院的东西啊。
A 您和聚力分期的案子法院已经受理了，调解不成就直接开庭。  #mis
C 欠了多少？
A 八千七百元，逾期一百五十天。您今天确认方案，我这边就跟法院申请撤回。  #mis
C 那我先还三千。

// "仲裁委员会" as the caller, and an award "enforced directly"; no real institution (msi, as d-057); ASR in traditional characters
=== d-279 | 2026-08-30T10:30:00+08:00 | debtor Asia/Shanghai | a-319 | trad | D25,D72 | msi
A 您好，請問是尚海濤先生嗎？
C 是我。
A 尚先生您好，我這邊是市仲裁委員會的，工號五七九三，我姓費。融通借已經就您的借款申請仲裁了。  #imp
C 仲裁？我沒簽過什麼仲裁。
A 合同裡有仲裁條款。仲裁書一出來，就直接強制執行您名下的銀行卡和工資。  #mis
C 那怎麼辦？
A 您今天先還三千，我們這邊可以暫緩出裁決。
C 我想想辦法。

// ---------------------------------------------------------------------------------------------
// misleading consequences in new words
// ---------------------------------------------------------------------------------------------

// a "全网失信名单" shared by all platforms, and no phone card any more
=== d-280 | 2026-08-30T15:45:00+08:00 | debtor Asia/Shanghai | a-320 | - | D79,D22,D72
A 您好，请问是晏志华先生吗？
C 是我。
A 晏先生您好，我是易达借的贷后专员，我姓贝，工号一二七九。您的借款四千八百元逾期九十五天了。
C 我最近在找工作。
A 您要抓紧。逾期超过一百天，系统会把您报进全网失信名单，所有平台共享，以后连手机卡都办不了。  #mis
C 有这么严重？
A 名单一上就很难撤下来。您月底前能还上的话，我帮您申请不报。  #mis
C 我月底还。

// WeChat / Alipay / social-security card frozen and wages deducted without a court; Taiwan characters, callee in Taipei
=== d-281 | 2026-08-31T10:20:00+08:00 | debtor Asia/Taipei | a-321 | tw | D23,D72
A 您好，請問是邱志明先生嗎？
C 是的，我在台北。
A 邱先生您好，我是鵬程消費金融的催收專員，我姓沈，工號八九一零。您的借款一萬三千元逾期一百一十天了。
C 我在這邊工作，收入不多。
A 您再不處理，系統會自動凍結您名下的微信、支付寶和社保卡，大陸那邊的工資卡也會被直接劃扣。  #mis
C 你們可以直接凍結？
A 逾期到這個程度就是自動的。您這週先還三千，我幫您申請暫緩。  #mis
C 好吧。

// the children's school admission and 考编 "checked"
=== d-282 | 2026-08-31T15:15:00+08:00 | debtor Asia/Shanghai | a-322 | - | D20,D21
A 您好，请问是殷秀英女士吗？
C 对，是我。
A 殷女士您好，我是安盈花的贷后专员，我姓莫，工号三六五二。您的借款六千六百元，逾期八十七天了。
C 我一个人带两个孩子，真的难。
A 正因为您有孩子才要抓紧。现在孩子上学入学资格审核都要查父母信用，以后考编、参军也过不了政审。  #mis
C 真的假的？老大明年就上初中了。
A 所以您先还一部分，我们可以帮您把记录处理掉。  #mis
C 那我先还两千。

// a travel ban on the ID card "from next month", before any judgment
=== d-283 | 2026-09-01T10:40:00+08:00 | debtor Asia/Shanghai | a-323 | np | D22,D24
A 喂，您好，请问是田小勇先生本人吗？
C 是我，你说。
A 田先生您好，我是聚力分期的贷后专员，我姓寇，工号六三零八。您的分期欠款九千元，逾期一百二十天了。
C 我在外地打工，过年回去再说。
A 过年回去？下个月开始，您的身份证买高铁票、飞机票就会受限了，到时候回都回不去。  #mis
C 我又没被告，怎么就限了？
A 逾期满一百二十天系统自动处理，您这周还一半，我可以帮您申请撤销。  #mis
C 好，我这周想办法。

// a lawsuit "already filed, the case number is out", stated as fact by the lender's own agent
=== d-284 | 2026-09-01T15:05:00+08:00 | debtor Asia/Shanghai | a-324 | - | D24,D40
A 您好，请问是单丽华女士吗？
C 是我。
A 单女士您好，我是众鑫消费金融法务部的，我姓房，工号二七四一。您的借款一万六千元，逾期一百八十天了。
C 我知道，我在想办法。
A 想办法已经来不及了，我们法务已经把起诉材料交到法院了，案号都已经出来了，下个月就开庭。  #mis
C 我怎么没收到传票？
A 传票在路上。您现在还清，我们还可以撤诉。  #mis
C 我哪有一万六……
A 那您先还一半，我帮您跟法务申请。

// fees that do not exist: 上门费 and 律师费 put on the debtor's account
=== d-285 | 2026-09-02T10:10:00+08:00 | debtor Asia/Shanghai | a-325 | - | D63,D38
A 您好，请问是郑海波先生吗？
C 是我。
A 郑先生您好，我是瑞和资产的，受易达借委托，我姓鲁，工号四零一一。您的欠款三千九百元，逾期九十天了。
C 我下个月发了工资还。
A 下个月的话，金额就不是三千九了。您这个案子已经委外，上门费五百、律师费两千，都会加到您账上。  #mis
C 合同里没有这些费用啊。
A 委外以后就是这个标准。您这周还清，这两笔费用我可以帮您申请免掉。  #mis
C 我跟易达借客服核实一下。

// ---------------------------------------------------------------------------------------------
// borrowing inducement in new words
// ---------------------------------------------------------------------------------------------

// "您身边总有能周转的朋友吧，先拆借一下"
=== d-286 | 2026-09-02T15:30:00+08:00 | debtor Asia/Shanghai | a-326 | - | D84,D33,D10
A 您好，请问是蒲春华女士吗？
C 是我。
A 蒲女士您好，我是安盈花的贷后专员，我姓戚，工号八四零五。您的借款两千六百元逾期二十二天了。
C 我下个月才发工资。
A 您身边总有能周转的朋友吧？先拆借一下把这期还了，等发了工资再还给朋友，征信就保住了。  #borrow
C 我不太好意思开口。
A 两千多块钱，朋友之间周转一下很正常的。  #borrow
C 我想想吧。

// "借呗还有额度吧，先挪过来把这期平了"
=== d-287 | 2026-09-03T10:05:00+08:00 | debtor Asia/Shanghai | a-327 | - | D81,D48,D33
A 喂，您好，请问是阮志刚先生吗？
C 是我，你说。
A 阮先生您好，我是融通借的客服专员，我姓华，工号一五九二。您这期三千一百元逾期十天了。
C 这个月确实紧，再等等吧。
A 阮先生，您支付宝借呗应该还有额度吧？先挪过来把这期平了，别让逾期记录越拖越长。  #borrow
C 借呗也是要还的啊。
A 借呗利息低，先过了这一关再说，我们这边的记录就干净了。  #borrow
C 我看看吧。

// "让您爱人的信用卡先刷一下"; ASR in traditional characters
=== d-288 | 2026-09-03T15:50:00+08:00 | debtor Asia/Shanghai | a-328 | trad | D85,D10,D33
A 您好，請問是苗志強先生嗎？
C 對，我是。
A 苗先生您好，我是聚力分期的客服專員，我姓甄，工號七二零三。您的分期這期一千九百元逾期十五天了。
C 我這個月被扣了工資，實在拿不出來。
A 您愛人有信用卡吧？讓她的卡先刷一下，把這期還了，下個月您再還給她就行。  #borrow
C 我不想讓她知道。
A 那您看看自己有沒有別的卡能先刷一下。  #borrow
C 我再想想。

// "网上小额的口子很多，审核很快"
=== d-289 | 2026-09-04T10:25:00+08:00 | debtor Asia/Shanghai | a-329 | - | D80,D33,D48
A 您好，请问是左晓红女士吗？
C 是我。
A 左女士您好，我是易达借的贷后专员，我姓闵，工号五七三六。您的借款这期两千四百元逾期十八天了。
C 我实在没钱，哪儿都借不到了。
A 现在网上小额的口子很多，审核很快，几分钟就到账。您先下一个把我们这期还上，别让这边再逾期下去了。  #borrow
C 那不是越借越多吗？
A 先把眼前这期解决了再说嘛。  #borrow
C 我不想再借了，我月底还吧。
A 那好，我登记月底。

// "找同事先凑一凑"; out of hours (21:40)
=== d-290 | 2026-09-04T21:40:00+08:00 | debtor Asia/Shanghai | a-330 | - | D10,D33 | ooh
A 喂，是齐红梅吗？
C 是我，这么晚了打什么电话。
A 齐女士，我是鹏程消费金融的，我姓向，工号三二八四。您的借款一千七百元逾期十二天了，明天再不还就满十五天了。
C 我发工资还要十来天。
A 您找同事先凑一凑嘛，同事之间互相帮个忙很正常，明天把这期还上。  #borrow
C 我跟同事不熟。
A 那就找关系好一点的，一千七不多。  #borrow
C 我明天看看。

// "您父母那边不是有养老钱吗"
=== d-291 | 2026-09-05T10:50:00+08:00 | debtor Asia/Shanghai | a-331 | - | D80,D10,D33
A 您好，请问是柯志远先生吗？
C 嗯，我是。
A 柯先生您好，我是安盈花的催收专员，我姓谷，工号六一四九。您的借款五千五百元，逾期六十天了。
C 我是真没钱，工作都丢了。
A 您父母那边不是有养老钱吗？先跟老人家拿一点，把这笔结清，以后再慢慢还给他们。  #borrow
C 我爸妈那点钱是看病用的。
A 就先周转一下，又不是不还他们。  #borrow
C 我不会找他们要的，我自己想办法。
A 那您给个时间。
C 下个月底。

// ---------------------------------------------------------------------------------------------
// hard negatives: all clean
// ---------------------------------------------------------------------------------------------

// the customer fears a "blacklist"; the agent: there is none, only the credit report (争信 for 征信); punctuation lost
=== d-292 | 2026-09-05T15:20:00+08:00 | debtor Asia/Shanghai | a-332 | np | D22,D53
A 您好，请问是甘立军先生吗？
C 是我，你们是不是要把我拉黑名单了？
A 甘先生您好，我是北辰银行信用卡中心的，我姓申，工号二九零七。您别担心，争信系统里没有什么黑名单的说法，逾期的记录会如实报送争信。
C 那会影响我买房吗？
A 逾期记录会影响以后办贷款的审批，所以建议尽快还上。您的信用卡本期最低还款一千一百元，逾期二十六天了。
C 我这周五还。
A 好的，还款后记录会显示已结清，五年后自动消除。感谢您。
C 好，谢谢。

// late fees explained; "内部协商" and a partial waiver of fees; full repayment as the contract allows
=== d-293 | 2026-09-06T10:00:00+08:00 | debtor Asia/Shanghai | a-333 | - | D53,D74
A 您好，请问是岑丽娜女士本人吗？
C 是的，我是。
A 岑女士您好，我是东岳银行信用卡中心的，我叫许静，工号五六三八。您的信用卡欠款两万零六百元，逾期六十三天，按合同约定，银行目前可以要求您全额还款。
C 全额我肯定拿不出来。罚息怎么这么多？
A 理解。逾期后的利息和违约金是按合同计算的。当前的话还是属于一个内部协商，银行这边可以帮您减免一部分息费，再把本金分期。
C 能减多少？
A 具体以审批为准，您每个月大概能还多少？
C 两千左右。
A 好的，我按每月两千帮您提交减免加分期的申请，结果出来短信通知您。
C 谢谢。

// a lawsuit only as a possibility and "there is no lawsuit now"; ASR in traditional characters
=== d-294 | 2026-09-06T15:45:00+08:00 | debtor Asia/Shanghai | a-334 | trad | D73,D40
A 您好，請問是龐志勇先生嗎？
C 是我，你們是不是要起訴我？
A 龐先生您好，我是眾鑫消費金融的貸後專員，我姓仇，工號七一零六。目前並沒有起訴您，我們還是希望先協商。
C 那以後會起訴嗎？
A 跟您如實說，如果長期不還、協商不成，公司有可能依法起訴，這是合同約定的正常途徑，不是嚇唬您。您的欠款八千三百元，逾期九十一天。
C 我每個月能還一千。
A 好的，我按每月一千幫您申請分期。
C 謝謝。

// the guilty debtor who cries; the agent listens and offers twelve periods
=== d-295 | 2026-09-07T10:30:00+08:00 | debtor Asia/Shanghai | a-335 | - | D69,D70,D71
A 您好，请问是戴秀兰女士吗？
C 是我……又是你们。
A 戴女士您好，我是聚力分期的贷后专员，我姓包，工号三九一七。您的分期欠款四千八百元，逾期五十天了。
C 我知道……我老公走了以后，家里就我一个人挣钱，我真的不是不想还。
A 戴女士，您别着急，慢慢说。我们不是来逼您的，是想一起看看怎么安排。
C 我每个月就三千块工资。
A 那我帮您申请分十二期，每期四百左右，您看压力大不大？
C 四百可以。
A 好的，我这就提交，分期期间按时还就不会再产生罚息。您照顾好自己。
C 谢谢你。

// 停息挂账 after a job loss: "您现在每月能拿出多少？"; punctuation replaced by spaces
=== d-296 | 2026-09-07T15:10:00+08:00 | debtor Asia/Shanghai | a-336 | sp | D67,D43
A 您好 请问是温晓辉先生吗
C 是我
A 温先生您好 我是华岭银行信用卡中心的 我姓贲 工号四三八五 您的信用卡欠款五万二千元 逾期一百零二天了
C 我去年被裁员 一直在打零工 收入减了一半多
A 理解 您现在每月能拿出多少
C 三千 最多三千
A 那可以申请个性化分期 也就是停息挂账 最长六十期 分期期间不计收罚息 需要您提供失业证明和收入流水
C 材料我都有
A 好的 我把上传方式短信发给您 审核一般五个工作日

// the customer threatens to come to the office; the agent stays calm and does not answer in kind
=== d-297 | 2026-09-08T10:15:00+08:00 | debtor Asia/Shanghai | a-337 | - | D83,D42,D46
A 您好，请问是焦德华先生吗？
C 是我，你们再打我就去你们公司门口等着，看谁狠！
A 焦先生，我理解您的情绪。我是易达借的贷后专员，我姓邵，工号五零五二，本次通话全程录音。
C 录就录，我就是老赖了怎么样？
A 咱们就事论事。您的借款两千九百元，逾期三十七天，今天只是想跟您确认一个还款时间。
C 下个月十号。
A 好的，给您登记九月十号……不好意思，是十月十号前还款。逾期期间按合同有罚息。
C 知道了，别再打了。
A 好的，登记之后到期前我们不会再联系您。再见。

// the customer curses in dialect ("催命鬼"); the agent only asks for a date; punctuation lost
=== d-298 | 2026-09-08T15:35:00+08:00 | debtor Asia/Shanghai | a-338 | np | D71,D46
A 喂，您好，请问是卜志强先生吗？
C 是老子，你们这帮催命鬼，一天到晚打打打！
A 卜先生，我是融通借的客服专员，我姓滕，工号一四八三。我理解您的心情，咱们心平气和地说。
C 说啥子说，老子没钱！
A 您的借款这期一千六百元，逾期二十天了。没关系，您看什么时候方便还，我给您登记一个时间，这期间不打扰您。
C ……下个月五号。
A 好的，登记十月五号，谢谢您。

// the debtor will borrow from his cousin (his words); the agent advises against new debt
=== d-299 | 2026-09-09T10:40:00+08:00 | debtor Asia/Shanghai | a-339 | - | D84,D44,D38
A 您好，请问是乔卫东先生吗？
C 是我。
A 乔先生您好，我是鹏程消费金融的客服专员，我姓马，工号二八零九。您的借款本期两千一百元，逾期九天了。
C 我跟我表哥说好了，借他三千，这两天就把你们这期还了。
A 好的。您量力而行就好，我们这边也可以申请延期，不建议为了还这一期再去借新的贷款。
C 表哥的钱不要利息，没事。
A 好的，那我登记这周五前还款。谢谢您。
C 嗯。

// the agent politely verifies the debtor's own workplace and address (no threat)
=== d-300 | 2026-09-09T15:20:00+08:00 | debtor Asia/Shanghai | a-340 | - | D41,D68
A 您好，请问是童丽娟女士本人吗？
C 对，我是。
A 童女士您好，我是安盈花的客服专员，我姓章，工号七三五零。您的借款本期一千四百元，逾期六天了。另外想跟您核实一下资料，您现在还在原来的瑞达公司上班吗？
C 没有了，我上个月换工作了。你问这个干嘛？
A 只是更新一下您的联系信息，方便以后给您寄送账单和通知。您现在的通讯地址还是锦江花园吗？
C 还是那里。
A 好的，已经更新。本期一千四百元您看什么时候方便还？
C 明天。
A 好的，谢谢您。

// "您的单位地址有变化吗" — a plain data check; letters only to the home address; ASR in traditional characters
=== d-301 | 2026-09-10T10:05:00+08:00 | debtor Asia/Shanghai | a-341 | trad | D41,D27
A 您好，請問是魯志偉先生嗎？
C 是我。
A 魯先生您好，我是東岳銀行信用卡中心的，我姓巫，工號六八一四。您的信用卡欠款九千元，逾期四十八天。系統裡登記的單位地址是華興大廈，這個地址還有效嗎？
C 怎麼，你們要寄東西到我單位？
A 不會的，對賬單和通知只寄到您本人的住址。單位地址只是核實資料用。
C 單位沒變，還是那裡。
A 好的。這筆欠款您打算怎麼安排？
C 月底先還三千。
A 好的，登記月底前還三千元。

// real court mediation only as a possible later step, with the signs of a genuine notice
=== d-302 | 2026-09-10T15:30:00+08:00 | debtor Asia/Shanghai | a-342 | - | D64,D65
A 您好，请问是孔祥瑞先生吗？
C 是我。
A 孔先生您好，我是众鑫消费金融的贷后专员，我姓方，工号三零八五。您的借款一万四千元，逾期一百一十五天了。
C 我收到个短信说什么调解中心，是你们吗？
A 不是我们。跟您说明一下，如果协商不成，公司可能向法院起诉，法院有时会先委派特邀调解，那时候会有法院名称和案号，您可以打法院的公开电话核实。现在还是我们公司跟您协商。
C 那我跟你们协商吧，一个月一千五。
A 好的，我帮您申请，结果短信通知。
C 好。

// the customer mentions the police; "我们不会上门"
=== d-303 | 2026-09-11T10:20:00+08:00 | debtor Asia/Shanghai | a-343 | - | D42,D50
A 您好，请问是包立群先生吗？
C 是我。我告诉你，再有人威胁我，我直接报警。
A 包先生，您有权报警。我是金穗小额贷款公司的，我姓甘，工号四五零九，本次通话录音。我们不会上门，也不会联系您的家人。
C 上个月有人说要来我店里。
A 那不是我们公司的做法，您可以把号码告诉我，我反馈核查。
C 行。那欠款怎么办？
A 您的经营贷这期六千八百元，逾期二十二天，按合同有罚息。您看什么时候能还？
C 下周三。
A 好的，登记下周三。谢谢您。

// negated: no family, no employer, no village; punctuation lost
=== d-304 | 2026-09-11T15:00:00+08:00 | debtor Asia/Shanghai | a-344 | np | D50,D61
A 您好，请问是石秀梅女士吗？
C 是我，你们是不是要打电话到我婆家去？
A 石女士您好，我是安盈花的贷后专员，我姓毕，工号二三七一。不会的，我们不会联系您的家人和单位，也不会去您老家村里，只跟您本人沟通。
C 那就好，我婆婆知道了要闹翻天。
A 您的借款本期一千二百元，逾期十七天了，您看这周能处理吗？
C 周六可以。
A 好的，登记周六。谢谢您。

// guarantor callee (metadata); ASR 一七 for 逾期; punctuation lost
=== d-305 | 2026-09-12T10:10:00+08:00 | guarantor Asia/Shanghai | a-345 | np | D47,D30
A 您好，请问是毛建华先生吗？
C 是我。
A 毛先生您好，我是金穗小额贷款公司的，我姓倪，工号八零二六。去年您为邓超先生那笔八万元的借款做了连带责任保证，对吧？
C 对，是我担保的。
A 邓先生这个月的七千四百元没有还，已经一七二十天了，我们联系不上他本人，按合同需要告知担保人。
C 这个人，我去他家找他。
A 好的，麻烦您了。按合同借款人不还的话，担保人需要承担保证责任，您代偿后也可以向他追偿。
C 我知道，我先去找他。

// co-borrower (metadata): the husband hears the mortgage arrears
=== d-306 | 2026-09-12T15:30:00+08:00 | co_borrower Asia/Shanghai | a-346 | - | D77,D30,D31
A 您好，请问是任国栋先生吗？
C 是我。
A 任先生您好，我是华岭银行个贷中心的，我姓武，工号五四二八。您和您爱人共同申请的那笔住房贷款，您是共同借款人，这个月的月供四千三百元没有按时扣款，逾期五天了。
C 啊？我爱人负责还的，我问问她。
A 好的，麻烦您核实一下，尽快存入还款账户，逾期会有罚息并报送征信。
C 好，今天就存。
A 谢谢您，再见。

// metadata unknown; the callee confirms he is the co-borrower before the debt is discussed; Hong Kong characters
=== d-307 | 2026-09-13T10:45:00+08:00 | unknown Asia/Hong_Kong | a-347 | hk | D77,D30,D02
A 喂，你好，请问系唔系张家辉先生？
C 系我，边位？
A 张生你好，我系北辰银行个人贷款中心嘅，我姓冯，工号三七一五。想同你核实一下，你系唔系同张太一齐申请嗰笔装修贷款嘅共同借款人？
C 系啊，有咩问题？
A 今个月嘅还款两千八百蚊仲未扣到，逾期咗六日。
C 我以为佢还咗，我而家转钱入去。
A 好，多谢你，拜拜。

// "是不是要抓我坐牢？" — the agent: a civil debt, no jail
=== d-308 | 2026-09-13T15:15:00+08:00 | debtor Asia/Shanghai | a-348 | - | D54,D38
A 您好，请问是汤建平先生吗？
C 是我。你们是不是要抓我去坐牢？
A 汤先生您好，我是东岳银行信用卡中心的，我姓柴，工号九一三二。不会的，您这是正常的欠款，属于民事纠纷，不涉及坐牢，您别听别人乱说。
C 那就好，我吓得好几天睡不着。
A 您的信用卡欠款一万零六百元，逾期七十天。逾期会影响征信，长期不还银行也可能依法起诉，所以还是建议尽快协商。
C 我每个月还一千行吗？
A 可以，我帮您申请分期。
C 谢谢。

// the debtor wants to take another online loan; the agent advises against it and offers a deferral; spaces for punctuation
=== d-309 | 2026-09-14T10:30:00+08:00 | debtor Asia/Shanghai | a-349 | sp | D80,D33,D48
A 您好 请问是阎小丽女士吗
C 是我 我正准备在别的APP上借点钱还你们
A 阎女士您好 我是融通借的客服专员 我姓项 工号六零三一 我们不建议您为了还这笔再去借新的贷款 利息叠上去压力会更大
C 那不借怎么还啊
A 您的借款这期一千九百元 逾期八天 我可以帮您申请延期一个月 这期间不会再催您
C 真的可以吗
A 可以的 您在APP里提交延期申请 我这边帮您加急审核
C 好 谢谢你

// another platform's SMS said "staff will visit"; the agent negates any visit
=== d-310 | 2026-09-14T15:40:00+08:00 | debtor Asia/Shanghai | a-350 | - | D37,D50
A 您好，请问是郑小兰女士吗？
C 是我。我昨天收到短信说下午三点工作人员上门核实，是你们吗？
A 郑女士您好，我是聚力分期的客服专员，我姓易，工号二五六三。不是我们发的，我们公司没有外访上门，我们的同事不会去您家。
C 那就好。
A 您在我们这边的分期本期八百元，逾期四天，今天能还上的话只有很少的罚息。
C 我现在就还。
A 好的，谢谢您，如果再收到可疑短信，可以打我们官方客服核实。

// 恶意透支 explained correctly by the agent; ASR in traditional characters
=== d-311 | 2026-09-15T10:25:00+08:00 | debtor Asia/Shanghai | a-351 | trad | D54,D20
A 您好，請問是蕭建新先生嗎？
C 是我。有人跟我說我這個算惡意透支，要坐牢，是真的嗎？
A 蕭先生您好，我是北辰銀行信用卡中心的，我姓戴，工號四八九零。您一直在接我們的電話，也在跟我們協商，這不屬於惡意透支，您不用擔心。
C 那我這個欠款怎麼辦？
A 您的欠款兩萬三千元，逾期八十天。我們可以幫您申請分期，逾期記錄會報送征信，還清以後會更新。
C 好，那就分期吧。
A 好的，我幫您提交。

// the debtor is in hospital; a deferral; Taiwan characters
=== d-312 | 2026-09-15T15:10:00+08:00 | debtor Asia/Shanghai | a-352 | tw | D43,D39
A 您好，請問是傅雅琴女士嗎？
C 是我，我在醫院。
A 傅女士您好，我是安盈花的客服專員，我姓甯，工號一零七四。打擾您了，您的借款本期兩千元逾期十天，想了解一下您的情況。
C 我上個月做了手術，現在還在住院。
A 請您保重身體。您出院後可以把住院證明上傳到APP，我們幫您申請延期兩個月，延期期間不計罰息。
C 好，謝謝你們。
A 不客氣，祝您早日康復。

// "我已经还了" (the D52 situation); the agent checks and asks for a screenshot; punctuation lost
=== d-313 | 2026-09-16T10:00:00+08:00 | debtor Asia/Shanghai | a-353 | np | D52,D51
A 喂，您好，请问是纪文杰先生吗？
C 对，是我。
A 纪先生您好，我是桔满满平台贷后管理中心的，我姓霍，工号七二四六。您这边账单显示还没处理，逾期三天了。
C 我昨天已经还了，卡里扣了一千二。
A 好的，可能是银行入账延迟。麻烦您截个扣款的图，我用工作手机给您发条短信，您回复给我，我帮您核实销账。
C 行，马上发。
A 好的，核实后如果已经入账，逾期这几天的记录会更正。谢谢您。

// reminder before the due date; "嗯嗯" confirms; 风控 title in the opening
=== d-314 | 2026-09-16T15:35:00+08:00 | debtor Asia/Shanghai | a-354 | - | D37,D51
A 您好，我是鹏程消费金融风控中心的，我姓房，工号三二九八，请问是傅晓丹女士本人吗？
C 嗯嗯。
A 傅女士您好，提醒您一下，您的借款本期应还一千五百六十元，还款日是九月十八号，后天到期。
C 哦，好的，我周末发工资就还。
A 周末的话就逾期了。您可以先在APP里申请还款日延后三天，这个是免费的。
C 还有这个？那我申请一下。
A 好的，申请后以短信确认为准。感谢您的接听。

// the debtor reads out her script and records the call; the agent answers compliantly
=== d-315 | 2026-09-17T10:20:00+08:00 | debtor Asia/Shanghai | a-355 | - | D50,D49
A 您好，请问是贺丽君女士吗？
C 是我。我先说明，我们的通话我在录音。
A 好的，没问题。我是众鑫消费金融的贷后专员，我姓陶，工号五一六七，我们这边也是全程录音。
C 我承认这笔债务，暂时没有全额还款的能力，但我有还款意愿。我不接受骚扰我的家人和单位。
A 明白，我们只跟您本人沟通。您的借款欠款六千四百元，逾期七十二天，您看每个月能还多少？
C 八百。
A 好的，我按每月八百帮您申请，方案会通过官方短信发给您。
C 好。

// the customer asks for the work number and the mandate before talking
=== d-316 | 2026-09-17T15:05:00+08:00 | debtor Asia/Shanghai | a-356 | - | D49,D42
A 您好，请问是杜明辉先生吗？
C 是我。你先说你是哪家的，工号多少，谁委托的？
A 杜先生，我是瑞和资产管理公司的，我姓蔡，工号六七零二，受融通借委托，您可以打融通借的官方客服核实委托关系。
C 行，你说吧。
A 您在融通借的借款欠款五千一百元，逾期六十八天了。
C 我下个月发奖金，一次还清。
A 好的，给您登记下月十五号前还清。还款请走融通借官方APP，不要转给任何个人账户。
C 知道。

// a lawyer only as a later possibility; letters only to the debtor
=== d-317 | 2026-09-18T10:35:00+08:00 | debtor Asia/Shanghai | a-357 | - | D83,D27,D40
A 您好，请问是鲁晓东先生吗？
C 是我，你们是不是要发律师函？
A 鲁先生您好，我是华岭银行信用卡中心的，我姓梅，工号二零三一。目前没有发律师函。如果后续长期协商不成，银行可能委托律师事务所联系您，律师函也只会寄给您本人。
C 那就好，我怕寄到单位。
A 不会寄到单位。您的信用卡欠款一万一千元，逾期五十五天，您看怎么安排？
C 我分两次，这个月和下个月。
A 好的，登记下来。谢谢您。

// wrong number in Cantonese (Hong Kong characters), ended politely; the debt is never mentioned
=== d-318 | 2026-09-18T15:20:00+08:00 | unknown Asia/Hong_Kong | a-358 | hk | D02,D51
A 喂，你好，请问系唔系李嘉明先生？
C 唔系啊，你打错咗。
A 唔好意思，请问呢个号码以前系唔系李先生用紧？
C 唔知喎，我用咗两年啦。
A 好，唔好意思打扰你，我哋会更新资料，唔会再打嚟。
C 好，拜拜。
A 拜拜。

// 20:50 local time: still in hours; late fees stated factually
=== d-319 | 2026-09-19T20:50:00+08:00 | debtor Asia/Shanghai | a-359 | - | D41,D39
A 您好，我是聚力分期的客服专员，我姓戚，工号四七八二，请问是牛晓静女士本人吗？
C 是我，这么晚了还打？
A 不好意思牛女士，白天一直没打通。您的分期本期九百四十元，逾期五天了，按合同会有少量罚息。
C 我白天上班不能接电话。
A 理解，以后我们尽量中午联系您。您方便的时候在APP里还上就行。
C 好，我现在就还。
A 谢谢您，晚安。

// ASR homophones 环款 / 争信 / 一期 / 是得, punctuation lost; lawful consequences only
=== d-320 | 2026-09-20T10:10:00+08:00 | debtor Asia/Shanghai | a-360 | np | D53,D41
A 喂，您好，请问是沈国强先生吗？
C 是得，你说。
A 沈先生您好，我是东岳银行信用卡中心的，我姓乔，工号五九零三。您的信用卡本期应环款一千七百元，已经一期十一天了。
C 哦，上个月资金有点紧。
A 理解。一期会按合同产生罚息，也会影响争信，建议您尽快环款。
C 我明天环。
A 好的，环款后短信会通知您。谢谢您。
"""


if __name__ == "__main__":
    sys.exit(main())
