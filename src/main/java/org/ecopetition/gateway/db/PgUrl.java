package org.ecopetition.gateway.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A {@code postgresql://user:password@host:port/db} URL, for both the Vert.x client and JDBC (Flyway). */
public record PgUrl(String host, int port, String database, String user, String password) {

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
    return new PgUrl(host, uri.getPort() < 0 ? 5432 : uri.getPort(), db, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions o = new PgConnectOptions()
        .setHost(host).setPort(port).setDatabase(database).setUser(user)
        .setCachePreparedStatements(true)
        .setPipeliningLimit(256);
    if (password != null) {
      o.setPassword(password);
    }
    return o;
  }

  @Override
  public String toString() {
    // Never print the password.
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }
}
