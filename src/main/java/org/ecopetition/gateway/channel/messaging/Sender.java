package org.ecopetition.gateway.channel.messaging;

import io.vertx.core.Future;

/** Sends one text to an address on a channel (customer-service message, 微信客服 send_msg, SMS). */
public interface Sender {
  /**
   * Succeeds once the platform accepted the text. {@code reference} is the same on a retry of one part.
   * Fails with {@link Undeliverable} when the platform will not take it now (window closed, quota used).
   */
  Future<Void> send(String address, String text, String reference);

  /** The platform refuses messages to this user for now: retrying will not help until they write again. */
  final class Undeliverable extends RuntimeException {
    public Undeliverable(String why) {
      super(why, null, false, false);
    }
  }
}
