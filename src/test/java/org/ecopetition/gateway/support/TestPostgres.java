package org.ecopetition.gateway.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.db.EmbeddedDatabase;
import org.ecopetition.gateway.db.Migrations;
import org.ecopetition.gateway.db.PgUrl;

/**
 * One real PostgreSQL per test JVM (the embedded one the gateway itself uses, with its password), with a fresh
 * database for each caller so test classes never see each other's rows. URLs carry the password; open JDBC
 * connections with {@link #connect(String)}.
 */
public final class TestPostgres {
  private static EmbeddedDatabase db;
  private static Path dataDir;
  /** The database migrated once per JVM that {@link #freshDatabaseUrl()} copies. */
  private static String template;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestPostgres() {}

  /**
   * A database of its own for the caller, with the gateway's schema already in place: a copy of one database that
   * this JVM migrated from empty with the gateway's own {@link Migrations} (so every migration still runs from
   * scratch in each test JVM, and a gateway started on the copy still validates it against its migrations). Copying
   * takes a fraction of a second; migrating each test's database from empty took one to two seconds, some hundred
   * times a suite.
   */
  public static synchronized String freshDatabaseUrl() {
    try {
      start();
      if (template == null) {
        String name = "t" + ProcessHandle.current().pid() + "_schema";
        create(name, "template1");
        Migrations.run(PgUrl.parse(db.url(name)));
        template = name;
      }
      return db.url(create(next(), template));
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test PostgreSQL", e);
    }
  }

  /** An empty database, for a test of the migrations themselves (an upgrade from an old version). */
  public static synchronized String emptyDatabaseUrl() {
    try {
      start();
      return db.url(create(next(), "template1"));
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test PostgreSQL", e);
    }
  }

  private static void start() throws java.io.IOException {
    if (db == null) {
      Path dir = Files.createTempDirectory(parentFolder(), "gateway-test-pg");
      dataDir = dir.resolve("data");
      db = EmbeddedDatabase.start(dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        db.close();
        delete(dir);
      }));
    }
  }

  /**
   * Where the test cluster lives: the temporary folder, or the folder {@code -Dgateway.test.pgParent=DIR} names (a RAM
   * folder such as /dev/shm, where an fsync returns at once; the server keeps fsync and synchronous_commit on either
   * way, as the gateway checks at start). Measured on the shared 2-core machine (load 29-40, A B B A over four
   * database classes): no difference in wall time, the suite being bound by CPU there, so the default stays a disk
   * folder, which a JVM killed before its shutdown hook cannot fill RAM with. A cluster is some 60 MB: it is removed
   * when the JVM ends (before, every fork left its own behind).
   */
  static Path parentFolder() {
    String named = System.getProperty("gateway.test.pgParent");
    return Path.of(named != null && !named.isBlank() ? named : System.getProperty("java.io.tmpdir"));
  }

  /** The folder and everything in it, as far as it can be removed (a JVM ending must not fail on it). */
  private static void delete(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
      // already gone, or a file still held: the temporary folder's own cleaning takes the rest
    }
  }

  private static String next() {
    return "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
  }

  private static String create(String name, String from) throws java.sql.SQLException {
    try (Connection c = db.connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE " + from);
    }
    return name;
  }

  /** The data folder of the running test PostgreSQL. */
  public static synchronized Path dataDir() {
    try {
      start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot start the test PostgreSQL", e);
    }
    return dataDir;
  }

  /**
   * A JDBC connection to a database named by a gateway URL, with the URL's user and password (the embedded server
   * asks for the password it keeps beside its data; this is the one place tests turn a URL into a connection).
   */
  public static Connection connect(String url) throws java.sql.SQLException {
    PgUrl u = PgUrl.parse(url);
    return DriverManager.getConnection(u.jdbcUrl(), u.user(), u.password());
  }

  /** Per thread, the connection of the last database it ran SQL against (see {@link #jdbc}). */
  private static final ThreadLocal<Open> LAST = new ThreadLocal<>();

  private record Open(String url, Connection connection) {}

  /**
   * Runs SQL against a test database (for assertions on what was stored). The thread keeps the connection of its
   * last database open for the next call: a connection proves the password by SCRAM and forks a server process
   * (tens of milliseconds), and some tests check the database a thousand times. Each call still finds it as a new
   * one would be: outside a transaction, in autocommit, and one that broke (a restart) or was closed is replaced.
   * {@link #connect} still opens a connection of the caller's own, for locks and transactions held across calls.
   */
  public static <T> T jdbc(String url, SqlWork<T> work) {
    Connection c = null;
    try {
      c = reused(url);
      return work.run(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (c != null) {
        settle(c);
      }
    }
  }

  private static Connection reused(String url) throws java.sql.SQLException {
    Open last = LAST.get();
    if (last != null && last.url().equals(url) && last.connection().isValid(5)) {
      return last.connection();
    }
    if (last != null) {
      LAST.remove();
      closeQuietly(last.connection());
    }
    Connection c = connect(url);
    LAST.set(new Open(url, c));
    return c;
  }

  /** Back to autocommit with no transaction open, or forgotten when that cannot be done. */
  private static void settle(Connection c) {
    try {
      if (!c.isClosed() && !c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (java.sql.SQLException e) {
      LAST.remove();
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (java.sql.SQLException ignored) {
      // already broken: nothing to close
    }
  }

  /** The first column of the first row of a query, or null when there is no row. */
  public static Object value(String url, String sql) {
    return jdbc(url, c -> {
      try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getObject(1) : null;
      }
    });
  }

  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws Exception;
  }
}
