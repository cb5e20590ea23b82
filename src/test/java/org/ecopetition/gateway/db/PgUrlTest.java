package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

class PgUrlTest {

  @Test
  void readsEveryPartAndNeverPrintsThePassword() {
    PgUrl u = PgUrl.parse("postgresql://gw:s%40cret@db.internal:6543/petitions?sslmode=verify-full");
    assertThat(u.host()).isEqualTo("db.internal");
    assertThat(u.port()).isEqualTo(6543);
    assertThat(u.database()).isEqualTo("petitions");
    assertThat(u.user()).isEqualTo("gw");
    assertThat(u.password()).isEqualTo("s@cret");
    assertThat(u.connectOptions().getSslMode()).isEqualTo(SslMode.VERIFY_FULL);
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/petitions?sslmode=verify-full");
    assertThat(u.toString()).doesNotContain("s@cret").doesNotContain("cret");
  }

  @Test
  void defaultsAndRefusals() {
    PgUrl u = PgUrl.parse("postgres://localhost/x");
    assertThat(u.port()).isEqualTo(5432);
    assertThat(u.connectOptions().getSslMode()).isEqualTo(SslMode.DISABLE);
    assertThatThrownBy(() -> PgUrl.parse("mysql://x/y")).hasMessageContaining("postgresql://");
    assertThatThrownBy(() -> PgUrl.parse("postgresql://x/y?sslmode=maybe")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgUrl.parse("postgresql://x/y?ssl=true")).hasMessageContaining("only sslmode");
  }
}
