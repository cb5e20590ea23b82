package org.ecopetition.gateway.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ecopetition.gateway.nlp.EnglishPlaces;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.RuleExtractor;
import org.ecopetition.gateway.routing.RoutingRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

/**
 * Runs every conversation test of {@code dialogs/tests/} against the shipped dialogs, the gazetteer and the
 * rule-based extractor, and checks that together they enter every dialog and use every global command in
 * both languages. The rule extractor, not the trained one, so that retraining the classifiers never changes
 * what these scripts test: the dialog engine. The gateway's own tests run the trained extractor end to end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialogConversationTest {
  static final Path TESTS = Path.of("dialogs/tests");
  static final Gazetteer GAZETTEER = Gazetteer.bundled();
  static final RuleExtractor EXTRACTOR = new RuleExtractor(GAZETTEER);
  static final DialogSet DIALOGS = DialogLoader.load(Path.of("dialogs"));
  /** A fixed "now" in Beijing, so that dates in the scripts are stable. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC);
  static final DialogEngine ENGINE = new DialogEngine(DIALOGS,
      Map.of("department", "测试市生态环境局", "departmentEn", "Test City Bureau", "hotline", "12369",
          "address", "测试市环保路1号", "receptionHours", "工作日 9:00-17:00", "receptionPlace", "测试市环保路1号信访接待室", "channels", "网上信访"),
      places(GAZETTEER), CLOCK, Duration.ofMinutes(30), elsewhere(RoutingRules.bundled()), noticeDue());

  /** Art 17's notice date as the gateway gives it to the engine: the lifecycle's arithmetic on the official calendar. */
  static java.util.function.BiFunction<java.time.LocalDate, String, String> noticeDue() {
    org.ecopetition.gateway.lifecycle.Lifecycle lifecycle = new org.ecopetition.gateway.lifecycle.Lifecycle(
        org.ecopetition.gateway.calendar.WorkCalendar.official(), java.util.List.of());
    org.ecopetition.gateway.casefile.StatusText said = new org.ecopetition.gateway.casefile.StatusText(
        org.ecopetition.gateway.text.Catalogue.load(Path.of("dialogs", "messages")));
    return (day, lang) -> {
      org.ecopetition.gateway.calendar.Deadline n = lifecycle.register(day, false, false).notice();
      return said.deadline(n.lastDay(), n.estimated(), lang);
    };
  }

  /** The routing table as the gateway gives it to the engine: where a matter goes outside the system. */
  static java.util.function.BiFunction<String, String, java.util.Optional<Elsewhere>> elsewhere(RoutingRules rules) {
    return (matter, code) -> rules.referral(matter, code).map(r -> new Elsewhere(r.organ(), r.whyZh(), r.whyEn()));
  }

  /** The gazetteer as the gateway gives it to the engine: Chinese and English names, districts and cities offered. */
  static Places places(Gazetteer g) {
    EnglishPlaces english = EnglishPlaces.of(g);
    return new Places(english::resolveAny, g::countiesOf, g::citiesWithCounty,
        EnglishPlaces::english);
  }

  static final Map<String, Set<String>> DIALOGS_SEEN = new HashMap<>();
  static final Map<String, Set<String>> COMMANDS_SEEN = new HashMap<>();

  static Map<String, String> vars(String action) {
    return switch (action) {
      case Effect.REGISTER_CASE -> Map.of("caseNumber", "HB2026112900001", "queryCode", "ABCDEFGH",
          "noticeDue", "2026年12月14日", "handlingDue", "2027年1月28日");
      case Effect.QUERY_STATUS -> Map.of("caseNumber", "HB2026112900001", "state", "已登记",
          "department", "测试市生态环境局", "dates", "登记日期：2026年11月29日\n", "replies", "暂无答复。");
      case Effect.REQUEST_REVIEW -> Map.of("requestKind", "复查申请", "caseNumber", "HB2026112900001",
          "department", "上一级机关", "deadline", "2026年12月29日", "why", "已超过期限");
      default -> Map.of("caseNumber", "HB2026112900001", "why", "尚未答复");
    };
  }

  static String defaultOutcome(String action) {
    return switch (action) {
      case Effect.REGISTER_CASE -> "registered";
      case Effect.QUERY_STATUS -> "found";
      default -> "recorded";
    };
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> conversations() throws IOException {
    try (Stream<Path> files = Files.list(TESTS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }
  }

  static void run(Path file) throws IOException {
    run(file, EXTRACTOR);
  }

  /** The script of {@code file} through the engine, each message read by {@code extractor}. */
  static void run(Path file, org.ecopetition.gateway.nlp.Extractor extractor) throws IOException {
    ConversationScript script = ConversationScript.load(file);
    Turn t = ENGINE.start(script.lang());
    record(t, script.lang(), null);
    List<String> transcript = new ArrayList<>();
    t.replies().forEach(r -> transcript.add("BOT: " + r.text()));
    int n = 0;
    for (ConversationScript.Line line : script.lines()) {
      n++;
      String where = script.file() + " line " + n + " (" + line.user() + ")";
      String lang = t.state().lang();
      // A message held after the receipt, released as a new matter, is read as the gateway reads it.
      org.ecopetition.gateway.nlp.Extraction held = ENGINE.held(t.state(), line.user()).map(extractor::extract)
          .orElse(null);
      t = ENGINE.handle(t.state(), new Input(line.user(), extractor.extract(line.user()),
          Duration.ofMinutes(line.idleMinutes()), held));
      record(t, lang, line.user());
      List<Reply> replies = new ArrayList<>(t.replies());
      Set<String> alerts = new HashSet<>(t.alerts());
      if (line.effect() != null) {
        assertThat(t.effect()).as(where + ": effect").isNotNull();
        assertThat(t.effect().action()).as(where).isEqualTo(line.effect());
      }
      if (t.effect() != null) {
        String action = t.effect().action();
        String outcome = line.outcome() != null ? line.outcome() : defaultOutcome(action);
        Map<String, String> submitted = t.effect().slots();
        line.slots().forEach((k, v) -> assertThat(submitted).as(where + ": submitted " + k).containsEntry(k, v));
        line.absent().forEach(k -> assertThat(submitted).as(where + ": not submitted").doesNotContainKey(k));
        // A supplement is no step of a dialog: the gateway adds it to the case and the engine says so.
        // So is the progress of the conversation's own case: the gateway reads it, the engine answers.
        t = Effect.ADD_TO_CASE.equals(action)
            ? ENGINE.supplemented(t.state(), submitted.get(DialogEngine.SUPPLEMENT_CASE), true)
            : Effect.CASE_PROGRESS.equals(action)
            ? ENGINE.progress(t.state(), submitted.get(DialogEngine.SUPPLEMENT_CASE), "not_found".equals(outcome) ? null
                : Map.of("caseNumber", submitted.get(DialogEngine.SUPPLEMENT_CASE), "state", "已登记",
                    "department", "测试市生态环境局", "next", "受理告知期限：2026年12月14日\n"))
            : ENGINE.resume(t.state(), outcome, vars(action));
        record(t, lang, null);
        replies.addAll(t.replies());
      } else if (!line.slots().isEmpty()) {
        assertThat(t.state().current()).as(where + ": a dialog in progress").isNotNull();
        Map<String, String> slots = t.state().current().slots();
        line.slots().forEach((k, v) -> assertThat(slots).as(where + ": slot " + k).containsEntry(k, v));
      }
      if (t.effect() == null && !line.absent().isEmpty() && t.state().current() != null) {
        Map<String, String> slots = t.state().current().slots();
        // A declined item is kept as not given (empty), an unknown one as unknown: never a value.
        line.absent().forEach(k -> assertThat(slots.getOrDefault(k, "")).as(where + ": slot " + k + " not given")
            .matches(v -> v.isEmpty() || DialogEngine.UNKNOWN.equals(v)));
      }
      String text = String.join("\n", replies.stream().map(r -> ENGINE.plainText(r, lang)).toList());
      transcript.add("YOU: " + line.user());
      transcript.add("BOT: " + text);
      String context = where + "\n" + String.join("\n", transcript);
      for (String e : line.expect()) {
        assertThat(text).as(context).contains(e);
      }
      for (String e : line.not()) {
        assertThat(text).as(context).doesNotContain(e);
      }
      for (String a : line.alerts()) {
        assertThat(alerts).as(context + "\nalerts").contains(a);
      }
      if (line.dialog() != null) {
        assertThat(t.state().current() == null ? "idle" : t.state().current().dialog()).as(context)
            .isEqualTo(line.dialog());
      }
    }
  }

  static void record(Turn t, String lang, String input) {
    if (t.state().current() != null) {
      DIALOGS_SEEN.computeIfAbsent(lang, k -> new HashSet<>()).add(t.state().current().dialog());
    }
    if (input != null) {
      ENGINE.command(input).ifPresent(c -> {
        COMMANDS_SEEN.computeIfAbsent(lang, k -> new HashSet<>()).add(c);
        // A dialog a command starts counts as entered even if it ends within the turn (info).
        DIALOGS.commands().stream().filter(cmd -> cmd.name().equals(c) && cmd.startDialog() != null)
            .forEach(cmd -> DIALOGS_SEEN.computeIfAbsent(lang, k -> new HashSet<>()).add(cmd.startDialog()));
      });
    }
  }

  @Test
  @Order(2)
  void everyDialogAndEveryCommandIsCoveredInBothLanguages() {
    Set<String> dialogs = DIALOGS.dialogs().keySet();
    Set<String> commands = new HashSet<>();
    DIALOGS.commands().forEach(c -> commands.add(c.name()));
    for (String lang : List.of("zh", "en")) {
      assertThat(DIALOGS_SEEN.getOrDefault(lang, Set.of())).as("dialogs entered in " + lang).containsAll(dialogs);
      assertThat(COMMANDS_SEEN.getOrDefault(lang, Set.of())).as("commands used in " + lang).containsAll(commands);
    }
  }
}
