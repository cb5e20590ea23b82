package org.ecopetition.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

/**
 * The ceiling over the chat benchmark: a minimal Vert.x WebSocket server that sends every text frame back,
 * on as many event loops as the gateway's HTTP server uses ({@code http.eventLoops}, which the benchmark passes on).
 * Prints "port N" once listening. Usage: EchoServer PORT [eventLoops]
 */
public final class EchoServer {
  private EchoServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Vertx vertx = Vertx.vertx(new VertxOptions());
    int loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    for (int i = 0; i < loops; i++) {
      vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(0))
          .webSocketHandler(ws -> ws.textMessageHandler(ws::writeTextMessage))
          .listen(port, "127.0.0.1").await();
    }
    System.out.println("port " + port);
    System.out.flush();
  }
}
