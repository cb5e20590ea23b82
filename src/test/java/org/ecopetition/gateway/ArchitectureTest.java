package org.ecopetition.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pure core stays pure: the dialog engine, the NLP and deadline arithmetic know nothing of Vert.x, SQL or HTTP. */
@AnalyzeClasses(packages = "org.ecopetition.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreHasNoIo = noClasses()
      .that().resideInAnyPackage("..gateway.dialog..", "..gateway.calendar..", "..gateway.nlp..", "..gateway.routing..",
          "..gateway.lifecycle..", "..gateway.tsv..")
      .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..", "java.sql..", "org.postgresql..",
          "org.flywaydb..", "com.github.benmanes.caffeine..");

  @ArchTest
  static final ArchRule coreDoesNotReachOut = noClasses()
      .that().resideInAnyPackage("..gateway.dialog..", "..gateway.calendar..", "..gateway.nlp..", "..gateway.routing..", "..gateway.lifecycle..")
      .should().dependOnClassesThat().resideInAnyPackage("..gateway.web..", "..gateway.channel..",
          "..gateway.conversation..", "..gateway.casefile..", "..gateway.db..", "..gateway.staff..",
          "..gateway.notice..", "..gateway.documents..");

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
}
