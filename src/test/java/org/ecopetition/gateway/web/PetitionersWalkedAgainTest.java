package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * dialog2: petitioners walked end to end over the real WebSocket after and around the receipt, each fault first seen
 * in such a walk (each assertion failed before its fix): a question of what happens next answered from the case itself,
 * a grandchild giving the grandmother's name in the third person, a place said with its lead-in words, an English
 * speaker who goes on in Chinese, others' fear told when asked who causes it.
 */
@ExtendWith(VertxExtension.class)
class PetitionersWalkedAgainTest {
  static final Pattern CASE = Pattern.compile("(HB\\d{13})");
  static String db;
  static Gateway gateway;
  static Vertx vertx;

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    db = TestPostgres.freshDatabaseUrl();
    gateway = TestGateway.start(TestGateway.env(db, TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static NewPetitionersWalkTest.Talk talk(String lang) {
    return new NewPetitionersWalkTest.Talk(vertx, gateway.port(), lang);
  }

  private static String registered(NewPetitionersWalkTest.Talk t, String first, String request) {
    t.say(first);
    String asked = t.say(request);
    assertThat(asked).as(t.all()).contains("您愿意留下姓名");
    assertThat(t.say("匿名")).as(t.all()).contains("请核对以下信息");
    Matcher m = CASE.matcher(t.say("确认提交"));
    assertThat(m.find()).as(t.all()).isTrue();
    return m.group(1);
  }

  private static int supplements(String number) {
    return ((Number) TestPostgres.value(db, "SELECT count(*) FROM case_events WHERE kind = 'supplement' AND case_id = "
        + "(SELECT id FROM cases WHERE case_number = '" + number + "')")).intValue();
  }

  /** Fault 1: "明天会派人来吗" after the receipt was stored as a supplement; a question was answered by a code prompt. */
  @Test
  void aQuestionAfterTheReceiptIsAnsweredFromTheCase() {
    try (NewPetitionersWalkTest.Talk t = talk("zh")) {
      String number = registered(t, "山东省菏泽市曹县庄寨镇的养猪场好几年了一直很臭，一百多户受影响", "让它搬走");
      String answer = t.say("明天会派人来吗");
      assertThat(answer).as(t.all()).contains("案件 " + number).contains("状态：已登记").contains("办理单位：")
          .contains("告知受理情况期限：").contains("由办理单位根据情况决定").doesNotContain("已把您补充的内容").doesNotContain("请输入");
      assertThat(t.say("请问什么时候会有结果")).as(t.all()).contains("案件 " + number).doesNotContain("请输入");
      assertThat(t.say(number + " 进展如何")).as(t.all()).contains("状态：已登记").doesNotContain("请输入");
      assertThat(supplements(number)).isZero();
      // Another case's number still needs its code: the conversation owns only its own.
      assertThat(t.say("HB2026112800007 进展如何")).as(t.all()).contains("请输入 8 位查询码");
      t.say("取消");
      // Facts beside the question are still more about the case.
      assertThat(t.say("昨天晚上臭得睡不着觉，你们什么时候来？")).as(t.all()).contains("已把您补充的内容记入案件 " + number);
      assertThat(supplements(number)).isOne();
    }
    try (NewPetitionersWalkTest.Talk t = talk("en")) {
      t.say("The pig farm in 山东省菏泽市曹县庄寨镇 has given off a terrible odour since last year and more than 100 households "
          + "are affected, we want it moved away");
      t.say("Move it away");
      t.say("rather not");
      Matcher m = CASE.matcher(t.say("Submit"));
      assertThat(m.find()).as(t.all()).isTrue();
      String answer = t.say("Will someone come tomorrow?");
      assertThat(answer).as(t.all()).contains("Case " + m.group(1)).contains("State: ").contains("Handled by: ")
          .contains("Decision on acceptance due by: ").contains("no query code is needed").doesNotContain("What you added")
          .doesNotContain("办理");
    }
  }

  /** Fault 4: a grandparent's name given in the third person when the name is asked was kept whole as the name. */
  @Test
  void aGrandchildGivesTheGrandmothersName() {
    try (NewPetitionersWalkTest.Talk t = talk("zh")) {
      t.say("村里的砖厂天天冒黑烟，湖南省长沙市望城区白箬铺镇，去年开始的，几十户受影响");
      String more = t.say("让他们停产");
      for (int i = 0; i < 3 && !more.contains("您愿意留下姓名"); i++) {
        more = t.say("不清楚");
      }
      assertThat(t.say("愿意")).as(t.all()).contains("请问您的姓名");
      t.say("我奶奶叫王秀英，她让我帮她反映");
      t.say("白箬铺镇新桥村5组");
      String reply = t.say("13812345678");
      for (int i = 0; i < 3 && !reply.contains("请核对以下信息"); i++) {
        reply = t.say(reply.contains("透露") ? "不同意透露" : reply.contains("书面") ? "邮寄" : "不清楚");
      }
      assertThat(reply).as(t.all()).contains("姓名：王秀英\n").doesNotContain("让我帮她反映\n住址");
    }
  }

  /** Fault 5: a place answered with its lead-in words kept them in the summary ("问题发生地：在我们村东头的…"). */
  @Test
  void aPlaceSaidWithItsLeadIn() {
    try (NewPetitionersWalkTest.Talk t = talk("zh")) {
      t.say("化工厂天天晚上往河里排污水，臭得很，上个月开始的");
      String reply = t.say("在湖南省长沙市望城区白箬铺镇我们村东头的小河边");
      for (int i = 0; i < 5 && !reply.contains("您愿意留下姓名"); i++) {
        reply = t.say(reply.contains("怎样处理") ? "查处" : "不清楚");
      }
      String summary = t.say("匿名");
      assertThat(summary).as(t.all()).contains("问题发生地：湖南省长沙市望城区白箬铺镇").doesNotContain("问题发生地：在");
    }
  }

  /** Fault 6: an English speaker who went on in Chinese kept getting English replies. */
  @Test
  void anEnglishSpeakerWhoGoesOnInChinese() {
    try (NewPetitionersWalkTest.Talk t = talk("en")) {
      t.say("Hello, there is a factory near my flat that smells terrible every night");
      assertThat(t.say("It is in 南京市江宁区")).as(t.all()).contains("Since when");
      assertThat(t.say("我还是用中文说吧，就是那个化工厂，叫金陵化工")).as(t.all()).contains("从什么时候开始")
          .doesNotContain("Since when");
      t.say("上个月开始的");
      t.say("二十多户");
      t.say("希望查处");
      String summary = t.say("匿名");
      assertThat(summary).as(t.all()).contains("造成问题的单位：金陵化工").contains("反映方式：匿名反映");
      assertThat(t.say("确认提交")).as(t.all()).contains(NewPetitionersWalkTest.RECEIPT);
    }
  }

  /** Fault 7: "工人们怕被报复" when asked who causes it became who causes it. */
  @Test
  void othersFearWhenAskedWhoCausesIt() {
    try (NewPetitionersWalkTest.Talk t = talk("zh")) {
      t.say("南京市江宁区秣陵街道天天晚上有很刺鼻的气味");
      assertThat(t.say("去年夏天开始")).as(t.all()).contains("是谁造成的");
      assertThat(t.say("工人们怕被报复")).as(t.all()).contains("第二十四条").contains("是谁造成的");
      String reply = t.say("不清楚");
      for (int i = 0; i < 4 && !reply.contains("您愿意留下姓名"); i++) {
        reply = t.say(reply.contains("怎样处理") ? "查处" : "不清楚");
      }
      assertThat(t.say("匿名")).as(t.all()).contains("请核对以下信息").doesNotContain("怕被报复");
    }
  }
}
