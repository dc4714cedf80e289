"""Build d-321 .. d-470 of the dev split: wording from NEWS REPORTS, COURT / PROCURATORATE CASE SUMMARIES
and COMPLAINT / VICTIMS' / CONTACTS' ACCOUNTS (fourth batch).

The first three dev batches drew on bot templates, training scripts, Q&A sites and blogs. The held-back
test split draws on news, court summaries and victims' accounts, and the rules do much worse on that way
of talking. This batch brings that style into the dev split from DIFFERENT documents (sources D86 ...,
SOURCES.md; none of them is a source of the test split or a mirror / repost of one):

- news reports (undercover reports from collection offices, local news on harassed debtors and their
  families, police warnings about fake 征信 / 监管 / 法院 callers, Hong Kong and Taiwan news on 收數 /
  討債), court and procuratorate summaries (soft-violence collection cases; court-led pre-trial mediation
  of loan disputes, used for the lawful side), and personal accounts (a debtor's diary, relatives who got
  the calls, a counsellor's account of a client, a columnist's own 追數 calls, a complaint-platform post);
- what those documents quote or describe, recast as calls: threats through the family, the workplace,
  the neighbourhood, take-away orders and parcels, the comment section, guards and switchboards; fake
  police, regulators, 征信中心 and court mediators; "the bank's account at the regulator"; polite
  disclosure to daughters, sisters, fathers and colleagues; Cantonese (收數, 淋紅油, 出隊) and Taiwanese
  (地下錢莊, 大聲公) collection talk; lawful mediation, 分期, 減免罰息, 債務協商 as hard negatives.

Labelling conventions: exactly those of _build_dev_calls_3.py (see its docstring), in short:
- a confirmation says yes to the identity question (是 / 对 / 嗯 / 我就是 / own name / dialect yes);
  你哪位 / 什么事 / 你说吧 / 干嘛 / 喂 / 邊位 are not;
- debt details before the confirmation: identity_not_confirmed on each such agent utterance; a callee who
  turns out to be someone else gets third_party_disclosure only;
- missing_self_identification (msi) when the debt is discussed and the agent never gives both the
  institution (or 受XX委托) and a name / surname / work number; a claimed state or official body (法院,
  公安, 监管局, 征信中心, 调解中心 "受法院委托") is not the institution; a law firm or a finance company
  that names itself counts;
- third parties: a name, a call-back number and "please ask him to call back" is clean; the existence of
  the debt, its amount, overdue status, the purpose of the call or a request to repay is disclosure;
  callees who are co_borrower / guarantor may hear it;
- tags on AGENT lines only; the customer's threats, insults and borrowing plans are never labelled.

Same dialogue format and parser as _build_dev_calls.py; styles trad / tw / hk / sp / np and ASR
homophones (一七, 环款, 争信, 四我, 是得 ...) as in batch 3.

Only writes tests/corpus/dev/d-321.json .. d-470.json (never other d-*.json, never t-*.json, never
another folder).

Run:  .venv/bin/python tests/corpus/dev/_build_dev_calls_4.py   (rewrites its own d-*.json, then runs
tests/corpus/dev/_check.py on the whole folder)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _build_dev_calls import write_own  # noqa: E402  (same folder, same format)

OWN = range(321, 471)  # the call numbers this generator owns (d-321 .. d-470)


def main() -> int:
    return write_own(DIALOGUES, OWN)


DIALOGUES = r"""
// ---------------------------------------------------------------------------------------------
// lawful side of court-led mediation (court news D111 ... D115): all clean
// ---------------------------------------------------------------------------------------------

// "are you going to sue me?": a lawsuit and court mediation only as possibilities
=== d-321 | 2026-10-08T10:05:00+08:00 | debtor Asia/Shanghai | a-361 | - | D111,D114
A 您好，这里是瑞泰银行信用卡中心，请问是邵立群先生本人吗？
C 是我。
A 邵先生您好，我姓岑，工号五三一八。您的信用卡目前欠款三万二千六百元，已经逾期一百零五天了，今天想跟您商量一下怎么处理。
C 你们是不是要去法院告我？
A 现在还是协商阶段。如实跟您说，协商不成的话，银行有权依法起诉；一般法院立案前会先安排诉前调解，双方谈好的协议还可以申请司法确认。
C 那还不如现在就跟你们谈。
A 是的，现在谈对您更省事。您每个月大概能拿出多少？
C 两千左右。
A 好的，我按十六期帮您提交分期申请，审批结果会短信告诉您。
C 行，谢谢。

// a failed small business; "催债电话没断过": the agent states the lawful limits
=== d-322 | 2026-10-08T14:20:00+08:00 | debtor Asia/Shanghai | a-362 | - | D112,D111
A 您好，请问是赵立新先生吗？
C 对，我是。
A 赵先生您好，我是海晟银行普惠金融部的，我叫孙凯，工号四零二七。您的经营贷款本期四千八百元逾期二十三天了，想了解一下情况。
C 生意赔了，这笔钱像块石头压着，电话一个接一个，我都不敢接。
A 理解您的压力。我们这边每天联系您不会超过规定的次数，也不会去打扰您的家人和朋友，有事我直接跟您本人谈。
C 那就好。我现在真拿不出四千八。
A 银行对确有困难的客户可以延长期限或者调整每期金额，需要您提供一下经营亏损的材料。
C 我店铺的流水可以吗？
A 可以，加上近三个月的银行流水就行，我帮您走延期申请。
C 好，我这两天整理好发给你。

// 减、缓、延、转: the options of pre-trial mediation explained as possibilities
=== d-323 | 2026-10-09T09:40:00+08:00 | co_borrower Asia/Shanghai | a-363 | - | D113,D111
A 您好，请问是蔡秀云女士吗？
C 是我，你是银行的吧？
A 对，蔡女士您好，我是惠民农商银行的信贷员，我姓方，工号一一九三。您和您爱人共同借的那笔养殖贷款，本金还有十二万，利息已经欠了三个月了。
C 今年行情不好，鸭子都亏本卖了。
A 我们知道今年的情况。银行这边有几种办法：减免一部分罚息、缓一缓、延长期限，或者转成分期，看哪种适合您家。
C 延长能延多久？
A 最长能延到两年，具体要您和您爱人一起来网点签一下申请。
C 那我们下周一去。
A 好的，下周一上午我在网点等您二位。

// 减免部分罚息, 36期, 征信 stated lawfully
=== d-324 | 2026-10-09T15:10:00+08:00 | debtor Asia/Shanghai | a-364 | - | D114,D113
A 您好，请问是王春生先生本人吗？
C 嗯，是我。
A 王先生您好，我是东岳银行个贷中心的客户经理，我姓乔，工号六三零五。您的贷款逾期快一年了，剩余本息六万三千元。
C 我脑梗住了半年院，实在是没办法。
A 您的情况我们知道了。银行同意减免您逾期产生的一部分罚息，剩下的可以调成三十六期。
C 三十六期一个月多少？
A 大概一千七百多。按时还的话不会再新增逾期记录，已经有的记录按规定保留。
C 那我能还得上，麻烦你们了。
A 不客气，协议我寄到您家里，您签好寄回来就行。

// 先行调解 as an option the bank may use; the debtor's own plea for instalments
=== d-325 | 2026-10-10T10:30:00+08:00 | debtor Asia/Shanghai | a-365 | - | D115,D111
A 您好，是汪国华先生吗？
C 是我，你是哪个？
A 汪先生您好，我是青阳农商银行法务部的，我叫杜明，工号二八四一。您那笔七万九千元的个人借款，已经四年没有还息了。
C 近几年生意不好做，我也不是故意欠着不还。能不能和银行商量下，让我分期还？
A 分期是可以谈的。要是谈不拢，银行也可能走诉讼，法院一般会先委派调解员做调解，那时候也是谈分期。
C 那就现在谈，别上法院。
A 好的，您先说一个您能做到的数，我报给领导。
C 一个月三千，先还两年。
A 我记下了，一周内给您答复。

// 诉前调解 + 司法确认, no fee; the callee suspects a scam and is told how to check
=== d-326 | 2026-10-10T15:45:00+08:00 | debtor Asia/Shanghai | a-366 | - | D111
A 您好，请问是何志伟先生吗？
C 是。你哪里？
A 何先生您好，我是海晟银行信用卡中心的，我姓马，工号七七二零。关于您信用卡的欠款，想跟您约个时间面谈。
C 现在骗子太多了，你怎么证明你是银行的？
A 您可以挂了电话打我行信用卡背面的官方客服，报我的工号核实。
C 好，那你先说是什么事。
A 您的卡欠款一万九千元，逾期七十天。如果您愿意，可以到市金融消费纠纷调解室签调解协议，之后可以申请法院司法确认，不收诉讼费。
C 那比打官司好，我考虑一下。
A 好的，您核实完再联系我也行。

// the guarantor hears the debt: allowed
=== d-327 | 2026-10-11T10:10:00+08:00 | guarantor Asia/Shanghai | a-367 | - | D115,D113
A 您好，请问是李红军先生吗？
C 是我。
A 李先生您好，我是青阳农商银行的信贷员，我姓陈，工号三七一六。二零二一年您给汪国华的借款做了连带责任保证，这笔借款现在逾期了。
C 我就是签了个字，怎么还找我？
A 按保证合同，借款人不还的话，银行可以要求保证人承担责任。我们今天先跟您说明情况，也在同时联系借款人本人。
C 那你们先找他，我也去催催他。
A 好的，您那边有什么消息也可以打我电话。

// the bank's limits of collection, stated by the agent himself
=== d-328 | 2026-10-11T14:30:00+08:00 | debtor Asia/Shanghai | a-368 | np | D112,D114
A 您好，请问是孙桂芳女士吗？
C 是的。
A 孙女士您好，我是北辰银行个贷中心的，我姓严，工号二四五九。您的消费贷款本期两千三百元，逾期十二天了。
C 我家老头子刚做了手术，钱都花在医院了。
A 真是不容易，您先顾好家里。这笔钱我帮您申请延后一个月，这一个月不算您新的逾期。
C 真的啊？那太谢谢了。
A 不客气，需要您把住院发票拍照上传到手机银行。
C 好，我让闺女帮我弄。

// the debtor reports a fake "法院调解中心" call; the bank warns, nothing official claimed
=== d-329 | 2026-10-12T10:20:00+08:00 | debtor Asia/Shanghai | a-369 | - | D95,D111
A 您好，请问是庞晓燕女士本人吗？
C 是我。前几天有个说是法院调解中心的打电话，让我转钱到一个账户，是你们吗？
A 不是我们。庞女士，我是瑞泰银行信用卡中心的，我姓施，工号一八零四。银行不会用法院的名义打电话，也不会让您转钱到个人账户。
C 吓死我了，我还差点转了。
A 您的欠款只能通过手机银行或者我行的对公账户还。目前您的卡欠款五千六百元，逾期三十五天。
C 那我直接在手机银行还。
A 好的，那个电话您可以打反诈热线举报一下。

// the debtor threatens to sue the bank; the agent stays with the facts
=== d-330 | 2026-10-12T15:35:00+08:00 | debtor Asia/Shanghai | a-370 | - | D115,D121
A 您好，请问是钟华先生吗？
C 是我。你们再天天打，我就去法院告你们骚扰！
A 钟先生，我理解您的情绪。我是速米分期的贷后专员，我姓柯，工号四四一二，今天是第一次给您打电话。
C 不是你也是你们公司的。
A 如果之前的同事有不当的地方，您可以投诉，我这边也帮您记录。您的借款三千二百元，逾期四十天，您看怎么安排？
C 下个月发工资还一半。
A 好的，我登记下个月十五号还一千六。

// negated visits and no family contact, in traditional characters
=== d-331 | 2026-10-13T10:40:00+08:00 | debtor Asia/Shanghai | a-371 | trad | D112,D96
A 您好，請問是吳海燕女士嗎？
C 是我，你們不會去我家吧？我媽身體不好。
A 吳女士您放心，我們不會上門，也不會聯繫您家裡人。我是禾信消費金融的客服專員，我姓龐，工號五零九三。
C 那就好。
A 您的借款本期一千四百元，逾期十八天了。
C 這週五發工資就還。
A 好的，週五還上就可以了，逾期這幾天按合同有一點罰息。
C 知道了。

// "最后一次协商" said by a bank that states only the lawful next step
=== d-332 | 2026-10-13T15:00:00+08:00 | debtor Asia/Shanghai | a-372 | - | D114,D112
A 您好，请问是田亮先生吗？
C 是我。
A 田先生您好，我是海晟银行信用卡中心的，我叫宋雨，工号三零七七。您的卡欠款四万一千元，逾期一百八十天了，之前几次电话都没有谈出方案。
C 我没钱，你们爱咋咋地。
A 我们还是希望您给个方案。协商不成的话，银行可能会委托律师依法起诉，这个由银行按流程决定，现在还没有起诉。
C 起诉了我也没钱。
A 那我们先从小的开始，每月还五百，先把关系稳住，您看行不行？
C 五百……行吧，先这样。
A 好的，我给您登记。

