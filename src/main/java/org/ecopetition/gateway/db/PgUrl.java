package org.ecopetition.gateway.db;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code postgresql://user:password@host:port/db[?sslmode=require]} URL, for both the Vert.x client and
 * JDBC (Flyway).
 */
public record PgUrl(String host, int port, String database, String user, String password, String sslMode) {
  /**
   * A statement beginning with this is not kept prepared by the client: PostgreSQL plans it with its parameters' values
   * at each call, never on a generic plan, whose choice it may otherwise make for it (PgCaseRepository.PRIORS).
   */
  public static final String CUSTOM_PLAN = "/* custom plan */ ";


  public static PgUrl parse(String url) {
    String u = url.trim();
    if (u.startsWith("jdbc:")) {
      u = u.substring(5);
    }
    if (u.startsWith("postgres://")) {
      u = "postgresql://" + u.substring("postgres://".length());
    }
    if (!u.startsWith("postgresql://")) {
      throw new IllegalArgumentException("database.url must look like postgresql://user:password@host:port/db");
    }
    URI uri = URI.create(u);
    String user = "postgres";
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String db = uri.getPath() == null || uri.getPath().length() <= 1 ? user : uri.getPath().substring(1);
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String ssl = "disable";
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        String[] p = kv.split("=", 2);
        if (p[0].equals("sslmode") && p.length == 2) {
          ssl = decode(p[1]);
        } else {
          throw new IllegalArgumentException("database.url: unsupported parameter '" + p[0] + "' (only sslmode)");
        }
      }
    }
    SslMode.of(ssl); // refuses an unknown mode at start
    return new PgUrl(host, uri.getPort() < 0 ? 5432 : uri.getPort(), db, user, password, ssl);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode;
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions o = new PgConnectOptions()
        .setHost(host).setPort(port).setDatabase(database).setUser(user)
        .setCachePreparedStatements(true)
        // The client caches statements (PostgreSQL then plans each once, or keeps its generic plan) up to 16,384
        // characters (by default 2,048: the registration's, longer, was parsed and planned at every call), except those
        // that begin with CUSTOM_PLAN: planned with their parameters' values at every call (pgcpu, BENCHMARKS.md).
        .setPreparedStatementCacheSqlFilter(sql -> sql.length() <= 16_384 && !sql.startsWith(CUSTOM_PLAN))
        .setPipeliningLimit(256);
    if (password != null) {
      o.setPassword(password);
    }
    // sslmode as libpq reads it: require encrypts without checking the certificate; verify-ca checks it
    // against the JDK's trust store; verify-full also checks the host name.
    SslMode mode = SslMode.of(sslMode);
    o.setSslMode(mode);
    if (mode == SslMode.REQUIRE || mode == SslMode.PREFER || mode == SslMode.ALLOW) {
      o.setSslOptions(new ClientSSLOptions().setTrustAll(true));
    } else if (mode == SslMode.VERIFY_FULL) {
      o.setSslOptions(new ClientSSLOptions().setHostnameVerificationAlgorithm("HTTPS"));
    }
    return o;
  }

  @Override
  public String toString() {
    // Never print the password.
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }
}
