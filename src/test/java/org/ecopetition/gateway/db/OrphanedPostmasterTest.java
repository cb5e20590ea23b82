package org.ecopetition.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that dies hard leaves its postmaster running on the data folder. The next start must stop it,
 * start again on the same data, and keep what was committed (durable settings, checked with SHOW).
 */
class OrphanedPostmasterTest {

  /** Run in a child JVM: start the embedded database, commit a row, say so, then wait to be killed. */
  public static void main(String[] args) throws Exception {
    EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
    try (Connection c = db.connect("postgres")) {
      c.createStatement().execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('committed before the crash')");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(600_000);
  }

  @Test
  void aPostmasterLeftByACrashIsStoppedAndTheDataSurvives(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pg");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OrphanedPostmasterTest.class.getName(), data.toString())
        .redirectErrorStream(true).start();
    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    boolean ready = false;
    while ((line = reader.readLine()) != null) {
      if (line.contains("READY")) {
        ready = true;
        break;
      }
    }
    assertThat(ready).as("child started its database").isTrue();
    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    Path pidFile = data.resolve("postmaster.pid");
    assertThat(pidFile).exists();
    long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      try (Connection c = db.connect("postgres")) {
        ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("committed before the crash");
        for (String s : List.of("fsync", "synchronous_commit")) {
          ResultSet r = c.createStatement().executeQuery("SHOW " + s);
          r.next();
          assertThat(r.getString(1)).as(s).isEqualTo("on");
        }
      }
    }
    // The server's own log stays out of the application log, in a file beside the data.
    assertThat(dir.resolve("pg.log")).exists();
  }
}
