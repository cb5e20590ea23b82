package org.ecopetition.gateway.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the gateway starts when no server is configured. Its defaults are made for throw-away
 * tests, so each is turned around here: the data folder is kept, commits are durable (checked with SHOW),
 * a postmaster left behind by a crash is stopped first, the server's own log (which can print row
 * values) goes to a file beside the data instead of the application log, and every connection proves a password
 * (SCRAM, issue 11 §7) made once and kept beside the data as {@code <dir>.password} — never {@code trust}, which
 * would let any local process in as the superuser.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /**
   * The PostgreSQL major version the embedded binaries run (the pom's {@code postgres.binaries.version}), the
   * one compose and the manifests run too. A data folder made by another major cannot be opened by it.
   */
  public static final int MAJOR = 16;

  /** Every rule asks for the password; written over a folder made by a release that trusted local connections. */
  static final String HBA = """
      # Written by the gateway: every connection proves the password kept beside this folder (<folder>.password).
      local   all   all                 scram-sha-256
      host    all   all   127.0.0.1/32  scram-sha-256
      host    all   all   ::1/128       scram-sha-256
      """;

  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final String password;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  public static EmbeddedDatabase start(Path dataDir) throws IOException {
    Path data = dataDir.toAbsolutePath();
    Files.createDirectories(data.getParent());
    stopOrphanedPostmaster(data);
    checkMajor(data);
    Path logFile = data.resolveSibling(data.getFileName() + ".log");
    Path passwordFile = passwordFile(data);
    String password = password(passwordFile);
    EmbeddedPostgres pg;
    try {
      pg = builder(data, logFile, passwordFile, password).start();
    } catch (IOException e) {
      stopOrphanedPostmaster(data); // zonky leaves the postmaster running when its readiness check fails
      if (refusedPassword(e)) {
        throw new IOException("the embedded PostgreSQL in " + data + " refuses the password in " + passwordFile
            + ": restore the file that was made with this data folder", e);
      }
      throw e;
    }
    EmbeddedDatabase db = new EmbeddedDatabase(pg, password);
    try {
      db.requirePasswords(data);
      db.checkDurability();
    } catch (SQLException | IllegalStateException e) {
      db.close();
      throw new IOException("embedded PostgreSQL is not durable or not protected: " + e.getMessage(), e);
    }
    LOG.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), data);
    return db;
  }

  private static EmbeddedPostgres.Builder builder(Path data, Path logFile, Path passwordFile, String password) {
    return EmbeddedPostgres.builder()
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
        // Zonky runs initdb with "-A trust" and passes these as "--key value" after it (they are meant for the
        // locale, but are initdb's only way in): a new folder starts with the superuser's SCRAM password and no
        // trusting rule at all. Zonky's readiness check connects with the password too.
        .setLocaleConfig("auth-local", "scram-sha-256")
        .setLocaleConfig("auth-host", "scram-sha-256")
        .setLocaleConfig("pwfile", passwordFile.toString())
        .setConnectConfig("password", password);
  }

  /**
   * A folder made by a release that trusted local connections: the superuser gets the password (its SCRAM verifier
   * computed by the driver, so the password itself never reaches the server or its log) and pg_hba.conf asks for
   * it from then on. Waits until the reloaded server refuses a connection without it.
   */
  private void requirePasswords(Path data) throws SQLException, IOException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      boolean trusting;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_hba_file_rules "
          + "WHERE auth_method <> 'scram-sha-256' OR error IS NOT NULL")) {
        rs.next();
        trusting = rs.getLong(1) > 0;
      }
      boolean scram;
      try (ResultSet rs = s.executeQuery(
          "SELECT coalesce(rolpassword LIKE 'SCRAM-SHA-256$%', false) FROM pg_authid WHERE rolname = current_user")) {
        rs.next();
        scram = rs.getBoolean(1);
      }
      if (!trusting && scram) {
        return;
      }
      c.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
      Files.writeString(data.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
      s.execute("SELECT pg_reload_conf()");
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (acceptsWithoutPassword()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the embedded PostgreSQL still accepts connections without a password");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the embedded PostgreSQL reloads its rules", e);
      }
    }
    LOG.warn("the embedded PostgreSQL in {} trusted local connections; it now asks for the password kept in {}",
        data, passwordFile(data));
  }

  private boolean acceptsWithoutPassword() {
    Properties p = new Properties();
    p.setProperty("user", SUPERUSER);
    try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), p)) {
      return true;
    } catch (SQLException refused) {
      return false;
    }
  }

  private static boolean refusedPassword(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException p && "28P01".equals(p.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** {@code <dir>.password} beside the data folder (not in it: initdb wants an empty folder, and reads it first). */
  public static Path passwordFile(Path dataDir) {
    Path data = dataDir.toAbsolutePath();
    return data.resolveSibling(data.getFileName() + ".password");
  }

  /** The superuser's password: made once with SecureRandom, readable by the owner only. */
  private static String password(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      Files.createDirectories(file.getParent());
      Path made = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
      try {
        Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      // URL-safe characters only: the password travels in the postgresql:// URL the gateway connects with.
      Files.writeString(made, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
          StandardCharsets.US_ASCII);
      Files.move(made, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    String pw = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (pw.isEmpty()) {
      throw new IOException(file + " is empty: it must hold the embedded PostgreSQL's password");
    }
    return pw;
  }

  public int port() {
    return postgres.getPort();
  }

  /** A URL (with the password) for the Vert.x client and for Flyway. */
  public String url() {
    return url("postgres");
  }

  /** The URL of another database on this server. */
  public String url(String database) {
    return url(postgres.getPort(), password, database);
  }

  private static String url(int port, String password, String database) {
    return "postgresql://" + SUPERUSER + ":" + password + "@localhost:" + port + "/" + database;
  }

  /** A JDBC connection as the superuser, with the password. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, password);
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  private void checkDurability() throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
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
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
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
      Path pw = passwordFile(dataDir);
      return alive && Files.isRegularFile(pw)
          ? Optional.of(url(port, Files.readString(pw, StandardCharsets.US_ASCII).strip(), "postgres"))
          : Optional.empty();
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
