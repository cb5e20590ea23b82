package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL runs the major version compose and the manifests run; a data folder made by an older
 * major is refused before the start with the way to upgrade it, and is left as it was.
 */
class EmbeddedMajorVersionTest {

  @Test
  void theEmbeddedServerRunsTheMajorVersionTheDeploymentsRun(@TempDir Path dir) throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"))) {
      assertThat(db.serverMajor()).isEqualTo(EmbeddedDatabase.MAJOR);
    }
    assertThat(Files.readString(dir.resolve("pg/PG_VERSION")).strip()).isEqualTo(String.valueOf(EmbeddedDatabase.MAJOR));
    String compose = Files.readString(Path.of("deploy/compose.yaml"));
    assertThat(compose).contains("image: postgres:" + EmbeddedDatabase.MAJOR + "\n");
  }

  @Test
  void aFolderOfAnotherMajorIsRefusedWithTheWayToUpgradeIt(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("pg");
    Files.createDirectories(data);
    Files.writeString(data.resolve("PG_VERSION"), "14\n");
    assertThatThrownBy(() -> EmbeddedDatabase.start(data))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("PostgreSQL 14")
        .hasMessageContaining("deploy/README.md");
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("PG_VERSION");
    }
  }
}
