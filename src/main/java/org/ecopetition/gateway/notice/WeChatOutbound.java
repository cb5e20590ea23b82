package org.ecopetition.gateway.notice;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where written notices leave the gateway for a WeChat petitioner: a subscribe message (订阅通知) or a template
 * message of the deployment's template, to the OpenID of the conversation the matter came from. Its fields are
 * short (a {@code thing} holds 20 characters): the case number, what happened in a word, the day; the full text is
 * in the conversation and on the status page.
 */
public interface WeChatOutbound {
  /** One notice as the template's fields show it. */
  record Card(String caseNumber, String what, LocalDate on) {}

  /** Succeeds with WeChat's msgid for the message (null if it gave none) once WeChat has taken it. */
  Future<String> send(UUID conversation, Card card);

  /** WeChat will not take the message (subscription withdrawn, user refused or unfollowed): no retry helps. */
  final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }
}
