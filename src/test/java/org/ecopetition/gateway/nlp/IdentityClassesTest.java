package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of names and home addresses branch namegen made masked (nlp-models/README.md, "Names on unseen text"),
 * each in sentences of our own (none from the identity holdouts or any evaluation round), through the real redaction:
 * {@code text | what must not stay readable, comma-separated | what must stay readable (look-alikes)}.
 */
class IdentityClassesTest {
  static HanLpExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new HanLpExtractor(Gazetteer.bundled(), Classifiers.bundled());
  }

  static String redacted(String text) {
    Extraction e = extractor.extract(text);
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, e.field("name").map(Extraction.Field::value).orElse(null));
    known.put(Identity.ADDRESS, e.field("address").map(Extraction.Field::value).orElse(null));
    return Redaction.redact(text, e.identities(), known, null);
  }

  static void check(String row) {
    String[] c = row.split(" \\| ", -1);
    String r = redacted(c[0]);
    for (String secret : c[1].split(",")) {
      if (!secret.isBlank()) {
        assertThat(r).as(c[0]).doesNotContain(secret.strip());
      }
    }
    if (c.length > 2) {
      for (String keep : c[2].split(",")) {
        if (!keep.isBlank()) {
          assertThat(r).as(c[0]).contains(keep.strip());
        }
      }
    }
  }

  /** A surname and an honorific anywhere (找X师傅, 的X阿姨, X大婶); not 老师傅, nor a shop named so. */
  @ParameterizedTest
  @ValueSource(strings = {
      "上礼拜跟我一起去的还有开小卖部的葛阿姨。 | 葛阿姨",
      "有事找严师傅，他就住厂门口。 | 严师傅",
      "听后街的庞大婶讲，那个池子里的水是绿的。 | 庞大婶",
      "老师傅们都说这水不能喝。 |  | 老师傅们",
      "李阿姨餐馆的油烟把整条街都熏黑了。 |  | 李阿姨餐馆"})
  void aSurnameWithAnHonorific(String row) {
    check(row);
  }

  /** A relative or a post named just before a full name (我外甥…, 楼长…); not 孩子常常, 哥哥不让. */
  @ParameterizedTest
  @ValueSource(strings = {
      "我外甥邱家明在那个厂里干过半年，他知道内情。 | 邱家明",
      "我们单元的楼长蔡红英挨家挨户收集了签名。 | 蔡红英",
      "我家老二鲍文斌在外地上学，放假回来也说水有味。 | 鲍文斌",
      "我孩子常常半夜咳醒，去医院也查不出来。 |  | 常常半夜",
      "我哥哥不让我举报，怕得罪人。 |  | 哥哥不让"})
  void aRelativeOrAPostThenAFullName(String row) {
    check(row);
  }

  /** A worker's post or a sibling said short, then a full name (技术员…, 我哥…); not 我哥不在家, 员工宿舍. */
  @ParameterizedTest
  @ValueSource(strings = {
      "厂里的技术员苗小青偷偷告诉我，他们晚上开旁路。 | 苗小青",
      "我哥肖红军在厂里开叉车，他说废油都倒进了沟里。 | 肖红军",
      "门卫蓝德旺不让我们进去看。 | 蓝德旺",
      "我哥不在家，我姐也搬走了。 |  | 我哥不在家,我姐也搬走了",
      "员工宿舍旁边就是排污口。 |  | 员工宿舍旁边"})
  void aPostOrASiblingThenAFullName(String row) {
    check(row);
  }

  /** English: someone called or named so, a report signed at its start; not a firm after "run by". */
  @ParameterizedTest
  @ValueSource(strings = {
      "The manager, a man called Zhou Bin, told us to go away. | Zhou Bin",
      "Report by Kevin Tan, resident of the old town. The dye works pours blue water into the canal. | Kevin Tan",
      "Her name is Liang Qiuyue and she runs the pond next to the plant. | Liang Qiuyue",
      "The factory is run by Hengxin Dyeing Co., Ltd. and it smells. |  | Hengxin Dyeing Co., Ltd."})
  void englishNamesByTheVerbBeforeThem(String row) {
    check(row);
  }

  /** A name written under (以X的名义), a deputy (X副主任), 姓X名Y, X姓 before a person, a post then 姓X. */
  @ParameterizedTest
  @ValueSource(strings = {
      "这封信是借邵华英的名义寄出的。 | 邵华英",
      "镇上的钱副主任来看过，说要研究研究。 | 钱副主任",
      "在下姓伍名志诚，住在河对岸。 | 伍名志诚,志诚",
      "有个黄姓商人承包了那片地，天天往里面倒渣。 | 黄姓商人",
      "开挖机的师傅姓莫，天天半夜干活。 | 姓莫",
      "厂里管账的叫小潘，她说账上根本没有治污的钱。 | 小潘",
      "村口修车的老甘，也被那个味熏得头疼。 | 老甘",
      "这是个老问题了，叫老师来看也没用。 |  | 老问题,老师"})
  void othersNamedByTheWordsAround(String row) {
    check(row);
  }

  /** The writer signing or naming themselves in ways the cues did not know. */
  @ParameterizedTest
  @ValueSource(strings = {
      "你们要重视这个问题。——万国强 | 万国强",
      "我们已经等了两个月，赶紧管管吧！邢 | 邢",
      "我叫 zhou minghui，河边天天有人倒垃圾。 | zhou minghui",
      "我叫邹 志 红，厂子的烟囱一直冒黑烟。 | 邹 志 红",
      "名字：甘立新 手机：13700001234 | 甘立新",
      "偶叫包小军，偶们村的鱼塘被污染了。 | 包小军",
      "上访人：龙云飞 | 龙云飞",
      "我叫龚森，三个木的森，我们楼下的锅炉太吵。 | 龚森,三个木的森"})
  void theWriterSignsOrNamesThemselves(String row) {
    check(row);
  }

  /** A text typed all in pinyin: its words after a cue (shi, jiao) are no name in small letters. */
  @org.junit.jupiter.api.Test
  void aTextAllInPinyinNamesNoOne() {
    String text = "ni hao wo shi zhe li de ju min, he li de shui bei wu ran le, hen chou";
    assertThat(extractor.extract(text).field("name").map(Extraction.Field::value).orElse(null)).isNull();
  }

  /** Home addresses after cues the patterns did not know; not 大家在, 工人住宿舍. */
  @ParameterizedTest
  @ValueSource(strings = {
      "我是渔民，家在沙洲镇渡口村，江里的鱼越来越少。 | 沙洲镇渡口村",
      "家里在青石乡柏树村二组，厂子离我家不到一里地。 | 青石乡柏树村二组",
      "本人闵涛，住滨湖新村12栋，楼下的饭店排烟。 | 滨湖新村12栋",
      "我们是下湾村的，村头那个厂一直在排黑水。 | 下湾村",
      "暂住地：城北新区丽水苑3栋 | 丽水苑3栋",
      "我叫殷红，是花溪社区的居民，小区后面有个垃圾场。 | 花溪社区",
      "大家在村口等了半天也没人来。 |  | 村口",
      "厂里的工人住宿舍，我们住旁边的平房。 |  | 宿舍"})
  void homeAddresses(String row) {
    check(row);
  }
}
