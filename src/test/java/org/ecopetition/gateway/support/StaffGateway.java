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
    String db = TestPostgres.freshDatabaseUrl();
    Map<String, String> e = TestGateway.env(db, TestGateway.newKey());
    StaffClient.configure(e);
    env.accept(e);
    Gateway gateway = TestGateway.start(config, e);
    return new StaffGateway(db, gateway, new StaffClient(vertx, gateway));
  }

  @Override
  public void close() {
    gateway.close();
  }
}
