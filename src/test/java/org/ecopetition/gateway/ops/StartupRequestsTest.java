package org.ecopetition.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Requests that reach the gateway while it starts are all answered: clients keep knocking on the port before it
 * listens, so their connections wait in the backlog and are the very first accepted (the moment at which Vert.x may
 * not have made the server's metrics yet — see {@code AcceptedEarlyMetricsTest}). Each sends a few requests on its
 * connection and must read an HTTP answer to every one. Counted, not timed: the socket's read time-out only ends a
 * hang as a failure.
 */
class StartupRequestsTest {
  private static final int CLIENTS = 6;
  private static final int REQUESTS_PER_CONNECTION = 3;
  private static final int STARTS = 3;
  /** Refused connects tolerated per client before the test gives up on the gateway ever listening. */
  private static final int MAX_KNOCKS = 200_000;

  @Test
  void everyRequestSentWhileTheGatewayStartsIsAnswered() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    int answeredInAll = 0;
    for (int start = 0; start < STARTS; start++) {
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      Map<String, String> env = TestGateway.env(db, key);
      env.put("GATEWAY_HTTP_PORT", Integer.toString(port));
      AtomicInteger answered = new AtomicInteger();
      List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Thread t = new Thread(() -> knockAndAsk(port, answered, problems), "early-client-" + c);
        t.start();
        clients.add(t);
      }
      try (Gateway g = TestGateway.start(env)) {
        for (Thread t : clients) {
          t.join();
        }
        assertThat(g.port()).isEqualTo(port);
      }
      assertThat(problems).as("start %d", start).isEmpty();
      assertThat(answered.get()).as("start %d: answers", start).isEqualTo(CLIENTS * REQUESTS_PER_CONNECTION);
      answeredInAll += answered.get();
    }
    assertThat(answeredInAll).isEqualTo(STARTS * CLIENTS * REQUESTS_PER_CONNECTION);
  }

  /** Connects as soon as the port takes connections, then asks for /health/live a few times on that connection. */
  private static void knockAndAsk(int port, AtomicInteger answered, List<String> problems) {
    for (int knock = 0; knock < MAX_KNOCKS; knock++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port));
        // Only to turn a hung request into a failure instead of a hung build; nothing is measured.
        s.setSoTimeout(60_000);
        OutputStream out = s.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        for (int r = 0; r < REQUESTS_PER_CONNECTION; r++) {
          out.write("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          String status = in.readLine();
          if (status == null || !status.startsWith("HTTP/1.1 ")) {
            problems.add("request " + r + ": " + status);
            return;
          }
          answered.incrementAndGet();
          int length = 0;
          for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
            if (h.toLowerCase().startsWith("content-length:")) {
              length = Integer.parseInt(h.substring("content-length:".length()).trim());
            }
          }
          for (int i = 0; i < length; i++) {
            in.read();
          }
        }
        return;
      } catch (ConnectException notYet) {
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      } catch (IOException e) {
        problems.add(e.toString());
        return;
      }
    }
    problems.add("the port never took a connection");
  }
}
