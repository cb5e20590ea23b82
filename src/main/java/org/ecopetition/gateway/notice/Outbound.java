package org.ecopetition.gateway.notice;

import io.vertx.core.Future;

/** Where written notices leave the gateway for a phone: an SMS gateway. */
public interface Outbound {
  /**
   * Hands one message over; succeeds with the gateway's id for it once the gateway has accepted it.
   * {@code reference} is the same on every retry of one notice, so that the gateway can drop a repeat.
   */
  Future<String> send(String phone, String text, String reference);
}
