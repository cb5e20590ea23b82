package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.access.Endpoint;
import org.ecopetition.gateway.support.StaffClient;
import org.ecopetition.gateway.support.TestGateway;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every staff route that takes a body (access/Endpoint), fed NUL bytes, wrong JSON types, over-long fields, dates out
 * of range and bodies that are not JSON: a 400 naming the field, never a 500, and nothing stored.
 */
@ExtendWith(VertxExtension.class)
class StaffInputFuzzTest {

  @Test
  void everyStaffBodyRouteRefusesBadInputWithA400NamingTheField(Vertx vertx) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> env = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(env);
    List<Map.Entry<JsonObject, String>> bodies = List.of(
        Map.entry(new JsonObject().put("version", "0"), "version"),
        Map.entry(new JsonObject().put("version", 1).put("reason", "夜里\u0000排污"), "reason"),
        Map.entry(new JsonObject().put("polluter", "污".repeat(1300)), "polluter"),
        Map.entry(new JsonObject().put("facts", "河".repeat(20_001)), "facts"),
        Map.entry(new JsonObject().put("receivedOn", "1900-01-01"), "receivedOn"),
        Map.entry(new JsonObject().put("receivedOn", "2026-02-30"), "receivedOn"),
        Map.entry(new JsonObject().put("origin", new JsonObject().put("receivedOn", "1900-01-01")), "origin.receivedOn"),
        Map.entry(new JsonObject().put("representatives", "3"), "representatives"));
    try (Gateway g = TestGateway.start(env)) {
      WebClient http = WebClient.create(vertx);
      long casesBefore = ((Number) TestPostgres.value(db, "SELECT count(*) FROM cases")).longValue();
      int routes = 0;
      for (Endpoint e : Endpoint.values()) {
        if (!e.changesState()) {
          continue;
        }
        routes++;
        String path = "/api/v1/staff" + e.path().replaceAll(":[A-Za-z]+", "HB2026061500001");
        for (Map.Entry<JsonObject, String> b : bodies) {
          HttpResponse<Buffer> r = http.request(HttpMethod.valueOf(e.method()), g.port(), "127.0.0.1", path)
              .putHeader("Authorization", "Bearer " + StaffClient.TOKEN).sendJsonObject(b.getKey()).await();
          assertThat(r.statusCode()).as(e + " " + b.getValue()).isEqualTo(400);
          assertThat(r.bodyAsJsonObject().getJsonObject("error").getString("field")).as(e + " " + b.getValue())
              .isEqualTo(b.getValue());
        }
        for (Buffer raw : List.of(Buffer.buffer("[1,2]"), Buffer.buffer("{\"a\":"),
            Buffer.buffer(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}))) {
          HttpResponse<Buffer> r = http.request(HttpMethod.valueOf(e.method()), g.port(), "127.0.0.1", path)
              .putHeader("Authorization", "Bearer " + StaffClient.TOKEN)
              .putHeader("Content-Type", "application/json").sendBuffer(raw).await();
          assertThat(r.statusCode()).as(e + " " + raw).isEqualTo(400);
        }
      }
      assertThat(routes).isGreaterThan(10);
      assertThat(((Number) TestPostgres.value(db, "SELECT count(*) FROM cases")).longValue()).isEqualTo(casesBefore);
    }
  }
}
