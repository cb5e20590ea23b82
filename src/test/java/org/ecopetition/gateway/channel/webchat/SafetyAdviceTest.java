package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The safety reply (Art 19) over the real WebSocket: the emergency numbers and ONE block of advice, the one that fits
 * the danger by the catalogue's order (commands.yaml {@code safety:}). A gas breathed in gets the gas-leak steps (leave
 * upwind, no flame), not those plus the poisoning ones; a well that made people sick gets the drinking-water steps;
 * a fire whose smoke made someone faint gets the fire steps.
 */
@ExtendWith(VertxExtension.class)
class SafetyAdviceTest {
  static Gateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.env(TestPostgres.freshDatabaseUrl(), TestGateway.newKey()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  /** The replies to a first message in a new conversation. */
  static String first(Vertx vertx, String lang, String text) {
    try (ChatClient chat = ChatClient.connect(vertx, gateway.port())) {
      chat.hello(null, lang);
      chat.drain(300);
      return WebChatFlowTestSupport.texts(chat.say(text));
    }
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  static void oneBlock(String replies, String advice, String lead, String... not) {
    assertThat(replies).contains("120").contains(advice);
    assertThat(count(replies, lead)).as("blocks of advice in: %s", replies).isEqualTo(1);
    for (String n : not) {
      assertThat(replies).doesNotContain(n);
    }
  }

  @Test
  void aGasLeakBreathedInGetsTheGasLeakStepsAlone(Vertx vertx) {
    oneBlock(first(vertx, "zh", "镇上化肥厂的氨气管子漏了，我妈在院子里吸了几口就倒了，嘴里一直吐"),
        "往上风向走", "现在请：", "空气新鲜处");
    oneBlock(first(vertx, "en", "The paint works behind our flats is leaking gas, my husband breathed it in the yard and collapsed"),
        "upwind", "Now:", "fresh air");
  }

  @Test
  void aChemicalSmellWithPeopleDizzyGetsThePoisoningSteps(Vertx vertx) {
    oneBlock(first(vertx, "zh", "开发区那边飘过来一股很冲的化学药水味，我们楼好几个老人头晕想吐，有一个已经晕过去了"),
        "空气新鲜处", "现在请：", "往上风向走");
    oneBlock(first(vertx, "en", "A strong chemical smell is drifting over from the industrial zone, several neighbours are dizzy and an old man has fainted"),
        "fresh air", "Now:", "upwind");
  }

  @Test
  void aPoisonedWellWithPeopleSickGetsTheDrinkingWaterStepsAlone(Vertx vertx) {
    oneBlock(first(vertx, "zh", "我们组吃水的那口井让上面的化工厂废水给污染了，喝了井水的好几家人上吐下泻，两个娃送到县医院了"),
        "停止饮用", "现在请：", "空气新鲜处", "远离泄漏物");
    oneBlock(first(vertx, "en", "The drinking water well of our hamlet was polluted by the dye works, several people who drank it are throwing up and two are in hospital"),
        "stop drinking", "Now:", "fresh air", "what leaked");
  }

  @Test
  void aFireWithSmokeGetsTheFireStepsAlone(Vertx vertx) {
    oneBlock(first(vertx, "zh", "河边那家橡胶厂烧起来了，黑烟全灌进我们村，隔壁大娘被烟熏晕了"),
        "湿毛巾", "现在请：", "空气新鲜处");
    oneBlock(first(vertx, "en", "The rubber factory by the river is on fire and black smoke is filling our street, the lady next door passed out from it"),
        "wet cloth", "Now:", "fresh air");
  }
}
