package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.channel.webchat.WebChatFlowTestSupport;
import org.ecopetition.gateway.support.ChatClient;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 §6, correction 13: how many are affected is kept on the case as said — the words, the unit, the number
 * or the range — never as a number of people: "几百户" is households 200–999 with no count, shown to staff as
 * "几百户"; "20" is the number 20 (the old integer column keeps only such an exact number of people).
 */
@ExtendWith(VertxExtension.class)
class AffectedAsSaidTest {

  static String report(Vertx vertx, int port, String affected) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.drive(chat::say, WebChatFlowTestSupport.FIRST,
          Map.of("多少人", affected), s -> assertThat(s).contains("影响范围：" + affected));
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      assertThat(n.find()).isTrue();
      return n.group(1);
    }
  }

  static Map<String, Object> row(String db, String number) {
    return TestPostgres.jdbc(db, c -> {
      ResultSet rs = c.createStatement().executeQuery("SELECT affected, affected_text, affected_unit, affected_count, "
          + "affected_min, affected_max FROM cases WHERE case_number = '" + number + "'");
      rs.next();
      Map<String, Object> m = new java.util.HashMap<>();
      for (String col : new String[] {"affected", "affected_text", "affected_unit", "affected_count", "affected_min",
          "affected_max"}) {
        m.put(col, rs.getObject(col));
      }
      return m;
    });
  }

  @Test
  void householdsStayHouseholdsAndARangeStaysARange(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    try (Gateway g = TestGateway.start(env)) {
      String households = report(vertx, g.port(), "几百户");
      Map<String, Object> h = row(db, households);
      assertThat(h.get("affected_text")).isEqualTo("几百户");
      assertThat(h.get("affected_unit")).isEqualTo("household");
      assertThat(h.get("affected_count")).isNull();
      assertThat(h.get("affected_min")).isEqualTo(200);
      assertThat(h.get("affected_max")).isEqualTo(999);
      assertThat(h.get("affected")).as("never a number of people").isNull();
      JsonObject staff = new StaffClient(vertx, g).get("/cases/" + households).bodyAsJsonObject();
      assertThat(staff.getString("affected_text")).isEqualTo("几百户");
      assertThat(staff.getString("affected_unit")).isEqualTo("household");

      String number = report(vertx, g.port(), "20");
      Map<String, Object> n = row(db, number);
      assertThat(n.get("affected_text")).isEqualTo("20");
      assertThat(n.get("affected_count")).isEqualTo(20);
      assertThat(n.get("affected_unit")).as("no unit was said").isNull();
      assertThat(n.get("affected")).isEqualTo(20);
    }
  }
}
