package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.notice.PgNoticeRepository;

/**
 * WeChat's pushes about written notices: the petitioner's choice in the subscribe popup
 * ({@code subscribe_msg_popup_event}) or later in WeChat's settings ({@code subscribe_msg_change_event}), for the
 * deployment's notice template, recorded as their subscription; and WeChat's reports of what it sent
 * ({@code subscribe_msg_sent_event}, {@code TEMPLATESENDJOBFINISH}), recorded as the notice's delivery. Each is
 * idempotent (the latest choice by WeChat's time stands; a report changes a notice once), so a retried push is
 * harmless and none of them runs a dialog turn.
 */
public final class WeChatNoticeEvents {
  private static final Set<String> EVENTS = Set.of("subscribe_msg_popup_event", "subscribe_msg_change_event",
      "subscribe_msg_sent_event", "TEMPLATESENDJOBFINISH");

  private final PgNoticeRepository notices;
  private final ChannelConversations identities;
  private final String templateId;
  private final boolean smsEnabled;

  public WeChatNoticeEvents(PgNoticeRepository notices, ChannelConversations identities, String templateId,
      boolean smsEnabled) {
    this.notices = notices;
    this.identities = identities;
    this.templateId = templateId;
    this.smsEnabled = smsEnabled;
  }

  static boolean handles(Map<String, String> m) {
    return "event".equals(m.get("MsgType")) && EVENTS.contains(m.get("Event"));
  }

  /** Takes one such push ({@code m} its fields, {@code xml} the message for the items of its list). */
  Future<Void> take(Map<String, String> m, String xml) {
    String openId = m.get("FromUserName");
    Instant at = Instant.ofEpochSecond(Long.parseLong(m.get("CreateTime")));
    return switch (m.get("Event")) {
      case "subscribe_msg_popup_event" -> choices(openId, at, SafeXml.items(xml, "SubscribeMsgPopupEvent"));
      case "subscribe_msg_change_event" -> choices(openId, at, SafeXml.items(xml, "SubscribeMsgChangeEvent"));
      case "subscribe_msg_sent_event" -> {
        Future<Void> all = Future.succeededFuture();
        for (Map<String, String> item : SafeXml.items(xml, "SubscribeMsgSentEvent").orElse(List.of())) {
          String msgId = item.get("MsgID");
          if (msgId != null && !msgId.isEmpty() && templateId.equals(item.get("TemplateId"))) {
            boolean ok = "0".equals(item.get("ErrorCode"));
            all = all.compose(v -> notices.wechatReceipt(msgId, ok, item.get("ErrorStatus"), smsEnabled).mapEmpty());
          }
        }
        yield all;
      }
      default -> {
        String msgId = m.get("MsgID");
        String status = m.getOrDefault("Status", "");
        yield msgId == null || msgId.isEmpty() ? Future.succeededFuture()
            : notices.wechatReceipt(msgId, "success".equals(status), status, smsEnabled).mapEmpty();
      }
    };
  }

  /** The choices for the notice template, recorded against the petitioner's conversation (none: nothing to record). */
  private Future<Void> choices(String openId, Instant at, java.util.Optional<List<Map<String, String>>> items) {
    List<Map<String, String>> mine = items.orElse(List.of()).stream()
        .filter(i -> templateId.equals(i.get("TemplateId"))).toList();
    if (mine.isEmpty()) {
      return Future.succeededFuture();
    }
    Map<String, String> last = mine.get(mine.size() - 1);
    String status = last.getOrDefault("SubscribeStatusString", "");
    if (!status.equals("accept") && !status.equals("reject")) {
      return Future.succeededFuture();
    }
    return identities.find(WeChatMessage.CHANNEL, openId).compose(conversation -> conversation.isEmpty()
        ? Future.<Void>succeededFuture()
        : notices.subscription(conversation.get(), templateId, status.equals("accept"), at).mapEmpty());
  }
}
