package org.ecopetition.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.DialogLoader;
import org.ecopetition.gateway.dialog.Input;
import org.ecopetition.gateway.dialog.Places;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.EnglishPlaces;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.security.AtRest;
import org.ecopetition.gateway.support.TestClock;

/**
 * The dialog engine as a chat turn uses it, for a profiler: {@link Petitioner}s walk whatever the dialogs ask, the
 * engine built as the gateway builds it (the whole gazetteer's places, English names), each input with the HanLP
 * extractor's reading (read once per text beforehand, outside the measured loop), and each turn's state turned
 * into its stored map and back (what the turn does to seal it and hold it). Prints, after a quarter of the time
 * spent warming up, the engine's wall time, thread CPU and allocation a turn, and the state map's.
 * Usage: java -cp … org.ecopetition.gateway.bench.EngineInTurn [seconds] [map true|false]
 */
public final class EngineInTurn {
  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    boolean maps = args.length <= 1 || Boolean.parseBoolean(args[1]);
    Gazetteer g = Gazetteer.bundled();
    HanLpExtractor x = new HanLpExtractor(g, Classifiers.bundled());
    EnglishPlaces english = EnglishPlaces.of(g);
    DialogEngine engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")),
        Map.of("department", "测试市生态环境局", "departmentEn", "Test Bureau", "hotline", "12369", "address", "",
            "receptionHours", "9-17", "receptionPlace", "1 Road", "channels", "web"),
        new Places(english::resolveAny, g::countiesOf, g::citiesWithCounty, EnglishPlaces::english),
        TestClock.CLOCK, Duration.ofMinutes(30));
    Map<String, Extraction> read = new HashMap<>();
    List<Petitioner> ps = new ArrayList<>();
    List<ConversationState> states = new ArrayList<>();
    List<List<Petitioner.Reply>> last = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ps.add(new Petitioner(i, false));
      Turn t = engine.start("zh");
      states.add(t.state());
      last.add(replies(t));
    }
    // The first quarter warms the JIT up and is not counted.
    long warm = System.nanoTime() + seconds * 250_000_000L;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long turns = 0;
    long engineNanos = 0;
    long engineCpu = 0;
    long mapCpu = 0;
    long engineBytes = 0;
    long mapBytes = 0;
    com.sun.management.ThreadMXBean cpu =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long t0 = 0;
    while (System.nanoTime() < end) {
      if (t0 == 0 && System.nanoTime() >= warm) {
        t0 = System.nanoTime();
        turns = engineNanos = engineCpu = mapCpu = engineBytes = mapBytes = 0;
      }
      for (int i = 0; i < ps.size(); i++) {
        String text = ps.get(i).next(last.get(i)).text();
        Extraction e = read.computeIfAbsent(text, x::extract);
        long a = System.nanoTime();
        long b0 = cpu.getThreadAllocatedBytes(self);
        long c0 = cpu.getCurrentThreadCpuTime();
        Turn t = engine.handle(states.get(i), new Input(text, e, Duration.ZERO));
        if (t.effect() != null) {
          t = engine.resume(t.state(), "registered", Map.of("caseNumber", "HB2026112900001", "queryCode", "ABCD2345"));
        }
        ConversationState s = t.state();
        long c1 = cpu.getCurrentThreadCpuTime();
        long b1 = cpu.getThreadAllocatedBytes(self);
        if (maps) {
          s = ConversationState.fromMap(AtRest.stateAsStored(s.toMap()));
        }
        long c2 = cpu.getCurrentThreadCpuTime();
        long b2 = cpu.getThreadAllocatedBytes(self);
        engineBytes += b1 - b0;
        mapBytes += b2 - b1;
        engineCpu += c1 - c0;
        mapCpu += c2 - c1;
        engineNanos += System.nanoTime() - a;
        states.set(i, s);
        last.set(i, replies(t));
        turns++;
      }
    }
    System.out.printf("%d turns in %.1f s; engine %.1f µs a turn wall; CPU a turn: engine %.1f µs, state map and"
        + " back %.1f µs; allocated a turn: engine %.1f KB, state map and back %.1f KB%n", turns,
        (System.nanoTime() - t0) / 1e9, engineNanos / 1e3 / turns, engineCpu / 1e3 / turns, mapCpu / 1e3 / turns,
        engineBytes / 1e3 / turns, mapBytes / 1e3 / turns);
  }

  private static List<Petitioner.Reply> replies(Turn t) {
    return t.replies().stream().map(r -> new Petitioner.Reply(r.text(),
        r.buttons().stream().map(b -> new Petitioner.Button(b.label(), b.value())).toList())).toList();
  }
}
