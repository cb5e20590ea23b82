package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A local HTTP server speaking the part of the S3 protocol the gateway uses (path-style PUT, GET and DELETE of an
 * object), standing in for an S3-compatible store. Every request must carry a SigV4 {@code Authorization} header of
 * the right shape for the expected access key and region, {@code X-Amz-Date} and {@code X-Amz-Content-SHA256};
 * otherwise 403 with S3's XML error, as a real store answers.
 */
public final class S3Stub implements AutoCloseable {
  public static final Pattern SIGV4 = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([a-z0-9-]+)/s3/aws4_request, "
      + "SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");

  /** One request as the store saw it. */
  public record Seen(String method, String path, String authorization, boolean signed) {}

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final String accessKey;
  private final String region;
  public final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  public final List<Seen> seen = new CopyOnWriteArrayList<>();

  public S3Stub(String accessKey, String region) {
    this.accessKey = accessKey;
    this.region = region;
    this.server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").await();
  }

  public int port() {
    return server.actualPort();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port();
  }

  private void handle(HttpServerRequest req) {
    req.body().onSuccess(body -> {
      String auth = req.getHeader("Authorization");
      var m = auth == null ? null : SIGV4.matcher(auth);
      boolean signed = m != null && m.matches() && accessKey.equals(m.group(1)) && region.equals(m.group(3))
          && m.group(4).contains("host") && m.group(4).contains("x-amz-date") && req.getHeader("X-Amz-Date") != null
          && req.getHeader("X-Amz-Content-SHA256") != null;
      seen.add(new Seen(req.method().name(), req.path(), auth, signed));
      if (!signed) {
        error(req, 403, "SignatureDoesNotMatch");
        return;
      }
      String key = req.path();
      switch (req.method().name()) {
        case "PUT" -> {
          objects.put(key, decoded(req, body));
          req.response().putHeader("ETag", "\"" + Integer.toHexString(key.hashCode()) + "\"").end();
        }
        case "GET" -> {
          byte[] b = objects.get(key);
          if (b == null) {
            error(req, 404, "NoSuchKey");
          } else {
            req.response().putHeader("Content-Type", "image/jpeg").end(Buffer.buffer(b));
          }
        }
        case "DELETE" -> {
          objects.remove(key);
          req.response().setStatusCode(204).end();
        }
        default -> error(req, 405, "MethodNotAllowed");
      }
    });
  }

  /** A body sent in aws-chunked encoding ("size;chunk-signature=…\r\ndata\r\n…") as the bytes it carries. */
  private static byte[] decoded(HttpServerRequest req, Buffer body) {
    String enc = req.getHeader("Content-Encoding");
    String sha = req.getHeader("X-Amz-Content-SHA256");
    if ((enc == null || !enc.contains("aws-chunked")) && (sha == null || !sha.startsWith("STREAMING-"))) {
      return body.getBytes();
    }
    byte[] b = body.getBytes();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int i = 0;
    while (i < b.length) {
      int eol = i;
      while (eol + 1 < b.length && !(b[eol] == '\r' && b[eol + 1] == '\n')) {
        eol++;
      }
      String header = new String(b, i, eol - i, java.nio.charset.StandardCharsets.US_ASCII);
      int size = Integer.parseInt(header.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(b, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static void error(HttpServerRequest req, int status, String code) {
    req.response().setStatusCode(status).putHeader("Content-Type", "application/xml")
        .end("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
            + "</Message></Error>");
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
