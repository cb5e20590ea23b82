package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.support.HttpChat;
import org.ecopetition.gateway.support.StaffGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Issue 11 §2, anonymous means anonymous: a petitioner who first writes their name, a phone in Chinese numerals and
 * their address, then chooses to report anonymously, leaves none of them anywhere — every column of every table of
 * the database (walked through information_schema), the summary they confirm, the staff's view of the case and the
 * application log.
 */
class AnonymousCanaryTest {
  static final String NAME = "柏雪琴";
  static final String ADDRESS = "城南路88号";
  static final String FIRST = "我叫柏雪琴，电话一三九 二八四六 五七一三，家住城南路88号。村口的电镀厂每天夜里往河里排黄色的废水，水都发黑了";
  @RegisterExtension
  static final StaffGatewayExtension GW = new StaffGatewayExtension();

  static boolean leaks(String text) {
    String digits = Redaction.Digits.read(text).replaceAll("[\\s\\-]", "");
    return text.contains(NAME) || text.contains(ADDRESS) || digits.contains("9284657");
  }

  private static List<String> everyTable() {
    return org.ecopetition.gateway.support.Sealed.everyTable(GW.db(), GW.gateway());
  }

  @Test
  void anIdentityGivenBeforeChoosingAnonymityIsNowhere() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    String transcript;
    List<String> summaries = new ArrayList<>();
    try {
      HttpChat chat = new HttpChat(GW.http(), GW.gateway().port());
      transcript = WebChatFlowTestSupport.drive(chat::say, FIRST, Map.of("请核对…反映方式：实名反映", "修改 反映方式", "愿意留下姓名", "匿名反映"), summaries::add);
    } finally {
      root.detachAppender(appender);
    }
    Matcher m = WebChatFlowTestSupport.CASE.matcher(transcript);
    assertThat(m.find()).as(transcript).isTrue();
    String number = m.group(1);
    assertThat(summaries).hasSize(1);
    assertThat(leaks(summaries.get(0))).as(summaries.get(0)).isFalse();
    assertThat(GW.value("SELECT anonymous FROM cases WHERE case_number = '" + number + "'")).isEqualTo(true);
    assertThat(org.ecopetition.gateway.support.Sealed.caseText(GW.db(), GW.gateway(), number, "facts")).contains("电镀厂");

    List<String> tables = everyTable();
    assertThat(tables.size()).isGreaterThan(15);
    // The first message is still there, masked in place.
    assertThat(String.join("", tables)).contains(number, "我叫【姓名】，电话【电话】，家住【地址】");
    for (String t : tables) {
      assertThat(leaks(t)).as(t).isFalse();
    }
    String staffView = GW.staff().get("/cases/" + number).bodyAsString();
    assertThat(staffView).contains("电镀厂");
    assertThat(leaks(staffView)).as(staffView).isFalse();

    StringBuilder log = new StringBuilder();
    for (ILoggingEvent e : appender.list) {
      log.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        log.append(e.getThrowableProxy().getMessage()).append('\n');
      }
    }
    assertThat(leaks(log.toString())).as(log.toString()).isFalse();
  }
}
