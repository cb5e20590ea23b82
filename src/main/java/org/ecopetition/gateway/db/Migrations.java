package org.ecopetition.gateway.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Versioned schema migrations from {@code db/migration} on the class path, run at start. */
public final class Migrations {
  private Migrations() {}

  public static MigrateResult run(PgUrl url) {
    return Flyway.configure()
        .dataSource(url.jdbcUrl(), url.user(), url.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
