package org.ecopetition.gateway.ops;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Graceful shutdown: once draining, readiness is DOWN, new requests and sockets are refused with 503, every
 * open socket finishes the turn it is in and is then closed with {@link #RECONNECT} (the page reconnects at
 * once, to another instance behind the balancer), and requests in flight are answered.
 */
public final class Drain {
  /** WebSocket close code 1012, "Service Restart": reconnect, the service is there again. */
  public static final short RECONNECT = 1012;

  /** Something holding work that must end before the server closes: a chat socket. */
  public interface Member {
    /** Finishes what is in flight, tells the client to reconnect elsewhere; completes when closed. */
    Future<Void> drain();
  }

  private final Set<Member> members = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean draining;

  public boolean draining() {
    return draining;
  }

  public void join(Member m) {
    members.add(m);
  }

  public void leave(Member m) {
    members.remove(m);
  }

  public int open() {
    return members.size();
  }

  public void requestStarted() {
    requests.incrementAndGet();
  }

  public void requestEnded() {
    requests.decrementAndGet();
  }

  /** Starts draining; completes when every socket is closed and no request is in flight. */
  public Future<Void> begin(Vertx vertx) {
    draining = true;
    List<Future<Void>> closing = new ArrayList<>();
    for (Member m : members) {
      closing.add(m.drain());
    }
    Promise<Void> quiet = Promise.promise();
    if (requests.get() <= 0) {
      quiet.complete();
    } else {
      vertx.setPeriodic(20, t -> {
        if (requests.get() <= 0) {
          vertx.cancelTimer(t);
          quiet.tryComplete();
        }
      });
    }
    closing.add(quiet.future());
    return Future.join(closing).mapEmpty();
  }
}