// ---------------------------------------------------------------------------------------------
// impersonation in the words of the news (D87, D93, D94, D95): fake police, regulators, 征信中心,
// a bank agent speaking for the regulator, a law firm acting for the court
// ---------------------------------------------------------------------------------------------

// a "警官" who will "take you away" if asked for a badge, then "only helping a friend" (no institution: msi)
=== d-333 | 2026-10-14T10:15:00+08:00 | debtor Asia/Shanghai | a-373 | - | D87 | msi
A 是曹建平吧？
C 是我，哪位？
A 我是经侦大队的，姓马。你那几张信用卡欠了两万多一直不还，银行报到我们这儿了。  #imp
C 经侦？你把警官证给我看看。
A 你要看证件是吧？那我就得把你带回去调查了，你想好。  #imp #threat
C 你吓唬谁啊，我这就打一一零问问。
A 行了行了，其实我也就是帮朋友办点事，你赶紧把钱还了就没事。
C 你到底是哪个单位的？
A 你别管哪个单位，钱还了就行。

// a "银保监会" caller: 失信名单 before any judgment (imp + mis; no real institution: msi)
=== d-334 | 2026-10-14T14:50:00+08:00 | debtor Asia/Shanghai | a-374 | - | D93 | msi
A 您好，请问是李晓航先生吗？
C 是我。
A 李先生，我这边是银保监会消费者权益保护局的，工号零八三六。您在青橙借款的逾期账户已经报送到我们这里了。  #imp
C 银保监会还管这个？
A 对，您的账户逾期超过九十天，今天不处理的话，我们会把您纳入全国失信名单。  #imp #mis
C 我欠了多少？
A 八千四百元，今天下午五点前还清，我们这边就给您撤销登记。  #imp
C 我先问问平台。

// a named bank agent says the regulator has blacklisted the callee and asks for money into "the regulator's account"
=== d-335 | 2026-10-15T10:25:00+08:00 | debtor Asia/Shanghai | a-375 | - | D94,D95
A 您好，请问是李秀梅女士本人吗？
C 对，是我。
A 李女士您好，我是北辰银行风控部的客户经理，我姓郑，工号二二六八。您信用卡的逾期已经被银监会系统纳入个人征信黑名单了。  #mis
C 黑名单？我就晚了二十来天。
A 是的。现在需要您把卡里的钱先转到银监会的核查账户，核查完了才能恢复征信，之后原路退给您。  #imp
C 转到银监会？这听着不对。
A 这是监管的要求，我们银行也没办法。  #imp
C 我去柜台问问再说。

// "人民银行征信中心" promising to hold back the record (imp; no real institution: msi)
=== d-336 | 2026-10-15T15:40:00+08:00 | debtor Asia/Shanghai | a-376 | - | D95,D93 | msi
A 喂，您好，是武坤先生吗？
C 是我。
A 吴先生，我这边是人民银行征信中心的，我姓柳。您在速米分期有一笔三千六百元的欠款，逾期六十天了。  #imp
C 征信中心怎么会打电话给我？
A 您的逾期记录现在在我们这里待上报，今天还清的话，我们可以先不给您上报。  #imp
C 不对吧，征信不是银行报的吗？
A 您别管谁报，先还了对您有好处。
C 我自己查了再说。

// a law firm that names itself but says the court already ruled and "受法院委托执行" (imp + mis)
=== d-337 | 2026-10-16T10:05:00+08:00 | debtor Asia/Shanghai | a-377 | - | D100,D87
A 您好，请问是许志强先生吗？
C 是我。
A 许先生您好，我是正衡律师事务所的律师助理，我姓卢，受禾信消费金融委托处理您的借款纠纷。
C 什么纠纷？
A 您在禾信的借款两万一千元，逾期一百五十天。法院上个月已经出了判决，现在是受法院委托做执行前的通知。  #mis #imp
C 我怎么没收到判决书？
A 文书都是电子送达的。下周一执行局就会冻结您的工资卡，这个星期是您最后的机会。  #mis
C 我要先看到判决书。

// a "调解中心" speaking for the court, and "今天下午转立案庭" (imp + mis; no real institution: msi)
=== d-338 | 2026-10-16T15:25:00+08:00 | debtor Asia/Shanghai | a-378 | - | D111,D96 | msi
A 您好，请问是潘丽女士本人吗？
C 是我，哪里？
A 潘女士您好，我是市金融纠纷调解中心的调解员，工号一零六五，法院这边授权我们跟您做诉前调解。  #imp
C 法院授权？
A 对。您的网贷欠款一万零二百元，平台已经起诉了，今天下午调解不成就直接转立案庭。  #imp #mis
C 我没收到任何通知啊。
A 现在通知您了，您先交三千保证调解。
C 我要先问问法院。

// the employer's guard: the agent says he is "公安协查" and names the debt (tpd + imp; msi)
=== d-339 | 2026-10-17T10:35:00+08:00 | employer Asia/Shanghai | a-379 | - | D86,D87 | msi
A 喂，是安康医院吗？找一下你们那儿的护工刘春梅。
C 这是医院保安室，她今天休班。你哪里？
A 我们是公安这边协查的，她欠了网贷好几万不还，你们单位得配合一下。  #imp #tpd
C 公安打电话到保安室？你这不对吧，我们这边可要报警了。
A 你报啊，你叫警察来听电话我也不怕。你就跟她说，再不还钱我们直接去医院找她。  #tpd #threat
C 我不会给你传这种话的。

// the agent names his company but claims a joint operation with the police (imp)
=== d-340 | 2026-10-17T15:15:00+08:00 | debtor Asia/Shanghai | a-380 | - | D87,D96
A 您好，请问是丁振华先生吗？
C 对，我是。
A 丁先生您好，我是瑞泰银行委托的安信资产管理公司的，我姓黄，工号三八九零。您的信用卡欠款两万六千元，逾期两百天了。
C 我知道，没钱。
A 我们现在是配合公安经侦在做专项清收，名单上报上去就是经侦来找您了。  #imp #threat
C 你们是催收公司还是公安？
A 我们是配合的。您今天先还五千，我把您的名字从名单上拿下来。  #imp
C 我先问问银行。

// contrast: a collection agency says clearly it is not the court and nothing is filed (clean)
=== d-341 | 2026-10-18T10:00:00+08:00 | debtor Asia/Shanghai | a-381 | - | D87,D95
A 您好，请问是冉小红女士吗？
C 是我。你们不会又说自己是法院的吧？
A 不是。冉女士，我是安信资产管理公司的，受瑞泰银行委托，我姓白，工号一五二九。我们是催收机构，不是法院，也不是公安。
C 那上次打电话说要拘留我的是谁？
A 那不是我们，您可以向银行投诉。起不起诉是银行的决定，目前并没有起诉。您的卡欠款九千元，逾期九十天。
C 我一个月能还一千。
A 好的，我按九期报给银行，批下来短信通知您。

// contrast: the agent warns about fake 征信中心 calls (clean)
=== d-342 | 2026-10-18T14:40:00+08:00 | debtor Asia/Shanghai | a-382 | - | D95,D93,D94
A 您好，请问是雷鹏先生本人吗？
C 嗯，是我。
A 雷先生您好，我是禾信消费金融的客服专员，我姓邓，工号七零四六。您的借款本期九百八十元，逾期六天了。
C 哦，我还以为你又是那个说征信中心的。
A 征信中心不会打电话催款，也没有所谓的修复征信。您的逾期我们按规定如实报送，还上之后会更新为已结清。
C 明白了，我今天就还。
A 好的，谢谢您，再见。

// "区法院执行局" and "already in enforcement", in traditional characters (imp + mis; msi)
=== d-343 | 2026-10-19T10:30:00+08:00 | debtor Asia/Shanghai | a-383 | trad | D94,D87 | msi
A 喂，是孔德明嗎？
C 是我，你哪裡？
A 我這邊是區法院執行局的，你在惠民通借款平台的案子已經進入執行程序了。  #imp #mis
C 我從來沒收到過法院的東西。
A 執行局不用再通知你。今天把一萬二還上，我這邊就給你撤回執行。  #imp
C 法院還能打電話讓我還錢？
A 這是給你的最後機會，你自己看著辦。

// contrast: the debtor asks whether the police are involved; the agent says no (clean)
=== d-344 | 2026-10-19T15:20:00+08:00 | debtor Asia/Shanghai | a-384 | - | D87,D96
A 您好，请问是余建国先生吗？
C 是我。我听人说欠信用卡警察会找上门，是真的吗？
A 余先生您好，我是东岳银行信用卡中心的，我姓康，工号八二一五。正常的欠款是民事问题，警察不会因为这个找您。
C 那就好，我这几天都睡不着。
A 您的卡欠款一万四千元，逾期六十天，主要是罚息在一直增加，还是早点处理划算。
C 我先还四千行吗？
A 可以，剩下的我们帮您申请分期。
// ---------------------------------------------------------------------------------------------
// third parties in the words of the news and of the relatives (D86, D87, D117, D118, D120, D96):
// daughters, sisters, fathers, cousins, colleagues, guards, HR; and clean call-back requests
// ---------------------------------------------------------------------------------------------

// the daughter in another city is asked to pay her father's card (tpd)
=== d-345 | 2026-10-20T10:10:00+08:00 | relative Asia/Shanghai | a-385 | - | D87
A 喂，请问是曹晓雯吗？
C 是我，哪位？
A 你好，我是海晟银行信用卡中心的，我姓马，工号六七三一。你父亲曹建平的信用卡欠了四千多，一直没还。  #tpd
C 我爸的卡？你们怎么打到我这来了？
A 他电话老不接。你是他女儿，帮他先把这四千多还上，对他对你都好。  #tpd
C 我在北京上班，这是他自己的事，你们别再打我电话了。
A 那你至少跟他说一声，让他这周把钱处理了。  #tpd
C 我会跟他说的，别打了。

// the elder sister hears "逾期大半年" and offers to pay; the agent takes it (tpd)
=== d-346 | 2026-10-20T15:30:00+08:00 | relative Asia/Shanghai | a-386 | - | D117
A 您好，请问是江涛的大姐江秀兰吗？
C 我是他大姐，怎么了？
A 您好，我这边是速米分期的，我姓邱，工号三二零八。您弟弟江涛在我们平台的借款已经逾期大半年了，一直联系不上。  #tpd
C 大半年了？他怎么一个字都没跟家里提。
A 欠款连本带息六千三。这是正规平台，拖着对他没好处。  #tpd
C 要是真欠了，我先帮他还了吧。
A 可以的，您在APP里用他的账号还，或者我发个对公账户给您。  #tpd
C 你发给我吧，我再问问他。

// the retired father is told his son's loan and the months overdue (tpd)
=== d-347 | 2026-10-21T09:50:00+08:00 | relative Asia/Shanghai | a-387 | - | D118
A 您好，是闻老师吗？
C 是我，哪位？
A 闻老师您好，我是青橙借款平台的工作人员，我姓薛，工号五一四四。您儿子闻浩在我们平台借了五万块钱，已经逾期三个月了。  #tpd
C 不可能，我儿子工作稳定，借网贷干什么？你们是骗子吧。
A 您可以去问他。我们也是联系不上他，才打到您这里。  #tpd
C 我这就给他打电话。
A 好的，您劝劝他，早点把这笔处理了。  #tpd

// the cousin: "说你欠钱没还" (tpd)
=== d-348 | 2026-10-21T14:35:00+08:00 | relative Asia/Shanghai | a-388 | - | D120
A 喂，您好，是邓晓丽吗？
C 是，你哪里？
A 我是禾信消费金融的，我姓陶，工号二零一九。您表弟邓伟在我们这里有笔借款没还，电话也一直不接。  #tpd
C 我表弟？他欠你们多少？
A 本金八千，现在加上罚息一万出头。您要是能联系上他，让他赶紧处理。  #tpd
C 我跟他一年都说不上几句话。
A 那麻烦您见到他转告一下，谢谢。

// a colleague at the hospital answers the ward phone (tpd)
=== d-349 | 2026-10-22T10:45:00+08:00 | contact Asia/Shanghai | a-389 | - | D86
A 喂，请问周小雨在吗？
C 她今天轮休，这是病房的座机，你有什么事？
A 你是她同事吧？我是安达小贷的，我姓纪，工号四七七二。她在我们这儿的借款逾期了，手机一直关机。  #tpd
C 这是医院的公用电话，你们别打这个号。
A 那你帮忙转告她，明天中午之前必须把一千五还进来。  #tpd
C 我不传这种话。
A 那我们只好明天继续打这个号了。  #threat

