package org.ecopetition.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.ecopetition.gateway.Gateway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A gateway with a member of staff for a whole test class: {@code @RegisterExtension static final
 * StaffGatewayExtension GW = new StaffGatewayExtension();} starts it before the first test and stops it
 * after the last, with an optional configuration file's text and more environment; {@code static final
 * StaffClient staff = GW.staff();} may stand beside it.
 */
public final class StaffGatewayExtension implements BeforeAllCallback, AfterAllCallback {
  private final String configYaml;
  private final Consumer<Map<String, String>> env;
  private java.time.Clock clock = TestClock.CLOCK;
  private Vertx vertx;
  private StaffGateway running;
  private WebClient http;
  private final StaffClient staff = new StaffClient(() -> vertx, () -> http, () -> running.gateway().port());

  public StaffGatewayExtension() {
    this(null, e -> {});
  }

  public StaffGatewayExtension(String configYaml, Consumer<Map<String, String>> env) {
    this.configYaml = configYaml;
    this.env = env;
  }

  /** The gateway's "today" for this class (a test about a particular period of the calendar). */
  public StaffGatewayExtension on(java.time.LocalDate today) {
    this.clock = TestClock.at(today);
    return this;
  }

  /** The gateway's clock starts at this Beijing time (a test about office hours). */
  public StaffGatewayExtension at(java.time.LocalDateTime moment) {
    this.clock = TestClock.at(moment);
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    vertx = Vertx.vertx();
    Path config = null;
    if (configYaml != null) {
      config = Files.createTempFile("gateway", ".yaml");
      Files.writeString(config, configYaml);
      config.toFile().deleteOnExit();
    }
    running = StaffGateway.start(vertx, config, env, clock);
    http = WebClient.create(vertx);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    running.close();
    vertx.close().await();
  }

  public String db() {
    return running.db();
  }

  public Gateway gateway() {
    return running.gateway();
  }

  /** The staff API's client; it may be taken before the gateway starts and used once it has. */
  public StaffClient staff() {
    return staff;
  }

  /** A plain HTTP client, for what is not the staff API (the public status, health, SMS receipts). */
  public WebClient http() {
    return http;
  }

  public Object value(String sql) {
    return TestPostgres.value(running.db(), sql);
  }

  /** Everything stored about a case: its row, its history, its notices (to show that a refusal changed nothing). */
  public String snapshot(String caseNumber) {
    String id = "(SELECT id FROM cases WHERE case_number = '" + caseNumber + "')";
    return value("SELECT row_to_json(c)::text FROM cases c WHERE case_number = '" + caseNumber + "'") + " | "
        + value("SELECT count(*) FROM case_events WHERE case_id = " + id) + " events | "
        + value("SELECT count(*) FROM notices WHERE case_id = " + id) + " notices";
  }

  /**
   * An act the procedure must refuse: 422 with the article it rests on, and nothing stored changed. Returns the error.
   */
  public JsonObject refusedUnchanged(String caseNumber, String act, long version, JsonObject extra) {
    String before = snapshot(caseNumber);
    JsonObject error = staff.refused(caseNumber, act, version, extra);
    org.assertj.core.api.Assertions.assertThat(error.getString("article")).as(error.encode()).startsWith("第");
    org.assertj.core.api.Assertions.assertThat(snapshot(caseNumber)).as("a refused " + act + " changes nothing")
        .isEqualTo(before);
    return error;
  }

  public JsonObject status(String caseNumber, String code, String lang) {
    return running.status(caseNumber, code, lang);
  }
}
