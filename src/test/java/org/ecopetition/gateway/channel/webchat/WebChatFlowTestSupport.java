package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.ecopetition.gateway.support.ChatClient;

/** A petitioner's way through the intake dialog, shared by the tests that need a registered case. */
public final class WebChatFlowTestSupport {
  public static final Pattern CASE = Pattern.compile("案件编号：(HB\\d{13})");
  public static final Pattern CODE = Pattern.compile("查询码：([23456789A-HJ-NP-Z]{8})");

  private WebChatFlowTestSupport() {}

  public static String texts(List<JsonObject> replies) {
    return String.join("\n", replies.stream().map(m -> m.getString("text")).toList());
  }

  /** Answers the intake dialog as a named petitioner; returns the receipt text. */
  public static String report(ChatClient chat) {
    chat.say("村口的电镀厂每天夜里往河里排黄色的废水，河里的鱼都死了");
    chat.say("江苏省南京市江宁区秣陵街道");
    chat.say("请尽快查处，让工厂停止偷排");
    chat.say("实名反映");
    chat.say("王建国");
    chat.say("南京市江宁区秣陵街道某小区3栋");
    String summary = texts(chat.say("138-1234-5678"));
    assertThat(summary).contains("事情经过：村口的电镀厂").contains("问题发生地：江苏省南京市江宁区秣陵街道")
        .contains("诉求：请尽快查处").contains("姓名：王建国").contains("住址：南京市江宁区秣陵街道某小区3栋")
        .contains("联系电话：13812345678").contains("客观真实");
    return texts(chat.say("确认提交"));
  }
}
