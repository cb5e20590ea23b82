package org.ecopetition.gateway.channel;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.ecopetition.gateway.channel.messaging.Undelivered;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.notice.PgNoticeRepository;

/**
 * What a messaging channel did not carry: the notices' side first (a notice's copy failed and, where it goes no other
 * way, an SMS in its place; a staff message by SMS where the case has a mobile), then the conversation's log, which
 * tells the console why and what became of it.
 */
final class UndeliveredMessages implements Undelivered {
  private final PgNoticeRepository notices;
  private final ConversationService conversations;
  private final boolean smsEnabled;

  UndeliveredMessages(PgNoticeRepository notices, ConversationService conversations, boolean smsEnabled) {
    this.notices = notices;
    this.conversations = conversations;
    this.smsEnabled = smsEnabled;
  }

  @Override
  public Future<Void> record(UUID conversation, String channel, List<Long> messages, Why why) {
    if (messages.isEmpty()) {
      return Future.succeededFuture();
    }
    return notices.undelivered(conversation, channel, messages, why.code(), smsEnabled)
        // "sms": went by SMS instead; "none": no mobile to send it to; "staff": the number itself opted out. The last
        // two leave it to staff (the console says so).
        .compose(fallback -> conversations.undelivered(conversation, channel, messages, why.code(),
            "none".equals(fallback) && why == Why.OPTED_OUT ? "staff" : fallback));
  }
}
