package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §7: the embedded PostgreSQL asks every connection for the password made once beside its data (SCRAM),
 * never trusts a local one; a folder made when it did is switched at the next start without losing a row.
 */
class EmbeddedPasswordTest {

  @Test
  void aNewFolderRefusesConnectionsWithoutTheGeneratedPassword(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("postgres");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      Path file = EmbeddedDatabase.passwordFile(data);
      assertThat(file).isEqualTo(dir.resolve("postgres.password"));
      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
      String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
      assertThat(password).hasSizeGreaterThanOrEqualTo(32);

      assertRefused(db.port(), null);
      assertRefused(db.port(), "postgres");
      assertRefused(db.port(), password + "x");
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + db.port() + "/postgres",
          "postgres", password)) {
        assertThat(scalar(c, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
            .isEqualTo(true);
        assertThat(scalar(c, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'"))
            .isEqualTo(0L);
      }
      assertThat(db.url()).contains(":" + password + "@");
    }
    // The same password again on the next start: the file is made once.
    String before = Files.readString(EmbeddedDatabase.passwordFile(data));
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data); Connection c = db.connect("postgres")) {
      assertThat(scalar(c, "SELECT 1")).isEqualTo(1);
    }
    assertThat(Files.readString(EmbeddedDatabase.passwordFile(data))).isEqualTo(before);
  }

  @Test
  void aFolderMadeWithTrustIsSwitchedToThePasswordAtStartAndKeepsItsData(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("postgres");
    // What earlier releases made: zonky's defaults, initdb -A trust.
    try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setRegisterShutdownHook(false).start();
        Connection c = old.getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE SCHEMA earlier; CREATE TABLE earlier.kept (v text); "
          + "INSERT INTO earlier.kept VALUES ('made while trusted')");
    }
    assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
    assertThat(EmbeddedDatabase.passwordFile(data)).doesNotExist();

    Map<String, String> env = TestGateway.env("", TestGateway.newKey());
    env.put("GATEWAY_DATABASE_EMBEDDED_DATA_DIR", data.toString());
    Vertx vertx = Vertx.vertx();
    int port;
    try (Gateway g = TestGateway.start(env)) {
      port = EmbeddedDatabase.runningUrl(data).map(PgUrl::parse).orElseThrow().port();
      assertThat(WebClient.create(vertx).get(g.port(), "127.0.0.1", "/health/ready").send().await().statusCode())
          .as("the gateway connects with the generated password").isEqualTo(200);
      assertRefused(port, null);
      assertRefused(port, "wrong");
      PgUrl url = PgUrl.parse(EmbeddedDatabase.runningUrl(data).orElseThrow());
      try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
        assertThat(scalar(c, "SELECT v FROM earlier.kept")).isEqualTo("made while trusted");
        assertThat(scalar(c, "SELECT count(*) FROM flyway_schema_history WHERE success")).isNotEqualTo(0L);
      }
    } finally {
      vertx.close().await();
    }
    assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
    assertThat(Files.getPosixFilePermissions(EmbeddedDatabase.passwordFile(data)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  private static void assertRefused(int port, String password) {
    assertThatThrownBy(() -> {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
          "postgres", password)) {
        c.createStatement().execute("SELECT 1");
      }
    }).as("a connection with password %s", password == null ? "none" : "a wrong one").isInstanceOf(SQLException.class);
  }

  private static Object scalar(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }
}
