package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a message wants, for the classes round nine's intent misses fell into (issue 14 §1), in words of our own:
 * each class with a case that must change and a look-alike that must not.
 */
class IntentTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a review asked for with dissatisfaction, whether or not a case number is read; a judgement alone stays one
      "对你们的处理结果不满意，我要申请复核 | review",
      "你们处理得很及时，我很满意 | evaluate",
      // a matter told in speech with no case number, nothing told before and no question of progress is a report
      "我是养殖户 姓 姓王 电话一三八 说一下那个砖厂的事 在新乡 | report",
      "前几天打电话反映的那个砖厂的事，处理了没有 | status",
      // a question of the rules is information, whatever kind it names; with a place it is a report
      "What is the daytime noise standard for a shop next to flats? | info",
      "商铺晚上放音乐，噪声标准是多少？ | info",
      "楼下酒吧的音乐吵到半夜，夜里的噪声标准是多少？麻烦来管管，我在福田区 | report",
      // a short chat line that names a place beside what it shows is a report; chatter is not
      "[图片] 你看看这条河 都成酱油色了 在新化县 | report",
      "今天天气真好啊哈哈哈 | other",
      // round eleven's classes, in words of our own: thanks for a matter told as resolved; a question of whether
      // someone went; whether a thing is against the rules, or which office it belongs to; thanks with a matter still open
      "谢谢你们！前天有人来把那条沟清了，现在好多了 | evaluate",
      "上周反映的那个烧垃圾的事，编号HB2026111200031，有人去过没有？ | status",
      "想问一下 夜里十一点以后 商场还在卸货 就算违法了吗 | info",
      "广场舞的音响太吵，这种归谁管？ | info",
      "谢谢你们，河边那个厂又在偷排黑水，麻烦来看看 | report"})
  void theIntentIsWhatTheMessageWants(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Round twelve's intent classes (nlp-models/README.md, "Round twelve tuned for fields"), in sentences of our own: what the
   * rules allow and when, where a thing should go, how the handling goes (English), a status query in English of the
   * length English takes; a matter told with a place, or asked to be handled, stays a report.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "想问下小区里办婚宴放鞭炮，有没有规定几点以后不能放 | info",
      "家里换下来的旧沙发该送到哪儿？ | info",
      "厂里的废料应该拉到哪里处理才合规 | info",
      "How long does it take before someone comes out to check a noise complaint? | info",
      "What happens after I send a report through this chat? | info",
      "Hello, I complained about dust from a building site two weeks ago, case HB2026110300412. Any update on this? | status",
      "Hi, I reported a bad smell near the bus depot on Monday, reference HB2026112300107. Any news? | status",
      "隔壁的砖厂天天冒黑烟，你们能不能管一管？ | report",
      "楼下饭店油烟太大了，这种有没有规定？我家在天河区 | report",
      "化工厂的废水应该排到哪里，现在直接排进河里了，在萧山区 | report"})
  void roundTwelvesIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Round sixteen's intent classes (branch r16places), in sentences of our own: a judgement of the office's own reply or
   * handling (你们回复的…不满意, 你们上次处理…点赞, your reply… one star) is an evaluation though the pollution is told
   * again; a question whether someone went (去看了没有, whether anyone has inspected) with a case number, also in a longer
   * English message; what a complaint needs and whether one may make it, in English. Look-alikes: a satisfying reply asked
   * for (给个满意的答复) and a new report that names the office's handling stay reports.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "你们答复说那个砖厂已经整改了，我们这边还是天天冒黑烟，很不满意！ | evaluate",
      "上回你们处理噪音的事很快，工地晚上已经不吵了，给你们点赞 | evaluate",
      "Thank you for your reply about the dust from the quarry. I am satisfied, the trucks are covered now. Five stars. | evaluate",
      "Your response on the river smell (case HB2026102200311) says the plant passed the test, but the smell is still there. Not satisfied at all, one star. | evaluate",
      "编号HB2026102900214，我反映的那个洗砂场，你们去看了没有？ | status",
      "Hello, I sent a complaint about the paint smell from the workshop behind our block last month and was given case number HB2026110500077. Can you tell me whether anyone has been to look at it? | status",
      "Can I make a complaint in English, and what information do you need from me? | info",
      "你好，我想投诉需要提供什么材料？能用英文写吗？ | info",
      "村后的化工厂又在偷排，请你们尽快处理，给我们一个满意的答复 | report",
      "隔壁工地天天半夜打桩，请你们处理一下，我们很不满意这种情况，你们管不管？ | report",
      "I want to file a complaint: the factory next to our school burns plastic every night and the smoke comes into the classrooms. | report"})
  void roundSixteensIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Round seventeen's intent classes (branch r17kinds), in sentences of our own: a status query in dialect (啷个样了, 点样了,
   * 上回) and in English (where my complaint stands, submitted); office hours and appointments asked (几点开门, 要不要预约, 粤语
   * 使唔使预约); 不认可 of the office's reply with no fresh look asked is a judgement of it (evaluate), with one asked a review;
   * volunteering and the office's website or app are other. Look-alikes: a report naming the office's website, a review asked,
   * a new report in dialect stay what they are.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "上回我打电话说的那个洗沙场，现在啷个样了？ | status",
      "我上个月报过嗰单嘢，而家点样了？ | status",
      "Hello, I submitted a report about the smoky boiler house last month, case HB2026110200518. Could you tell me where my complaint stands? | status",
      "你们接待大厅周六几点开门？要不要预约？ | info",
      "想过嚟你哋度交资料，使唔使预约？ | info",
      "你们的答复我看了，说噪声不超标，我不认可，晚上明明吵得没法睡。编号HB2026103100207 | evaluate",
      "你们的答复我不认可，请重新派人晚上来测一次噪声，编号HB2026103100207 | review",
      "你们那里缺不缺志愿者？我退休了，想帮着做点宣传 | other",
      "你们官网的留言页面一直打不开，提交按钮点了没反应 | other",
      "I tried to use your website but the form keeps failing, is the server down? | other",
      "我在你们官网上看到的那个化工厂，今天又在往河里排黑水 | report",
      "河对面那个养鸡场臭得要命，你们啷个不管嘛 | report"})
  void roundSeventeensIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Branch r22rest: round twenty-two's intent classes, in sentences of our own: questions of procedure asked alone (how
   * long a reply takes, whether a real name is needed, whether a text message comes) are information; a judgement of
   * "your written reply" and praise of a fast handling are evaluations; a long report that asks nothing is a report.
   * Look-alikes: a report that also asks how long, a handling asked for.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "请问投诉以后大概多久能有回复？可以匿名吗？ | info",
      "网上 提交之后 有没有 短信 提醒? | info",
      "I read your official response about the quarry noise. It said nothing new. Not satisfied at all. | evaluate",
      "给你们点个赞，油烟的事办得挺及时，饭店装了净化器 | evaluate",
      "必须点个赞！工地夜里施工的事你们办得很到位 | evaluate",
      "城东的印染厂，定型机一天到晚轰，我叫程立新，电话13800003333。 | report",
      "城东的印染厂天天往河里排红水，多久能有答复？我叫程立新，电话13800003333。 | report",
      "请你们处理一下楼下饭店的油烟 | report"})
  void roundTwentyTwosIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Branch r24rest: round twenty-four's intent classes, in sentences of our own: how to make a report (by letter or by
   * phone, with what papers) is information though it names a discharge; asking for a job is no report. Look-alike: a
   * temporary worker named in a report.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "你好，我想反映一个厂子乱排污水，是写信好还是打电话好？需要准备什么材料？ | info",
      "请问举报工地噪音，网上提交还是当面来？需要带什么证件？ | info",
      "你们环保局缺不缺人？我是学环境工程的，想找份工作。 | other",
      "隔壁化工厂的临时工半夜往河里倒废液，水都黑了。 | report"})
  void roundTwentyFoursIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Branch intent: the tuned rounds' intent misses by class (notes/intent.md), in sentences of our own, several registers
   * each (speech typed word by word, dialect, English): how a report is made asked though it names the kind (which number,
   * photos, a reward, online, which office); progress asked in other words (登记过工单, 到现在也没人回, what is happening
   * with it); thanks or a judgement of a handling with the nuisance told as gone (不臭了, 清净多了, much cleaner, 恁);
   * other matters (the app, a message sent by mistake, another office's service, study advice); a review asked of a finding,
   * in English too, while the pollution told as back again with 复查 asked is a new report; the office's use doubted of a
   * matter told is a report. Look-alikes keep their intent.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "想问下 发现有人往河沟里倒废油 该打哪个电话？要先拍照吗 | info",
      "举报偷烧电缆皮的 有没有奖励啊 能奖多少 | info",
      "我家楼上天天剁肉吵，是找你们还是找物业？ | info",
      "Is there a reward for reporting illegal dumping of waste oil, and do I have to give my real name? | info",
      "除了打电话 还可以在微信上举报工地扬尘吗 | info",
      "请问 夜里 几点以后 装修 就不能 打钻了 | info",
      "我要举报的是村口那个洗沙场，往河里排泥浆，要拍照吗？ | report",
      "河边化工厂又在偷排黑水，你们管不管？在长沙县 | report",
      "我前两个礼拜打过电话说垃圾站臭的事，到现在也没人回，咋回事 | status",
      "在12345登记过一个工单 说的是河边烧秸秆 单号0612 你们那能查到吗 | status",
      "Hi, I filed a complaint about the dust from the cement yard, case HB2026111900233. What is happening with it? | status",
      "前两个礼拜打过电话，那个厂还在半夜排污水，今晚又排了，赶紧来人 | report",
      "谢谢师傅们 垃圾站不臭了👍 | evaluate",
      "恁派人来得真快 那个炉子不冒黑烟了 给恁点个赞 | evaluate",
      "Thank you for sending someone so quickly, the river is much cleaner now. Five stars. | evaluate",
      "感谢你们的工作人员，工地晚上不打桩了，现在清净多了，点赞 | evaluate",
      "谢谢你们，不过那个厂今晚又冒黑烟了，赶紧来看看 | report",
      "你们这个app能不能把字调大点 老人看不清 | other",
      "Sorry, wrong chat, please ignore my last message | other",
      "请问在你们这能补办驾驶证吗 | other",
      "刚才那条发错了，不好意思，是发给我老婆的 | other",
      "外卖店后厨油烟直冲我家窗户，天天这样 | report",
      "I want to apply for a review, I'm not satisfied with your reply, case HB2026110100456 | review",
      "编号HB2026090200118，对复查结果不满意，现在又排了，请重新复查 | review",
      "去年反映过砂石厂（编号HB2026050100321），当时说整改了，现在又开始半夜生产了，粉尘大，请复查 | report",
      "编号HB2026090200118 那个养猪场又在往沟里排粪水了 麻烦再复查一次 | report",
      "城西那个铸造厂白天不开工晚上开，你们白天来查有什么用？ | report"})
  void theTunedRoundsIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Branch r28rest: round twenty-eight's intent classes, in sentences of our own (each failed on main 9ed5799): a question
   * of information with a matter told around it (which of two offices handles it, where published figures are seen, what
   * papers a business needs, "not reporting, just asking"); progress asked after a telling said in Wu or Cantonese words
   * (上趟…哪能了, 有冇消息, 看过伐) or as 到哪一步, 弄到什么程度, 有进展吗.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "我不是要投诉，就是想问问：邻居在楼道里烧纸，这个归你们管还是归物业管？ | info",
      "想问一下，村里有人在河边开了个小洗车店，要办什么手续才算合法？我不是来举报的。 | info",
      "我想问下，屋企附近间工厂嘅排放数据喺边度可以睇到？ | info",
      "Just a question, not a complaint yet: my landlord burns leaves in the yard. Is that your department's job or the fire brigade's? | info",
      "请问一下，我们小区旁边要建个垃圾中转站，环评公示在哪里能看到？ | info",
      "问个事，楼下面馆的油烟机对着我家窗户，这种情况该找哪个部门？ | info",
      "装修噪音归你们管还是归物业管？ | info",
      "工地晚上打桩，这种事是你们管还是城管管？ | info",
      "侬好，上趟打电话讲过隔壁饭店油烟个事体，现在哪能了？ | status",
      "前些天我在公众号上举报了砂石厂，编号HB2026110500123，现在弄到什么程度了？ | status",
      "我上趟反映个河浜发臭，哪能样了啊？ | status",
      "我上礼拜举报咗个垃圾站，而家有冇消息啊？ | status",
      "我上趟讲过的那桩事体，有人来看过伐？ | status",
      "前些日子我在网上留言说了工地噪音，现在有进展吗？ | status",
      "上一趟同你哋讲过嗰间烧腊铺嘅油烟，而家有冇消息？ | status"})
  void roundTwentyEightsIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /** Their look-alikes (right before and after): a danger told, something asked to be done, the office's use doubted. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "河边化工厂往河里排黄水，鱼都死了，这个归你们管还是归水利管？请尽快派人来查 | report",
      "化工厂漏气了，好几个人晕倒了，该找哪个部门？ | report",
      "楼下饭店油烟熏人，我不是来告状的，就想问问你们到底管不管？ | report",
      "我在一家砖厂干活，老板三个月没发工资，该找哪个部门？ | report",
      "我不是来告状的，就想问问为什么那个厂到现在还在排黑水？ | report",
      "城东那个电镀厂往河沟里排绿水，这个归你们管还是归水务管？ | report",
      "村里要建个养猪场，大家都不同意，能不能叫他们换个地方？还有环评公示在哪里看？ | report",
      "晚上广场舞的音响太响了，我不是要投诉，就是那个音响能不能小点声 | report",
      "不是举报，是个建议：化工园区能不能每年开放一天，让居民看看污水处理站？ | report"})
  void roundTwentyEightsIntentLookAlikes(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /**
   * Branch r29rest: round twenty-nine's intent classes, in sentences of our own (each failed on main 5e033f7e): the handling
   * graded in so many words in a long letter (评价为不满意); a status query signed with name and phone, and one that asks
   * whether the case was sent on (是不是转到区里去了); the earlier report named as 我反应的问题 (the homophone) or 我投诉的事
   * with 有结果没有 / 查了没有; a case chased again (第三次来问) in a letter that retells its history; whether the writer
   * must give a real name or will be known; a harm heard of and asked about (听说…有毒，是真的吗), which is a report.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "尊敬的领导：本人今年八月就厂里噪音问题向贵局反映（编号HB2026081500123），九月收到答复，称已整改。但十月以后该厂又开始夜间生产，噪音和以前一样，答复里说的定期检查也没有落实。因此本人对此次处理结果评价为不满意。李春生 电话：0512-66554433 | evaluate",
      "关于编号HB2026072200418的意见：我七月反映养猪场粪水排进河沟，八月收到答复说已整改到位。实际上粪水只是改到晚上排，答复引用的检测是厂里自己请人做的。所以本次处理结果我不满意，评价为不满意。 | evaluate",
      "喂 你好 我想问下 就是我上个月打电话反映的那个 砖厂晚上冒黑烟的事 一直没有人给我回电话 我想知道是不是转到区里去了 我叫 刘玉兰 电话幺五九 八八二一 三四零六 | status",
      "我反应的问题到底有结果没有啊，都一个多月了 | status",
      "我投诉的事查了没有？都半个月了 | status",
      "你们好：这是我第三次来问了。8月5日我在网上反映了新桥镇石料厂粉尘的事，编号HB2026080500321；9月打电话，说转到区里了；10月再问，说在调查；可到现在，石料厂照样天天灰，也没人给我回个电话。请给我一个准话：到底查了没有？结果是什么？我叫王秀英，电话13812345678。 | status",
      "请问网上投诉要不要实名？可以anonymous吗？会不会被厂里知道是我？ | info",
      "请问online举报要不要留身份证？ | info",
      "听讲沙湾镇间厂啲废水有毒，真唔真㗎？ | report",
      "听说我们镇水库的水有毒，是真的吗？ | report"})
  void roundTwentyNinesIntentClasses(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }

  /** Their look-alikes: a matter told with earlier asks of others (问了好几次村里) and a new visit asked, a greeting. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "我们村东头的砖厂天天冒黑烟，我已经问了好几次村里，都说管不了，请你们来查一下。 | report",
      "你好 | greeting"})
  void roundTwentyNinesIntentLookAlikes(String text, String intent) {
    assertThat(extractor.extract(text).field("intent").orElseThrow().value()).isEqualTo(intent);
  }
}
