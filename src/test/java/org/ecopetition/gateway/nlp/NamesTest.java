package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer's name where it stands (after a cue, by the phone, in a signature) and nowhere it does not. */
class NamesTest {
  static final Gazetteer GAZETTEER = Gazetteer.bundled();
  static final RuleExtractor RULES = new RuleExtractor(GAZETTEER);

  static String name(String text) {
    return RULES.extract(text).field("name").map(Extraction.Field::value).orElse(null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "我叫滕文杰，家住镇上，河边的厂天天冒烟 | 滕文杰",
      "河边的厂天天冒烟。联系电话13712345678 柯秀兰 | 柯秀兰",
      "河边的厂天天冒烟。阎志刚 13712345678 | 阎志刚",
      "河边的厂天天冒烟，请尽快处理。\\n此致\\n敬礼\\n落款：饶美玲\\n2026年11月2日 | 饶美玲",
      "河边的厂天天冒烟，请尽快处理。\\n退休工人 胡永福 敬上 | 胡永福",
      "河边的厂天天冒烟，请尽快处理。\\n长沙市岳麓区 司马文静 | 司马文静",
      "河边的厂天天冒烟，电话13712345678，找老葛 | 葛",
      "河边的厂天天冒烟，13712345678（庞）| 庞",
      "我系何生，河边的厂日日冒烟 | 何",
      "我姓欧阳，叫欧阳春，河边的厂天天冒烟 | 欧阳春",
      "我是阿依古丽·买买提，河边的厂天天冒烟 | 阿依古丽·买买提",
      "我叫格桑次仁，河边的厂天天冒烟 | 格桑次仁",
      "格桑次仁反映：河边的厂天天冒烟 | 格桑次仁",
      "河边的厂天天冒烟，烦请查处。镇江市京口区，老卢 | 卢",
      "我叫Anna Li，李安娜，河边的厂天天冒烟 | Anna Li",
      // round four's classes, in words of our own
      "我叫呃汤丽娟，电话13712345678，河边的厂天天冒烟 | 汤丽娟",
      "嗯我姓就是弓长张，河边的厂天天冒烟 | 张",
      "河边的厂天天冒烟，请尽快处理。\\n来信人：（签字）祁志华 | 祁志华",
      "河边的厂天天冒烟，请尽快处理。落款：退休教师 阿不来提 | 阿不来提",
      "河边的厂天天冒烟，请尽快处理。落款：柳林村村民 滕光辉 13712345678 2026年11月3日 | 滕光辉",
      "河边的厂天天冒烟。电话13712345678，我是老褚 | 褚",
      "The bar downstairs is loud every night, please send someone. - Ms. Novak | Novak",
      // round five's classes, in words of our own
      "我姓吴，口天吴，单名一个强字，河边的厂天天冒烟 | 吴强",
      "我姓li 木子李 叫李桂芳 桂花的桂 芬芳的芳 河边的厂天天冒烟 | 李桂芳",
      "河边的厂天天冒烟，学生上课都受影响。——唐老师 | 唐",
      "河边的厂天天冒烟。\\n联系人：后勤科邹主任 13712345678 | 邹",
      "我叫米热古丽\\n电话13712345678\\n河边的厂天天冒烟 | 米热古丽",
      // round six's classes, in words of our own: a name said again, groped for, spelled as words of their own
      "我姓 立早章 章 章丽华 美丽的丽 中华的华 河边的厂天天冒烟 | 章丽华",
      "我叫唐 唐那个 唐永平 永远的永 平安的平 电话13712345678 | 唐永平",
      "河边的厂天天冒烟，晚上都睡不着。老邝，13712345678 | 邝",
      "河边的厂天天冒烟，请尽快处理。\\n村里的老人 柴玉兰 敬上 | 柴玉兰",
      "河边的厂天天冒烟，老汉姓殷，电话13712345678 | 殷",
      "河边的厂天天冒烟。联系人：小童 13712345678 | 童",
      "河边的厂天天冒烟。\\n联系人：办公室 詹主任 13712345678 | 詹",
      "The quarry behind our village blasts every afternoon. - Tomasz | Tomasz",
      "The dye works pours blue water into the canal. Regards, Ms. Okafor | Okafor",
      // round seven's classes, in words of our own: where one is from, then the surname and a title
      "我是城西的冯小姐，河边的厂天天冒烟 | 冯",
      "我係新会嘅梁生，河边嘅厂日日冒烟 | 梁",
      "老潘我在这条街住了十年，河边的厂天天冒烟 | 潘",
      "河边的厂天天冒烟，晚上睡不着。小蔡 | 蔡",
      "河边的厂天天冒烟，请政府管一管。老人 龚秀英 | 龚秀英",
      "河边的厂天天冒烟。举抱人：卫国平 | 卫国平",
      "我叫 那个 弓长张 张 张翠萍 河边的厂天天冒烟 | 张翠萍",
      "河边的厂天天冒烟。刘晓 Vivian 13712345678 | 刘晓",
      "我在园区上班，叫 Oliver，厂房后面的河天天冒泡 | Oliver",
      // round eight's classes, in words of our own
      "我叫Amy，中文名吕晓燕，河边的厂天天冒烟 | Amy",
      "我是Tony刘，河边的厂天天冒烟，电话13712345678 | Tony刘",
      "河边的厂天天冒烟。阮姓邱，电话13712345678 | 邱",
      "河边的厂天天冒烟，我睡不着觉。老汉 谭 | 谭",
      "河边的厂天天冒烟，本人木易杨，杨振华 | 杨振华",
      // round nine's classes, in words of our own: a role then 老X, a role then a surname ending the message,
      // a dash before the name signing off, 叫 said twice
      "我是养殖户老彭，河边的厂天天冒烟 | 彭",
      "河边的厂天天冒烟，我是五号楼的业主席。 | 席",
      "河边的厂天天冒烟，请你们管管。——葛大姐 | 葛",
      "我叫 叫詹海鸥 河边的厂天天冒烟 | 詹海鸥"})
  void theWritersNameIsFound(String text, String want) {
    assertThat(name(text.replace("\\n", "\n"))).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "匿名反映：河边的厂天天冒烟",
      // the last of several capitalised words is a firm's name (round nine's class, in words of our own)
      "投诉BlueRiver Plastics，就是河边那个厂，天天冒烟",
      "署名：几个受不了的住户。河边的厂天天冒烟",
      "河边的厂天天冒烟。签名就算了",
      "身份证号码不方便提供，河边的厂天天冒烟",
      "我是说那个砖厂，河边的，天天冒烟",
      "我是厂里的工人，厂里天天偷排",
      "我是周边的居民，河边的厂天天冒烟",
      "居民楼下的饭店油烟很大",
      "几百户业主都反对建垃圾站",
      "河边的厂天天冒烟，马上来人看看",
      "我是宏达砖瓦厂的司机，厂里晚上偷排",
      "河边的厂天天冒烟，工人宿舍就在旁边",
      "印刷厂开在居民楼里面，气味很重"})
  void wordsThatLookLikeNamesAreNone(String text) {
    assertThat(name(text)).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "我姓魏，魏村的养猪场天天往河里排粪水 | 魏",
      "我叫龚 龚家湾的砖厂天天冒烟 | -"})
  void wordsAfterANameThatStartWithItsSurnameAreNoName(String text, String want) {
    assertThat(name(text)).isEqualTo("-".equals(want) ? null : want);
  }

  @Test
  void othersNamedAreOthers() {
    Extraction.Builder b = RULES.core("我邻居潘玉梅老人天天咳嗽，厂长叫顾大海，姓钟的副局长收了钱。王局长也知道。我叫卫东", true);
    List<Names.Mention> persons = b.persons();
    assertThat(persons).filteredOn(m -> !m.petitioner()).extracting(Names.Mention::name)
        .contains("潘玉梅", "顾大海", "钟", "王");
    assertThat(persons).filteredOn(Names.Mention::petitioner).extracting(Names.Mention::name).containsExactly("卫东");
  }

  @Test
  void aNameAfterJiaoIsANameEvenWhereItStartsWithACitysName() {
    // 常德 is a city; after 他叫 a surname starts a name
    Extraction.Builder b = RULES.core("我替舅舅反映，他叫常德胜，鱼塘边的厂子天天排黑水。我叫罗敏", true);
    assertThat(b.persons()).filteredOn(m -> !m.petitioner()).extracting(Names.Mention::name).contains("常德胜");
  }

  @Test
  void aNameAndPhoneGivenAsSomeoneElsesAreNotTheWriters() {
    Extraction x = RULES.extract("河边的厂天天冒烟，厂里管事的叫马国强，电话13712345678，他说不怕查");
    assertThat(x.field("name").map(Extraction.Field::value)).isEmpty();
    assertThat(x.field("phone").map(Extraction.Field::value)).isEmpty();
    Extraction y = RULES.extract("河边的厂天天冒烟，我同事知道，她的手机13712345678");
    assertThat(y.field("phone").map(Extraction.Field::value)).isEmpty();
    // a relative's or a neighbour's number, named or not (round nine's class, in words of our own)
    Extraction z = RULES.extract("河边的厂天天冒烟，我不识字，有事打我女儿电话13712345678");
    assertThat(z.field("phone").map(Extraction.Field::value)).isEmpty();
    Extraction w = RULES.extract("我邻居老钱（电话13712345678）让我帮他说一下，河边的厂天天冒烟");
    assertThat(w.field("phone").map(Extraction.Field::value)).isEmpty();
  }

  @Test
  void aPhoneCorrectedAsItIsSaidIsTheCorrectedOne() {
    Extraction x = RULES.extract("我电话是13712345678 说错了 应该是13712345679 河边的厂天天冒烟");
    assertThat(x.field("phone").map(Extraction.Field::value)).contains("13712345679");
  }

  @Test
  void aNeighbourCalledOldSurnameIsMasked() {
    String text = "河边的厂天天冒烟，对门老彭也闻到了";
    Extraction x = RULES.extract(text);
    assertThat(Identity.mask(text, x.identities(), '*')).isEqualTo("河边的厂天天冒烟，对门老*也闻到了");
  }

  @Test
  void anElderNamedBySurnameIsMaskedWhereverSaidAgain() {
    String text = "我邻居赵大妈家的鸡全死了，赵大妈不识字，我帮她写";
    Extraction x = RULES.extract(text);
    assertThat(Identity.mask(text, x.identities(), '*')).isEqualTo("我邻居*大妈家的鸡全死了，*大妈不识字，我帮她写");
  }

  @Test
  void aNameSpelledOutIsMaskedToo() {
    Extraction x = RULES.extract("我叫章伟立早章伟大的伟电话13712345678厂子天天排污");
    assertThat(x.field("name").map(Extraction.Field::value)).contains("章伟");
    String masked = Identity.mask("我叫章伟立早章伟大的伟电话13712345678厂子天天排污", x.identities(), '*');
    assertThat(masked).isEqualTo("我叫*********电话***********厂子天天排污");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // round six's classes, in words of our own: every mention of a name masked, however it is said
      "我叫唐 唐那个 唐永平 永远的永 平安的平 电话13712345678 河边的厂天天冒烟 | 我叫* *那个 *** **** **** 电话*********** 河边的厂天天冒烟",
      "我姓钱 钱 金戋钱 河边的厂天天冒烟 | 我姓* * *** 河边的厂天天冒烟",
      "河边的厂天天冒烟。老邝，13712345678 | 河边的厂天天冒烟。老*，***********",
      "河边的厂天天冒烟。业主代表：祝先生 13712345678、柏女士 | 河边的厂天天冒烟。业主代表：*先生 ***********、*女士",
      "河边，郭强他们家的养猪场天天往河里排粪水 | 河边，**他们家的养猪场天天往河里排粪水",
      "The dye works pours blue water into the canal. - Tomasz | The dye works pours blue water into the canal. - ******",
      // round seven's classes, in words of our own
      "我叫 那个 弓长张 张 张翠萍 河边的厂天天冒烟 | 我叫 那个 *** * *** 河边的厂天天冒烟",
      "河边的厂天天冒烟。刘晓 Vivian 13712345678 | 河边的厂天天冒烟。** ****** ***********",
      "我同事 Oscar 也闻到了，河边的厂天天冒烟 | 我同事 ***** 也闻到了，河边的厂天天冒烟",
      "河边的厂天天冒烟，打我女儿的电话，她姓农。 | 河边的厂天天冒烟，打我女儿的电话，她姓*。",
      "我住三楼，二楼的邵建华在阳台上养了几十只鸽子 | 我住三楼，二楼的***在阳台上养了几十只鸽子",
      // round eight's: a surname spelled by its radical, the character after it masked too
      "河边的厂天天冒烟。我姓纪，绞丝旁的纪 | 河边的厂天天冒烟。我姓*，*****"})
  void everyMentionOfANameIsMasked(String text, String masked) {
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo(masked);
  }

  /**
   * Round ten's classes (2026-12-05), in words of our own: a name after the signing cues of a letter of suggestions or
   * of several signers (建议人, 联名人, every signer masked); 小 and a surname after a phone, before one (我小X 139…) or
   * after a neighbour (邻居小X帮我…); a neighbour whose surname is also a common word (于, 全), named in full.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "供有关部门参考。建议人：程立新 | 供有关部门参考。建议人：***",
      "沟里的水臭得没法闻，请尽快处理。联名人：苏秀梅、苏长青 | 沟里的水臭得没法闻，请尽快处理。联名人：***、***",
      "工地半夜还在打桩 城东区 电话13712345678 小蒋 | 工地半夜还在打桩 城东区 电话*********** 小*",
      "夜市的油烟飘进屋里，我小潘 13712345678 | 夜市的油烟飘进屋里，我小* ***********",
      "我眼睛不好，是邻居小邓帮我发的，砖厂灰太大了 | 我眼睛不好，是邻居小*帮我发的，砖厂灰太大了",
      "这是邻居于志刚的事，他家门口的沟臭了 | 这是邻居***的事，他家门口的沟臭了"})
  void roundTenNameClassesAreMasked(String text, String masked) {
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo(masked);
  }

  /** Words after a phone or a neighbour that start with 小 are no name (小区, 小时, 小孩). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "电话13712345678 小区门口的垃圾没人清",
      "邻居小孩都咳嗽，厂子的烟太大",
      "打13712345678 小时候这条河还能游泳"})
  void wordsStartingWithXiaoAreNoName(String text) {
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).doesNotContain("小*");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "供有关部门参考。建议人：程立新 | 程立新",
      "工地半夜还在打桩 城东区 电话13712345678 小蒋 | 蒋"})
  void theSignerIsTheWriter(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /** After a unit word, 名字叫 names the unit, not the writer (那家修车铺，名字叫…): no name, nothing masked. */
  @Test
  void aUnitsNameAfterMingziJiaoIsNoPersonsName() {
    String text = "路口那家修车铺，名字叫顺风汽修，天天在路边喷漆";
    assertThat(name(text)).isNull();
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo(text);
    assertThat(name("我名字叫邱海涛，河边的厂天天冒烟")).isEqualTo("邱海涛");
  }

  /**
   * Round eleven's classes (nlp-models/README.md, "Round eleven's … classes, worked on"), in words of our own: the
   * signer of an accusation (检举人, 控告人); a surname said alone, then
   * spelled by its parts, then the name, each masked.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "矿上的领导收了好处，请纪委查。检举人：唐晓峰，13712345678 | 唐晓峰",
      "请一并调查。控告人：魏志明 | 魏志明",
      "我是 章 立早章 章丽萍 就是 厂子天天半夜排污 | 章丽萍"})
  void roundElevensSignersAndSpelledSurnames(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @Test
  void aSurnameSaidAloneBeforeItsSpellingIsMasked() {
    String text = "我是 吴 口天吴 吴海燕 厂子天天半夜排污";
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo("我是 * *** *** 厂子天天半夜排污");
  }

  /**
   * Round twelve's classes (nlp-models/README.md, "Round twelve tuned for fields"), in words of our own: a surname told,
   * then described by its parts or strokes (木字下面一个子的李, 言字旁一个午的许), then the name — the name is the writer's and
   * the description is masked with it; a surname spelled by a word (白色的白) with no name after stays the surname.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "我叫李 木字下面一个子的李 李春华 电话13712345678 砖厂天天冒烟 | 李春华",
      "我姓许 言字旁一个午的许 叫许国庆 河里天天有死鱼 | 许国庆",
      "我叫田 一个框里一个十的田 田秀兰 村口垃圾没人管 | 田秀兰",
      "我叫白 白色的白 电话13712345678 后面山上天天炸石头 | 白"})
  void aSurnameDescribedByItsPartsThenTheName(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @Test
  void aSurnameDescribedByItsPartsIsMasked() {
    String text = "我姓许 言字旁一个午的许 叫许国庆 河里天天有死鱼";
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo("我姓* ******** 叫*** 河里天天有死鱼");
  }

  /** A dash, then a name alone ending a message, signs it off (——小周 is 周); 小区 after a dash is no one. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "河边的砖厂又在冒黑烟了 ——小周 | 周",
      "楼下饭店油烟熏死人——老郑 | 郑",
      "工地凌晨还在浇水泥，吵得睡不着。——常玉兰 | 常玉兰"})
  void aDashThenANameSignsOff(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "烟囱天天冒烟，全是灰——小区",
      "烟囱天天冒烟——小区都是灰"})
  void aDashBeforeAPlaceWordIsNoSignature(String text) {
    assertThat(name(text)).isNull();
  }

  /**
   * Round thirteen's classes (nlp-models/README.md, "Round thirteen tuned for fields"), in sentences of our own: a
   * writer's work (护林员, 巡河员, 网格员, 保洁员) then 老X names the writer; a relative the writer types or writes for
   * (帮我外公打字, 替我妈写) is the petitioner, named after 叫.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "我是镇上的巡河员老葛，河里漂着一层油 | 葛",
      "我是社区网格员老蒋，垃圾站的臭水流到路上了 | 蒋",
      "我是这片的保洁员老苗，路边有人倒废油 | 苗",
      "我是帮我外公打字的，外公叫孙长贵，他说河边的养鸭场臭得很 | 孙长贵",
      "替我妈写几句：我妈叫田秀珍，隔壁的砖厂烟太大了 | 田秀珍",
      "这是我代我爷爷发的，爷爷叫范德山，村口的石料厂天天放炮 | 范德山"})
  void roundThirteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /**
   * Round fourteen's classes (nlp-models/README.md, "Round fourteen tuned for fields"), in sentences of our own: a
   * building after a role ending the message (居民楼) is no surname; a county's short name of three characters as the
   * last words is a place; an English given name, a space, then the surname (我是 Tony 刘); the person a note says is
   * written for (（居委会代写）X老人，…).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "工地半夜还在打桩，吵得睡不着，对面就是居民楼 | -",
      "垃圾站的臭水一直流，后面就是职工院 | -",
      "厂子天天冒烟，请管一管，村民蒋 | 蒋",
      "烟囱冒黑烟好几天了，麻烦来看看，宜兴 | -",
      "楼下的卡拉OK天天唱到半夜，吵死了，石家庄 | -",
      "楼下的卡拉OK天天唱到半夜，吵死了，常玉兰 | 常玉兰",
      "我是 Tony 刘，楼下的工地天天半夜施工 | Tony 刘",
      "Hi 我是 Amy 王，电话13712345678，河边有人倒垃圾 | Amy 王",
      "我是 Tony，楼下工地太吵 | Tony",
      "（居委会代写）李秀珍老人，七十九岁，反映楼下饭店油烟熏得她咳嗽 | 李秀珍",
      "【代笔】赵德顺大爷反映村口砖厂天天冒黑烟 | 赵德顺"})
  void roundFourteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /** An official named by a post before the name (村主任X, 执法大队的X) is someone else, masked; a given name in Latin letters too. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "村主任黄建国说这个厂不归他管，河里的鱼都死了 | 村主任***说这个厂不归他管，河里的鱼都死了",
      "我实名举报镇执法大队的马国强，他收了厂里的钱 | 我实名举报镇执法大队的***，他收了厂里的钱",
      "我是 Tony 刘，楼下的工地天天半夜施工 | 我是 **** *，楼下的工地天天半夜施工"})
  void roundFourteensOthersAreMasked(String text, String masked) {
    assertThat(Identity.mask(text, RULES.extract(text).identities(), '*')).isEqualTo(masked);
  }

  /** Round fifteen's classes (branch r15fields), the writer's name field: spoken cues with spaces, 老街坊 X, X 口述, 阿X by a phone. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "你好 我 叫 韩 志 刚 我们 这边 河 里 的 鱼 死 了 好多 | 韩志刚",
      "那个 我 是 老 谭 谭 明 辉 我 家 门口 那个 搅拌站 吵 得 睡 不 着 | 谭明辉",
      "那个 养猪场 天天 往 沟 里 排 粪水 我 姓 覃 电话 就 不 留 了 | 覃",
      "河对面的采沙场白天黑夜都在挖，河岸都塌了。老街坊 邵建平 | 邵建平",
      "厂里晚上偷偷排黑水。老人 龚德顺 口述，孙女代写 | 龚德顺",
      "隔离带旁边的洗车店把泥水都排到路上。阿陈 13800138000 | 陈",
      "喂 我 是 说 那个 化工厂 排 的 废水 太 臭 了 | -",
      "我 叫 他们 别 烧 了 他们 不 听 | -",
      "阿里巴巴的仓库旁边堆满了垃圾 | -"})
  void roundFifteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /**
   * Round sixteen's classes (branch r16spans), the writer's name field, in sentences of our own: a report's signing cue
   * (报告人：, 报案人：); a transliterated name of no surname after a signing cue (艾合买提江, 扎西多吉); 我是 and a clause
   * ending in 的, then the name (Chinese or Latin); a unit named after ，叫 is no person; 姓X after a sentence about
   * someone else (老板是…的) is theirs. Look-alikes: 举报人：不愿透露, 我是村里的English teacher, 我是在厂里上班的.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "关于河段发黑的情况报告 报告人：黄志远 联系方式：13712345678 | 黄志远",
      "报案人：邹海燕，电话13712345678，厂里的罐子漏了 | 邹海燕",
      "实名举报镇上的化工厂偷排。举报人：艾合买提江，电话13712345678 | 艾合买提江",
      "牧场边上的选矿厂排黄水。联系人：扎西多吉 13712345678 | 扎西多吉",
      "我是在园区上班的Emma Zhou，园区外面的河天天冒泡 | Emma Zhou",
      "我是住在后街的邵丽华，楼下饭店油烟太大 | 邵丽华",
      "镇上有一家酒店，叫金海湾大酒店，污水直接排到河里 | -",
      "村口有家加工厂，叫Green Valley Foods，废水排进水渠 | -",
      "有个废品站天天烧电线，老板是河南人 姓郝 大家都叫他郝老板 | -",
      "废品站天天烧电线，我就住旁边，姓郝 | 郝",
      "举报人：不愿透露，电话13712345678，厂子天天冒烟 | -",
      "我是村里的English teacher，Lily，河水变黄了 | Lily",
      "我是在厂里上班的，化工厂晚上偷排 | -"})
  void roundSixteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /**
   * Round seventeen's name classes (branch r17spans), the writer's name field, in sentences of our own: a signature
   * line with the date after it (X 12月5日); a dash, who or where one is and 的, then X阿姨 or 老X before the phone; 洪, a
   * surname the list lacked (also a word: 洪水); a place ending in its level after 我是 (…镇的居民, …村人) is no name; an
   * English title before the surname (Teacher Zhang → Zhang); a given name alone after a sentence's end and before the
   * phone (…. Jake, 159…). Look-alikes: 洪水, a date line alone, ENGLISH TEACHER signing, Thanks before the phone.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "县环保局：\\n河对岸的砖厂天天冒黑烟，请来看看。\\n鲁建国 11月20日 | 鲁建国",
      "县环保局：\\n河对岸的砖厂天天冒黑烟，请来看看。\\n鲁建国 2026年11月20日 | 鲁建国",
      "菜场后面的冷库机器整夜响。——住在东湖花园的梁阿姨，电话 13712345678 | 梁",
      "河边的洗沙场天天抽沙。——下游村子的老蒋 13712345678 | 蒋",
      "河边的石材厂排白水。我姓洪，电话13712345678 | 洪",
      "去年发洪水把厂里的废料冲到田里了，电话13712345678 | -",
      "村口的煤场露天堆煤。我是红岩镇的居民。 | -",
      "村口的煤场露天堆煤。我是石桥村人。 | -",
      "The chemical smell is everywhere. Nanyang, Henan. Teacher Liu, 13712345678 | Liu",
      "The bar downstairs is loud every night. Please help. Mia, 137 1234 5678 | Mia",
      "The gym downstairs plays music all night. ENGLISH TEACHER, 13712345678 | -",
      "We cannot open our windows. Thanks, 13712345678 | -",
      // round eight's leftovers by class: a letter closed with 敬上 after who one is, a date before, a surname that is
      // also a word (单, 于); a name of no surname signing after the phone. Look-alikes: 全体 敬上, a firm after the phone.
      "石料厂放炮，墙都震裂了。农历冬月初八 老矿工 于长顺 敬上 | 于长顺",
      "河边的厂天天冒烟，请尽快处理。\\n退休教师 单秀英 谨上 | 单秀英",
      "河边的厂天天冒烟，请尽快处理。\\n老党员 全体 敬上 | -",
      "汽修厂在路边喷漆。13712345678 古丽米拉 | 古丽米拉",
      "汽修厂在路边喷漆。13712345678 阿里巴巴的快递 | -"})
  void roundSeventeensNameClasses(String text, String want) {
    assertThat(name(text.replace("\\n", "\n"))).isEqualTo(want);
  }

  /**
   * Classes the hands of 2026-12-06 showed (src/test/resources/nlp/hands-polname, p1–p4 read), in sentences of our own:
   * a hotline note's caller, English names opening or closing an English message, speech whose clauses are set apart by
   * spaces, a message sent for a parent, 额 for 我, a surname alone after a closing dash.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "来电人柴女士称，小区门口的烧烤摊油烟很大。诉求：处理 | 柴",
      "来电人：彭国栋，男，住城关镇。反映砖厂冒烟 | 彭国栋",
      "来电人姓闫，反映河边有人倒垃圾 | 闫",
      "来电人反映，镇上的砖厂冒黑烟，未留姓名 | -",
      "来电人匿名反映砂石场粉尘大 | -",
      "来电人：Ms. Olivia Hart（游客），反映酒店污水排进河里 | Olivia Hart",
      "Olivia Hart, Xuhui. The restaurant downstairs runs its fans all night. | Olivia Hart",
      "Hello, Tomas Novak here. Trucks pass our building at 3am every night. | Tomas Novak",
      "The steel yard behind us bangs all night and nobody answers. Amira Haddad, tenant, block 4 | Amira Haddad",
      "Black smoke from the chimney every morning. From Kwame Asante (Ghana) | Kwame Asante",
      "Good evening, this is Mrs. Okoro, flat 502. The car wash floods our lane. | Okoro",
      "Golden Lotus Restaurant dumps oil in the drain. Please check. | -",
      "Sunshine Garden, Pudong. The pool water smells of chlorine. | -",
      "俺是坡头村种地的 叫范满仓 村后的石场天天放炮 | 范满仓",
      "厂子半夜往河里放黄水 河里的鱼都漂起来了 石秀珍 | 石秀珍",
      "我 叫 王 建 国 河边的厂天天冒烟 | 王建国",
      "帮俺姥姥发的 俺姥姥叫秦桂枝 村边的猪场太臭 | 秦桂枝",
      "我是替我妈反映的，我妈叫宁玉凤，楼下饭店油烟大 | 宁玉凤",
      "额叫党长安 是渭南的 村里的砖厂冒黑烟 | 党长安",
      "小区门口的工地灰太大，衣服都晾不了。——严 | 严",
      "小区门口的工地灰太大。—邬 | 邬"})
  void theHandsNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want.equals("-") ? null : want);
  }

  /**
   * Classes of the second batch of hands (p9–p10 read: clerks' and operators' records, posts on social media), in
   * sentences of our own: a record opening with its caller or visitor, a people's note, a handle with the real name in
   * brackets, a name alone opening a post, a dotted name before its verb, a masked phone by a signature, 陈妈妈 and 于生.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "12345工单：邬女士来电，称小区旁的搅拌站夜里作业 | 邬",
      "老侯来电：开发区那边味道很大 | 侯",
      "来访人蔺秀珍，女，住城关镇。反映楼下餐馆油烟大 | 蔺秀珍",
      "牧民巴图（蒙古族）来访，反映煤矿排土场扬尘 | 巴图",
      "和静县阿依努尔·托乎提反映：巷子里有人熬油 | 阿依努尔·托乎提",
      "来访人称不便透露姓名。反映：回收点拆电池 | -",
      "@小熊不吃鱼（熊静）：楼下烤肉店排烟对着我家 | 熊静",
      "小红书ID：奶茶续命中（真名蒲晓）。投诉楼下面包店 | 蒲晓",
      "郑嘉怡 苏州吴中区 小区旁边的工地天天夜里打桩 | 郑嘉怡",
      "王家 那边有个厂天天冒烟 | -",
      "奉化区某某厂晚上排气，臭得很。贝晓峰 139****2231 | 贝晓峰",
      "卢妈妈反映：幼儿园旁边的河有股油漆味 | 卢",
      "我系冼生，住番禺，楼下大排档油烟大 | 冼",
      "额尔敦（蒙古族）来访，反映化工厂排气 | 额尔敦",
      "信访人海正清（利通区金积镇）反映：隔壁烧塑料 | 海正清",
      "我是江阴的老曹，江边有船往江里排东西 | 曹",
      "俺是住卫生院后边的老杜 锅炉天天冒烟 | 杜",
      "我是甘，住南岸区，楼下夜宵摊油烟大 | 甘",
      "我是王建国的邻居，河边的厂天天冒烟 | -",
      "我是城中区一所小学的老师，学校旁边的厂排气 | -",
      "韦某反映：镇上的医院污水没处理 | 韦",
      "楼长魏春生：物业保洁天天烧落叶 | 魏春生",
      "网格员柏丽君上报：饭店油烟直排 | 柏丽君",
      "我是临渭区退休干部，姓申，名振国。燃气公司漏气 | 申振国",
      "他姓王名建国，是厂长，河边的厂冒烟 | -",
      "ZHANGZHOU YOU YI JIA SULIAO CHANG, YAN HEN DA, CHOU SI LE | -",
      "砖厂粉尘超标！我柏某实名举报，你们来查 | 柏",
      "我王叔叔说厂子很臭 | -",
      "我们几户联名反映砖厂冒烟。执笔：尚德厚 | 尚德厚",
      // 2026-12-06, eighteenth session: a role just before the name ending the writer's clause, the given name a city's
      "我是兰西县退休干部宋玉林。隔壁豆腐坊天天冒烟 | 宋玉林",
      "我是本村村民柳南宁，村口砖厂天天冒烟 | 柳南宁",
      "我是兰西县的退休干部，隔壁豆腐坊天天冒烟 | -",
      // a record opening with a place of several levels before its caller; who reports or dictates it, signing
      "湘潭县石鼓镇龙秋生反映：村口砖厂天天冒烟 | 龙秋生",
      "饭店油烟直排，楼上住户受不了。网格员代居民常秀芝反映，上报人：席永红 | 席永红",
      "村口砖厂天天冒烟，爷爷咳了一冬。 口述人：穆守田 | 穆守田",
      // a full name after the dash and 的 signing off, though 隔壁的 reads a neighbour elsewhere
      "楼下洗车店的污水流了一街。——住对门的樊玉芬 | 樊玉芬",
      "隔壁的樊玉芬天天在门口烧纸，呛得很 | -",
      // a Latin name after Cantonese 我系, a title and name opening a mixed message with "here", a name in brackets ending it
      "Hi我系Tiffany 住番禺 楼下大排档油烟好大 | Tiffany",
      "Ms. Okafor here, living in 桂林. 楼下的洗车店污水流了一街。 | Okafor",
      "The bakery downstairs vents its oven into our stairwell every night, is that allowed? (Lena Hartmann) | Lena Hartmann",
      // a full name signing the last clause, then where the writer lives
      "夜里总有人往河滩倒建筑垃圾，堆成小山了。鲁长庚 保定市莲池区 | 鲁长庚",
      "夜里总有人往河滩倒建筑垃圾。住在 保定市莲池区 | -"})
  void theSecondHandsNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want.equals("-") ? null : want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // branch namecls (2026-12-06), words of our own: a nickname, then the real name (a city's name as its given name)
      "村口砖厂天天冒烟 俺叫铁蛋 大名韩守仁 | 韩守仁",
      "村口砖厂天天冒烟 俺叫狗剩 大名聂长春 | 聂长春",
      "河北省大名县的砖厂天天冒烟 | -",
      // a record giving the caller's surname as the caller said it
      "来访人自称姓蒲 住在河西村 村口砖厂天天冒烟 | 蒲",
      // a grandchild writing for a grandparent named after the kin word again
      "我替奶奶反映 奶奶阎秀兰 住在河西村 村口砖厂天天冒烟 | 阎秀兰",
      // of several signers, the one who wrote the letter
      "村口砖厂天天冒烟，请领导查处。 联名人：宋志和、蒋桂芝、邵长春 执笔人：邵长春 2024年3月8日 | 邵长春",
      "村口砖厂天天冒烟，请领导查处。 联名：邢国栋、温淑芬、韦德林 由温淑芬执笔 | 温淑芬",
      "村口砖厂天天冒烟，请领导查处。 联名：邢国栋、温淑芬、韦德林（执笔） 电话13712345678 | 韦德林",
      // a letter signed, then its date, where one lives or a phone
      "村口砖厂天天冒烟，请领导查处。 原镇农机站退休职工 樊志远 敬上 二〇二四年三月八日 住址：河西村 | 樊志远",
      "村口砖厂天天冒烟，请领导查处。 于秀梅 2024年3月8日 电话13712345678 | 于秀梅",
      "村口砖厂天天冒烟，请领导查处。此致敬礼 于德华 2024年3月8日 | 于德华",
      "村口砖厂天天冒烟，请领导查处。 晏明山（老教师） 2024年3月8日 电话：13712345678 | 晏明山",
      "村口砖厂天天冒烟，请领导查处。 王村 2024年3月8日 又冒了一整天 | -",
      // a real name said of someone else is no writer's
      "村口那个外号叫三愣子的 大名韩守仁 他的砖厂天天冒烟 | -",
      // an English given name and a Chinese surname opening the message: the two, one name as written (我是Tony刘)
      "Mandy谢，楼下的饭店油烟好大，晚上都不敢开窗 | Mandy谢",
      "Hello Oscar蒋 13712345678 楼下工地晚晚打桩 | Oscar蒋",
      // … just before the phone, or signing off at the end
      "楼下工地晚晚打桩，吵得睡不着 Oscar蒋 13712345678 | Oscar蒋",
      "楼下工地晚晚打桩，投诉了三次都没用。——Mandy谢 | Mandy谢",
      "楼下的Amy陈，她家狗天天叫，吵死了 | -",
      // an English cue is a word of its own: "i" inside "living" is none
      "Mr. Adeyemi here, living in 南山. 楼下的洗车店污水流了一街。 | Adeyemi",
      // where one lives (Cantonese 嘅 for 的, or a place's level alone), then one's full name
      "我系顺德容桂嘅龚志豪 楼下大排档成晚嘈 电话13712345678 | 龚志豪",
      "我是晋江安海镇柯明辉 电话13712345678 村口石材厂泥浆水排进溪里 | 柯明辉",
      "我是城关镇卫生院的医生，楼下饭店油烟好大 | -",
      // Cantonese: who one is said with 啊 opening the message (我X伯啊, 老X啊 then what one does), 林太 after 我系
      "我黄伯啊 八十岁喇 楼下大排档成晚嘈 | 黄",
      "老莫啊 开的士嘅 隔篱个搅拌站成日啲灰 | 莫",
      "老莫啊 你们管管楼下的饭店 | -",
      "你好我系何太住喺荔湾 楼下饭店油烟好大 | 何",
      // a question word where the name would stand: no name
      "我叫啥不要紧，村口砖厂天天冒烟 | -",
      "你们老问我叫什么，我就不说，砖厂天天冒烟 | -",
      "唔好问我系边个 楼下大排档成晚嘈 | -",
      // a surname that is also a word (万, 向, 区) with an honorific of two, standing apart, signing
      "河边的渣土一下雨全冲进河里了。业主 万先生 5栋 | 万",
      "河边的厂天天冒烟。向阿姨 13712345678 | 向",
      "我系住户 区女士 13712345678 楼下大排档好嘈 | 区",
      "河边的厂天天冒烟，我向师傅反映过，没用 | -",
      "Dear 王，我们小区旁边的工厂每天晚上排烟，请处理 | -",
      "Hello李，楼下饭店油烟太大了 | -"})
  void theThirdHandsNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want.equals("-") ? null : want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a post signed by a full name before its hashtags, or after a dash with the handle in brackets
      "小区门口的奶茶店排风扇整夜响，吵得睡不着。何思远 #杭州 #噪音扰民 | 何思远",
      "楼下烧烤店油烟大得很，窗都不敢开。——周雨桐（抖音：雨桐爱吃瓜） | 周雨桐",
      "楼下烧烤店油烟大得很。——老孟（7栋） | 孟",
      // a place before the tags, or tags alone, sign nothing
      "小区门口的奶茶店排风扇整夜响，吵得睡不着。杭州 #噪音扰民 | -",
      "小区门口的奶茶店排风扇整夜响 太吵了 #噪音扰民 #求扩散 | -",
      "楼下烧烤店油烟大得很。——附近居民（匿名） | -",
      // a post opening with open hashtags (ended by a space), then who writes
      "#杭州 何先生 想投诉小区门口的奶茶店排风扇整夜响 | 何",
      "#杭州 #噪音 何思远 想投诉小区门口的奶茶店排风扇整夜响 | 何思远",
      "#噪音扰民 小区门口的奶茶店排风扇整夜响 | -",
      // a dash, one's post, then 小/老 and the surname ending the message
      "写字楼地库好多电瓶车在充电，一股焦味。——前台小王 | 王",
      "写字楼地库好多电瓶车在充电，一股焦味。——门卫老曹 | 曹",
      "写字楼地库好多电瓶车在充电，一股焦味。——越来越老 | -"})
  void socialMediaSignatures(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // 阿 and a given name, as southern speech calls a person, before a phone or said opening: found with its 阿 (the
      // span, masked whole); the name is the given name, 阿 being how one is called, as 老/小 before a surname (the
      // conventions: names without honorifics; rounds 25-27 label 阿[May], 阿[强], 阿[玲]: r27names, 2026-12-07)
      "河边的洗沙场天天放泥浆 水都黄了 阿珍 13712345678 | 珍",
      "阿Tom 13812345678 我喺江门住 隔离条街个五金厂日日喷漆 臭到头晕 | Tom",
      "我阿Tom啊 喺江门住 隔离五金厂日日喷漆 电话13812345678 | Tom",
      "我阿珍啊 喺江门住 隔离五金厂日日喷漆 | 珍",
      // 阿 and a surname stays the surname; 阿 and a relative is nobody's name
      "隔离五金厂日日喷漆 阿公成日咳 阿梁 13812345678 | 梁",
      "我阿梁啊 喺江门住 隔离五金厂日日喷漆 | 梁",
      "我阿妈啊 喺江门住 隔离五金厂日日喷漆 | -",
      "隔离五金厂日日喷漆 有事找我阿妈 13812345678 | -"})
  void aGivenNameAfterAKeepsA(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a building head signing at the end, or opening a report after the building's number
      "楼下烧烤摊天天到半夜，油烟呛人。楼长 骆大姐 | 骆",
      "3号楼楼长老骆：楼下烧烤摊天天到半夜，油烟呛人。 | 骆",
      "12栋楼长骆大姐反映：楼下烧烤摊天天到半夜，油烟呛人。 | 骆",
      // a building's number alone opening a report names nobody
      "3号楼：楼下烧烤摊天天到半夜，油烟呛人。 | -"})
  void aBuildingHeadSigning(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a role just before a name before the phone: a surname that is also a word, or a name of no surname
      "村口的砖窑天天冒黑烟。村民 于海洋 13712345678 | 于海洋",
      "草场边的选矿厂往沟里排水。牧民吐尔逊江 13912345678 | 吐尔逊江",
      "楼下烧烤摊天天到半夜。业主 阿力木 13812345678 | 阿力木",
      "楼下烧烤摊天天到半夜。业主 反映 13812345678 | -",
      // a division's name and 的 before the name, then the home phone
      "河边的造纸厂排黑水，庄稼都死了。宁乡县的周德旺，家里电话0731-87654321。 | 周德旺",
      "河边的造纸厂排黑水。隔壁厂的王德旺，电话13712345678 | -",
      // an English given name and a surname signing, then where the writer is
      "我们是镇上中学的老师 Linda 黄, 宁都县 | Linda 黄",
      "我们是镇上中学的老师 Linda 黄, 天天都这样 | -",
      // a Chinese name with a Latin one beside it: the first written is the name (the conventions, 2026-12-07)
      "污水排进河里。望回复。张建国 (Peter Zhang) | 张建国",
      "烟很大 Tony 李德明 13712345678 | Tony",
      // a surname alone after thanks or a number, in a message set apart by spaces
      "工地晚上不打桩了 谢谢 柯 | 柯",
      "工地晚上不打桩了 投诉编号HB2026120100012 柯 | 柯",
      "工地晚上还在打桩 现在 没人 管 | -",
      "有个槽罐车 侧翻了 现在还在流 在 禹城 | -",
      // 满 before a body part is no surname
      "工地塌了 有个工人满脸是血 快来人 | -",
      "搅拌站的工人满身是灰，咳个不停 | -"})
  void roundEighteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // the read hands' leftovers (branch r18names): a signer and the verb set apart at the end
      "江边那家烤肉店排烟管对着人行道喷。真的绝了。程昊 反映 | 程昊",
      "江边那家烤肉店排烟管对着人行道喷，我们已经多次反映 | -",
      // a real name in brackets after a handle or a nickname, ending the post
      "小区门口的面包店烤炉烟往天井排。这种店怎么通过环评的？？ by 小鹿（鹿佳琪） | 鹿佳琪",
      "带娃去了农场，粪便直接冲进小溪😓 乐乐妈妈（蒋琳） | 蒋琳",
      "小区门口烧烤店油烟大，物业说管不了（已反映） | -",
      // a post's tag in brackets is no real name
      "楼下洗车店的污水天天流到马路上，帮邻居发的（代发） | -",
      "河边的砂场半夜还在挖，大家评评理（原创） | -",
      "粉尘落到我公司车间。\\n联系人：办公室韩主任 13857350000\\n某某纺织有限公司（盖章） | 韩",
      // a year and a month after a signature
      "刘老板的游船餐厅泔水直接倒进江里。段女士 2025.7 | 段",
      // where one lives between the name and the phone
      "废机油倒进鱼塘 我系鱼塘主 老谭 顺德区 13690530227 | 谭",
      "修车厂废机油倒进鱼塘。业主 韦建国 龙华区 13912345678 | 韦建国",
      // 我是…的, then 阿 and a given name set apart
      "我是揭东区玉湖镇的 阿娟 石材厂那里日夜磨石粉 电话13536702218 | 娟", // (阿 and a given name: the given name, r27names)
      "我是镇上的 阿公 厂里天天冒烟 | -"})
  void theReadHandsLeftovers(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // round nineteen's classes (branch r19rest), in sentences of our own: a caller word (业主, 村民) then a verb phrase
      // is the people and what they do, no name; a caller's record naming its caller still reads it
      "小区里好多业主在门口开会，商量旁边工地噪音的事 | -",
      "我们村好多村民都去了镇政府，反映养猪场的臭味 | -",
      "业主王建国来电：小区旁边工地半夜打桩 | 王建国",
      // a speaker's first character said, a pause, then the whole name
      "那个 就是想反映 砖厂的灰 很大 我是 嗯 贺 贺文斌 我住在城关镇 | 贺文斌",
      "那个 搅拌站 晚上很吵 我叫 范 范丽娟 电话13912345678 | 范丽娟",
      "那个 搅拌站 晚上很吵 我是 厂 厂里的工人 | -",
      // an English given name between a role and the Chinese name: written first, it is the name (2026-12-07)
      "冷库的压缩机整夜响，物业说管不了。我是业主Kevin 邵文博，电话13912345678。 | Kevin",
      "冷库的压缩机整夜响。我是业主 邵文博，电话13912345678。 | 邵文博",
      // a dash, then an English given name signing before the phone
      "The dye works turned the canal green again. — Anika, 15957380000 | Anika",
      "The dye works turned the canal green again. - Anika, 15957380000 | Anika",
      "The dye works turned the canal green again. — Thanks, 15957380000 | -"})
  void roundNineteensNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // round twenty-one's class (branch r21rest), in sentences of our own: an English message signed by a given name
      // alone after its last sentence, or after a dash and a role; a word that ends a message alone is no name
      "The plant near Shunyi burns waste every night. We can't open windows. Daniel | Daniel",
      "Each night there is a smell in Jinniu District, Chengdu. Nobody is sick, but it is unbearable. Priya | Priya",
      "Trucks run all night near the port. - a neighbour, Sophie | Sophie",
      "Trucks run all night near the port. Please check. Thanks | -",
      "Trucks run all night near the port. Sorry. | -"})
  void roundTwentyOnesNameClasses(String text, String want) {
    assertThat(name(text)).isEqualTo(want);
  }

  /** A name read inside the polluter's longer name (a unit named after 叫) is the unit's, no writer's (branch r21rest). */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "村口那个做饲料的 叫丰田饲料的厂子 天天冒粉尘 | -",
      "举报城关镇一家废品回收点，叫刘二废品站，电瓶酸水就地倒。 | -",
      "镇上有个厂叫王建国机械厂，天天半夜打铁。我叫李明，电话13912345678。 | 李明"})
  void aNameInsideThePollutersIsNoWriters(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * Branch r22rest: round twenty-two's name classes, in sentences of our own: a last line signed by an office, a surname
   * and a title before the phone; one's trade and the surname alone before the phone; a relative named after 叫 is
   * someone else; "Phone" before an English number is a field. Look-alikes: a title not signing; the writer after 我叫.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "楼顶的冷却塔太吵了，业主们都在投诉。物业管理处周经理 0571-87654321 | 周",
      "冷库门口天天堆垃圾。我是司机曹，电话13800001111。 | 曹",
      "鱼塘的水被染成了红色。船老大邱，手机13900002222 | 邱",
      "我找过厂里的王经理，他说不归他管。 | -",
      "我奶奶叫刘秀英，楼下饭店的油烟太大，她天天咳嗽。 | -",
      "我叫刘秀英，楼下饭店的油烟太大。 | 刘秀英",
      "The dye shop pours colour into the drain every day. Phone +86 139 0000 2222. | -"})
  void roundTwentyTwosNameClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * Branch r23rest: round twenty-three's name classes, in sentences of our own: a trade opening the last clause before
   * the full name and the phone that end the message (门卫X 139…), or before a colon and the name ending it (兽医：X); a
   * full name whose surname is also a word signing before the phone after a sentence's end (向X 139…); the name, then
   * where one lives in a clause of its own, then the phone; a given name ending in 男; a request closing a short message
   * before the surname alone; a relative's name after 名字叫; a workshop's name after ，叫. Look-alikes: someone else's
   * guard named mid-sentence; a surname that is a word not before a phone.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "镇上的化工厂昨晚又排黑烟，熏得人睡不着。门卫朱国栋 13912345678 | 朱国栋",
      "我在县医院上班，河边的造纸厂排污水。护士段丽娟 13812345679 | 段丽娟",
      "河对岸的砖厂烟很大，熏得人喘不过气。兽医：莫德才。 | 莫德才",
      "工地晚上还在打桩，吵得孩子没法睡。向丽萍 13112345676 | 向丽萍",
      "工地晚上还在打桩，吵死了。黎志明，住红星街道光明社区，13012345677 | 黎志明",
      "我是小区住户，叫王雅男，电话13212345675，隔壁KTV太吵。 | 王雅男",
      "短信：城西水泥厂粉尘大 请查 谭 | 谭",
      "我妈天天咳嗽。外公名字叫孙长林，他不会打字。 | -",
      "我家对面有个车间的烤漆房，叫华盛精密机械，天天晚上喷漆。 | -",
      "厂里的保安朱国栋说不归他管，河边的造纸厂排污水。 | -",
      "我在镇卫生院当医生，名字叫蒋文涛，院子后面的砖厂烟太大。 | 蒋文涛"})
  void roundTwentyThreesNameClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * Branch polreg's classes (nlp-models/README.md, "Informal registers: holdout five"), in sentences of our own: a
   * surname alone after the last comma of a chat message; 小X after 我是…的; a surname and an honorific after 我是…的 in
   * speech typed with spaces; an English trade word in small letters between I'm and the name; a question's words before
   * 举报 and laughter opening a message are no names.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "宏泰制药厂的味道飘到学校了，孩子们都捂着鼻子，韦 | 韦",
      "河边又倒了一车建筑垃圾，好几天没人清，葛 | 葛",
      "河边又倒了一车建筑垃圾，好几天没人清，谢 | -",
      "砖厂的烟又来了，我是住在东头的小魏 | 魏",
      "那个 我是 那个 后山村的 罗大姐 就是 砖厂 又冒烟了 | 罗",
      "The quarry blasts every morning and our walls crack. I'm fisherman Zhou. | Zhou",
      "这种情况能投诉吗：楼下饭店的油烟直排 | -",
      "哈哈 这都第三次了 楼下烧烤又到凌晨 | -"})
  void polregClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want.equals("-") ? null : want);
  }

  /**
   * Branch r24rest: round twenty-four's name classes, in sentences of our own: an English signing cue before a Chinese name
   * (Sign: X (English name)); 名字 with no 叫/是 after a comma; a Chinese name and a two-word English one before the phone;
   * a learner's "I am Pakistani student" (a country or a people, no name) and "My name X" without "is"; an English unit
   * word before ，叫 names the unit; 曾 as "once" after 本人; a stall before ，叫. Look-alikes: ，名字叫 (the cue read from
   * 名字), a unit before 名字叫, a name signing after a Vietnamese worker's "I am Vietnam worker".
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "镇上的砖厂天天冒黑烟，晚上也不停。Sign: 马国梁 (Leo Ma), mobile 13812345678. | 马国梁",
      "钢管厂半夜切割太吵了。Signed: 黄丽娜 (Lina Huang), tel 13698765432. | 黄丽娜",
      "河边那个采砂场把河道挖乱了，名字刘春华，手机15812349876。 | 刘春华",
      "身份证320102198001011234，名字何永生，电话13512348765。 | 何永生",
      "镇上的电镀厂偷排废水。谢谢。陈美玲 Amy Chen，电话138 1234 5678。 | 陈美玲",
      "那个养猪场臭得不行。麻烦了。赵志刚 Jack Zhao，电话13900001111。 | 赵志刚",
      "I am Nigerian student in Guangzhou. The factory near school make smoke every night. My name Chidi Okafor, phone 13711112222. | Chidi Okafor",
      "Hello, I am Indian engineer living in Suzhou, the dyeing plant smell is terrible. My name Rahul Sharma. | Rahul Sharma",
      "Dear officer, I am Vietnam worker in Foshan. Factory noise very loud at night, we cannot sleeping. Thank you. Tran Van Hung | Tran Van Hung",
      "南沙区的一家plastic factory，叫Golden Star Plastic，天天烧东西。 | -",
      "本人曾于前年向你们反映过这家厂的问题，至今没有解决。 | -",
      "本人曾经投诉过这个搅拌站，现在又开始夜里施工了。 | -",
      "俺村口那个烧烤摊，叫老马烧烤，夜里闹到两三点。 | -",
      "南海区的一家印花厂，名叫锦绣印花，烟有股焦味。我住在西樵镇百西村，电话13690485217，名字叫冯嘉欣。 | 冯嘉欣",
      "那个洗车行，名字叫金鑫洗车，污水直接排到路上。 | -"})
  void roundTwentyFoursNameClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * Branch r25rest: round twenty-five's name classes, in sentences of our own: how the writer asks to be called (，叫我老X
   * 就行); a surname alone in brackets after the phone, though it is also a word (（于）, （全）); 知情人 signing; the Hakka
   * 涯系 as 我系; 老X signing a clause of its own before where one lives (老X，家住…); a name typed with spaces after a
   * signing cue (举报人：X Y Z); a works' name after a point's (加工点，叫…) with a signer after it. Look-alikes: a point
   * called so with no signer, 涯系 then a place, where one lives with no name before it, a post's tag after the phone,
   * 知情人 with no name.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "宁国市港口镇的竹木加工厂锯末满天飞。电话13905631234，叫我老程就行。 | 程",
      "舒城县的石灰窑烟太大了，手机13866541234，叫我小金就好。 | 金",
      "庐江县白湖镇的饲料厂臭味很重。电话13956321234（于），别说是我反映的。 | 于",
      "庐江县白湖镇的饲料厂臭味很重。电话13956321234（全），别说是我反映的。 | 全",
      "南丰县的橘子加工厂往河里排酸水，鱼都死了。知情人周，电话15970381234。 | 周",
      "梅县区的砖厂倒废渣落河，涯系钟伯，电话13543071234。 | 钟",
      "南丰县的橘子加工厂往河里排酸水，鱼都死了。老周，家住琴城镇桥背村。 | 周",
      "鄱阳县的造纸厂半夜偷排，举报人：吴 建 国，电话13979381234。 | 吴建国",
      "河边新开了个废品收购点，叫旺达回收，天天烧电线皮。落款：隔壁的老住户 彭桂芝。 | 彭桂芝",
      "河边新开了个废品收购点，叫旺达回收，天天烧电线皮。 | -",
      "涯系梅县人，砖厂倒废渣落河，电话13543071234。 | -",
      "南丰县的橘子加工厂往河里排酸水，赶紧来看看，家住琴城镇桥背村。 | -",
      "镇上的砖厂天天冒烟，电话13956321234（代发） | -",
      "南丰县的橘子加工厂往河里排酸水。知情人，电话15970381234。 | -"})
  void roundTwentyFivesNameClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * Branch r26names: round twenty-six's name classes, in sentences of our own. A writer's Latin and Chinese names side by
   * side: the one written first is the name (the conventions, 2026-12-07), after a self cue, signing an English text,
   * after 中文名, after a role or 联系人 with the given name written on to the Chinese one; a name of two to six
   * transliterated characters signing (我是次仁，电话…; 。拉巴 139…); a post in English before the name (的manager
   * 周某); a full Latin name after a role (外籍居民 Peter Wang); a Latin name signing before an e-mail address (Park first,
   * a surname). Look-alikes: the Chinese name written first, an English given name and a surname alone (Tony刘: the
   * two are one name, whole as written, by the convention of 2026-12-07 that rounds eight to fourteen and eighteen were
   * relabelled to), 阿强 (no transliterated name), a place, a post with no name, a park
   * signing, a firm before an e-mail address.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "楼下的data center冷却塔整夜嗡嗡响。我叫Kevin Zhou，周凯文，电话13811112222。 | Kevin Zhou",
      "The quarry blasts every evening and dust covers the school. Mark Lin 林文博, 13811112222 | Mark Lin",
      "楼下烧烤店油烟太大。我是业主Tony 王建伟，电话13811112222 | Tony",
      "联系人Tony王建伟，电话13811112222，楼下烧烤店油烟太大。 | Tony",
      "我是住在镇上的外籍居民 Peter Wang（王彼得），河里全是死鱼，请来看看。 | Peter Wang",
      "河里全是死鱼。我是隔壁厂的manager周明辉（Kevin），电话13811112222 | 周明辉",
      "河里全是死鱼。我是对面仓库的supervisor李文斌，电话13811112222 | 李文斌",
      "砂场的粉尘太大了。我是次仁，电话13989021111。 | 次仁",
      "砂场的粉尘太大了，风一吹全到牧场上。拉巴 13989021111 | 拉巴",
      "The plating plant across the road discharges yellow water at night. I can send videos. Park Minho, minho.park@example.com | Park Minho",
      "The plating plant across the road discharges yellow water at night. Laura Becker, laura.b@example.com | Laura Becker",
      "冷却塔整夜嗡嗡响。我叫周凯文，英文名Kevin，电话13811112222。 | 周凯文",
      "采石场天天放炮。我是林晓燕（Lily），电话13811112222 | 林晓燕",
      "楼下烧烤店油烟太大。我是业主Tony刘，电话13811112222 | Tony刘",
      "砂场的粉尘太大了，我们在拉萨，电话13989021111。 | -",
      "河里全是死鱼。我是隔壁厂的manager，电话13811112222 | -",
      "The dust comes from the works. Century Park, 13811112222 | -",
      "The plating plant across the road discharges yellow water at night. Thanks. Jinhua Plating, jp@example.com | -"})
  void roundTwentySixsNameClasses(String text, String want) {
    Extraction e = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled()).extract(text);
    assertThat(e.field("name").map(Extraction.Field::value).orElse(null)).isEqualTo(want);
  }

  /**
   * The same classes' names are masked in the redacted copy, both of a writer's two names (branch r26names): a given
   * name before the Chinese one after a role, a transliterated name of two characters signing, a Latin name before an
   * e-mail address (each left readable before).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "楼下烧烤店油烟太大。我是业主Tony 王建伟，电话13811112222 | Tony | 王建伟",
      "砂场的粉尘太大了。我是次仁，电话13989021111。 | 次仁 | 次仁",
      "砂场的粉尘太大了，风一吹全到牧场上。格桑 13989021111 | 格桑 | 格桑",
      "The plating plant across the road discharges yellow water at night. Park Minho, minho.park@example.com | Park Minho | Park Minho"})
  void roundTwentySixsNamesAreMasked(String text, String one, String other) {
    HanLpExtractor x = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
    Extraction e = x.extract(text);
    String redacted = Redaction.redact(text, x.forRedaction(text, e.identities()),
        java.util.Map.of(Identity.NAME, e.field("name").map(Extraction.Field::value).orElse("")), null);
    assertThat(redacted).doesNotContain(one).doesNotContain(other);
  }

  static final HanLpExtractor FULL = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());

  static String fullName(String text) {
    return FULL.extract(text).field("name").map(Extraction.Field::value).orElse(null);
  }

  /**
   * Round twenty-seven's name classes (branch r27names), in sentences of our own, through the whole extractor. A Latin
   * given name before a Chinese surname is one name, whole as written (the lead's convention, 2026-12-07: Amy 许,
   * Tony王). The message written for a relative names them far on with 姓 or 叫 (给姥爷打的字 … 姥爷叫X; 替我爷爷问 …
   * 爷爷姓X). A full name whose surname is also a word (于, 向, 时, 全, 成) signs after who one is (居民 向X, 值班员：于X
   * 139…). After the phone, how people are called (阿杰, 老孟头), and "just call me X" with its ending (叫我阿芬得啦,
   * 叫我小李就行): 阿 before a given name is how one is called, the name the given name (as rounds 25–27 label 阿[X]).
   * 阿拉 and 额 are "I" before 姓X. A line break pasted as its escape (\\n) still parts a signature line.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a Latin given name and a Chinese surname: one name as written
      "我系Jason 梁，住喺楼上，隔篱装修日日钻墙，烦到死 | Jason 梁",
      "工地天天晚上打桩 吵死了 Cindy吴 15912345678 | Cindy吴",
      "额是Frank马，村口砖厂的烟把麦子都熏黄了 | Frank马",
      "Hi 我是 Jack 韩，厂子里半夜排的气呛得人直咳嗽 | Jack 韩",
      "隔壁装修一个月了 周末也打电钻 电话13612345678 Susan 罗 | Susan 罗",
      // written for a relative, named far on
      "我是帮我外公打的字，外公说后山采石场天天放炮，房子都震裂了，墙上好大的缝。外公姓欧。 | 欧",
      "我给姥爷打的字，姥爷说村东头的养猪场粪水流到井边了，井水都是臭的。姥爷叫邢福来。 | 邢福来",
      "替我爷爷问一下，村口的厂半夜排黑烟，这个违法不违法？你们管不管？爷爷姓屈。 | 屈",
      "帮奶奶发的：河里的鱼死了好多，奶奶担心水不能用了。奶奶姓卢，电话0371-66123456 | 卢",
      "替我妈反映一下，楼下饭馆的油烟直往家里灌，她咳了一个月了。我妈叫贺秀兰，电话13612345678 | 贺秀兰",
      // a full name whose surname is also a word, after who one is
      "村口砖厂天天冒黑烟，请查处。城关镇居民 向春明 | 向春明",
      "化工厂半夜排气，味道很冲。值班员：于建军 13612345678 | 于建军",
      "垃圾站的臭味飘进教室。值班老师：全晓梅 0571-86012345 | 全晓梅",
      "工地晚上十二点还在浇混凝土，请管一管。业主 成海波 | 成海波",
      "河边的洗砂场把泥浆排进河里，鱼都没了。村民 时国庆 | 时国庆",
      "村口砖厂天天冒黑烟，请查处。居民 都很气愤 | -",
      // how people are called, after the phone; "just call me X"
      "楼下大排档日日煲到三点 吵到瞓唔着 电话13612345678 叫我阿芬得啦 | 芬",
      "对面KTV天天唱到半夜 13612345678 阿杰 | 杰",
      "对面烧烤摊天天整到后半夜 有事打13612345678 老孟头 | 孟",
      "废品站天天烧电线 臭得很 18912345678 老蔡头 | 蔡",
      "烧烤摊的烟直往楼上窜，叫我小李就行，电话13612345678 | 李",
      "菜市场后面垃圾堆成山 叫我阿婷就得 13712345678 | 婷",
      // 阿拉, 额: I
      "菜场边上个鱼摊天天杀鱼，血水淌到阴沟里，阿拉是楼上个邻居，姓蒋。 | 蒋",
      "沟里的水都黑了，羊都不敢喝。额是隔壁村放羊的，姓雷。 | 雷",
      // a line break pasted as its escape
      "尊敬的领导：\\n河边的洗砂场把泥浆排进河里。\\n村民 邵国华\\n2026年11月3日 | 邵国华",
      "各位领导：\\n村口的养鸡场臭得没法住人。\\n居民 尹志刚\\n十一月五日 | 尹志刚"})
  void roundTwentySevensNameClasses(String text, String want) {
    assertThat(fullName(text)).isEqualTo(want);
  }

  /**
   * Branch r28rest: round twenty-eight's name class, in sentences of our own (each failed on main 9ed5799): a surname
   * with a dialect's form of address signing the message (周老倌, 张师奶, 何幺妹, 郑阿伯, 朱幺爸): the surname is the name.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "屋后头的猪场臭得遭不住，麻烦来看一哈。谢幺娘 13512346617 | 谢",
      "那个洗沙场天天轰到半夜，吵得人困不着。周老倌 13979204518 | 周",
      "楼下大排档啲油烟好劲，熏到成屋都系味。我系张师奶，电话 13726648190 | 张",
      "村头那个砖厂冒黑烟，衣服都晒不成。我是何幺妹，电话18123457760 | 何",
      "养猪场的粪水流进塘里，塘里的鱼翻白了。郑阿伯 13950287714 | 郑",
      "工地半夜打桩，吵得细路仔瞓唔着。吴阿叔 13826501937 | 吴",
      "河边那间漂染厂排的水是红色的。罗阿婶 13660924481 | 罗",
      "烧垃圾的烟熏到屋里头了，娃娃一直咳。朱幺爸 18080571263 | 朱",
      "镇上的石灰厂粉尘大得很，菜叶子上全是灰。冯娘娘 13568021947 | 冯",
      "对面KTV日日唱到两点，瞓唔着啊。许阿姐 13760211585 | 许"})
  void roundTwentyEightsNameClasses(String text, String want) {
    assertThat(fullName(text)).isEqualTo(want);
  }

  /**
   * Branch r29name: round twenty-nine's name classes, in sentences of our own (each failed on main 5e033f7e but the two
   * English look-alikes at the end, which guard the new rule): a signer's
   * name before the contact's fields, each after a comma (X，住…，身份证…，电话…); a note in brackets after the signer
   * (保安 X（…物业），电话…); 姓X told first, the full name signed later; a town's name with its level after 本人 or 阮 (a
   * place, no name); a rider's trade before 小X and the phone; a brother's rank after the surname (X老三: the surname); a
   * grandchild in Minnan (阮孙仔) and a verb after a role (业主商量): no names; the relative who asks the writer to send for
   * them (爷爷叫我替他问 … 爷爷叫X); English sign-offs run on into the next sentence (- Oliver We have…, Farid I have…) and a
   * given name with a note in brackets (Marco (a teacher…)); not a word opening a sentence before I (Today I, Honestly I).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "尊敬的领导：\\n厂里的粉尘飘进我家，窗台上全是灰。\\n韩立军，住东风镇红星村3组，身份证110101198001011237，电话13612345678 | 韩立军",
      "请来测一下噪声，晚上根本睡不着。保安 韦振国（华联小区物业），电话：13612345678 | 韦振国",
      "我是东湖村的养殖户，姓鲁。村口化工厂的水流进塘里，鱼死了不少。\\n鲁明德\\n电话：13812345678 | 鲁明德",
      "本人李渡镇新民村村民，村口砖厂天天冒黑烟。 | -",
      "本人马坪镇新民村村民，村口砖厂天天冒黑烟。 | -",
      "阮林头镇海边咧养蚵，这两日蚵仔死了一大半。 | -",
      "垃圾站门口的垃圾一个星期没人清，臭得很。骑手小冉 13912345678 | 冉",
      "沟里的水发黑，鸭子死了好几只。吴老三 13612345678 | 吴",
      "厝边彼间铸造厂烟真大，阮孙仔咳了一个月。 | -",
      "装基站的时候没有跟我们业主商量，请来测一下辐射。 | -",
      "我爷爷叫我替他问一下，村口的厂半夜排黑烟，管不管？爷爷叫冯德顺 | 冯德顺",
      "The pig farm behind our village stinks every night. Nobody has come. - Oliver We have complained three times. | Oliver",
      "The quarry blasts shake the whole village at night. Marco (a teacher at the village school) | Marco",
      "The dye works turns the creek blue. Please send someone. Farid I have photos of the pipe. | Farid",
      "The dust from the cement works covers our cars every morning. Today I have to wash it again. | -",
      "The bar plays music until 3am. Honestly I have never slept so badly. | -"})
  void roundTwentyNinesNameClasses(String text, String want) {
    assertThat(fullName(text.replace("\\n", "\n"))).isEqualTo(want);
  }
}
