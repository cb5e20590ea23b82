package org.ecopetition.gateway.inbound;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Cursors of pulled feeds, leased so that one instance pulls a feed at a time. */
public interface SyncCursors {
  /** The cursor ("" at the start) when this owner won the lease; empty when another instance holds it. */
  Future<Optional<String>> leaseFeed(String feed, String owner, Instant now, Duration lease);

  /** Records how far the feed was read, while the lease is held. */
  Future<Void> advanceFeed(String feed, String owner, String cursor, Instant now, Duration lease);

  Future<Void> releaseFeed(String feed, String owner);
}
