package org.ecopetition.gateway.channel.messaging;

import org.ecopetition.gateway.support.Web;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * A platform call that times out fails with the request's address in its message (Vert.x names the URI, query and
 * all): the access token in it is masked before any log can see it.
 */
class AccessTokenScrubTest {
  @Test
  void aTimedOutCallLeavesTheTokenOutOfItsMessage() {
    Vertx vertx = Vertx.vertx();
    try {
      // A server that never answers.
      HttpServer silent = vertx.createHttpServer().requestHandler(req -> {}).listen(0, "127.0.0.1").await();
      Throwable raw = Web.once(vertx, c -> c.getAbs("http://127.0.0.1:" + silent.actualPort() + "/cgi-bin/media/get")
          .addQueryParam("access_token", "SECRET-TOKEN-123").timeout(300).send()
          .transform(r -> io.vertx.core.Future.succeededFuture(r.cause())).await());
      assertThat(raw.getMessage()).as("what the HTTP client says of a timeout").contains("SECRET-TOKEN-123");
      Throwable err = Web.once(vertx, c -> c.getAbs("http://127.0.0.1:" + silent.actualPort() + "/cgi-bin/media/get")
          .addQueryParam("access_token", "SECRET-TOKEN-123").addQueryParam("media_id", "m1").timeout(300).send()
          .recover(e -> io.vertx.core.Future.failedFuture(AccessToken.withoutToken(e)))
          .transform(r -> io.vertx.core.Future.succeededFuture(r.cause())).await());
      assertThat(err).isNotNull();
      assertThat(err.getMessage()).doesNotContain("SECRET-TOKEN-123");
      Throwable plain = new IllegalStateException("no token here");
      assertThat(AccessToken.withoutToken(plain)).isSameAs(plain);
      assertThat(AccessToken.withoutToken(new RuntimeException("GET /x?access_token=abc&media_id=1 timed out"))
          .getMessage()).isEqualTo("GET /x?access_token=***&media_id=1 timed out");
    } finally {
      vertx.close().await();
    }
  }
}
