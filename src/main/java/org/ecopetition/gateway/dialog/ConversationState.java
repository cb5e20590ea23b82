package org.ecopetition.gateway.dialog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a conversation stands: its language, the dialog frame in progress (null when idle), and one
 * frame suspended by a global command (a status query in the middle of a report). Immutable; stored as a
 * plain map so adapters can keep it as JSON.
 */
public record ConversationState(String lang, Frame current, Frame suspended) {

  /** A dialog in progress: its step, the slots filled so far, and whether an item is being corrected. */
  public record Frame(String dialog, String step, Map<String, String> slots, boolean editing) {
    public Frame {
      slots = Map.copyOf(slots);
    }

    Frame at(String stepId) {
      return new Frame(dialog, stepId, slots, editing);
    }

    Frame with(String slot, String value) {
      Map<String, String> s = new LinkedHashMap<>(slots);
      s.put(slot, value);
      return new Frame(dialog, step, s, editing);
    }

    Frame without(String slot) {
      Map<String, String> s = new LinkedHashMap<>(slots);
      s.remove(slot);
      return new Frame(dialog, step, s, editing);
    }

    Frame editing(boolean on) {
      return new Frame(dialog, step, slots, on);
    }
  }

  public static String normaliseLang(String lang) {
    return lang != null && lang.toLowerCase().startsWith("en") ? "en" : "zh";
  }

  ConversationState withCurrent(Frame f) {
    return new ConversationState(lang, f, suspended);
  }

  ConversationState withLang(String l) {
    return new ConversationState(l, current, suspended);
  }

  public boolean idle() {
    return current == null;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", lang);
    m.put("current", frameMap(current));
    m.put("suspended", frameMap(suspended));
    return m;
  }

  @SuppressWarnings("unchecked")
  public static ConversationState fromMap(Map<String, Object> m) {
    return new ConversationState(normaliseLang((String) m.get("lang")),
        frame((Map<String, Object>) m.get("current")), frame((Map<String, Object>) m.get("suspended")));
  }

  private static Map<String, Object> frameMap(Frame f) {
    if (f == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dialog", f.dialog());
    m.put("step", f.step());
    m.put("slots", new LinkedHashMap<>(f.slots()));
    m.put("editing", f.editing());
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Frame frame(Map<String, Object> m) {
    if (m == null) {
      return null;
    }
    Map<String, String> slots = new LinkedHashMap<>();
    Object s = m.get("slots");
    if (s instanceof Map<?, ?> map) {
      map.forEach((k, v) -> slots.put(String.valueOf(k), String.valueOf(v)));
    }
    return new Frame((String) m.get("dialog"), (String) m.get("step"), slots,
        Boolean.TRUE.equals(m.get("editing")));
  }
}
