package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/** Personal data never appears in the application log, whatever the conversation and its errors. */
@ExtendWith(VertxExtension.class)
class NoPersonalDataInLogsTest {

  @Test
  void aWholeReportLeavesNoPersonalDataInTheLog(Vertx vertx) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    try (Gateway g = TestGateway.start(); ChatClient chat = ChatClient.connect(vertx, g.port())) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.report(chat);
      chat.sendRaw("{broken");
      chat.next("error");
      assertThat(receipt).contains("案件编号");
    } finally {
      root.detachAppender(appender);
    }
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent e : appender.list) {
      all.append(e.getFormattedMessage()).append('\n');
      if (e.getThrowableProxy() != null) {
        all.append(e.getThrowableProxy().getMessage()).append('\n');
      }
    }
    assertThat(all).isNotEmpty();
    assertThat(all.toString()).doesNotContain("王建国").doesNotContain("13812345678").doesNotContain("138-1234-5678")
        .doesNotContain("某小区3栋").doesNotContain("电镀厂");
  }
}
