package org.ecopetition.gateway.channel.webchat;

import io.vertx.core.Future;
import java.util.UUID;
import org.ecopetition.gateway.conversation.ConversationService;
import org.ecopetition.gateway.conversation.Received;
import org.ecopetition.gateway.metrics.Metrics;
import org.ecopetition.gateway.ops.Outage;

/** A web chat turn, timed for the metrics by transport (WebSocket or the HTTP fallback) and outcome. */
final class TimedTurn {
  private TimedTurn() {}

  static Future<Received> receive(ConversationService conversations, Metrics metrics, String transport, UUID id,
      ChatInput in, String client) {
    long t0 = System.nanoTime();
    return conversations.receive(id, WebChatSettings.CHANNEL, in.text(), in.clientMsgId(), client)
        .onComplete(r -> metrics.turn(WebChatSettings.CHANNEL, transport, System.nanoTime() - t0,
            r.succeeded() ? Metrics.Outcome.OK
                : Outage.isUnavailable(r.cause()) ? Metrics.Outcome.UNAVAILABLE : Metrics.Outcome.ERROR));
  }
}
