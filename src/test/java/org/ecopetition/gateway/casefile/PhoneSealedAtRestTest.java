package org.ecopetition.gateway.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
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
 * Issue 11 §6: a canary phone is absent from the bytes of every column of the cases table, yet repeat detection
 * (keyed hash) still finds the earlier case and staff still read it; after a key rotation (new security.dataKey,
 * the old one in previousDataKeys) {@code keys rotate} (and each start) seals every phone under the new key, and all
 * stays readable and
 * findable; a row stored readable before encryption is sealed at the start too.
 */
@ExtendWith(VertxExtension.class)
class PhoneSealedAtRestTest {
  static final String CANARY = "13907395512";

  static String report(Vertx vertx, int port) {
    try (ChatClient chat = ChatClient.connect(vertx, port)) {
      chat.hello(null, "zh");
      chat.drain(300);
      String receipt = WebChatFlowTestSupport.drive(chat::say, WebChatFlowTestSupport.FIRST,
          Map.of("联系电话", "139 0739 5512"), s -> { });
      Matcher n = WebChatFlowTestSupport.CASE.matcher(receipt);
      assertThat(n.find()).isTrue();
      return n.group(1);
    }
  }

  static long rawHits(String db) {
    return ((Number) TestPostgres.value(db, "SELECT count(*) FROM cases c WHERE row_to_json(c)::text LIKE '%"
        + CANARY + "%' OR regexp_replace(row_to_json(c)::text, '[^0-9]', '', 'g') LIKE '%" + CANARY + "%'"))
        .longValue();
  }

  @Test
  void theCanaryPhoneIsSealedFoundAndSurvivesARotation(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    String key = TestGateway.newKey();
    Map<String, String> env = TestGateway.env(db, key);
    StaffClient.configure(env);
    String first;
    String second;
    try (Gateway g = TestGateway.start(env)) {
      first = report(vertx, g.port());
      second = report(vertx, g.port());
      assertThat(rawHits(db)).isZero();
      assertThat(TestPostgres.value(db, "SELECT repeat_of FROM cases WHERE case_number = '" + second + "'"))
          .isEqualTo(first);
      assertThat(new StaffClient(vertx, g).get("/cases/" + first).bodyAsString()).contains(CANARY);
      assertThat((String) TestPostgres.value(db, "SELECT contact_phone FROM cases WHERE case_number = '" + first + "'"))
          .startsWith("k1:");
      // A row from before encryption (as V22 found it): sealed at the next start.
      TestPostgres.jdbc(db, c -> c.createStatement().execute("UPDATE cases SET contact_phone = '" + CANARY
          + "', contact_phone_hash = NULL WHERE case_number = '" + second + "'"));
    }
    Map<String, String> rotated = TestGateway.env(db, key);
    StaffClient.configure(rotated);
    rotated.put("GATEWAY_SECURITY_DATA_KEY", "2:" + TestGateway.newKey());
    rotated.put("GATEWAY_SECURITY_PREVIOUS_DATA_KEYS", "1:" + TestGateway.dataKeyFor(key));
    // keys rotate, with no gateway running: every phone sealed and hashed again under version 2.
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    try {
      assertThat(org.ecopetition.gateway.cli.KeyCommands.rotate(
          org.ecopetition.gateway.config.ConfigLoader.load(null, rotated), new java.io.PrintStream(said, true))).isZero();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(said.toString()).contains("sealed 2 cases, ").contains("under data key version 2");
    assertThat(TestPostgres.value(db, "SELECT count(*) FROM cases WHERE contact_phone NOT LIKE 'k2:%'")).isEqualTo(0L);
    try (Gateway g = TestGateway.start(rotated)) {
      assertThat(rawHits(db)).isZero();
      assertThat(TestPostgres.value(db, "SELECT count(*) FROM cases WHERE contact_phone NOT LIKE 'k2:%'"))
          .isEqualTo(0L);
      StaffClient staff = new StaffClient(vertx, g);
      assertThat(staff.get("/cases/" + first).bodyAsString()).contains(CANARY);
      assertThat(staff.get("/cases/" + second).bodyAsString()).contains(CANARY);
      String third = report(vertx, g.port());
      assertThat(TestPostgres.value(db, "SELECT repeat_of FROM cases WHERE case_number = '" + third + "'"))
          .isIn(first, second);
      assertThat(rawHits(db)).isZero();
    }
  }
}
