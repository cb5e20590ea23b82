package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ecopetition.gateway.channel.messaging.Sender;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.conversation.ChannelConversations;
import org.ecopetition.gateway.notice.WeChatOutbound;

/**
 * Written notices to WeChat petitioners (correction 10): a subscribe message ({@code /cgi-bin/message/subscribe/bizsend},
 * 订阅通知) of {@code wechat.noticeTemplateId}, or with {@code wechat.templateNotices} a template message
 * ({@code /cgi-bin/message/template/send}), to the OpenID sealed with the conversation. Its three fields
 * ({@code wechat.noticeFields}) carry the case number ({@code character_string}: 32 characters), what happened
 * ({@code thing}: 20) and the day ({@code time}). WeChat's refusals (43101: the subscription was withdrawn or never
 * given, 43004: unfollowed, 45015/45047) come back as {@link WeChatOutbound.Refused}.
 */
public final class WeChatNoticeSender implements WeChatOutbound {
  private final WeChatApi api;
  private final ChannelConversations identities;
  private final GatewayConfig.WeChat cfg;
  private final List<String> fields;

  public WeChatNoticeSender(WeChatApi api, ChannelConversations identities, GatewayConfig.WeChat cfg) {
    this.api = api;
    this.identities = identities;
    this.cfg = cfg;
    this.fields = Arrays.stream(String.valueOf(cfg.noticeFields()).split(",")).map(String::strip).toList();
    if (fields.size() != 3 || fields.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("wechat.noticeFields must name three fields of the notice template "
          + "(case number, what happened, day), comma-separated");
    }
  }

  @Override
  public Future<String> send(UUID conversation, Card card) {
    return identities.address(conversation).compose(openId -> {
      if (openId.isEmpty()) {
        return Future.failedFuture(new Refused("the conversation has no WeChat address"));
      }
      JsonObject data = new JsonObject()
          .put(fields.get(0), value(cut(card.caseNumber(), 32)))
          .put(fields.get(1), value(cut(card.what(), 20)))
          .put(fields.get(2), value(card.on().getYear() + "年" + card.on().getMonthValue() + "月"
              + card.on().getDayOfMonth() + "日"));
      Future<JsonObject> sent = cfg.templateNotices()
          ? api.templateMessage(openId.get(), cfg.noticeTemplateId(), data)
          : api.subscribeMessage(openId.get(), cfg.noticeTemplateId(), data);
      return sent.<String>map(r -> r.getValue("msgid") == null ? null : r.getValue("msgid").toString())
          .recover(err -> Future.failedFuture(err instanceof Sender.Undeliverable
              ? new Refused(err.getMessage()) : err));
    });
  }

  private static JsonObject value(String v) {
    return new JsonObject().put("value", v);
  }

  /** At most {@code max} characters (code points), as WeChat counts a field. */
  private static String cut(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
  }
}
