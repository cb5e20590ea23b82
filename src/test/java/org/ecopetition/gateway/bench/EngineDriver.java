package org.ecopetition.gateway.bench;

import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
import org.ecopetition.gateway.security.DataKeys;

/**
 * The engine's part of a chat turn as the gateway runs it on an event loop (issue 16), for {@link EngineCpuAb}, which
 * loads one of these per build in a class loader of its own: the engine built as the gateway builds it, {@link
 * Petitioner}s walking whatever the dialogs ask (each text read by the extractor once, outside what is measured), and
 * per turn what the turn's code does around the engine — whether the text is a secret, the engine's answer (and the
 * registration's resumption), the state masked as stored, sealed and written as the batch's JSON text, and held back
 * from the stored map. Public methods only, called by reflection.
 */
public final class EngineDriver {
  private final DialogEngine engine;
  private final HanLpExtractor extractor;
  private final AtRest atRest = new AtRest(DataKeys.of("1:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=", List.of()));
  private final Map<String, Extraction> read = new HashMap<>();
  private final List<Petitioner> ps = new ArrayList<>();
  private final List<ConversationState> states = new ArrayList<>();
  private final List<List<Petitioner.Reply>> last = new ArrayList<>();
  private final com.sun.management.ThreadMXBean mx =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private long sink;

  public EngineDriver(int conversations) {
    Gazetteer g = Gazetteer.bundled();
    extractor = new HanLpExtractor(g, Classifiers.bundled());
    EnglishPlaces english = EnglishPlaces.of(g);
    engine = new DialogEngine(DialogLoader.load(Path.of("dialogs")),
        Map.of("department", "测试市生态环境局", "departmentEn", "Test Bureau", "hotline", "12369", "address", "",
            "receptionHours", "9-17", "receptionPlace", "1 Road", "channels", "web"),
        new Places(english::resolveAny, g::countiesOf, g::citiesWithCounty, EnglishPlaces::english),
        // A fixed clock: nothing of the walk depends on when it runs.
        Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(30));
    for (int i = 0; i < conversations; i++) {
      ps.add(new Petitioner(i, false));
      Turn t = engine.start("zh");
      states.add(t.state());
      last.add(replies(t));
    }
  }

  /**
   * {@code turns} turns round the conversations; returns {thread CPU ns, bytes allocated} of the turns' engine part
   * only. A text met for the first time is read by the extractor outside that part.
   */
  public long[] round(int turns) {
    long cpu = 0;
    long bytes = 0;
    for (int n = 0; n < turns; n++) {
      int i = n % ps.size();
      String text = ps.get(i).next(last.get(i)).text();
      Extraction x = read.computeIfAbsent(text, extractor::extract);
      long b0 = mx.getCurrentThreadAllocatedBytes();
      long c0 = mx.getCurrentThreadCpuTime();
      Turn t = turn(states.get(i), text, x);
      long c1 = mx.getCurrentThreadCpuTime();
      long b1 = mx.getCurrentThreadAllocatedBytes();
      cpu += c1 - c0;
      bytes += b1 - b0;
      states.set(i, t.state());
      last.set(i, replies(t));
    }
    return new long[] {cpu, bytes};
  }

  /** The engine's part of one turn; the state returned is the one held after it (read back from the stored map). */
  private Turn turn(ConversationState s, String text, Extraction x) {
    boolean secret = engine.awaitsSecret(s);
    boolean register = engine.atConfirmation(s);
    Turn t = engine.handle(s, new Input(text, x, Duration.ZERO));
    if (t.effect() != null) {
      t = engine.resume(t.state(), "registered", Map.of("caseNumber", "HB2026112900001", "queryCode", "ABCD2345"));
    }
    Map<String, Object> stored = AtRest.stateAsStored(t.state().toMap());
    JsonObject sealed = atRest.sealStored(stored);
    sink += sealed.getString("sealed").length() + (secret ? 1 : 0) + (register ? 1 : 0);
    return new Turn(ConversationState.fromMap(stored), t.replies(), t.effect(), t.alerts());
  }

  /**
   * A digest of what the engine said and kept over {@code turns} turns of fresh conversations: every reply's text and
   * buttons, effect, alerts and stored state. Two builds that behave alike give the same digest in one JVM (not
   * across JVMs: the order of an extraction's fields, and so of the slots it fills, follows {@code Map.copyOf}'s
   * per-JVM salt).
   */
  public String digest(int conversations, int turns) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    List<Petitioner> walkers = new ArrayList<>();
    List<ConversationState> at = new ArrayList<>();
    List<List<Petitioner.Reply>> said = new ArrayList<>();
    for (int i = 0; i < conversations; i++) {
      walkers.add(new Petitioner(1000 + i, false));
      Turn t = engine.start(i % 7 == 0 ? "en" : "zh");
      at.add(t.state());
      said.add(replies(t));
      feed(md, t);
    }
    for (int n = 0; n < turns; n++) {
      int i = n % walkers.size();
      String text = walkers.get(i).next(said.get(i)).text();
      Turn t = turn(at.get(i), text, read.computeIfAbsent(text, extractor::extract));
      md.update(text.getBytes(StandardCharsets.UTF_8));
      feed(md, t);
      at.set(i, t.state());
      said.set(i, replies(t));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void feed(MessageDigest md, Turn t) {
    StringBuilder b = new StringBuilder();
    for (Reply r : t.replies()) {
      b.append(r.text()).append('\u0001');
      r.buttons().forEach(x -> b.append(x.label()).append('\u0002').append(x.value()).append('\u0003'));
    }
    b.append(t.effect()).append('\u0004').append(t.alerts()).append('\u0004')
        .append(AtRest.stateAsStored(t.state().toMap()));
    md.update(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  public long sink() {
    return sink;
  }

  private static List<Petitioner.Reply> replies(Turn t) {
    return t.replies().stream().map(r -> new Petitioner.Reply(r.text(),
        r.buttons().stream().map(b -> new Petitioner.Button(b.label(), b.value())).toList())).toList();
  }
}