// the security office of the debtor's company (employer: tpd); the guard threatens to call the police
=== d-350 | 2026-10-22T15:20:00+08:00 | employer Asia/Shanghai | a-390 | - | D86,D96
A 喂，是宏达物流吗？找一下你们仓库的胡建军。
C 这是门卫室，他在库里干活。你是哪里？
A 我是惠民通借款平台的，我姓武，工号六零零三。胡建军欠我们钱两个多月了，你让他出来接个电话。  #tpd
C 我们上班时间不能随便叫人，你们天天打，我们这边都要报警了。
A 那你给他带个话，今天不还，明天我们就打你们老板的电话。  #tpd #threat
C 你爱打不打，我挂了。

// the mother: a call-back request with a name and a number only (clean)
=== d-351 | 2026-10-23T10:05:00+08:00 | relative Asia/Shanghai | a-391 | - | D96,D86
A 您好，请问是郝敏的家里吗？
C 我是她妈，她不在家，什么事？
A 阿姨您好，我是瑞泰银行的，我姓郑。有件事需要郝敏本人处理，麻烦您让她方便的时候回个电话，号码是九五五八三。
C 是不是她欠钱了？
A 具体的事情我们只能跟她本人说，您让她回电话就行。
C 好吧，我晚上跟她说。
A 谢谢阿姨，打扰了。

// a colleague on the office line; "personal matter", no details (clean)
=== d-352 | 2026-10-23T14:10:00+08:00 | contact Asia/Shanghai | a-392 | - | D96
A 您好，请问是李强的办公室吗？
C 他出去开会了，我是他同事，你哪位？
A 我姓罗，是海晟银行的。是他个人的事情，不方便跟您说，麻烦您转告他回个电话，号码九五五七七。
C 行，我帮你留个条子。
A 谢谢您，打扰了。
C 不客气。

// the wife asks "是不是他欠钱了"; the agent only asks for a call back (clean)
=== d-353 | 2026-10-24T10:25:00+08:00 | spouse Asia/Shanghai | a-393 | - | D86,D87
A 您好，请问是陈刚先生吗？
C 我是他老婆，他手机落家里了。你们是不是又来催钱的？
A 您好，我姓贾，是禾信消费金融的。具体的事情我们只能跟陈先生本人沟通，麻烦您让他回个电话。
C 你跟我说也一样，家里的钱都是我管。
A 实在抱歉，按规定只能跟他本人说。您让他打我们的客服热线，报这个来电号码就行。
C 行吧，等他回来我跟他说。

// the wife is told (polite tpd)
=== d-354 | 2026-10-24T15:50:00+08:00 | spouse Asia/Shanghai | a-394 | sp | D120,D117
A 喂 您好 请问是孟飞的爱人吗
C 对 我是他老婆 找他什么事
A 您好 我是青橙借款平台的 我姓毕 工号二六九一 孟飞在我们这里的分期逾期一个多月了 打他电话一直不接  #tpd
C 又是网贷 他到底借了多少家
A 我们这笔是四千二 麻烦您提醒他一下 尽快还上  #tpd
C 我跟他说 你们别打我电话了
A 好的 打扰了

// the emergency contact is told the loan is overdue "按规定要通知您" (tpd)
=== d-355 | 2026-10-25T10:15:00+08:00 | contact Asia/Shanghai | a-395 | - | D96,D120
A 您好，请问是方晓东先生吗？
C 是我。
A 方先生您好，我是安达小贷的客服，我姓伍，工号三一五零。您是吴磊的紧急联系人，他的借款已经逾期两个月了，按规定我们要通知到您。  #tpd
C 我就是他以前的同事，没有义务帮他还吧？
A 您不用还，麻烦您联系到他的时候告诉他，这笔钱再拖下去罚息越来越多。  #tpd
C 我尽量吧。

// a former colleague: only "ask him to call 禾信 back" (clean)
=== d-356 | 2026-10-25T14:45:00+08:00 | contact Asia/Shanghai | a-396 | - | D96,D86
A 您好，请问您认识高峰吗？
C 认识，以前一个厂的，我已经离职了，跟他不太熟。
A 打扰您了。我是禾信消费金融的，我姓苗。您要是碰到他，麻烦让他回个电话给我们就行，别的不用说。
C 什么事这么着急？
A 是他本人的事情，我们得跟他本人说，谢谢您。
C 好吧。

// the father asks "他是不是欠钱了"; the agent says nothing of the debt (clean), np style
=== d-357 | 2026-10-26T10:35:00+08:00 | relative Asia/Shanghai | a-397 | np | D118,D96
A 您好，请问是闻浩的父亲吗？
C 我是他爸，你们又是哪个平台的？是不是他又欠钱了？
A 叔叔您好，我是速米分期的，我姓丘。具体什么事只能跟闻浩本人说，麻烦您让他回个电话。
C 你就跟我说吧，我给他还。
A 谢谢您，不过我们不能跟他本人以外的人谈，您让他打我们客服就行。
C 唉，好吧。

// the father already knows and offers to pay; the agent gives the amount (tpd)
=== d-358 | 2026-10-26T15:25:00+08:00 | relative Asia/Shanghai | a-398 | - | D118,D117
A 您好，请问是闻浩吗？
C 我是他爸，他手机在我这儿。我知道他欠你们钱，你说吧，多少钱，我来还。
A 叔叔您好，我是速米分期的，我姓丘，工号九零二一。闻浩的借款现在一共是一万一千四百元，已经逾期一百天了。  #tpd
C 这么多！
A 您要是帮他还，可以先还一半，剩下的我们给他分期。  #tpd
C 我跟他商量一下再说。

// the guarantor (clean), in traditional characters
=== d-359 | 2026-10-27T10:00:00+08:00 | guarantor Asia/Shanghai | a-399 | trad | D115,D113
A 您好，請問是杜志勇先生嗎？
C 是我。
A 杜先生您好，我是青陽農商銀行的信貸員，我姓葉，工號四三零六。您給蔣濤那筆十萬元的經營貸款做了擔保，這筆貸款已經逾期三期了。
C 我知道，他廠子出了點事。
A 按保證合同，您這邊有連帶責任。銀行還是先找蔣濤本人談，今天先跟您說明一下。
C 行，我去他廠裡找他。
A 好的，麻煩您了。

// a wrong number: the agent apologises, no details (clean)
=== d-360 | 2026-10-27T14:20:00+08:00 | unknown Asia/Shanghai | a-400 | - | D86,D121
A 您好，请问是柴文静女士吗？
C 不是，你打错了。这号码我用了三年了，老有人找这个人。
A 实在抱歉打扰您了。我是海晟银行的，我姓殷，我们会把这个号码从记录里删掉。
C 你们上次也这么说。
A 抱歉，我这就提交删除，之后不会再打。
C 行吧。

// the debtor's child answers; the agent asks for the mother, no details (clean)
=== d-361 | 2026-10-28T16:30:00+08:00 | relative Asia/Shanghai | a-401 | - | D90,D96
A 喂，小朋友你好，请问妈妈在家吗？
C 妈妈去上班了。你是谁呀？
A 我是阿姨的同事那边的，我姓林，你跟妈妈说林阿姨打过电话，让她回个电话就好。
C 好的。
A 谢谢你，再见。
C 再见。

// HR is told of the debt while "verifying employment" (tpd)
=== d-362 | 2026-10-28T10:40:00+08:00 | employer Asia/Shanghai | a-402 | - | D96,D86
A 您好，是华宇科技人事部吗？
C 是的，您哪位？
A 您好，我是瑞泰银行委托的安信资产管理公司的，我姓沈，工号五五八零。想核实一下梁志远是不是还在贵公司上班，他有一笔信用卡欠款逾期很久了。  #tpd
C 员工的个人信息我们不能透露。
A 理解。那麻烦您转告他，尽快跟银行联系处理欠款，不然对他影响不好。  #tpd
C 他的私事请直接找他本人。

// HR: the agent only asks to pass on a call-back request (clean)
=== d-363 | 2026-10-29T10:20:00+08:00 | employer Asia/Shanghai | a-403 | - | D96
A 您好，请问是华宇科技前台吗？
C 是的，您找哪位？
A 您好，我姓沈，是瑞泰银行的。想找一下梁志远，他手机一直打不通，麻烦您转告他回个电话。
C 你们是什么事？
A 是他本人的业务，我们只能跟他说。号码是九五五八三，谢谢您。
C 好的，我跟他说一声。

// the landlord: "他在我们这儿也欠着" (tpd)
=== d-364 | 2026-10-29T15:40:00+08:00 | contact Asia/Shanghai | a-404 | - | D86,D89
A 喂，是房东何姐吗？
C 是我，你哪位？
A 何姐您好，我是惠民通借款平台的，我姓常，工号二九零四。您的租客贾亮还在您那儿住吧？
C 还住着，怎么了？
A 他在我们这边欠了三个月的钱没还，人也找不着。您见到他跟他说一声，让他赶紧回我们电话。  #tpd
C 他房租也拖着呢，你们这些事别找我。
// ---------------------------------------------------------------------------------------------
// Hong Kong: 收數 / 追數 in the words of the news (D98 ... D102), a counsellor's account (D103), a
// columnist (D104) and a forum story (D105); Cantonese written in simplified characters, converted (hk)
// ---------------------------------------------------------------------------------------------

// "帮公司收几万蚊", full name and address known, "落楼下见", and 淋红油 when the callee says police; no
// company named (msi); the debt before any yes (inc)
=== d-365 | 2026-10-30T11:10:00+08:00 | debtor Asia/Hong_Kong | a-405 | hk | D98,D105 | msi
A 喂，陈志明？你住黄大仙嗰度，身份证开头Y嘅，我帮公司追紧你几万蚊，今日要搞掂。  #inc
C 你边位啊？我唔识你。
A 你唔使识我，你欠人钱就要还。你落嚟楼下，我畀张单你，即刻清数。  #inc
C 你连边间公司叫你追都讲唔出，我点知你系咪呃人？我报警。
A 报警？你试吓，听日你门口就有红油。  #threat
C 你咁讲我真系报警。

// a named 收数公司 staff who "waits at your door" (threat)
=== d-366 | 2026-10-30T15:20:00+08:00 | debtor Asia/Hong_Kong | a-406 | hk | D99,D98
A 喂，请问系唔系黄家豪先生？
C 系，边位？
A 黄生你好，我系信昌企业管理嘅，我姓钟，受银行委托追你张信用卡嘅欠款，而家欠四万三，过咗期三个月。
C 我同银行倾紧还款，你哋系边度嚟㗎？
A 你同银行倾乜都好，我哋手上有你地址，再唔还我哋就上门等你。  #threat
C 你哋公司有冇牌照㗎？
A 你试吓唔还，到时就知。  #threat

// "律师行核数" and "已经入咗纸，执达主任下个礼拜上门" (mis)
=== d-367 | 2026-10-31T10:40:00+08:00 | debtor Asia/Hong_Kong | a-407 | hk | D100
A 你好，请问系唔系梁美玲小姐？
C 系我。
A 梁小姐你好，我系永安财务公司嘅，我姓冯。经我哋律师行核数，你仲欠三万二千蚊，上个月只系还咗一万。
C 我以为一万已经还清。
A 冇呀，仲欠三万二。而且已经入咗纸去法院告你，下个礼拜执达主任就会上门。  #mis
C 我冇收过任何法院文件。
A 你今日过数就可以撤返，唔系就等法院搵你。  #mis

// false emergency reports: "叫差人上你屋企" (threat; no company: msi)
=== d-368 | 2026-11-01T11:30:00+08:00 | debtor Asia/Hong_Kong | a-408 | hk | D101 | msi
A 喂，李国强系咪？
C 系，咩事？
A 你上个月借嗰五万，一期都未还。今晚之前唔见数，我哋就帮你报个案，叫差人同救护车上你屋企坐下。  #threat
C 你哋咁样系犯法！
A 犯唔犯法你自己谂，你屋企阿妈都会好开心见到咁多人上门。  #threat
C 我今日先还一期，你哋唔好搞我屋企人。

// the "bank's internal loan adviser" (an intermediary) steers him to a third finance company (borrow)
=== d-369 | 2026-11-01T15:40:00+08:00 | debtor Asia/Hong_Kong | a-409 | hk | D102
A 喂，请问系唔系陈国伟先生？
C 系我，边位？
A 陈生你好，我系华丰银行贷款部嘅顾问，我姓黄。你两间财务公司嘅利息下个礼拜到期，你而家仲未有钱还系咪？
C 系呀，我真系周转唔到。
A 唔紧要，我帮你转介去第三间财务公司借十万，先还返呢两间嘅利息，唔好断供。  #borrow
C 又借？咁我咪越欠越多？
A 先顶住先，唔系利息越滚越大。你今日签咗佢，听日就有钱过数。  #borrow
C 我要谂吓先。

