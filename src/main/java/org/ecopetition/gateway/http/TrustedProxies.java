package org.ecopetition.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed ({@code http.trustedProxies}, CIDR blocks). The
 * client of a request is found from the right of {@code X-Forwarded-For}: starting at the peer, while the address
 * is a trusted proxy the hop it names before it is taken; the first address that is not a trusted proxy is the
 * client. So a client cannot choose its own address by sending a first hop: only what a trusted proxy appended
 * counts. With no trusted proxy the peer's address is the client.
 */
public final class TrustedProxies {
  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** {@code cidrs}: entries like {@code 10.0.0.0/8}, {@code 127.0.0.1} or {@code fd00::/8}; a bad one fails the start. */
  public static TrustedProxies of(List<String> cidrs) {
    List<Block> blocks = new ArrayList<>();
    for (String c : cidrs == null ? List.<String>of() : cidrs) {
      blocks.add(Block.parse(c.strip()));
    }
    return new TrustedProxies(blocks);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
  public boolean trusted(String address) {
    byte[] a = literal(address);
    return a != null && blocks.stream().anyMatch(b -> b.contains(a));
  }

  /** Whether the request came straight from a trusted proxy (so its X-Forwarded-Host and -Proto may be read). */
  public boolean fromProxy(HttpServerRequest req) {
    return req.remoteAddress() != null && trusted(req.remoteAddress().hostAddress());
  }

  /** The client's address, as explained above. */
  public String client(HttpServerRequest req) {
    String peer = req.remoteAddress() == null ? "unknown" : req.remoteAddress().hostAddress();
    if (blocks.isEmpty() || !trusted(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String h : req.headers().getAll("X-Forwarded-For")) {
      for (String part : h.split(",")) {
        if (!part.isBlank()) {
          hops.add(part.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
      String hop = hops.get(i);
      if (literal(hop) == null) {
        // Not an address: a proxy would never write that, so the client did; the last trusted hop answers for it.
        return client;
      }
      client = hop;
    }
    return client;
  }

  /** The bytes of an IPv4 or IPv6 literal (never a name lookup), or null. */
  static byte[] literal(String s) {
    if (s == null || s.isEmpty() || s.length() > 45) {
      return null;
    }
    String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    boolean v4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = t.indexOf(':') >= 0 && t.matches("[0-9A-Fa-f:.]+");
    if (!v4 && !v6) {
      return null;
    }
    try {
      return InetAddress.getByName(t).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Block(byte[] network, int bits) {
    static Block parse(String cidr) {
      int slash = cidr.indexOf('/');
      byte[] net = literal(slash < 0 ? cidr : cidr.substring(0, slash));
      if (net == null) {
        throw new IllegalArgumentException("http.trustedProxies: not an address or CIDR block: " + cidr);
      }
      int bits;
      try {
        bits = slash < 0 ? net.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("http.trustedProxies: bad prefix length in " + cidr);
      }
      if (bits < 0 || bits > net.length * 8) {
        throw new IllegalArgumentException("http.trustedProxies: bad prefix length in " + cidr);
      }
      return new Block(net, bits);
    }

    boolean contains(byte[] a) {
      byte[] n = network;
      if (a.length == 16 && n.length == 4 && isMappedV4(a)) {
        a = java.util.Arrays.copyOfRange(a, 12, 16);
      }
      if (a.length != n.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != n[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (a[full] & mask) == (n[full] & mask);
    }

    private static boolean isMappedV4(byte[] a) {
      for (int i = 0; i < 10; i++) {
        if (a[i] != 0) {
          return false;
        }
      }
      return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
    }
  }
}
