package org.ecopetition.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopetition.gateway.casefile.CaseRedaction;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.DialogLoader;
import org.ecopetition.gateway.dialog.Input;
import org.ecopetition.gateway.dialog.Places;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.EnglishPlaces;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;
import org.ecopetition.gateway.nlp.RedactionBefore;
import org.ecopetition.gateway.support.TestClock;

/**
 * The masking of the turn that chooses anonymity (ConversationService.anonymised), first version against this one in
 * one JVM: {@link Petitioner}s walk the dialogs as the chat benchmark's do (many intakes in one conversation, named
 * or anonymous at random); at each choice of anonymity the conversation's texts so far (what they typed, with the
 * extractor's spans, and what the gateway said) are masked as the turn masks them — the identities collected from the
 * typed texts, each typed text masked by its spans and the known identities, every other text by the collected
 * values. The extractor's reading is done beforehand (the turn keeps it with each message). Prints thread CPU and
 * allocation per masking for each, in alternating rounds (a shared machine: only the ratio means something; the
 * bytes are not moved by load), and checks both masked every text alike.
 * Usage: java -cp … org.ecopetition.gateway.bench.AnonymityMaskingAb [conversations 30] [turns 200] [rounds 11]
 */
public final class AnonymityMaskingAb {
  /** One conversation at its choice of anonymity. */
  record Snapshot(List<String> texts, List<Boolean> typed, Map<String, String> known, String accused) {}

  public static void main(String[] args) {
    int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int turns = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    Gazetteer g = Gazetteer.bundled();
    HanLpExtractor x = new HanLpExtractor(g, Classifiers.bundled());
    EnglishPlaces english = EnglishPlaces.of(g);
    DialogEngine engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")),
        Map.of("department", "测试市生态环境局", "departmentEn", "Test Bureau", "hotline", "12369", "address", "",
            "receptionHours", "9-17", "receptionPlace", "1 Road", "channels", "web"),
        new Places(english::resolveAny, g::countiesOf, g::citiesWithCounty, EnglishPlaces::english),
        TestClock.CLOCK, Duration.ofMinutes(30));
    Map<String, Extraction> read = new HashMap<>();
    Extractor once = t -> read.computeIfAbsent(t, x::extract);
    List<Snapshot> snaps = new ArrayList<>();
    int messages = 0;
    for (int i = 0; i < conversations; i++) {
      Petitioner p = new Petitioner(i, false);
      Turn t = engine.start("zh");
      List<String> texts = new ArrayList<>();
      List<Boolean> typed = new ArrayList<>();
      t.replies().forEach(r -> {
        texts.add(r.text());
        typed.add(false);
      });
      for (int k = 0; k < turns; k++) {
        String text = p.next(t.replies().stream().map(r -> new Petitioner.Reply(r.text(), r.buttons().stream()
            .map(b -> new Petitioner.Button(b.label(), b.value())).toList())).toList()).text();
        ConversationState before = t.state();
        t = engine.handle(before, new Input(text, once.extract(text), Duration.ZERO));
        if (t.effect() != null) {
          t = engine.resume(t.state(), "registered", Map.of("caseNumber", "HB2026112900001", "queryCode", "ABCD2345"));
        }
        texts.add(text);
        typed.add(true);
        if (anonymous(t.state()) && !anonymous(before)) {
          Map<String, String> known = known(t.state());
          known(before).forEach(known::putIfAbsent);
          String accused = t.state().current() == null ? null : t.state().current().slots().get("accused");
          snaps.add(new Snapshot(List.copyOf(texts), List.copyOf(typed), known, accused));
          messages += texts.size();
        }
        t.replies().forEach(r -> {
          texts.add(r.text());
          typed.add(false);
        });
      }
    }
    System.out.printf("%d conversations of %d turns: %d choices of anonymity, %.0f texts each on average%n",
        conversations, turns, snaps.size(), (double) messages / snaps.size());
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long[][] cpu = new long[2][rounds];
    long[][] bytes = new long[2][rounds];
    for (int r = -3; r < rounds; r++) {
      for (int which : r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
        long c0 = mx.getCurrentThreadCpuTime();
        long b0 = mx.getThreadAllocatedBytes(self);
        long sink = 0;
        for (Snapshot s : snaps) {
          sink += mask(s, once, which == 1).hashCode();
        }
        if (r >= 0) {
          cpu[which][r] = mx.getCurrentThreadCpuTime() - c0;
          bytes[which][r] = mx.getThreadAllocatedBytes(self) - b0;
        }
        if (sink == 42) {
          System.out.print("");
        }
      }
    }
    for (Snapshot s : snaps) {
      if (!mask(s, once, false).equals(mask(s, once, true))) {
        throw new AssertionError("the two versions masked a conversation differently");
      }
    }
    double oldCpu = median(cpu[0]) / 1e3 / snaps.size();
    double newCpu = median(cpu[1]) / 1e3 / snaps.size();
    System.out.printf("per masking (median of %d alternating rounds): first version %.1f µs CPU, %.1f KB;"
        + " this one %.1f µs CPU, %.1f KB; ratio %.2f; both masked alike%n", rounds, oldCpu,
        median(bytes[0]) / 1e3 / snaps.size(), newCpu, median(bytes[1]) / 1e3 / snaps.size(), newCpu / oldCpu);
  }

  /** The conversation's texts masked as the anonymity turn masks them. */
  private static List<String> mask(Snapshot s, Extractor once, boolean prepared) {
    Map<String, Set<String>> found = new HashMap<>();
    for (int k = 0; k < s.texts().size(); k++) {
      if (s.typed().get(k)) {
        CaseRedaction.collect(once, s.texts().get(k), s.known(), s.accused(), found);
      }
    }
    List<String> out = new ArrayList<>(s.texts().size());
    if (prepared) {
      Redaction.Values known = Redaction.known(s.known());
      Redaction.Values values = Redaction.values(found);
      for (int k = 0; k < s.texts().size(); k++) {
        String t = s.texts().get(k);
        out.add(s.typed().get(k) ? CaseRedaction.text(once, t, known, s.accused()) : values.redact(t));
      }
    } else {
      for (int k = 0; k < s.texts().size(); k++) {
        String t = s.texts().get(k);
        out.add(s.typed().get(k) ? (t == null || t.isBlank() ? t
            : RedactionBefore.redact(t, once.extract(t).identities(), s.known(), s.accused()))
            : RedactionBefore.redactValues(t, found));
      }
    }
    return out;
  }

  private static boolean anonymous(ConversationState s) {
    return frames(s).stream().anyMatch(f -> "anonymous".equals(f.slots().get("anonymous")));
  }

  /** As Anonymity.known: the identities the state holds, by identity type. */
  private static Map<String, String> known(ConversationState s) {
    Map<String, String> out = new HashMap<>();
    for (ConversationState.Frame f : frames(s)) {
      for (String[] k : new String[][] {{Identity.NAME, "name"}, {Identity.ADDRESS, "address"},
          {Identity.PHONE, "phone"}}) {
        String v = f.slots().getOrDefault(k[1], f.suggested().get(k[1]));
        if (v != null && !v.isBlank()) {
          out.putIfAbsent(k[0], v);
        }
      }
    }
    return out;
  }

  private static List<ConversationState.Frame> frames(ConversationState s) {
    List<ConversationState.Frame> all = new ArrayList<>(s.suspended());
    if (s.current() != null) {
      all.add(s.current());
    }
    return all;
  }

  private static double median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  private AnonymityMaskingAb() {}
}