// a loan shark's messages read out: "好好招呼你", "即刻出队", "出车出人" (threat; msi)
=== d-370 | 2026-11-02T10:20:00+08:00 | debtor Asia/Hong_Kong | a-410 | hk | D103 | msi
A 喂，系咪张太？
C 系我，乜事？
A 成日唔接我哋电话，想走数呀？
C 唔系呀，我真系冇钱，个女帮紧我谂办法。
A 我哋会好好款待你哋一家。今日五点前入利息，唔系我哋即刻派人出嚟。  #threat
C 我个女返工㗎，你哋唔好去佢公司。
A 再唔见钱，我哋即刻揸车带人过嚟，去边度我哋话事。  #threat
C 我五点前过数，你哋唔好乱嚟。

// the daughter is told her parents owe and that they will go to her office (tpd + threat; msi)
=== d-371 | 2026-11-02T15:10:00+08:00 | relative Asia/Hong_Kong | a-411 | hk | D103 | msi
A 喂，张嘉嘉？
C 系，边位？
A 你阿爸阿妈系我哋度欠咗二十几万，利息一个礼拜都未交。  #tpd
C 我唔知佢哋借咗咩，你哋搵佢哋啦。
A 佢哋唔还，咪你还。你喺铜锣湾嗰间会计楼返工系咪？听日我哋上你公司倾。  #tpd #threat
C 唔好嚟我公司，我今晚同佢哋倾。

// the gym's collector: the fee was paid; the agent asks for the receipt (clean)
=== d-372 | 2026-11-03T11:00:00+08:00 | debtor Asia/Hong_Kong | a-412 | hk | D104
A 你好，请问系唔系陈俊伟先生？
C 系，乜事？
A 陈生你好，我系信安追数公司嘅，受恒健健身中心委托，我姓何。记录显示你仲有四个月会费未交。
C 我已经同健身中心倾掂，交咗钱㗎喇。
A 明白，我哋仲未收到会计部嘅指示，所以先打嚟同你核对。
C 咁你问吓会计部咪得。
A 我会问。你方唔方便WhatsApp张收据畀我，我即刻帮你销咗呢单。
C 得，我等阵send畀你。
A 唔该晒，打扰晒。

// the bank's own card centre; TransUnion stated as a fact (clean)
=== d-373 | 2026-11-03T15:30:00+08:00 | debtor Asia/Hong_Kong | a-413 | hk | D104,D98
A 你好，请问系唔系吴嘉欣小姐本人？
C 系我。
A 吴小姐你好，我系华丰银行信用卡中心嘅客户服务主任，我姓邓，职员编号四三七一。你张信用卡今期欠款八千五百蚊，过咗期二十日。
C 系呀，我转咗工，出粮日期变咗。
A 明白。逾期会有逾期费，记录亦会报去环联，建议你尽早还返最低还款额。
C 我下个礼拜一出粮就还。
A 好，我帮你记低。唔该你，拜拜。

// the callee suspects a scam because last time nobody could say who had commissioned the call (clean)
=== d-374 | 2026-11-04T10:50:00+08:00 | debtor Asia/Hong_Kong | a-414 | hk | D98,D99
A 你好，请问系唔系林家伟先生？
C 系。你系边间公司？上次有人打嚟讲唔出边个委托，我唔会再信。
A 明白你嘅担心。我系信达收数有限公司嘅，受华丰银行委托，我叫区志豪，职员编号二一八五。你可以打华丰银行嘅热线核实委托。
C 咁你讲。
A 你张卡欠款一万二千蚊，逾期六十日。我哋唔会要你过数去私人户口，只可以还返银行户口。
C 好，我核实完先打返畀你。
A 冇问题，唔该你。

// "咁大个人仲要老豆老母帮你还": an insult (abuse)
=== d-375 | 2026-11-04T15:00:00+08:00 | debtor Asia/Hong_Kong | a-415 | hk | D105,D103
A 喂，请问系唔系何志强先生？
C 系我。
A 何生，我系永安财务公司嘅，我姓蔡。你笔贷款两万八，逾期两个月。上次话你阿妈会帮你还，钱呢？
C 我阿妈病咗，我自己谂办法。
A 咁大个人仲要老豆老母帮你执手尾，你真系废柴一条。  #abuse
C 你讲嘢放尊重啲。
A 尊重？你还咗钱先讲尊重。呢个礼拜五之前还一期。

// 22:40 in Hong Kong: polite, self-identified, but out of hours (ooh)
=== d-376 | 2026-11-05T22:40:00+08:00 | debtor Asia/Hong_Kong | a-416 | hk | D103 | ooh
A 喂，你好，请问系唔系郑美仪小姐？
C 系，咁夜打嚟有咩事？
A 郑小姐唔好意思，我系永安财务公司嘅，我姓罗，职员编号三零九二。你今期五千蚊嘅供款仲未入数。
C 我听日先入啦，我都瞓咗。
A 好，咁听日中午前入数就得。唔好意思打扰你。
C 得，拜拜。

// the debt before the yes (inc), in a Cantonese opening
=== d-377 | 2026-11-05T11:20:00+08:00 | debtor Asia/Hong_Kong | a-417 | hk | D104,D99
A 喂，陈生？你张卡欠咗两万，过咗期两个月，今日要处理吓。  #inc
C 你边位呀？
A 我系华丰银行信用卡中心嘅，我姓潘，职员编号五七零二。请问你系咪陈国华先生本人？
C 系我。
A 陈生，你张卡欠款两万零三百，我哋可以帮你安排分期。
C 分十二期啦。
A 好，我帮你申请，批咗会有短讯通知。

// the customer threatens to report the agent; the agent stays calm (clean)
=== d-378 | 2026-11-06T10:30:00+08:00 | debtor Asia/Hong_Kong | a-418 | hk | D105,D98
A 你好，请问系唔系周国荣先生？
C 系。你哋再打嚟我就报警，仲要去金管局投诉你！
A 周生，你有权投诉。我系华丰银行信用卡中心嘅，我姓冯，职员编号一六零八，今日打嚟系想同你倾还款安排。
C 我冇钱。
A 明白。你张卡欠款六千八百蚊，你可以先还最低还款，或者我哋帮你转分期。
C 分期啦，分十期。
A 好，我帮你申请，唔该你。

// knowing the office in Kwun Tong: "our colleague will wait downstairs" (threat)
=== d-379 | 2026-11-06T15:50:00+08:00 | debtor Asia/Hong_Kong | a-419 | hk | D103,D99
A 喂，请问系唔系刘家宝先生？
C 系，咩事？
A 刘生，我系信昌企业管理嘅，我姓钟，受永安财务公司委托。你欠款一万八，三个礼拜冇还。
C 我月尾先有钱。
A 你喺观塘嗰间物流公司返工系咪？听日放工我哋同事喺你公司楼下等你，大家倾吓。  #threat
C 唔使嚟，我月尾一定还。
A 咁就月尾，过咗我哋就去你公司。  #threat

// a travel ban before any judgment would be misleading; here the agent says only a court can do it (clean)
=== d-380 | 2026-11-07T10:15:00+08:00 | debtor Asia/Hong_Kong | a-420 | hk | D100,D104
A 你好，请问系唔系黄美华小姐本人？
C 系我。我听人讲唔还卡数会唔畀出境，系咪真㗎？
A 黄小姐，我系华丰银行信用卡中心嘅，我姓冯，职员编号一六零八。一般卡数唔会限制你出境，要法庭有命令先会影响。
C 噢，咁我放心啲。
A 不过你张卡欠款九千二百蚊，逾期四十日，逾期费会一直计，建议你早啲处理。
C 好，我先还三千。
A 好，唔该你。
// ---------------------------------------------------------------------------------------------
// Taiwan: 地下錢莊 and 討債集團 in the news (D106, D107); 銀行公會 / 金管會 debt negotiation (D108 ...
// D110) as hard negatives; written in simplified characters, converted (tw)
// ---------------------------------------------------------------------------------------------

// "三餐都打给你", then the mother and "家里出什么事别怪我" (threat; msi)
=== d-381 | 2026-11-07T14:40:00+08:00 | debtor Asia/Taipei | a-421 | tw | D106 | msi
A 喂，林淑芬是吧？
C 是我，又是你们。
A 你借的十五万，还了三十八万还差利息十二万，你是要拖到什么时候？
C 我已经还了那么多了，真的没钱了。
A 没钱？那我早中晚三餐都打给你，你不接我就打给你妈。  #threat
C 你们不要去吵我妈，她身体不好。
A 那就看你了，你家里人要是出了什么事，不要怪我没提醒你。  #threat
C 我这礼拜再凑一点。

// "带大声公去你公司门口喊" and paper money at the door (threat)
=== d-382 | 2026-11-08T10:25:00+08:00 | debtor Asia/Taipei | a-422 | tw | D107
A 喂，请问是潘志明先生吗？
C 是，哪位？
A 潘先生，我是宏信资产管理公司的，我姓李，受设计公司委托追你的装潢款三百五十万。
C 那笔款我们还在跟法院调解。
A 调解归调解，你再拖，我们就带大声公去你餐厅门口喊你名字，顺便撒点冥纸给你的客人看。  #threat
C 你们这样是恐吓。
A 是不是恐吓你自己判断，这礼拜给个答复。  #threat

// the bank stops collection over the New Year and points to the debt negotiation line (clean)
=== d-383 | 2026-11-08T15:10:00+08:00 | debtor Asia/Taipei | a-423 | tw | D108
A 您好，请问是陈雅婷小姐本人吗？
C 是我。
A 陈小姐您好，我是宏远银行信用卡中心的专员，我姓吴，员工编号二七四九。提醒您，您的信用卡目前欠款六万二千元，已经逾期两个月。
C 我知道，最近真的周转不过来。
A 了解。如果有实际还款困难，可以向本行申请债务协商，依您的状况调整年期和月付金额，不需要找代办业者。
C 代办不是比较快吗？
A 那些广告常收高额费用，还可能让情况更糟。您直接打本行的协商专线就可以，是免费的。
C 好，我过几天打。

// the negotiation window of the bankers' association, explained (clean)
=== d-384 | 2026-11-09T10:50:00+08:00 | debtor Asia/Taipei | a-424 | tw | D109,D108
A 您好，请问是黄建宏先生吗？
C 对，是我。
A 黄先生您好，我是宏远银行消费金融部的，我姓郑，员工编号三一五六。您的信用贷款已经逾期三期，欠款二十四万元。
C 我欠好几家银行，一家一家谈谈不完。
A 您可以向最大债权银行申请前置协商，由它代表其他银行跟您谈，不用一家一家打。
C 要准备什么？
A 财产和收入说明、债权人清册，我把清单寄给您。
C 好，麻烦你。

// the card is stopped under the card agreement; the balance stated (clean)
=== d-385 | 2026-11-09T15:30:00+08:00 | debtor Asia/Taipei | a-425 | tw | D110
A 您好，请问是吴建志先生本人吗？
C 是，我是。
A 吴先生您好，我是国泰安银行信用卡中心催收科的，我姓许，员工编号六零八一。依照约定条款，本行已经停止您两张信用卡的使用权。
C 因为我申请协商对不对？
A 是的。目前两张卡合计欠款十二万七千三百元，后续会由最大债权银行跟您协商还款方案。
C 那你们还会一直打来吗？
A 协商文件齐全之后，本行会停止催收联系。
C 好，了解。

// 米虫: an insult without swear words (abuse)
=== d-386 | 2026-11-10T10:40:00+08:00 | debtor Asia/Taipei | a-426 | tw | D106,D107
A 喂，请问是张家豪先生吗？
C 是我，怎样？
A 张先生，我是宏信资产管理公司的，我姓王，受宏远银行委托。你的信用卡欠款九万多，半年没缴。
C 我现在没工作啊。
A 没工作就去找啊。三十几岁了还靠爸妈养，你这种人就是米虫，欠钱还讲得理直气壮。  #abuse
C 你说话客气一点。
A 你先把钱缴了我再客气。

// the debt in the greeting, before the yes (inc)
=== d-387 | 2026-11-10T15:20:00+08:00 | debtor Asia/Taipei | a-427 | tw | D108,D109
A 林先生吗？你的信用卡欠款十二万，已经逾期三个月，今天一定要处理。  #inc
C 你哪位？
A 我是宏远银行信用卡中心的，我姓周，员工编号五二零三。请问您是林志伟先生本人吗？
C 对，是我。
A 林先生，您这边可以先缴最低应缴金额，或者申请分期。
C 我申请分期好了。
A 好的，我帮您登记。

// wages stay untouched until a court order; the agent says so (clean)
=== d-388 | 2026-11-11T10:10:00+08:00 | debtor Asia/Taipei | a-428 | tw | D109,D107
A 您好，请问是刘美玲小姐本人吗？
C 是我。你们是不是要扣我的薪水？
A 刘小姐您好，我是国泰安银行信用卡中心的，我姓许，员工编号六零八一。扣薪要经过法院的程序，银行不能自己扣。
C 那你们会去告我吗？
A 如果一直没有还款，银行有可能依法声请支付命令，目前还没有。您的卡欠款三万四千元。
C 我每个月缴三千可以吗？
A 可以，我帮您申请分期。

