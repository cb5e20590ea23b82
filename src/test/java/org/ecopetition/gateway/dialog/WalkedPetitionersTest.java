package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopetition.gateway.dialog.AnswersKeptApartTest.Walk;
import org.junit.jupiter.api.Test;

/**
 * dialogfix12: the classes found walking new petitioners end to end (the walks themselves run over the WebSocket in
 * {@code web.NewPetitionersWalkTest}): someone typing for a relative, questions answered with questions, a changed mind
 * about anonymity at the summary, a demand in one character from an old phone. Sentences of our own, both languages.
 */
class WalkedPetitionersTest {
  static Walk walk(String lang, String... messages) {
    return AnswersKeptApartTest.walk(DialogConversationTest.EXTRACTOR, lang, messages);
  }

  /** Who is typing for whom, with nothing of the matter, is answered and never taken for what happened. */
  @Test
  void typingForSomeoneElseIsNotTheAccount() {
    String account = "南京市江宁区秣陵街道的化工厂天天晚上排黑烟";
    for (String opening : List.of("你好，我替我奶奶打字，她不会用手机", "我是帮邻居大爷问的", "帮我爸发的，他不会打字", "替我妈反映一下",
        "您好，我代我外公说几句，他老人家不识字")) {
      Walk w = walk("zh", opening, account);
      assertThat(w.transcript()).as(w.transcript()).contains("替家里人或邻居说也可以");
      assertThat(w.slots()).as(w.transcript()).containsEntry("facts", account);
    }
    String en = "The chemical plant in 江苏省南京市江宁区秣陵街道 has poured black smoke every night";
    for (String opening : List.of("Hi, I'm typing this for my grandma, she can't use a phone", "I am writing for my father",
        "hello, I'm texting for my elderly neighbour", "I'm typing for my grandfather. He cannot read", "I am messaging on behalf of my mum")) {
      Walk w = walk("en", opening, en);
      assertThat(w.transcript()).as(w.transcript()).contains("you may write for a relative");
      assertThat(w.slots()).as(w.transcript()).containsEntry("facts", en);
    }
    // Look-alike: an account that says whom it is for is the account.
    Walk story = walk("zh", "我替我奶奶反映，村口养猪场的粪水流到河里，臭得很");
    assertThat(story.transcript()).doesNotContain("替家里人或邻居说也可以");
  }

  /** A question back at a question is answered and the question asked again; nothing is taken for the answer. */
  @Test
  void questionsBackAreAnsweredAndTheQuestionAskedAgain() {
    String first = "南京市江宁区秣陵街道有个厂天天排黑烟";
    String[][] zh = {
        {"我说了有用吗？", "会处理的"}, {"反映了有没有用啊", "会处理的"}, {"跟你们说能解决吗", "会处理的"},
        {"这个很重要吗？", "问这些是为了"}, {"为什么要告诉你们？", "问这些是为了"}, {"这个必须回答吗", "问这些是为了"},
        {"凭什么要跟你说", "问这些是为了"}, {"你们会告诉厂里是我说的吗？", "第二十四条"}, {"会不会让老板知道是我举报的", "第二十四条"},
        {"你们会泄露我的信息吗", "第二十四条"}, {"他们会知道是我说的吗", "第二十四条"}, {"会告诉对方吗？", "第二十四条"},
        {"你们是谁？", "网上登记"}, {"这是哪里", "网上登记"}, {"请问你们是哪个单位", "网上登记"}, {"你是谁啊", "网上登记"},
        {"这是什么网站", "网上登记"}};
    for (String[] c : zh) {
      Walk w = walk("zh", first, c[0]);
      assertThat(w.transcript()).as(w.transcript()).contains(c[1]).endsWith("这个问题从什么时候开始的？（例如：上个月、三天前、2025年10月）");
      assertThat(w.slots()).as(w.transcript()).doesNotContainKey("since").doesNotContainKey("disclose");
    }
    String en = "The chemical plant in 江苏省南京市江宁区秣陵街道 has poured black smoke every night";
    String[][] english = {
        {"will it make any difference?", "it will be dealt with"}, {"would telling you change anything?", "it will be dealt with"},
        {"is this important?", "These questions help"}, {"do I have to answer this?", "These questions help"},
        {"why should I tell you?", "These questions help"}, {"does it matter?", "These questions help"},
        {"will they know it was me?", "Art 24"}, {"will you tell them it was me?", "Art 24"},
        {"would my name be given to the factory?", "Art 24"}, {"will the boss find out who reported it?", "Art 24"},
        {"do you tell the company who I am?", "Art 24"},
        {"who are you?", "online environmental petition service"}, {"who is this?", "online environmental petition service"},
        {"what is this site?", "online environmental petition service"}, {"who am I talking to?", "online environmental petition service"},
        {"what is this?", "online environmental petition service"}};
    for (String[] c : english) {
      Walk w = walk("en", en, c[0]);
      assertThat(w.transcript()).as(w.transcript()).contains(c[1]).contains("Since when");
      assertThat(w.slots()).as(w.transcript()).doesNotContainKey("since").doesNotContainKey("disclose");
    }
  }

