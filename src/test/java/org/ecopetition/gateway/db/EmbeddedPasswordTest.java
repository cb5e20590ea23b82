package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ecopetition.gateway.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §7: the embedded PostgreSQL asks every connection for the password made once beside its data (SCRAM),
 * never trusts a local one; a folder made when it did is switched at the next start without losing a row. (A
 * gateway started on a new folder and again on the same one, with the generated password: RestartTest.)
 */
class EmbeddedPasswordTest {

  @Test
  void aNewFolderRefusesConnectionsWithoutTheGeneratedPassword() throws Exception {
    // The suite's own server, made by EmbeddedDatabase.start on a new folder like any first start.
    Path data = TestPostgres.dataDir();
    Path file = EmbeddedDatabase.passwordFile(data);
    assertThat(file).isEqualTo(data.resolveSibling(data.getFileName() + ".password"));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(32);
    PgUrl url = PgUrl.parse(EmbeddedDatabase.runningUrl(data).orElseThrow());
    assertThat(url.password()).isEqualTo(password);

    assertRefused(url.port(), null);
    assertRefused(url.port(), "postgres");
    assertRefused(url.port(), password + "x");
    try (Connection c = DriverManager.getConnection(url.jdbcUrl(), "postgres", password)) {
      assertThat(scalar(c, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
          .isEqualTo(true);
      assertThat(scalar(c, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'"))
          .as("no rule trusts a connection, local socket included").isEqualTo(0L);
    }
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

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      assertRefused(db.port(), null);
      assertRefused(db.port(), "wrong");
      // What the gateway and a command beside it connect with: the URL with the password made now.
      PgUrl url = PgUrl.parse(db.url());
      assertThat(EmbeddedDatabase.runningUrl(data)).contains(db.url());
      try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
        assertThat(scalar(c, "SELECT v FROM earlier.kept")).isEqualTo("made while trusted");
      }
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