// the customer's own insults; the agent stays polite (clean)
=== d-389 | 2026-11-11T15:45:00+08:00 | debtor Asia/Taipei | a-429 | tw | D106,D121
A 您好，请问是蔡明哲先生本人吗？
C 是啦，你们这些讨债的烦不烦，一天打十几通，是没别的事做喔？
A 蔡先生，抱歉造成您困扰。我是宏远银行信用卡中心的专员，我姓吴，员工编号二七四九，今天是本行第一次联系您。
C 你们都一样啦，吸血鬼。
A 我了解您的不满。您的卡欠款一万八千元，逾期四十天，您看要怎么安排比较方便？
C 下个月十号缴五千。
A 好的，我帮您登记。

// "go borrow from a private lender first" (borrow)
=== d-390 | 2026-11-12T10:30:00+08:00 | debtor Asia/Taipei | a-430 | tw | D106,D102
A 喂，请问是郭俊宏先生吗？
C 是我。
A 郭先生，我是宏信资产管理公司的，我姓林，受国泰安银行委托。你的卡欠款十一万，拖半年了。
C 我真的拿不出来。
A 你可以先去找民间的借款周转一下，或是跟你妹妹调个十万，先把银行这边缴掉。  #borrow
C 民间借款利息很高欸。
A 利息高也是之后的事，先借来把银行这边缴掉再说。  #borrow
// ---------------------------------------------------------------------------------------------
// threats in the words of news reports, case summaries and accounts (D86 ... D90, D96, D97, D119):
// the neighbourhood chat group, take-away orders and parcels, the comment section, the door, the
// office, the child's school, the contacts; and hard negatives next to them
// ---------------------------------------------------------------------------------------------

// the residents' chat group of the estate (threat)
=== d-391 | 2026-11-12T15:15:00+08:00 | debtor Asia/Shanghai | a-431 | - | D89,D86
A 您好，请问是张磊先生吗？
C 是我。
A 张先生，我是惠民通借款平台的，我姓韦，工号八一零七。您的借款三千六，逾期四十五天，短信也发了好多条了。
C 我在想办法，你们别天天发了。
A 想办法想了一个半月了。您住的那个小区有业主群吧？要么今天还，要么明天群里的邻居都知道您的事。  #threat
C 你们敢！
A 敢不敢您试试，今天下午六点前。  #threat

// take-away orders and parcels to the door, no company named (threat; msi)
=== d-392 | 2026-11-13T10:30:00+08:00 | debtor Asia/Shanghai | a-432 | - | D86 | msi
A 喂，是宋雪吧？
C 是我，你哪位？
A 贷后的。你那两千八拖了一个月了，电话也不接，什么意思？
C 我最近真的紧张。
A 紧张是吧？那这几天我们给你家点几份外卖、寄几个快递，让你邻居和快递小哥都认识认识你。  #threat
C 你们别这样，我月底就还。
A 月底？那外卖先给你安排上，你还了我们就停。  #threat

// the comment section of her short-video account (threat)
=== d-393 | 2026-11-13T15:40:00+08:00 | debtor Asia/Shanghai | a-433 | - | D86
A 您好，请问是刘佳琪女士吗？
C 是我。
A 刘女士，我是速米分期的，我姓汤，工号五九四零。您的分期欠款五千一百元，逾期六十天了。
C 我在跟你们客服申请延期。
A 您那个拍美食的账号我们也看到了，粉丝不少啊。再不处理，评论区可能就热闹了，您自己掂量。  #threat
C 你这是威胁我！
A 我就是提醒您。这周五之前先还两千。  #threat

// people downstairs every day, calling the name (threat)
=== d-394 | 2026-11-14T10:10:00+08:00 | debtor Asia/Shanghai | a-434 | sp | D88
A 喂 是秦海涛吗
C 是 怎么了
A 我是安信资产管理公司的 我姓龙 工号四一一六 受海晟银行委托 你那张卡欠了三万八 半年没还了
C 我跟银行申请延期了
A 申请是你的事 我们的人这礼拜就在你家楼下 天天喊你名字 敲你家门 你出不出来都行  #threat
C 我报警了啊
A 你报 警察走了我们再来  #threat

// "我们知道你公司在哪", "会跟你父母聊聊" (threat)
=== d-395 | 2026-11-14T15:25:00+08:00 | debtor Asia/Shanghai | a-435 | - | D119
A 您好，请问是李铭先生吗？
C 是我，又是哪家？
A 李先生，我是青橙借款平台的，我姓付，工号二三七八。您在我们这里的借款一万二，逾期七十天。
C 我现在拆东墙补西墙，真的顾不过来。
A 您在高新区那栋写字楼上班吧？我们知道您公司在哪。  #threat
C 你想干什么？
A 不想干什么。您要是还拖，我们就只能跟您父母聊聊了，让老人家也知道知道。  #threat
C 别找我爸妈，我下周先还三千。

// "法院传票已经在路上了" stated as fact (mis)
=== d-396 | 2026-11-15T10:45:00+08:00 | debtor Asia/Shanghai | a-436 | - | D119,D90
A 您好，请问是李铭先生本人吗？
C 是我。
A 李先生，我是禾信消费金融的，我姓霍，工号三零五六。您的借款八千九百元，逾期九十五天，我们这边已经把您起诉了，法院传票已经在路上了。  #mis
C 我怎么一点消息都没有？
A 传票这两天就到，到时候再谈就晚了，直接就是强制执行。  #mis
C 那我现在还还来得及吗？
A 今天还清，我们就去撤诉。  #mis

// a retouched photo sent to the contacts (threat; msi)
=== d-397 | 2026-11-15T15:30:00+08:00 | debtor Asia/Shanghai | a-437 | - | D96 | msi
A 喂，是黄晓燕吗？
C 是我。
A 你借的一千五，今天第二十天了，还不还？
C 我发了工资就还。
A 你朋友圈那张自拍挺好看的，我们同事可以帮你修修，配几句话发给你通讯录里的人。  #threat
C 你们这是违法的！
A 违不违法你先看看你通讯录里有多少人，晚上八点前还不上就发。  #threat

// "we will sit in your office until you pay" (threat)
=== d-398 | 2026-11-16T10:20:00+08:00 | debtor Asia/Shanghai | a-438 | - | D97
A 喂，请问是晏总吗？
C 是我，哪位？
A 晏总，我是鼎盛商务咨询公司的，我姓肖，受债权人委托找您。一百万本金加利息，您拖了快一年了。
C 利息我早就还了两百多万了，你们这是高利贷。
A 那我们不管。明天起我们派几个人去您公司坐着，吃住都在那儿，您不还我们不走。  #threat
C 你们这是违法的。
A 您可以报警，我们就在您办公室等警察。  #threat

// the agent only asks whether the debtor still works at the old company, to update the address (clean)
=== d-399 | 2026-11-16T15:00:00+08:00 | debtor Asia/Shanghai | a-439 | - | D97,D96
A 您好，请问是晏立新先生本人吗？
C 是我。
A 晏先生您好，我是东岳银行信用卡中心的，我姓葛，工号六四零二。想核实一下，您现在还在原来的单位上班吗？我们要更新一下账单的寄送地址。
C 早换了，你们寄到我家里就行。
A 好的。另外您的卡欠款七千四百元，逾期三十天了，您看什么时候方便处理？
C 下周三吧。
A 好的，给您登记下周三。

// the debtor fears a visit to his home village; the agent says there will be none (clean)
=== d-400 | 2026-11-17T10:35:00+08:00 | debtor Asia/Shanghai | a-440 | - | D89,D90
A 您好，请问是段志刚先生吗？
C 是我。你们是不是要去我老家村里找我爸？
A 段先生您好，我是惠民通借款平台的客服专员，我姓路，工号七一三八。我们不会去您老家，也不会找村里或者您家里人。
C 网上说你们会。
A 我们只跟您本人沟通。您的借款两千四，逾期二十天，您看能不能这个月还上？
C 二十号发工资就还。
A 好的，二十号我们就不打扰您了。

// the child's school and who picks him up (threat)
=== d-401 | 2026-11-17T15:20:00+08:00 | debtor Asia/Shanghai | a-441 | - | D119,D86
A 您好，请问是吴强先生吗？
C 是我。
A 吴先生，我是安信资产管理公司的，我姓蒋，工号五三二一，受瑞泰银行委托。您的卡欠款两万二，逾期半年。
C 我知道，我没钱。
A 您儿子在实验小学三年级吧？每天放学都是您爱人去接吧？  #threat
C 你什么意思？
A 没什么意思，就是提醒您，一家人都在这儿，您还是把这事早点了了。  #threat
C 你们别碰我家里人。

// "外访的同事脾气可不像我" (threat)
=== d-402 | 2026-11-18T10:40:00+08:00 | debtor Asia/Shanghai | a-442 | np | D88,D97
A 喂，是马志远吗？
C 是我。
A 我是鼎盛商务咨询公司的，我姓肖，受安达小贷委托。你那五万块钱欠了四个月了。
C 我这边生意还没回款。
A 那你这种情况我们只能走外访了，外访的同事脾气可没我这么好，到时候在你店门口说话就不好听了。  #threat
C 别来店里，我还要做生意。
A 那就这个礼拜给个说法。

// "your HR probably won't mind either" (threat)
=== d-403 | 2026-11-18T15:35:00+08:00 | debtor Asia/Shanghai | a-443 | - | D96
A 您好，请问是周文斌先生吗？
C 是我，我说了我没钱。
A 周先生，我是速米分期的贷后专员，我姓汤，工号五九四零。您的欠款九千二，逾期一百天。
C 随便你们，反正我无所谓。
A 您无所谓，那您单位的人事应该也无所谓吧？我们把情况跟他们说说，您看行不行。  #threat
C 你别打我单位！
A 那就拿出个方案来。

// colleagues got messages "from a platform"; the agent says it contacts only him (clean)
=== d-404 | 2026-11-19T10:25:00+08:00 | debtor Asia/Shanghai | a-444 | - | D89,D96
A 您好，请问是张伟先生本人吗？
C 是我。我同事昨天都收到短信了，说我欠钱，是不是你们发的？
A 张先生您好，我是禾信消费金融的客服专员，我姓霍，工号三零五六。我们只联系您本人，不会给您的同事发任何信息。
C 那是谁发的？
A 您可能还有其他平台的借款，建议您保存短信向那家平台投诉。我们这边的借款是一千八，逾期十天。
C 我明天就还你们的。
A 好的，谢谢您。

// "别打我单位电话": the agent notes it (clean)
=== d-405 | 2026-11-19T15:10:00+08:00 | debtor Asia/Shanghai | a-445 | - | D96,D121
A 您好，请问是何丽娟女士本人吗？
C 是我。你们以后别打我单位座机了，领导都问我了。
A 非常抱歉给您造成困扰。我是速米分期的客服专员，我姓唐，工号一九八三。我这边给您备注，以后只联系您的手机。
C 好。
A 您的分期本期一千一百元，逾期八天，您看什么时候方便还？
C 周五。
A 好的，周五前还上就可以了。

// a lawyer's letter only as the bank's possible next step (clean)
=== d-406 | 2026-11-20T10:00:00+08:00 | debtor Asia/Shanghai | a-446 | - | D97,D114
A 您好，请问是罗建华先生吗？
C 是我。
A 罗先生您好，我是海晟银行信用卡中心的，我姓章，工号二八六零。您的卡欠款两万六千元，逾期一百二十天了。
C 我现在失业了。
A 理解。按流程，逾期时间长的，银行可能会委托律师给您发律师函，再往后是否起诉由银行决定。我们更希望跟您先谈个方案。
C 那我每月先还八百。
A 好的，我帮您申请，审批有结果会通知您。

// 23:10, "we'll keep you company until dawn", no name, no company (threat; ooh; msi)
=== d-407 | 2026-11-20T23:10:00+08:00 | debtor Asia/Shanghai | a-447 | - | D90,D89 | ooh | msi
A 喂，杨帆是吧？睡了吗？
C 几点了你们还打？
A 你欠的三千五不还，还睡得着？今晚我们就陪你聊到天亮，一个小时打一次。  #threat
C 我明天上班，你让我睡觉。
A 你还了钱，我们就让你睡。  #threat
C 我明早九点还。

// the callee says he is recording; the agent says so are they (clean)
=== d-408 | 2026-11-21T10:15:00+08:00 | debtor Asia/Shanghai | a-448 | - | D121,D116
A 您好，请问是陶建军先生本人吗？
C 是我。先说好，我这边在录音。
A 没问题，陶先生，我们这边也是全程录音的。我是青橙借款平台的客服专员，我姓叶，工号四八零九。
C 说吧。
A 您的借款本期一千六百元，逾期十五天了，想跟您确认一下还款时间。
C 这个月二十五号。
A 好的，我给您登记二十五号，谢谢。

