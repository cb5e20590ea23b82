package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/**
 * Messages of a conversation its channel will not carry (the customer-service window closed, the platform refused, the
 * number opted out of SMS): never dropped without a word — a notice or a staff message goes by SMS where the case
 * holds a mobile, otherwise it waits on the staff's worklist, and the conversation's log says which and why.
 */
public interface Undelivered {
  /** Why a channel did not carry a message: the code the console shows in words. */
  enum Why {
    /** 微信客服 / WeChat accept messages only within 48 hours of the citizen's last message. */
    WINDOW_CLOSED,
    /** The platform refused the message (unfollowed, quota, out of time). */
    REFUSED,
    /** The number opted out of the SMS the gateway starts (退订). */
    OPTED_OUT;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  Undelivered NONE = (conversation, channel, messages, why) -> Future.succeededFuture();

  Future<Void> record(UUID conversation, String channel, List<Long> messages, Why why);
}
