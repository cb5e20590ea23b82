package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.ecopetition.gateway.Gateway;

/** A gateway on a fresh database with one member of staff ("wang") and a client for the staff API. */
public record StaffGateway(String db, Gateway gateway, StaffClient staff) implements AutoCloseable {

  public static StaffGateway start(Vertx vertx) {
    return start(vertx, null, env -> {});
  }

  /** {@code config}: a configuration file (null: none); {@code env}: more environment for this test. */
  public static StaffGateway start(Vertx vertx, Path config, Consumer<Map<String, String>> env) {
    return start(vertx, config, env, TestClock.CLOCK);
  }

  public static StaffGateway start(Vertx vertx, Path config, Consumer<Map<String, String>> env, java.time.Clock clock) {
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> e = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(e);
    env.accept(e);
    Gateway gateway = TestGateway.start(config, e, clock);
    return new StaffGateway(db, gateway, new StaffClient(vertx, gateway));
  }

  /** The public status of a case, as the petitioner queries it with their code. */
  public io.vertx.core.json.JsonObject status(String caseNumber, String code, String lang) {
    return io.vertx.ext.web.client.WebClient.create(staff.vertx()).get(gateway.port(), "127.0.0.1",
            "/api/v1/cases/" + caseNumber + "/status?lang=" + lang)
        .putHeader("X-Query-Code", code).send().await().bodyAsJsonObject();
  }

  @Override
  public void close() {
    gateway.close();
  }
}
