package org.ecopetition.gateway.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the gateway starts when no server is configured. Its defaults are made for throw-away
 * tests, so each is turned around here: the data folder is kept, commits are durable (checked with SHOW),
 * a postmaster left behind by a crash is stopped first, and the server's own log (which can print row
 * values) goes to a file beside the data instead of the application log.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /**
   * The PostgreSQL major version the embedded binaries run (the pom's {@code postgres.binaries.version}), the
   * one compose and the manifests run too. A data folder made by another major cannot be opened by it.
   */
  public static final int MAJOR = 16;

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir) throws IOException {
    Path data = dataDir.toAbsolutePath();
    Files.createDirectories(data.getParent());
    stopOrphanedPostmaster(data);
    checkMajor(data);
    Path logFile = data.resolveSibling(data.getFileName() + ".log");
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "100")
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("timezone", "UTC")
        .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
        .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
        .setPGStartupWait(Duration.ofSeconds(30))
        .start();
    EmbeddedDatabase db = new EmbeddedDatabase(pg);
    try {
      db.checkDurability();
    } catch (SQLException | IllegalStateException e) {
      db.close();
      throw new IOException("embedded PostgreSQL is not durable: " + e.getMessage(), e);
    }
    LOG.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), data);
    return db;
  }

  public int port() {
    return postgres.getPort();
  }

  /** A URL for the Vert.x client and for Flyway: the embedded server trusts local connections. */
  public String url() {
    return "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
  }

  private void checkDurability() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            throw new IllegalStateException(setting + " is " + rs.getString(1));
          }
        }
      }
    }
  }

  /**
   * A folder written by another major version would fail deep inside pg_ctl with a message in the server's
   * log file; say here what it is and where the upgrade is described.
   */
  static void checkMajor(Path data) throws IOException {
    Path version = data.resolve("PG_VERSION");
    if (!Files.isRegularFile(version)) {
      return;
    }
    String made = Files.readString(version, StandardCharsets.US_ASCII).strip();
    if (!made.equals(String.valueOf(MAJOR))) {
      throw new IOException("the data folder " + data + " was made by PostgreSQL " + made + ", and this release "
          + "embeds PostgreSQL " + MAJOR + ": upgrade the folder first (deploy/README.md, \"Upgrading the embedded "
          + "database\"), or point database.embeddedDataDir at a new folder");
    }
  }

  /** The server's major version, as it reports it. */
  public int serverMajor() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version_num")) {
      rs.next();
      return Integer.parseInt(rs.getString(1)) / 10_000;
    }
  }

  /**
   * The URL of a postmaster already serving this data folder (a gateway running now), if there is one: a command
   * run beside a running gateway uses it instead of starting — or stopping — another.
   */
  public static Optional<String> runningUrl(Path dataDir) throws IOException {
    Path pidFile = dataDir.toAbsolutePath().resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      boolean alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false)).isPresent();
      return alive ? Optional.of("postgresql://postgres@localhost:" + port + "/postgres") : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A postmaster whose JVM died keeps the data folder; the new start would pick another port and fail on
   * the lock. Stop it (after checking the PID really is a postgres process) before starting again.
   */
  static void stopOrphanedPostmaster(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    if (handle.isEmpty()) {
      return;
    }
    LOG.warn("stopping postmaster {} left running by an earlier start", pid);
    ProcessHandle p = handle.get();
    p.destroy();
    try {
      p.onExit().get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        throw new IOException("could not stop the postmaster " + pid + " that holds " + data);
      }
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
