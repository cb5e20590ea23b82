package org.ecopetition.gateway.http;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client address for limits: X-Forwarded-For is read from the right and only through configured proxies, so
 * a first hop the client writes itself never counts. Over a real HTTP server (the peer is 127.0.0.1).
 */
class TrustedProxiesTest {
  static Vertx vertx;

  @BeforeAll
  static void up() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void down() {
    vertx.close().await();
  }

  static String clientSeenBy(TrustedProxies proxies, String... xff) {
    HttpServer server = vertx.createHttpServer().requestHandler(req -> req.response().end(proxies.client(req)))
        .listen(0, "127.0.0.1").await();
    try {
      return Web.once(vertx, c -> {
        var req = c.get(server.actualPort(), "127.0.0.1", "/");
        for (String h : xff) {
          req.putHeader("X-Forwarded-For", h);
        }
        return req.send().await().bodyAsString();
      });
    } finally {
      server.close().await();
    }
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(clientSeenBy(TrustedProxies.none(), "6.6.6.6")).isEqualTo("127.0.0.1");
  }

  @Test
  void throughATrustedProxyTheHopItAppendedIsTheClientNotAForgedFirstHop() {
    TrustedProxies proxy = TrustedProxies.of(List.of("127.0.0.0/8"));
    assertThat(clientSeenBy(proxy, "10.9.9.9")).isEqualTo("10.9.9.9");
    // The client wrote 6.6.6.6 itself; nginx appended the address it saw.
    assertThat(clientSeenBy(proxy, "6.6.6.6, 10.9.9.9")).isEqualTo("10.9.9.9");
    assertThat(clientSeenBy(proxy, "6.6.6.6", "10.9.9.9")).isEqualTo("10.9.9.9");
    // Two proxies in a row, both trusted: the address before them.
    TrustedProxies two = TrustedProxies.of(List.of("127.0.0.1", "172.16.0.0/12"));
    assertThat(clientSeenBy(two, "6.6.6.6, 10.9.9.9, 172.18.0.4")).isEqualTo("10.9.9.9");
    // Garbage where an address should be: the last trusted hop answers for it.
    assertThat(clientSeenBy(two, "not-an-ip, 172.18.0.4")).isEqualTo("172.18.0.4");
    // Only proxies: the leftmost is the client.
    assertThat(clientSeenBy(proxy, "127.0.0.5")).isEqualTo("127.0.0.5");
  }

  @Test
  void aProxyOutsideTheListIsNotBelieved() {
    assertThat(clientSeenBy(TrustedProxies.of(List.of("10.0.0.0/8")), "10.9.9.9")).isEqualTo("127.0.0.1");
  }

  @Test
  void blocksMatchByPrefixAndBadEntriesFailTheStart() {
    TrustedProxies p = TrustedProxies.of(List.of("192.168.4.0/22", "fd00::/8"));
    assertThat(p.trusted("192.168.7.255")).isTrue();
    assertThat(p.trusted("192.168.8.1")).isFalse();
    assertThat(p.trusted("fd12::1")).isTrue();
    assertThat(p.trusted("fe80::1")).isFalse();
    assertThat(p.trusted("example.com")).isFalse();
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.local"))).isInstanceOf(IllegalArgumentException.class);
  }
}
