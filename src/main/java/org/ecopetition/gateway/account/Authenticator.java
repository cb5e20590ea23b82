package org.ecopetition.gateway.account;

import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling the staff side: a machine client by {@code Authorization: Bearer …}, or a member of staff by the
 * session cookie, checked against PostgreSQL on every request (see {@link Sessions} for how long an instance may
 * reuse what it read). A bearer header that matches no client is refused, never passed on to the cookie. Also
 * usable by the staff WebSocket: {@link #authenticate} the upgrade request, and accept it only if
 * {@link #sameOrigin} (a browser sends the cookie with a cross-site socket, and SameSite does not cover every case).
 */
public final class Authenticator {
  /** The session cookie: HttpOnly, SameSite=Strict, Path=/, Secure except on localhost. */
  public static final String COOKIE = "staff_session";
  /** The header carrying the session's CSRF token on every state-changing request authenticated by cookie. */
  public static final String CSRF_HEADER = "X-CSRF-Token";
  /** Where the staff router keeps the {@link Authenticated} caller of a request. */
  public static final String KEY = "staff.authenticated";

  private final TokenClients tokens;
  private final Sessions sessions;
  private final org.ecopetition.gateway.http.TrustedProxies proxies;

  Authenticator(TokenClients tokens, Sessions sessions, org.ecopetition.gateway.http.TrustedProxies proxies) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.proxies = proxies;
  }

  public Future<Optional<Authenticated>> authenticate(HttpServerRequest req) {
    String h = req.getHeader("Authorization");
    if (h != null) {
      return Future.succeededFuture(h.regionMatches(true, 0, "Bearer ", 0, 7)
          ? tokens.principal(h.substring(7)).map(p -> new Authenticated(p, p.login(), false, null, null, null))
          : Optional.empty());
    }
    Cookie c = req.getCookie(COOKIE);
    if (c == null) {
      return Future.succeededFuture(Optional.empty());
    }
    String id = c.getValue();
    return sessions.find(id).map(s -> s.map(x -> new Authenticated(x.principal(), x.name(), x.mustChangePassword(),
        x.idHash(), Sessions.csrf(id), x.expiresAt())));
  }

  /** The caller the staff router authenticated for this request (null before it did). */
  public static Authenticated of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  /**
   * Whether a request's {@code Origin} names this gateway as the browser reached it (the Host header, or behind a
   * trusted proxy X-Forwarded-Host). No Origin at all is refused: every browser sends one on a WebSocket and on
   * a cross-origin POST.
   */
  public boolean sameOrigin(HttpServerRequest req) {
    String origin = req.getHeader("Origin");
    Host host = host(req);
    if (origin == null || host == null) {
      return false;
    }
    try {
      URI o = URI.create(origin.strip());
      if (o.getHost() == null || o.getScheme() == null) {
        return false;
      }
      int defaultPort = o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
      int port = o.getPort() >= 0 ? o.getPort() : defaultPort;
      int hostPort = host.port() >= 0 ? host.port() : defaultPort;
      return unbracket(o.getHost()).equalsIgnoreCase(host.name()) && port == hostPort;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether the session cookie must be Secure: always, but where the browser reached the gateway on localhost by
   * plain HTTP (a developer's machine). Behind a proxy the Host header names the public host, so the cookie is
   * Secure there; X-Forwarded-Proto: https only ever adds Secure.
   */
  boolean secureCookie(HttpServerRequest req) {
    if (req.isSSL() || "https".equalsIgnoreCase(first(req.getHeader("X-Forwarded-Proto")))) {
      return true;
    }
    Host host = host(req);
    return host == null || !(host.name().equals("localhost") || host.name().equals("127.0.0.1")
        || host.name().equals("::1"));
  }

  private record Host(String name, int port) {}

  /** The host the browser addressed: the Host header, or behind a trusted proxy X-Forwarded-Host. */
  private Host host(HttpServerRequest req) {
    String forwarded = proxies.fromProxy(req) ? first(req.getHeader("X-Forwarded-Host")) : null;
    if (forwarded != null && !forwarded.isBlank()) {
      try {
        URI u = URI.create("http://" + forwarded);
        return u.getHost() == null ? null : new Host(unbracket(u.getHost()).toLowerCase(Locale.ROOT), u.getPort());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    HostAndPort a = req.authority();
    return a == null || a.host() == null ? null : new Host(unbracket(a.host()).toLowerCase(Locale.ROOT), a.port());
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String first(String header) {
    return header == null ? null : header.split(",")[0].strip();
  }
}
