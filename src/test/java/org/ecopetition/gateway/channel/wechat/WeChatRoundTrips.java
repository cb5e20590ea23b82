package org.ecopetition.gateway.channel.wechat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.ecopetition.gateway.support.WeChatClient;
import org.ecopetition.gateway.support.WeChatStub;

/**
 * The statements one WeChat text push from a known follower costs, and a new follower's first push (the conversation
 * opened with it), against one web chat HTTP turn (bench/wechat-sql.sh):
 * PostgreSQL's own statement log ({@code log_statement = all}, turned on after the warm-up) between two markers,
 * counted per kind. Pushes and turns are sent one at a time (a batch then holds one turn), so the counts are per
 * request. Not a test: a measuring tool.
 */
public final class WeChatRoundTrips {
  private static final String[] ANSWERS = {"你好", "是", "投诉污染或提出诉求", "江苏省南京市江宁区秣陵街道", "水污染", "上个月",
      "村口的电镀厂"};

  private WeChatRoundTrips() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(System.getProperty("n", "10"));
    Vertx vertx = Vertx.vertx();
    WeChatStub stub = new WeChatStub(vertx);
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = WeChatChannelTest.env(db, TestGateway.newKey(), stub.base());
    env.put("GATEWAY_WECHAT_MAX_MESSAGES_PER_MINUTE", "1000");
    env.put("GATEWAY_WECHAT_PASSIVE_REPLY_MILLIS", "4000");
    Path log = TestPostgres.dataDir().resolveSibling(TestPostgres.dataDir().getFileName() + ".log");
    try (Gateway g = TestGateway.start(env); Connection c = TestPostgres.connect(db); Statement s = c.createStatement()) {
      WeChatClient wx = new WeChatClient(g.port(), true);
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + g.port();
      // Each follower and each web chat conversation answers the same way through the intake; n/5 of each.
      int people = Math.max(1, n / (ANSWERS.length - 2));
      String[] users = new String[people];
      String[] tokens = new String[people];
      for (int k = 0; k < people; k++) {
        // Warm-up: the follower known to this instance (identity and address cached), the chat's token resolved.
        users[k] = String.format("oProbe%016d", k);
        wx.push(WeChatClient.text(users[k], ANSWERS[0], WeChatClient.nextMsgId()));
        wx.push(WeChatClient.text(users[k], ANSWERS[1], WeChatClient.nextMsgId()));
        tokens[k] = new JsonObject(post(http, base + "/api/v1/chat/conversations", "{}")).getString("token");
        chat(http, base, tokens[k], ANSWERS[0], "w0");
        chat(http, base, tokens[k], ANSWERS[1], "w1");
      }
      // The bench's walk (recorded over the callback by a follower answering what the dialog asks), and one more
      // follower warmed through it once: its steps are then counted one by one below.
      List<String> walk = WeChatCallbackBench.walkWeChat(wx, stub);
      String stepper = "oProbeSteps";
      for (String t : walk) {
        wx.push(WeChatClient.text(stepper, t, WeChatClient.nextMsgId()));
      }
      Thread.sleep(1_000);
      s.execute("ALTER SYSTEM SET log_statement = 'all'");
      s.execute("ALTER SYSTEM SET log_line_prefix = '%p '");
      s.execute("SELECT pg_reload_conf()");
      Thread.sleep(500);
      s.execute("SELECT 'probe-wechat-start'");
      int passive = 0;
      int fresh = 0;
      n = people * (ANSWERS.length - 2);
      for (int k = 0; k < people; k++) {
        for (int i = 2; i < ANSWERS.length; i++) {
          WeChatClient.Answer a = wx.push(WeChatClient.text(users[k], ANSWERS[i], WeChatClient.nextMsgId()));
          passive += a.content() != null ? 1 : 0;
          if (System.getProperty("show") != null) {
            System.out.println(a.status() + " " + (a.content() != null ? a.content().replace('\n', ' ') : a.body()));
          }
        }
      }
      Thread.sleep(1_000);
      s.execute("SELECT 'probe-new-start'");
      for (int k = 0; k < n; k++) {
        // A follower this gateway never saw: the claim, the conversation opened with its greeting, the lease, the turn.
        WeChatClient.Answer a = wx.push(WeChatClient.text(String.format("oFresh%016d", k), ANSWERS[0],
            WeChatClient.nextMsgId()));
        fresh += a.content() != null ? 1 : 0;
      }
      Thread.sleep(1_000);
      s.execute("SELECT 'probe-chat-start'");
      for (int k = 0; k < people; k++) {
        for (int i = 2; i < ANSWERS.length; i++) {
          chat(http, base, tokens[k], ANSWERS[i], "m" + i);
        }
      }
      Thread.sleep(1_000);
      int cycles = Math.max(1, Integer.parseInt(System.getProperty("cycles", "3")));
      for (int cy = 0; cy < cycles; cy++) {
        for (int i = 0; i < walk.size(); i++) {
          s.execute("SELECT 'probe-step-" + i + "-" + cy + "'");
          wx.push(WeChatClient.text(stepper, walk.get(i), WeChatClient.nextMsgId()));
          Thread.sleep(300); // what follows the answer (the release, the wake) counted with its push
        }
      }
      Thread.sleep(1_000);
      s.execute("SELECT 'probe-end'");
      s.execute("ALTER SYSTEM RESET log_statement");
      s.execute("ALTER SYSTEM RESET log_line_prefix");
      s.execute("SELECT pg_reload_conf()");
      Thread.sleep(300);
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      System.out.printf("%d pushes (%d answered passively), %d web chat turns%n", n, passive, n);
      report("WeChat push", between(lines, "probe-wechat-start", "probe-new-start"), n);
      System.out.printf("%n%d first pushes of new followers (%d answered passively)%n", n, fresh);
      report("WeChat new follower's first push", between(lines, "probe-new-start", "probe-chat-start"), n);
      report("web chat turn", between(lines, "probe-chat-start", "probe-step-0-0"), n);
      System.out.printf("%nstatements per step of the bench's walk (%d cycles of %d steps, one known follower):%n", cycles,
          walk.size());
      for (int i = 0; i < walk.size(); i++) {
        int total = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (int cy = 0; cy < cycles; cy++) {
          String to = i + 1 < walk.size() ? "probe-step-" + (i + 1) + "-" + cy
              : cy + 1 < cycles ? "probe-step-0-" + (cy + 1) : "probe-end";
          for (String l : between(lines, "probe-step-" + i + "-" + cy, to)) {
            total++;
            String sql = l.replaceFirst("^.*?LOG:  (statement|execute [^:]*): ", "").strip();
            kinds.merge(sql.length() > 40 ? sql.substring(0, 40) : sql, 1, Integer::sum);
          }
        }
        String t = walk.get(i);
        System.out.printf("  step %2d %-12s %5.1f statements%s%n", i, t.length() > 10 ? t.substring(0, 10) + "…" : t,
            total / (double) cycles, System.getProperty("show") != null ? "  " + kinds : "");
      }
    } finally {
      stub.close();
      vertx.close().await();
      System.exit(0);
    }
  }

  private static List<String> between(List<String> lines, String from, String to) {
    int a = -1;
    int b = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (a < 0 && lines.get(i).contains(from)) {
        a = i;
      } else if (a >= 0 && lines.get(i).contains(to)) {
        b = i;
        break;
      }
    }
    return lines.subList(a + 1, b).stream().filter(l -> l.contains("LOG:  statement:") || l.contains("LOG:  execute"))
        .toList();
  }

  private static void report(String what, List<String> stmts, int n) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (String l : stmts) {
      String sql = l.replaceFirst("^.*?LOG:  (statement|execute [^:]*): ", "").strip();
      kinds.merge(sql.length() > 110 ? sql.substring(0, 110) : sql, 1, Integer::sum);
    }
    System.out.printf("%n%s: %d statements for %d = %.1f each%n", what, stmts.size(), n, stmts.size() / (double) n);
    kinds.forEach((k, v) -> System.out.printf("  %5.1f  %s%n", v / (double) n, k));
  }

  private static String post(HttpClient http, String url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static void chat(HttpClient http, String base, String token, String text, String msgId) throws Exception {
    post(http, base + "/api/v1/chat/messages",
        new JsonObject().put("token", token).put("text", text).put("clientMsgId", msgId).encode());
  }
}
