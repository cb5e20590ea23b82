package org.ecopetition.gateway.dialog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A conversation test as data ({@code dialogs/tests/*.yaml}): what the petitioner says and what must follow. */
record ConversationScript(String file, String name, String lang, List<Line> lines) {

  record Line(String user, List<String> expect, List<String> not, Map<String, String> slots, String effect,
      String outcome, List<String> alerts, int idleMinutes, String dialog, boolean idle, List<String> absent) {}

  @SuppressWarnings("unchecked")
  static ConversationScript load(Path file) throws IOException {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Object> m = new Yaml(new SafeConstructor(o)).load(r);
      List<Line> lines = new ArrayList<>();
      for (Object s : (List<Object>) m.get("steps")) {
        Map<String, Object> step = (Map<String, Object>) s;
        lines.add(new Line(String.valueOf(step.get("user")), strings(step.get("expect")), strings(step.get("not")),
            stringMap(step.get("slots")), (String) step.get("effect"), (String) step.get("outcome"),
            strings(step.get("alerts")), step.get("idle") instanceof Number n ? n.intValue() : 0,
            (String) step.get("dialog"), Boolean.TRUE.equals(step.get("idle_after")), strings(step.get("absent"))));
      }
      return new ConversationScript(file.getFileName().toString(), String.valueOf(m.get("name")),
          String.valueOf(m.getOrDefault("lang", "zh")), lines);
    }
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    } else if (o != null) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static Map<String, String> stringMap(Object o) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }
}
