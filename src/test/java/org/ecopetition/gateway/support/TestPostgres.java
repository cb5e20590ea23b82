package org.ecopetition.gateway.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.db.EmbeddedDatabase;

/**
 * One real PostgreSQL per test JVM (the embedded one the gateway itself uses), with a fresh database for
 * each caller so test classes never see each other's rows.
 */
public final class TestPostgres {
  private static EmbeddedDatabase db;
  private static Path dataDir;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestPostgres() {}

  public static synchronized String freshDatabaseUrl() {
    try {
      if (db == null) {
        Path dir = Files.createTempDirectory("gateway-test-pg");
        dataDir = dir.resolve("data");
        db = EmbeddedDatabase.start(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
      }
      String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + db.port() + "/postgres",
          "postgres", null); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return "postgresql://postgres@localhost:" + db.port() + "/" + name;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test PostgreSQL", e);
    }
  }

  /** The data folder of the running test PostgreSQL. */
  public static synchronized Path dataDir() {
    freshDatabaseUrl();
    return dataDir;
  }

  /** Runs SQL against a test database (for assertions on what was stored). */
  public static <T> T jdbc(String url, SqlWork<T> work) {
    String jdbc = "jdbc:" + url.replace("postgres@", "");
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", null)) {
      return work.run(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query, or null when there is no row. */
  public static Object value(String url, String sql) {
    return jdbc(url, c -> {
      java.sql.ResultSet rs = c.createStatement().executeQuery(sql);
      return rs.next() ? rs.getObject(1) : null;
    });
  }

  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws Exception;
  }
}
