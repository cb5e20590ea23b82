package org.ecopetition.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which pages may open the gateway's WebSockets (the chat socket and the staff live socket): the origins in
 * {@code http.allowedOrigins}, or — when that is empty — the page's own origin, i.e. the host the browser addressed
 * (the Host header, or X-Forwarded-Host from a trusted proxy). A page on another site cannot drive a petitioner's
 * chat from its own script, nor ride on a member of staff's session cookie.
 */
public final class Origins {
  private final Set<String> allowed;
  private final TrustedProxies proxies;

  private Origins(Set<String> allowed, TrustedProxies proxies) {
    this.allowed = allowed;
    this.proxies = proxies;
  }

  /** {@code allowed}: entries like {@code https://xinfang.example.gov.cn}; a malformed one fails the start. */
  public static Origins of(List<String> allowed, TrustedProxies proxies) {
    Set<String> set = (allowed == null ? List.<String>of() : allowed).stream().map(o -> {
      String n = normalise(o);
      if (n == null) {
        throw new IllegalArgumentException("http.allowedOrigins: not an origin (scheme://host[:port]): " + o);
      }
      return n;
    }).collect(Collectors.toUnmodifiableSet());
    return new Origins(set, proxies);
  }

  /** Whether a request with this Origin may open a socket; {@code null} Origin is judged by the caller. */
  public boolean allowed(HttpServerRequest req) {
    String origin = normalise(req.getHeader("Origin"));
    if (origin == null) {
      return false;
    }
    if (!allowed.isEmpty()) {
      return allowed.contains(origin);
    }
    String host = proxies.fromProxy(req) ? first(req.getHeader("X-Forwarded-Host")) : null;
    if (host == null || host.isBlank()) {
      host = req.authority() == null ? null : req.authority().toString();
    }
    if (host == null) {
      return false;
    }
    URI o = URI.create(origin);
    String self = normalise(o.getScheme() + "://" + host.strip());
    return origin.equals(self);
  }

  /** {@code scheme://host[:port]} lower-cased, the scheme's default port left out; null when not an origin. */
  static String normalise(String origin) {
    if (origin == null || origin.isBlank() || origin.length() > 300) {
      return null;
    }
    try {
      URI u = URI.create(origin.strip());
      String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
      if (scheme == null || u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))
          || u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/")) {
        return null;
      }
      int port = u.getPort();
      boolean dflt = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (dflt ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String first(String header) {
    return header == null ? null : header.split(",")[0].strip();
  }
}