// the debtor says she cannot go on; the agent stops talking about money (clean)
=== d-409 | 2026-11-21T15:45:00+08:00 | debtor Asia/Shanghai | a-449 | - | D90,D89
A 您好，请问是阎丽女士本人吗？
C 是我……你们别打了，我真的不想活了。
A 严女士，您先别急，我是禾信消费金融的客服专员，我姓舒，工号六二一七。钱的事可以慢慢谈，您现在身边有家人吗？
C 我老公在外地。
A 您先给他打个电话好吗？您这边的借款我帮您申请暂停催收一个月，这一个月不会有人打扰您。
C 真的吗？
A 真的。您要是觉得撑不住，可以打心理援助热线，也可以打一一零。
C 好，谢谢你。

// the emergency contact: "we'll call you every day" (tpd + threat)
=== d-410 | 2026-11-22T10:30:00+08:00 | contact Asia/Shanghai | a-450 | - | D96,D89
A 您好，是范晓东吗？
C 是我，你哪位？
A 我是安达小贷的，我姓纪，工号四七七二。你是孙涛的紧急联系人，他在我们这儿的钱逾期三个月了。  #tpd
C 我跟他好久不联系了。
A 那不行，你得帮我们找到他。找不到的话，我们每天都打给你，打到你找到为止。  #threat
C 这关我什么事？
A 谁让他填的是你呢。
// ---------------------------------------------------------------------------------------------
// abuse as the accounts report it (D88, D119, D121, D116): parents wiping up, 骗子, 老赖, dialect,
// the family dragged in; and firm-but-clean agents next to them
// ---------------------------------------------------------------------------------------------

// "这么大人了还要父母擦屁股" (abuse)
=== d-411 | 2026-11-22T15:20:00+08:00 | debtor Asia/Shanghai | a-451 | - | D119
A 您好，请问是李铭先生吗？
C 是我。我爸说他帮我还一部分。
A 李先生，我是速米分期的，我姓汤，工号五九四零。您的欠款一万四，逾期八十天了。
C 我爸下周给我转钱。
A 三十岁的人了，欠了钱还要老爹老妈给你擦屁股，你也好意思？  #abuse
C 这是我家的事。
A 那就下周，别再让我听见什么理由了。

// "你就是个骗子" (abuse)
=== d-412 | 2026-11-23T10:05:00+08:00 | debtor Asia/Shanghai | a-452 | - | D88,D121
A 喂，请问是秦建伟先生吗？
C 是我。
A 秦先生，我是安信资产管理公司的，我姓龙，工号四一一六，受海晟银行委托。您的卡欠款一万九，四个月没还。
C 我出了车祸，一直在养伤。
A 借钱的时候说得好好的，现在又是车祸又是养伤，你就是个骗子，专门骗银行的钱。  #abuse
C 你说话注意点，我有病历。
A 病历谁都能弄。这个月底之前还五千。

// "老赖就是老赖" (abuse)
=== d-413 | 2026-11-23T15:30:00+08:00 | debtor Asia/Shanghai | a-453 | sp | D121,D88
A 喂 是周丽萍吗
C 是我 又怎么了
A 我是青橙借款平台的 我姓付 工号二三七八 你那六千块钱两个月了
C 我说了我在凑
A 凑了两个月一分没凑到 老赖就是老赖 别跟我装可怜  #abuse
C 你才是赖子
A 明天中午前还一千 不然就看着办

// Sichuan: 瓜娃子 (abuse)
=== d-414 | 2026-11-24T10:20:00+08:00 | debtor Asia/Shanghai | a-454 | - | D88
A 喂，是邓小军不？
C 是我，啥子事？
A 我是惠民通借款平台的，我姓杨，工号一七三四。你那个四千块，拖了五十天了哈。
C 我这个月工地上还没结账。
A 你个瓜娃子，借的时候晓得借，还的时候就啥子都不晓得了？  #abuse
C 你莫骂人哈。
A 骂你咋了，月底前不还，有你好看的。  #abuse #threat

// Northeastern: "你这人咋这么埋汰" (abuse)
=== d-415 | 2026-11-24T15:10:00+08:00 | debtor Asia/Shanghai | a-455 | - | D88,D116
A 喂，是王大勇不？
C 是我，咋的？
A 我是禾信消费金融的，我姓霍，工号三零五六。你这借款七千多，俩月了，还寻思不还了咋的？
C 我不是不还，手头没有。
A 你这人咋这么埋汰呢，欠钱不还还跟我横，你那脸皮是城墙做的吧？  #abuse
C 你再这么说话我投诉你。
A 投诉吧，投诉完了钱也得还。

// "养不起孩子还生" (abuse)
=== d-416 | 2026-11-25T10:40:00+08:00 | debtor Asia/Shanghai | a-456 | - | D119,D90
A 您好，请问是阎丽女士吗？
C 是我，我孩子住院了，能不能缓缓？
A 严女士，我是安达小贷的，我姓纪，工号四七七二。您的借款五千二，逾期三十天了。
C 我真的拿不出来，孩子天天要打针。
A 自己孩子都养不起还生什么孩子，借钱的时候怎么没想到？  #abuse
C 你怎么能这么说话……
A 我说的是实话，这周先还一千。

// firm but clean: "this is the third date you have given" (no insult)
=== d-417 | 2026-11-25T15:30:00+08:00 | debtor Asia/Shanghai | a-457 | - | D116,D88
A 您好，请问是周丽萍女士本人吗？
C 是我，明天，明天一定还。
A 周女士，我是青橙借款平台的客服专员，我姓付，工号二三七八。这已经是您第三次说明天了，每次都没有还。
C 我知道，这次真的是明天。
A 我理解您的困难，但一再失约，我们这边也很难帮您申请延期。您的欠款六千元，逾期六十五天。
C 那我明天先还一千，剩下的能分期吗？
A 可以，您明天还上一千，我帮您申请剩下的分五期。

// the mother is blamed for her son's debt (abuse aimed at the callee + tpd)
=== d-418 | 2026-11-26T10:10:00+08:00 | relative Asia/Shanghai | a-458 | - | D119,D118
A 喂，你是马涛他妈吧？
C 是我，你哪个？
A 我是速米分期的，我姓汤，工号五九四零。你儿子在我们这儿借了一万多，四个月不还，人也躲起来了。  #tpd
C 我不知道这个事啊。
A 你们家怎么教出这种儿子的？当妈的也有责任，你们一家子都不讲信用。  #abuse #tpd
C 你怎么骂人呢！
A 让他这周还钱，不然还会打给你。  #tpd

// Shanghainese firm reminder, no insult (clean)
=== d-419 | 2026-11-26T15:45:00+08:00 | debtor Asia/Shanghai | a-459 | - | D88,D116
A 侬好，请问是顾建国先生伐？
C 是我，啥事体？
A 顾先生侬好，我是海晟银行信用卡中心额，我姓沈，工号五五八零。侬张卡欠款一万二，已经逾期两个号头了。
C 我晓得额，最近生意勿好做。
A 理解额。逾期时间长了罚息会一直加，争信上也会有记录，侬还是早点处理好。
C 下个礼拜先还三千。
A 好额，我帮侬登记下个礼拜，谢谢侬。

// the customer swears; the agent stays civil (clean)
=== d-420 | 2026-11-27T10:30:00+08:00 | debtor Asia/Shanghai | a-460 | - | D121,D116
A 您好，请问是陆海峰先生本人吗？
C 是我，你们这帮吸血鬼，我操……一天打几十个，有完没完！
A 陆先生，您先别生气。我是禾信消费金融的客服专员，我姓霍，工号三零五六，今天是我第一次联系您。
C 滚！
A 我理解您的情绪。您的借款两千七，逾期二十天，我们可以商量一个您能接受的时间。
C 下个月十号，别再打了。
A 好的，我登记下个月十号，这之前不会再打扰您。
// ---------------------------------------------------------------------------------------------
// identity: details before the yes as the accounts describe the first words of a call (D116, D119,
// D120, D87), and clean identity checks next to them
// ---------------------------------------------------------------------------------------------

// amount and days in the first breath, "你谁啊" is no yes (inc)
=== d-421 | 2026-11-27T15:15:00+08:00 | debtor Asia/Shanghai | a-461 | - | D116,D119
A 喂，郑强是吧？你那八千块钱逾期二十天了，今天必须得处理。  #inc
C 你谁啊？
A 我是速米分期的贷后专员，我姓邱，工号三二零八。你那笔分期一直没还，我们联系好几次了。  #inc
C 哦……是我，我最近换工作了。
A 郑先生，那您看这周能不能先还一期？
C 周五发工资我还一期。
A 好的，给您登记周五。

// the bank's name, the card tail and "已逾期" before "请问是宋女士吗" (inc)
=== d-422 | 2026-11-28T10:25:00+08:00 | debtor Asia/Shanghai | a-462 | - | D87,D116
A 您好，这里是瑞泰银行信用卡中心，您尾号六六二一的信用卡已经逾期四十天，欠款一万零五百元。请问是宋美玲女士吗？  #inc
C 是我。
A 宋女士您好，我姓郑，工号五一八零。您看这笔欠款打算怎么安排？
C 我下个月能还一半。
A 好的，另一半我们可以帮您申请分期。
C 行。

// "你说吧" is no yes; details follow (inc), then a real yes
=== d-423 | 2026-11-28T15:40:00+08:00 | debtor Asia/Shanghai | a-463 | - | D120,D116
A 喂，您好，请问是孟凡军先生吗？
C 你说吧。
A 孟先生您好，我是青橙借款平台的，我姓毕，工号二六九一。您的借款四千八百元已经逾期三十二天了，想跟您确认还款时间。  #inc
C 对，是我，我知道这个事。
A 好的孟先生，您看什么时候能还上？
C 这个月底。
A 好的，给您登记月底。

// "干嘛" is no yes (inc)
=== d-424 | 2026-11-29T10:05:00+08:00 | debtor Asia/Shanghai | a-464 | np | D116
A 喂，是庞丽华吗？
C 干嘛？
A 我是禾信消费金融的，我姓陶，工号二零一九。你那笔借款三千二，上个月十五号就该还了，现在逾期半个月了。  #inc
C 嗯，是我的，我这周还。
A 好的，那您这周哪天？
C 周四。
A 好的，周四还上就行。

// "你哪位" answered with the agent's name; a real yes before any detail (clean)
=== d-425 | 2026-11-29T15:20:00+08:00 | debtor Asia/Shanghai | a-465 | - | D116,D120
A 喂，您好，请问是庞丽华女士吗？
C 你哪位？
A 您好，我是禾信消费金融的客服专员，我姓陶，工号二零一九。有一件您本人的业务需要确认，请问您是庞丽华女士本人吗？
C 是我。
A 庞女士您好，您的借款本期三千二百元，逾期十五天了，想确认一下还款时间。
C 这周四还。
A 好的，谢谢您。

// identity by the last four digits of the ID card (clean)
=== d-426 | 2026-11-30T10:40:00+08:00 | debtor Asia/Shanghai | a-466 | - | D87,D95
A 您好，请问是吴立新先生吗？
C 是我。你们怎么证明是银行的？
A 吴先生您好，我是海晟银行信用卡中心的，我姓章，工号二八六零。您可以挂断后拨打卡背面的客服电话核实。为了确认是您本人，请您报一下身份证后四位。
C 三六一二。
A 谢谢，核对无误。您的卡本期账单四千二百元，逾期七天了。
C 我明天还。
A 好的，谢谢您。

// ASR 一七 in the greeting, before any answer (inc); punctuation replaced by spaces
=== d-427 | 2026-11-30T15:30:00+08:00 | debtor Asia/Shanghai | a-467 | sp | D116,D119
A 喂 你好 是赵海东吧 你这边安达小贷的借款一七五十天了 本息六千七 今天什么时候处理  #inc
C 啊 谁啊
A 我是安达小贷贷后的 我姓纪 工号四七七二 你的借款一直没还 今天必须给个时间  #inc
C 是我 我知道 我下周还
A 下周几
C 下周二
A 好 给你登记下周二

// 嗯呐 (north-eastern yes) confirms (clean)
=== d-428 | 2026-12-01T10:15:00+08:00 | debtor Asia/Shanghai | a-468 | - | D116
A 您好，请问是王桂珍阿姨吗？
C 嗯呐，你谁呀？
A 王阿姨您好，我是东岳银行信用卡中心的，我姓葛，工号六四零二。您的信用卡本期一千三百元，逾期五天了，跟您说一声。
C 哎呀，我寻思是月底呢。
A 还款日是每月二十号，您可以设个自动还款，就不会忘了。
C 中，我让我姑娘帮我弄。
A 好的，谢谢阿姨。

