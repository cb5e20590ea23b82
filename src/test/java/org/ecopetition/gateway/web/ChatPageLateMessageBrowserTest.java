package org.ecopetition.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.security.DataKeys;
import org.ecopetition.gateway.support.Chromium;
import org.ecopetition.gateway.support.TcpProxy;
import org.ecopetition.gateway.support.TestClock;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser gets a message that committed late while its socket was down: a writer drew the
 * message's id before the petitioner's next turn and committed only after the phone's connection dropped (the relay cut),
 * so the id is below everything the page has. When the connection is back, the page's reconnect (`since`, and the horizon
 * and ids it kept) brings it, shown once, without a reload.
 */
class ChatPageLateMessageBrowserTest {
  private static final String LATE = "（工作人员：一条迟提交的消息）";

  @Test
  void aMessageThatCommittedWhileThePageWasOfflineShowsAfterItReconnects() throws Exception {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    Gateway gateway = TestGateway.start(env);
    WebDriver browser = Chromium.start();
    try (TcpProxy relay = new TcpProxy(gateway.port())) {
      browser.get("http://127.0.0.1:" + relay.port() + "/");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(d -> "connected".equals(d.findElement(By.id("status")).getAttribute("data-state")));
      int before = bot(browser).size();
      type(browser, "工地晚上十一点以后还在打桩施工，噪声很大");
      wait.until(d -> bot(d).size() > before);

      // A writer draws its message's id now (as a staff act's notice does at its insert) ...
      long drawn = ((Number) TestPostgres.value(db, "SELECT nextval(pg_get_serial_sequence('messages', 'id'))"))
          .longValue();
      // ... the petitioner's next turn draws higher ids and is shown ...
      int more = bot(browser).size();
      type(browser, "江苏省南京市江宁区秣陵街道");
      wait.until(d -> bot(d).size() > more);
      // ... the phone's connection drops, and only then the writer commits, with its event: no socket to wake.
      relay.cut();
      wait.until(d -> !"connected".equals(d.findElement(By.id("status")).getAttribute("data-state")));
      AtRest atRest = new AtRest(DataKeys.of(TestGateway.dataKeyFor(key), List.of()));
      try (Connection c = TestPostgres.connect(db)) {
        c.setAutoCommit(false);
        String conversation;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM conversations")) {
          rs.next();
          conversation = rs.getString(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO messages (id, conversation_id, channel, direction, "
            + "author, body, created_at) VALUES (?, ?::uuid, 'webchat', 'out', 'staff', ?::jsonb, " + TestClock.sqlNow()
            + ")")) {
          p.setLong(1, drawn);
          p.setString(2, conversation);
          p.setString(3, atRest.sealBody(new JsonObject().put("text", LATE)).encode());
          p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO events (kind, conversation_id, at) VALUES ('conversation_message', '" + conversation
              + "', " + TestClock.sqlNow() + ")");
        }
        c.commit();
      }
      assertThat(texts(browser)).doesNotContain(LATE);

      relay.restore();
      wait.until(d -> "connected".equals(d.findElement(By.id("status")).getAttribute("data-state"))
          && texts(d).contains(LATE));
      assertThat(texts(browser).stream().filter(LATE::equals).count()).as("shown once").isEqualTo(1);
    } finally {
      browser.quit();
      gateway.close();
    }
  }

  private static List<WebElement> bot(WebDriver d) {
    return d.findElements(By.cssSelector("#messages .msg.out"));
  }

  private static List<String> texts(WebDriver d) {
    return d.findElements(By.cssSelector("#messages .msg .bubble")).stream().map(WebElement::getText)
        .map(String::strip).toList();
  }

  private static void type(WebDriver browser, String text) {
    WebElement input = browser.findElement(By.id("input"));
    input.clear();
    input.sendKeys(text);
    browser.findElement(By.id("send")).click();
  }
}