  /** Changing one's mind about anonymity at the summary, in a sentence or by giving one's name: a named report. */
  @Test
  void aChangedMindAtTheSummaryIsTaken() {
    String first = "南京市江宁区秣陵街道的化工厂最近一个月天天晚上排黑烟，二十多户受影响，希望尽快查处";
    for (String said : List.of("我想了想，还是留名吧", "算了，还是留个名字吧", "我叫王建国", "还是留名吧，我叫王建国", "那就留姓名吧")) {
      Walk w = walk("zh", first, "匿名", said);
      assertThat(w.transcript()).as(w.transcript()).contains("请核对以下信息");
      assertThat(w.slots()).as(w.transcript()).containsEntry("anonymous", "named");
      assertThat(w.transcript()).as(w.transcript()).doesNotEndWith("请问要修改哪一项？");
      if (said.contains("王建国")) {
        assertThat(w.slots()).as(w.transcript()).containsEntry("name", "王建国");
      }
    }
    String en = "The chemical plant in 江苏省南京市江宁区秣陵街道 has poured black smoke every night since last month, about twenty households, "
        + "please investigate";
    for (String said : List.of("on second thought, you can use my name", "actually you may use my name", "I'm Wang Jianguo",
        "ok, use my name, I'm Wang Jianguo", "fine, I'll give my name")) {
      Walk w = walk("en", en, "Stay anonymous", said);
      assertThat(w.slots()).as(w.transcript()).containsEntry("anonymous", "named");
    }
    // Look-alike: someone else's wish at the summary changes nothing (told of the neighbour).
    Walk other = walk("zh", first, "匿名", "我邻居说他想留名");
    assertThat(other.slots()).as(other.transcript()).containsEntry("anonymous", "anonymous");
  }

  /** A story in pieces whose last piece is a short account alone ("死鱼", "太吵了"): the pieces before it are kept with it. */
  @Test
  void aShortAccountAsTheLastPieceKeepsThePiecesBefore() {
    String[][] cases = {{"村里", "河边", "死鱼", "村里河边死鱼"}, {"我们家", "楼下", "太吵了", "我们家楼下太吵了"}, {"门口", "灰尘", "门口灰尘"},
        {"小区", "晚上", "太吵了", "小区晚上太吵了"}, {"河", "黑水", "河黑水"}};
    for (String[] c : cases) {
      String[] pieces = java.util.Arrays.copyOf(c, c.length - 1);
      Walk w = walk("zh", pieces);
      assertThat(w.slots()).as(w.transcript()).containsEntry("facts", c[c.length - 1]);
    }
    for (String[][] c : new String[][][] {{{"next door", "at night", "smoke"}, {"next door at night smoke"}},
        {{"our street", "noise"}, {"our street noise"}}}) {
      Walk w = walk("en", c[0]);
      assertThat(w.slots()).as(w.transcript()).containsEntry("facts", c[1][0]);
    }
  }

  /** What should be done in one character, from an old phone: the request. */
  @Test
  void aOneCharacterDemandIsTheRequest() {
    for (String demand : List.of("查", "管！", "罚吧", "停", "拆")) {
      Walk w = walk("zh", "江苏省南京市江宁区秣陵街道的化工厂天天晚上排黑烟，上个月开始的，二十多户", demand);
      assertThat(w.slots()).as(w.transcript()).containsEntry("request", demand.replaceAll("[！]$", ""));
    }
    // Look-alikes: a sound or a yes is no request.
    for (String none : List.of("嗯", "啊", "好")) {
      Walk w = walk("zh", "江苏省南京市江宁区秣陵街道的化工厂天天晚上排黑烟，上个月开始的，二十多户", none);
      assertThat(w.slots()).as(w.transcript()).doesNotContainKey("request");
    }
  }
}