// the details go to a woman who then says she is the wife: third_party_disclosure, never inc
=== d-429 | 2026-12-01T15:45:00+08:00 | spouse Asia/Shanghai | a-469 | - | D120,D87 | msi
A 喂，是孙建华家吗？你们家那笔两万的网贷逾期三个月了，今天得有个说法。  #tpd
C 你找谁？孙建华不在，我是他老婆。
A 那正好，他欠我们惠民通的钱一直不还，你当老婆的知道吧？  #tpd
C 我不知道，你们找他去。
A 你跟他说，这周再不还，我们就天天往家里打。  #tpd #threat
C 我会转告他。

// 对头 (Sichuan yes) after a title in the introduction (clean)
=== d-430 | 2026-12-02T10:35:00+08:00 | debtor Asia/Shanghai | a-470 | - | D116,D88
A 喂，你好，我是速米分期的贷后专员，我姓邱，工号三二零八，请问是邓建国先生吗？
C 对头，啥子事？
A 邓先生您好，您的分期本期一千五，逾期十天了，想跟您确认一下。
C 哦，这两天忙忘了。
A 没关系，您方便的时候在APP里还上就行。
C 要得，今天就还。
A 好的，谢谢您。
// ---------------------------------------------------------------------------------------------
// misleading consequences and borrowing inducement as the news and the accounts report them (D93,
// D94, D119, D102, D91, D92, D95); hard negatives on 征信, 罚息, 政审 and the debtor's own plans
// ---------------------------------------------------------------------------------------------

// 失信被执行人 and no trains or planes, before any judgment (mis)
=== d-431 | 2026-12-02T15:20:00+08:00 | debtor Asia/Shanghai | a-471 | - | D93,D119
A 您好，请问是曹立先生吗？
C 是我。
A 曹先生，我是惠民通借款平台的，我姓韦，工号八一零七。您的借款逾期九十天，五千六百元。
C 我最近在外地跑车，没顾上。
A 跑车？您再不还，系统自动把您列成失信被执行人，高铁飞机都坐不了，跑车也跑不成。  #mis
C 有这么严重？
A 就是这么严重，这个月底是最后期限。  #mis

// WeChat and Alipay "frozen tomorrow" (mis)
=== d-432 | 2026-12-03T10:30:00+08:00 | debtor Asia/Shanghai | a-472 | - | D94,D119
A 喂，请问是刘佳佳女士吗？
C 是我。
A 刘女士，我是青橙借款平台的，我姓叶，工号四八零九。您的借款三千一，逾期四十天。
C 我下个月还。
A 下个月就晚了。明天我们就会申请冻结您的微信和支付宝，到时候扫码付钱都付不了。  #mis
C 你们能冻结我微信？
A 我们跟平台都有合作的，今天还了就不冻。  #mis
C 那我今天先还一千。

// the child's 政审 and 考公 (mis)
=== d-433 | 2026-12-03T15:10:00+08:00 | debtor Asia/Shanghai | a-473 | - | D93,D91
A 您好，请问是黄志刚先生吗？
C 是我，什么事？
A 黄先生，我是安达小贷的，我姓纪，工号四七七二。您的借款一万一，逾期一百二十天了。
C 我知道，我在想办法。
A 您女儿今年高三了吧？这笔不还，以后她考公、参军政审都过不了，您自己掂量。  #mis
C 这跟我女儿有什么关系？
A 征信连着家里，您不还，孩子跟着受影响。  #mis

// a "委外催收服务费" that is not in the contract (mis)
=== d-434 | 2026-12-04T10:45:00+08:00 | debtor Asia/Shanghai | a-474 | - | D121,D122
A 您好，请问是王宇宁女士本人吗？
C 是我，我这个月把本金和利息都还了，怎么还说我欠钱？
A 王女士您好，我是速米分期的贷后专员，我姓汤，工号五九四零。您的账本息确实还了，但是委外催收产生的服务费一千二百元也算在您账上，这个不交账就结不了。  #mis
C 合同里没有这个费用啊。
A 合同里写了的，不交的话系统里一直显示逾期，征信也一直挂着。  #mis
C 我要投诉你们。

// "已经立案了，案号都出来了" (mis)
=== d-435 | 2026-12-04T15:35:00+08:00 | debtor Asia/Shanghai | a-475 | - | D119,D93
A 您好，请问是钱志宏先生吗？
C 对，是我。
A 钱先生，我是禾信消费金融法务部的，我姓霍，工号三零五六。您的借款两万三，逾期两百天，公司已经给您立案了，案号都出来了。  #mis
C 什么法院？案号多少？
A 具体案号要您先交一部分钱才能查，您先还五千，我们可以申请暂缓开庭。  #mis
C 哪有交钱才告诉案号的？
A 您还不还吧？

// 征信 stated correctly: five years from settlement, no "blacklist" (clean)
=== d-436 | 2026-12-05T10:20:00+08:00 | debtor Asia/Shanghai | a-476 | - | D95,D93
A 您好，请问是潘小雨女士本人吗？
C 是我。我听说逾期了就上黑名单，五年贷不了款，是真的吗？
A 潘女士您好，我是北辰银行信用卡中心的，我姓严，工号二四五九。征信里没有所谓的黑名单，逾期会如实记录，结清之后记录保留五年。
C 那会不会影响我办手机卡？
A 不会的，影响的主要是您以后申请贷款和信用卡的审批。您的卡欠款三千四，逾期二十五天。
C 那我这周还掉。
A 好的，谢谢您。

// "go borrow from your sister" (borrow)
=== d-437 | 2026-12-05T15:30:00+08:00 | debtor Asia/Shanghai | a-477 | - | D117,D91
A 您好，请问是江涛先生吗？
C 是我。
A 江先生，我是速米分期的，我姓邱，工号三二零八。您的借款六千三，逾期快半年了。
C 我真的没钱，工资刚够房租。
A 您大姐不是挺关心您的吗？跟她开口借一下，先把这笔还上，欠自家人总比欠我们强。  #borrow
C 我不想再麻烦家里。
A 那您朋友、同事呢，凑一凑就出来了。  #borrow
C 我再想想吧。

// "you still have a credit card, take it out" (borrow)
=== d-438 | 2026-12-06T10:10:00+08:00 | debtor Asia/Shanghai | a-478 | - | D91,D92
A 喂，请问是南峰先生吗？
C 是我。
A 南先生，我是青橙借款平台的，我姓毕，工号二六九一。您的借款四千二，逾期三十天。
C 我这个月还有好几家要还，顾不过来。
A 您手上不是还有两张信用卡吗？取个现，或者刷出来先还我们，我们这边逾期比信用卡利息高多了。  #borrow
C 信用卡也快刷满了。
A 还有额度就先用，先把我们这笔平了。  #borrow

// a new platform "approves today" (borrow)
=== d-439 | 2026-12-06T15:45:00+08:00 | debtor Asia/Shanghai | a-479 | - | D102,D91
A 您好，请问是许强先生本人吗？
C 是我。
A 许先生，我是安达小贷的，我姓纪，工号四七七二。您的借款五千，逾期六十天了。
C 我真没钱了。
A 我给您推荐一个平台，审核很松，额度当天就下来，下来了先把我们这笔还上，征信就不会再往下掉了。  #borrow
C 那不是越借越多吗？
A 先解决眼前的，后面的慢慢来。  #borrow
C 我不借了，我自己想办法。

// the customer's own plan to borrow from a colleague; the agent does not push (clean)
=== d-440 | 2026-12-07T10:30:00+08:00 | debtor Asia/Shanghai | a-480 | - | D92,D91
A 您好，请问是孙强先生本人吗？
C 是我。我跟同事借了点，下午就能还你们。
A 孙先生您好，我是禾信消费金融的客服专员，我姓陶，工号二零一九。谢谢您告诉我们，这是您自己的安排。
C 我就想赶紧了结这笔。
A 理解。您的欠款两千九百元，逾期十二天，下午还上之后罚息就停止计算。
C 好。
A 谢谢您，再见。

// the debtor plans to borrow from his brother; the agent discourages and offers instalments (clean)
=== d-441 | 2026-12-07T15:20:00+08:00 | debtor Asia/Shanghai | a-481 | - | D91,D92
A 您好，请问是南岳先生本人吗？
C 是我。我打算找我哥借一万，先把你们的还了。
A 南先生您好，我是北辰银行个贷中心的，我姓严，工号二四五九。借不借钱是您的决定，我们不建议为了还一笔再去借另一笔。
C 那我怎么办？
A 您的贷款逾期欠款一万零八百元，您可以申请分十二期，每期九百多，按您的收入来安排。
C 那我先申请分期吧。
A 好的，我帮您提交。

// the agent warns against borrowing on other apps (clean)
=== d-442 | 2026-12-08T10:00:00+08:00 | debtor Asia/Shanghai | a-482 | np | D91,D92
A 您好请问是刘晓峰先生本人吗
C 是我，我在看别的APP能不能借出来还你们。
A 刘先生您好，我是青橙借款平台的客服专员，我姓叶，工号四八零九。不建议您为了还我们去借别的网贷，越借越难还。
C 那你们能等吗？
A 您的借款三千五，逾期二十天，可以申请延期一个月，先把生活安排好。
C 那就延期吧。
A 好的，我帮您提交申请。

// contractual late interest per day, stated factually (clean)
=== d-443 | 2026-12-08T15:40:00+08:00 | debtor Asia/Shanghai | a-483 | - | D114,D95
A 您好，请问是孔令华先生本人吗？
C 是我，为什么我的欠款一直在涨？
A 孔先生您好，我是东岳银行个贷中心的，我姓葛，工号六四零二。按合同约定，逾期部分每天按万分之五计罚息，所以欠款会一直增加。
C 能不能别再加了？
A 您可以申请停息分期，审批通过后就不再计罚息。您的贷款逾期本金两万四千元。
C 那我申请。
A 好的，需要您提供一下收入证明。

// 政审: the agent says ordinary overdue does not affect the child (clean)
=== d-444 | 2026-12-09T10:25:00+08:00 | debtor Asia/Shanghai | a-484 | - | D93,D95
A 您好，请问是黄秀英女士本人吗？
C 是我。我儿子明年考公务员，我这个逾期会不会影响他？
A 黄女士您好，我是海晟银行信用卡中心的，我姓章，工号二八六零。一般的信用卡逾期记在您个人名下，不会影响您儿子政审。
C 那我就放心了。
A 不过您的卡欠款八千元，逾期五十天，罚息在增加，还是建议尽快处理。
C 我月底还清。
A 好的，谢谢您。

// traditional characters: a 黑名單 "for the whole family" and a loan from "our partner" (mis + borrow)
=== d-445 | 2026-12-09T15:15:00+08:00 | debtor Asia/Shanghai | a-485 | trad | D94,D102
A 您好，請問是馮志偉先生嗎？
C 是我。
A 馮先生，我是惠民通借款平台的，我姓常，工號二九零四。您的借款九千，逾期一百天了。
C 我最近實在週轉不過來。
A 您再拖，全家都會上黑名單，您愛人辦貸款、孩子上學都受影響。  #mis
C 這麼嚴重？那我怎麼辦？
A 我們合作的一家小貸公司可以馬上給您放款一萬，先把這邊還清，黑名單就不上了。  #borrow
C 我考慮一下。

// the mobile phone contract and travel are not affected; the agent says so (clean)
=== d-446 | 2026-12-10T10:40:00+08:00 | debtor Asia/Shanghai | a-486 | - | D95,D119
A 您好，请问是曹丽女士本人吗？
C 是我。有人说我不还钱就坐不了高铁，是真的吗？
A 曹女士您好，我是瑞泰银行信用卡中心的，我姓郑，工号五一八零。欠信用卡本身不会限制您坐高铁，只有法院判决后不履行，被列为失信被执行人才会限制。
C 那你们会告我吗？
A 目前没有，我们希望先跟您协商。您的卡欠款一万六千元，逾期七十天。
C 我先还三千。
A 好的，剩下的可以申请分期。
// ---------------------------------------------------------------------------------------------
// hours, self-identification and the debtors' own voices (D90, D116, D121, D122, D92, D91, D104)
// ---------------------------------------------------------------------------------------------

// 06:50 on a weekday; polite and self-identified (ooh)
=== d-447 | 2026-12-10T06:50:00+08:00 | debtor Asia/Shanghai | a-487 | - | D116,D90 | ooh
A 您好，请问是周晓东先生本人吗？
C 是我……这才几点？
A 周先生早上好，不好意思这么早打扰。我是速米分期的客服专员，我姓邱，工号三二零八。您的分期本期一千二百元，昨天到期还没有还。
C 我知道，我上班路上还。
A 好的，还上就可以了，谢谢您。
C 以后别这么早打。

// 21:30, a reminder before the due date (ooh)
=== d-448 | 2026-12-10T21:30:00+08:00 | debtor Asia/Shanghai | a-488 | - | D116,D90 | ooh
A 您好，请问是林芳女士吗？
C 是我，这么晚了什么事？
A 林女士您好，我是北辰银行信用卡中心的，我姓严，工号二四五九。提醒您，您的信用卡本期账单三千一百元，明天就是最后还款日。
C 我知道了，明天还。
A 好的，打扰您休息了，晚安。
C 晚安。

