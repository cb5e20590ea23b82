package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The web chat gathers a turn's frames into one flush through Netty's FlushConsolidationHandler, reached through a
 * Vert.x internal class. Upgraded the way {@link WebChatRouter} upgrades (Vert.x Web's request, then its connection),
 * the handler is installed — so a Vert.x upgrade that moves the class fails here instead of silently costing a write
 * per frame — and frames written together outside a read still arrive, in order, and a close still flushes them.
 */
class FlushConsolidationTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aRoutedWebSocketGetsOneFlushForFramesWrittenTogether() throws Exception {
    CompletableFuture<Boolean> installed = new CompletableFuture<>();
    Router router = Router.router(vertx);
    router.get("/ws").handler(ctx -> ctx.request().toWebSocket().onSuccess(ws -> {
      installed.complete(ChatSocket.consolidateFlushes(ctx.request().connection()));
      // Written from a timer, outside any read of this socket: the case the consolidation is for.
      vertx.setTimer(1, t -> {
        for (int i = 0; i < 5; i++) {
          ws.writeTextMessage("frame " + i);
        }
        ws.close();
      });
    }).onFailure(ctx::fail));
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0)
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

    List<String> got = new ArrayList<>();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    // Held in a variable: Vert.x closes a client that is no longer reachable, and its connections with it.
    WebSocketClient client = vertx.createWebSocketClient();
    client.connect(new WebSocketConnectOptions().setPort(server.actualPort()).setHost("127.0.0.1").setURI("/ws"))
        .onSuccess(ws -> {
          ws.textMessageHandler(m -> {
            synchronized (got) {
              got.add(m);
            }
          });
          ws.closeHandler(v -> closed.complete(null));
        })
        .onFailure(closed::completeExceptionally);

    assertThat(installed.get(10, TimeUnit.SECONDS)).as("FlushConsolidationHandler installed").isTrue();
    closed.get(10, TimeUnit.SECONDS);
    synchronized (got) {
      assertThat(got).containsExactly("frame 0", "frame 1", "frame 2", "frame 3", "frame 4");
    }
    client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
