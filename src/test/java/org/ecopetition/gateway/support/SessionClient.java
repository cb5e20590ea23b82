package org.ecopetition.gateway.support;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.function.IntSupplier;

/**
 * A member of staff in a browser, as the console will be: signs in with login and password, keeps the session cookie
 * the gateway sets and the CSRF token it answers, and sends both on every staff request. {@code client}: the address
 * to present in X-Forwarded-For (for a gateway that trusts it), or null.
 */
public final class SessionClient {
  public static final String COOKIE = "staff_session";
  private final WebClient http;
  private final IntSupplier port;
  private final String client;
  private String cookie;
  private String csrf;

  public SessionClient(WebClient http, IntSupplier port, String client) {
    this.http = http;
    this.port = port;
    this.client = client;
  }

  /** Signs in; on success keeps the cookie and the CSRF token. */
  public HttpResponse<Buffer> login(String login, String password) {
    HttpResponse<Buffer> r = request(HttpMethod.POST, "/session", false).sendJsonObject(
        new JsonObject().put("login", login).put("password", password)).await();
    keep(r);
    return r;
  }

  /** Changes the password; on success keeps the new session. */
  public HttpResponse<Buffer> changePassword(String current, String next) {
    HttpResponse<Buffer> r = send(HttpMethod.POST, "/session/password",
        new JsonObject().put("currentPassword", current).put("newPassword", next));
    keep(r);
    return r;
  }

  /** A staff API request with the cookie and, when it changes something, the CSRF token. */
  public HttpResponse<Buffer> send(HttpMethod method, String path, JsonObject body) {
    return send(request(method, path, method != HttpMethod.GET), body);
  }

  /** The same request without the CSRF header. */
  public HttpResponse<Buffer> sendWithoutCsrf(HttpMethod method, String path, JsonObject body) {
    return send(request(method, path, false), body);
  }

  public HttpResponse<Buffer> get(String path) {
    return send(HttpMethod.GET, path, null);
  }

  private static HttpResponse<Buffer> send(HttpRequest<Buffer> req, JsonObject body) {
    return (body == null ? req.send() : req.sendJsonObject(body)).await();
  }

  public HttpRequest<Buffer> request(HttpMethod method, String path, boolean withCsrf) {
    HttpRequest<Buffer> req = http.request(method, port.getAsInt(), "127.0.0.1", "/api/v1/staff" + path);
    if (cookie != null) {
      req.putHeader("Cookie", COOKIE + "=" + cookie);
    }
    if (withCsrf && csrf != null) {
      req.putHeader("X-CSRF-Token", csrf);
    }
    if (client != null) {
      req.putHeader("X-Forwarded-For", client);
    }
    return req;
  }

  private void keep(HttpResponse<Buffer> r) {
    if (r.statusCode() != 200) {
      return;
    }
    String set = setCookie(r.headers());
    if (set != null) {
      cookie = set.substring(set.indexOf('=') + 1, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
    }
    csrf = r.bodyAsJsonObject().getString("csrfToken");
  }

  /** The Set-Cookie header of the session cookie, if the response sets it. */
  public static String setCookie(MultiMap headers) {
    return headers.getAll("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElse(null);
  }

  public String cookie() {
    return cookie;
  }

  public String csrf() {
    return csrf;
  }

  /** Presents another cookie from now on (a stolen, expired or made-up one). */
  public void useCookie(String value) {
    this.cookie = value;
  }
}