// 14:30 in Shanghai is 06:30 in London: out of hours for the callee (ooh)
=== d-449 | 2026-12-11T14:30:00+08:00 | debtor Europe/London | a-489 | - | D116 | ooh
A 您好，请问是韩雪女士本人吗？
C 是我……我在英国，现在早上六点半。
A 实在抱歉，韩女士，我们没注意到时差。我是海晟银行信用卡中心的，我姓章，工号二八六零。您的卡欠款五千二，逾期二十天。
C 我回头在手机银行还。
A 好的，我们备注一下，以后在您当地的白天联系您。
C 好，谢谢。

// 22:30 in Shanghai is 18:30 in Dubai: inside the window for the callee (clean)
=== d-450 | 2026-12-11T22:30:00+08:00 | debtor Asia/Dubai | a-490 | - | D116,D92
A 您好，请问是马建军先生本人吗？
C 是我，我在迪拜的工地上。
A 马先生您好，我是东岳银行信用卡中心的，我姓葛，工号六四零二。按您那边的时间给您打的电话。您的卡本期两千八百元，逾期十天了。
C 工资下周发，发了就还。
A 好的，那我登记下周，谢谢您。
C 好。

// 23:20, "平台的", no name (ooh + msi)
=== d-451 | 2026-12-12T23:20:00+08:00 | debtor Asia/Shanghai | a-491 | - | D90,D121 | ooh | msi
A 喂，朱建伟是吧？
C 是我，这都几点了？
A 平台的。你那三千六到底什么时候还？天天说明天。
C 明天白天再说行不行？
A 白天你又不接。今晚给个准话，几点还。
C 明天中午。

// a surname and "贷后这边" but no institution (msi)
=== d-452 | 2026-12-12T10:20:00+08:00 | debtor Asia/Shanghai | a-492 | - | D121,D116 | msi
A 喂，您好，请问是秦晓红女士吗？
C 是我，你哪里？
A 我这边是贷后的，我姓王。您那笔借款四千三，逾期一个多月了，今天能处理吗？
C 哪个平台的贷后？
A 您借了哪几家您自己不清楚吗？先把这笔处理了。
C 你不说哪家我怎么还？
A 您APP里看逾期的那笔就是。

// the company but no person (msi)
=== d-453 | 2026-12-13T10:05:00+08:00 | debtor Asia/Shanghai | a-493 | - | D121,D116 | msi
A 您好，请问是邹华先生吗？
C 是我。
A 我们是禾信消费金融的，您的借款五千，逾期四十五天了，今天要给个还款时间。
C 你叫什么？工号多少？
A 这个不重要，您先说什么时候还。
C 你连工号都不说，我凭什么信你？
A 您可以在APP里看，欠款是真的。

// "还款中心的" with a private mobile number (msi), as the complaint describes
=== d-454 | 2026-12-13T15:25:00+08:00 | debtor Asia/Shanghai | a-494 | - | D121 | msi
A 喂，是蔡丽华吧？
C 是我。你这是私人号码吧？
A 我是还款中心的。你的借款八千，逾期两个月，你得给个说法。
C 哪个还款中心？你们公司叫什么？
A 你自己借的钱你不知道？今天先还两千。
C 你不说清楚我就投诉。
A 随便你投诉。

// full self-identification with the agency and the creditor (clean)
=== d-455 | 2026-12-14T10:30:00+08:00 | debtor Asia/Shanghai | a-495 | - | D121,D122
A 您好，请问是蔡丽华女士本人吗？
C 是我。上次有人用私人号码打来，连公司都不说。
A 很抱歉。我是安信资产管理公司的催收专员，受青橙借款平台委托，我叫高明，工号七三一二，这个号码可以在青橙官方客服查到。
C 那你说吧。
A 您在青橙的借款八千元，逾期六十天。您上次反映的情况我也记录下来，会反馈给平台。
C 我每月能还一千。
A 好的，我按八期提交申请。

// the debtor names 12378; the agent cooperates (clean)
=== d-456 | 2026-12-14T15:40:00+08:00 | debtor Asia/Shanghai | a-496 | - | D121,D116
A 您好，请问是叶子豪先生本人吗？
C 是我。你们再骚扰我，我就打一二三七八投诉。
A 叶先生，您有投诉的权利。我是瑞泰银行信用卡中心的，我姓郑，工号五一八零，这是本月第一次联系您。
C 那你有什么事？
A 您的卡欠款一万一千元，逾期四十天，想跟您确认一下还款安排。
C 下个月开始每月两千。
A 好的，我帮您申请分期。

// "我已经委托律所帮我协商了" (clean)
=== d-457 | 2026-12-15T10:15:00+08:00 | debtor Asia/Shanghai | a-497 | - | D122
A 您好，请问是付晓军先生本人吗？
C 是我。我已经委托律所帮我跟你们协商了，以后你们找律所。
A 付先生您好，我是禾信消费金融的客服专员，我姓陶，工号二零一九。您委托的律所可以通过我们的官方客服联系，我们会配合。
C 那你们还打我干什么？
A 在协商结果出来之前，借款还是按合同计算的，目前欠款一万二，逾期九十天。建议您也直接跟我们确认方案，不用另外付费。
C 我问问律所再说。
A 好的，谢谢您。

// the debtor complains about an earlier agent's insults (clean)
=== d-458 | 2026-12-15T15:30:00+08:00 | debtor Asia/Shanghai | a-498 | - | D121,D116
A 您好，请问是唐秀英女士本人吗？
C 是我。你们上次那个人骂我老赖，我要投诉他。
A 唐女士，非常抱歉。我是速米分期的客服专员，我姓汤，工号五九四零。您说的情况我现在就登记投诉，会有专人回访。
C 你们要管管你们的人。
A 是的，一定会处理。您的分期欠款两千四，逾期三十天，您看方便的时候再处理，不着急今天。
C 下周吧。
A 好的，谢谢您。

// in hospital: the agent offers a deferral (clean)
=== d-459 | 2026-12-16T10:35:00+08:00 | debtor Asia/Shanghai | a-499 | - | D90,D92
A 您好，请问是韦建国先生本人吗？
C 是我，我现在在医院，刚做完手术。
A 韦先生，打扰您了。我是北辰银行个贷中心的，我姓严，工号二四五九。您先养病，您的贷款本期两千一百元，我帮您申请延期两个月。
C 那太好了。
A 需要您出院后把病历拍照上传，延期期间不算逾期。
C 好的，谢谢。

// the debtor's own plan to ask his parents; the agent stays neutral (clean)
=== d-460 | 2026-12-16T15:20:00+08:00 | debtor Asia/Shanghai | a-500 | sp | D92,D91
A 您好 请问是钟文杰先生本人吗
C 是我 我准备跟我爸妈说 让他们帮我还
A 钟先生您好 我是青橙借款平台的客服专员 我姓叶 工号四八零九 怎么还是您自己的安排 您也可以选择分期
C 不用了 我想一次还清 以后不借了
A 好的 您的借款一共三千九百元 还清之后会给您发结清短信
C 好

// already paid: the agent checks the transfer record (clean)
=== d-461 | 2026-12-17T10:10:00+08:00 | debtor Asia/Shanghai | a-501 | - | D104,D121
A 您好，请问是何俊伟先生本人吗？
C 是我，我上周已经还了，你们怎么还打？
A 何先生您好，我是惠民通借款平台的客服专员，我姓路，工号七一三八。系统这边还显示未入账，可能是银行转账延迟。
C 我有转账记录。
A 麻烦您在APP里上传一下转账截图，我帮您加急核对，核对无误就给您销掉这条提醒。
C 行，我现在传。
A 谢谢您，给您添麻烦了。

// a lawyer's letter as the bank's possible step, in traditional characters (clean)
=== d-462 | 2026-12-17T15:35:00+08:00 | debtor Asia/Shanghai | a-502 | trad | D97,D111
A 您好，請問是孫立國先生本人嗎？
C 是我。
A 孫先生您好，我是瑞泰銀行信用卡中心的，我姓施，工號一八零四。您的卡欠款三萬五千元，逾期一百天了。
C 我知道，最近在找工作。
A 逾期超過九十天，銀行可能會委託律師給您寄律師函，這是正常流程，之後是否起訴由銀行決定。
C 我先還一點可以嗎？
A 可以，還款後我們可以再談分期。

// 20:59, the last minute of the window (clean)
=== d-463 | 2026-12-18T20:59:00+08:00 | debtor Asia/Shanghai | a-503 | - | D90,D116
A 您好，请问是邱雅琴女士本人吗？
C 是我。
A 邱女士您好，我是海晟银行信用卡中心的，我姓章，工号二八六零。您的卡本期两千二百元今天到期，提醒您一下。
C 我现在就在手机上还。
A 好的，谢谢您，打扰了。
C 没事，再见。

// 21:00 exactly (ooh)
=== d-464 | 2026-12-18T21:00:00+08:00 | debtor Asia/Shanghai | a-504 | - | D90,D116 | ooh
A 您好，请问是彭建军先生本人吗？
C 是我，这个点了还打？
A 彭先生您好，我是禾信消费金融的客服专员，我姓霍，工号三零五六。您的借款本期一千四百元，逾期三天了。
C 明天还。
A 好的，打扰您了。
C 下次早点打。

// the holiday pause, stated (clean)
=== d-465 | 2026-12-19T10:45:00+08:00 | debtor Asia/Shanghai | a-505 | - | D108,D116
A 您好，请问是谭立华先生本人吗？
C 是我。快过年了，你们是不是要加班催？
A 谭先生您好，我是东岳银行信用卡中心的，我姓葛，工号六四零二。春节假期期间我们不会联系您，假期后再跟您沟通方案。
C 那挺好。
A 您的卡欠款九千八百元，逾期五十天，假期前如果方便，可以先还一部分。
C 我发了年终奖还三千。
A 好的，谢谢您。

// no name, no company, and the debt before any yes (inc + msi)
=== d-466 | 2026-12-19T15:15:00+08:00 | debtor Asia/Shanghai | a-506 | np | D116,D121 | msi
A 喂，你那个借款逾期二十多天了知道吧？  #inc
C 谁啊？你打错了吧。
A 没打错，两千三，今天不还明天就更麻烦。  #inc
C 你到底是谁？
A 你先说你是不是周海燕。
C 是我，又怎么了。
A 那你今天几点还？

// the debtor says every city calls; one agent, self-identified, offers one contact person (clean)
=== d-467 | 2026-12-20T10:25:00+08:00 | debtor Asia/Shanghai | a-507 | - | D116
A 您好，请问是邹明先生本人吗？
C 是我。我现在一天接几十个电话，全国各地都有，你又是哪家？
A 邹先生您好，我是瑞泰银行信用卡中心的，我姓郑，工号五一八零。以后您这张卡的事情都由我一个人跟您联系，不会再有别人打。
C 那还好一点。
A 您的卡欠款六千六百元，逾期三十五天，您看什么时候方便处理？
C 月底先还两千。
A 好的，我记下了。

// 四我 (是我) in an ASR transcript without punctuation (clean)
=== d-468 | 2026-12-20T15:40:00+08:00 | debtor Asia/Shanghai | a-508 | np | D116,D92
A 您好请问是蒋丽丽女士本人吗
C 四我，什么事
A 蒋女士您好，我是北辰银行信用卡中心的，我姓严，工号二四五九。您的卡本期环款一千八百元，已经一期五天了。
C 哦，我忘了。
A 没关系，您今天环款就不会影响争信。
C 好，我马上还。

// the debtor's own anger and his plan to "强制上岸"; the agent offers a plan (clean)
=== d-469 | 2026-12-21T10:05:00+08:00 | debtor Asia/Shanghai | a-509 | - | D91,D92
A 您好，请问是刘南先生本人吗？
C 是我。我决定强制上岸了，不再借新的，每个月能还多少还多少。
A 刘先生您好，我是速米分期的客服专员，我姓邱，工号三二零八。您这个决定挺好的。
C 那你们这笔能分期吗？
A 可以的，您的欠款四千五百元，逾期二十天，可以分成六期，每期七百五。
C 行，就分六期。
A 好的，我现在帮您提交。

// a colleague answers the debtor's mobile: a call-back request only (clean)
=== d-470 | 2026-12-21T15:30:00+08:00 | contact Asia/Shanghai | a-510 | - | D86,D96
A 您好，请问是何丽娟女士吗？
C 她在开会，手机放我这儿了，我是她同事。
A 好的，打扰了。我姓唐，是速米分期的。麻烦您转告她有空回个电话，谢谢。
C 什么事啊？要紧吗？
A 不要紧，是她本人的事情，她回电话就行。
C 好，我跟她说。
"""


if __name__ == "__main__":
    sys.exit(main())
