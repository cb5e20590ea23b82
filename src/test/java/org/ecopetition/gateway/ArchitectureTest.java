package org.ecopetition.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pure core stays pure: the dialog engine, the NLP and deadline arithmetic know nothing of Vert.x, SQL or HTTP. */
@AnalyzeClasses(packages = "org.ecopetition.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Features depend on each other one way only: no package cycles. */
  @ArchTest
  static final ArchRule noPackageCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
      .matching("org.ecopetition.gateway.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreHasNoIo = noClasses()
      .that().resideInAnyPackage("..gateway.dialog..", "..gateway.calendar..", "..gateway.nlp..", "..gateway.routing..",
          "..gateway.lifecycle..", "..gateway.tsv..", "..gateway.text..", "..gateway.access..")
      .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..", "java.sql..", "org.postgresql..",
          "org.flywaydb..", "com.github.benmanes.caffeine..");

  @ArchTest
  static final ArchRule coreDoesNotReachOut = noClasses()
      .that().resideInAnyPackage("..gateway.dialog..", "..gateway.calendar..", "..gateway.nlp..", "..gateway.routing..", "..gateway.lifecycle..")
      .should().dependOnClassesThat().resideInAnyPackage("..gateway.web..", "..gateway.channel..",
          "..gateway.conversation..", "..gateway.casefile..", "..gateway.db..", "..gateway.staff..",
          "..gateway.notice..", "..gateway.documents..", "..gateway.account..");

  /**
   * Who may see what is one pure decision: the access package knows nothing but the JDK, so every route, list and
   * count can ask it, and a test can check it over the whole directory without a server.
   */
  @ArchTest
  static final ArchRule accessIsPure = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
      .that().resideInAPackage("..gateway.access..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..gateway.access..");

  /** Notices serve every act that owes one; they know nothing of the staff API or a chat channel. */
  @ArchTest
  static final ArchRule noticesStandAlone = noClasses()
      .that().resideInAnyPackage("..gateway.notice..")
      .should().dependOnClassesThat().resideInAnyPackage("..gateway.staff..", "..gateway.channel..",
          "..gateway.conversation..");

  @ArchTest
  static final ArchRule sqlStaysInRepositories = noClasses()
      .that().haveSimpleNameNotStartingWith("Pg").and().resideOutsideOfPackage("..gateway.db..")
      .and().doNotHaveSimpleName("Gateway").and().doNotHaveSimpleName("HealthRouter")
      .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.sqlclient.Tuple");

  @ArchTest
  static final ArchRule channelsDoNotTouchTheDatabase = noClasses()
      .that().resideInAnyPackage("..gateway.channel..")
      .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..");

  /**
   * One clock: only {@code Main} reads the system's; everything else is given it, so tests can fix "today"
   * and a deadline never depends on which clock a line happened to read.
   */
  @ArchTest
  static final ArchRule onlyMainReadsTheSystemClock = noClasses()
      .that().doNotHaveFullyQualifiedName(Main.class.getName())
      .should().callMethod(java.time.Clock.class, "systemUTC")
      .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
      .orShould().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
      .orShould().callMethod(java.time.LocalDateTime.class, "now")
      .orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
      .orShould().callMethod(java.time.ZonedDateTime.class, "now")
      .orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
      .orShould().callMethod(java.time.OffsetDateTime.class, "now")
      .orShould().callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
      .orShould().callMethod(System.class, "currentTimeMillis");

  /** Nor does the SQL read the database's clock: times are parameters from the gateway's. */
  @Test
  void noSqlReadsTheDatabaseClock() throws IOException {
    Pattern dbClock = Pattern.compile("(?i)\\b(now\\(\\)|current_date|current_timestamp|localtimestamp|clock_timestamp|"
        + "statement_timestamp|transaction_timestamp)");
    List<Path> offenders;
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"));
        Stream<Path> sql = Files.walk(Path.of("src/main/resources/db/migration"))) {
      offenders = Stream.concat(java, sql.filter(ArchitectureTest::afterV6))
          .filter(Files::isRegularFile)
          .filter(f -> !f.endsWith("Main.java"))
          .filter(f -> {
            try {
              return dbClock.matcher(Files.readString(f)).find();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
    assertThat(offenders).as("files reading the database's clock").isEmpty();
  }

  /**
   * The case has one write path: only the case file's repository writes the case tables; staff acts, chat effects,
   * notices and delivery reports all go through it (the lifecycle decides, the repository applies).
   */
  @Test
  void onlyTheCaseRepositoryWritesTheCaseTables() throws IOException {
    Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(cases|case_events|case_serials)\\b");
    List<Path> writers;
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
      writers = java.filter(Files::isRegularFile).filter(f -> {
        try {
          return write.matcher(Files.readString(f)).find();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(writers).containsExactly(Path.of("src/main/java/org/ecopetition/gateway/casefile/PgCaseRepository.java"));
  }

  /**
   * No cache hands its upkeep to the common pool: Caffeine's default executor wakes a thread of
   * {@code ForkJoinPool.commonPool()} after writes, which on the turn path was 1.5–2.0 context switches a turn
   * (bench/chat.sh); with {@code executor(Runnable::run)} the writing thread does the upkeep itself.
   */
  @Test
  void cachesKeepTheirUpkeepOnTheirOwnThread() throws IOException {
    Pattern builder = Pattern.compile("Caffeine\\.newBuilder\\(\\)(.*?)\\.build\\(", Pattern.DOTALL);
    List<String> pooled = new java.util.ArrayList<>();
    try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
      for (Path f : java.filter(Files::isRegularFile).toList()) {
        java.util.regex.Matcher m = builder.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).contains(".executor(")) {
            pooled.add(f.getFileName() + ": " + m.group().replaceAll("\\s+", " "));
          }
        }
      }
    }
    assertThat(pooled).as("caches whose upkeep goes to the common pool").isEmpty();
  }

  /** Migrations up to V6 ran before the rule (V7 drops their defaults); they are history, not code paths. */
  private static boolean afterV6(Path f) {
    String n = f.getFileName().toString();
    return !n.matches("V[1-6]__.*");
  }
}
