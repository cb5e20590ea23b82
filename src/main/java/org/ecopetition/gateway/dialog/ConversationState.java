package org.ecopetition.gateway.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a conversation stands: its language, the dialog frame in progress (null when idle), the frames
 * suspended by global commands, innermost last (a status query in the middle of a report), flags (urgent, …), the
 * count of abusive messages, the values of the options last offered (so "2" picks the second on channels
 * without buttons), whether a return after a long pause is being asked about, and how many answers in a row the
 * bot could not understand (the third offers a person), and a digest of the last message taken as an answer ({@code echo}:
 * the same text sent again right after, by a phone retrying on a weak signal, is not the next question's answer;
 * a digest, not the words, and only until the next message). Immutable; stored as a plain map so adapters can keep
 * it as JSON.
 */
public record ConversationState(String lang, Frame current, List<Frame> suspended, Set<String> flags, int strikes,
    List<String> options, boolean resumePending, int misses, String echo, Frame filed) {

  /**
   * {@code filed}: the case registered in this conversation (its number, and the place and polluter it named, to
   * tell a later message adding to it from a new matter), with a message held while the petitioner is asked which it
   * is; null before any registration.
   */
  public ConversationState(String lang, Frame current, List<Frame> suspended, Set<String> flags, int strikes,
      List<String> options, boolean resumePending, int misses, String echo) {
    this(lang, current, suspended, flags, strikes, options, resumePending, misses, echo, null);
  }

  /** As stored before the last answer's digest existed. */
  public ConversationState(String lang, Frame current, List<Frame> suspended, Set<String> flags, int strikes,
      List<String> options, boolean resumePending, int misses) {
    this(lang, current, suspended, flags, strikes, options, resumePending, misses, null);
  }

  /** As stored before the count of answers in a row the bot could not understand existed. */
  public ConversationState(String lang, Frame current, List<Frame> suspended, Set<String> flags, int strikes,
      List<String> options, boolean resumePending) {
    this(lang, current, suspended, flags, strikes, options, resumePending, 0);
  }

  /**
   * A dialog in progress: its step, the slots filled so far, whether an item is being corrected, values the
   * extractor suggested but the petitioner has not confirmed, the slot being checked now, and the ask steps
   * answered so far (for "返回上一步").
   */
  public record Frame(String dialog, String step, Map<String, String> slots, boolean editing,
      Map<String, String> suggested, String checking, List<String> trail) {
    public Frame {
      slots = Map.copyOf(slots);
      suggested = Map.copyOf(suggested);
      trail = List.copyOf(trail);
    }

    public static Frame start(String dialog, String step) {
      return new Frame(dialog, step, Map.of(), false, Map.of(), null, List.of());
    }

    Frame at(String stepId) {
      return new Frame(dialog, stepId, slots, editing, suggested, checking, trail);
    }

    Frame with(String slot, String value) {
      return with(Map.of(slot, value));
    }

    /** Several slots set at once (one copy of the maps, not one per slot); none of them suggested any more. */
    Frame with(Map<String, String> values) {
      Map<String, String> s = new LinkedHashMap<>(slots);
      s.putAll(values);
      // The suggestions are copied only when one of these slots was suggested (they are immutable already).
      Map<String, String> sug = suggested;
      for (String slot : values.keySet()) {
        if (sug.containsKey(slot)) {
          if (sug == suggested) {
            sug = new LinkedHashMap<>(suggested);
          }
          sug.remove(slot);
        }
      }
      return new Frame(dialog, step, s, editing, sug, checking, trail);
    }

    /** Removes a slot and the values derived from it ({@code slot.province} …). */
    Frame without(String slot) {
      Map<String, String> s = new LinkedHashMap<>(slots);
      String derived = slot + ".";
      s.keySet().removeIf(k -> k.equals(slot) || k.startsWith(derived));
      return new Frame(dialog, step, s, editing, suggested, checking, trail);
    }

    Frame editing(boolean on) {
      return new Frame(dialog, step, slots, on, suggested, checking, trail);
    }

    Frame suggest(String slot, String value) {
      Map<String, String> sug = new LinkedHashMap<>(suggested);
      sug.put(slot, value);
      return new Frame(dialog, step, slots, editing, sug, checking, trail);
    }

    Frame checking(String slot) {
      return new Frame(dialog, step, slots, editing, suggested, slot, trail);
    }

    Frame dropSuggestion(String slot) {
      Map<String, String> sug = new LinkedHashMap<>(suggested);
      sug.remove(slot);
      return new Frame(dialog, step, slots, editing, sug, null, trail);
    }

    Frame answered(String stepId) {
      List<String> t = new ArrayList<>(trail);
      t.remove(stepId);
      t.add(stepId);
      return new Frame(dialog, step, slots, editing, suggested, checking, t);
    }

    Frame popTrail() {
      List<String> t = new ArrayList<>(trail);
      if (!t.isEmpty()) {
        t.remove(t.size() - 1);
      }
      return new Frame(dialog, step, slots, editing, suggested, checking, t);
    }
  }

  public ConversationState {
    suspended = List.copyOf(suspended);
    flags = Set.copyOf(flags);
    options = List.copyOf(options);
  }

  public static ConversationState fresh(String lang) {
    return new ConversationState(normaliseLang(lang), null, List.of(), Set.of(), 0, List.of(), false);
  }

  /** Suspends the current frame (if any) under a new one. */
  ConversationState push(Frame next) {
    List<Frame> stack = new ArrayList<>(suspended);
    if (current != null) {
      stack.add(current);
    }
    return withFrames(next, stack);
  }

  /** The innermost suspended frame becomes current again (null when none). */
  ConversationState pop() {
    if (suspended.isEmpty()) {
      return withFrames(null, List.of());
    }
    List<Frame> stack = new ArrayList<>(suspended);
    Frame top = stack.remove(stack.size() - 1);
    return withFrames(top, stack);
  }

  ConversationState unflag(String f) {
    Set<String> s = new LinkedHashSet<>(flags);
    s.remove(f);
    return new ConversationState(lang, current, suspended, s, strikes, options, resumePending, misses, echo, filed);
  }

  public static String normaliseLang(String lang) {
    return lang != null && lang.toLowerCase().startsWith("en") ? "en" : "zh";
  }

  ConversationState withCurrent(Frame f) {
    return new ConversationState(lang, f, suspended, flags, strikes, options, resumePending, misses, echo, filed);
  }

  ConversationState withFrames(Frame current, List<Frame> suspended) {
    return new ConversationState(lang, current, suspended, flags, strikes, options, resumePending, misses, echo, filed);
  }

  ConversationState withLang(String l) {
    return new ConversationState(l, current, suspended, flags, strikes, options, resumePending, misses, echo, filed);
  }

  ConversationState flag(String f) {
    Set<String> s = new LinkedHashSet<>(flags);
    s.add(f);
    return new ConversationState(lang, current, suspended, s, strikes, options, resumePending, misses, echo, filed);
  }

  ConversationState strike() {
    return new ConversationState(lang, current, suspended, flags, strikes + 1, options, resumePending, misses, echo, filed);
  }

  /** One more answer the bot could not understand; {@code missed(false)}: understood, the count starts again. */
  ConversationState missed(boolean missed) {
    return new ConversationState(lang, current, suspended, flags, strikes, options, resumePending, missed ? misses + 1 : 0, echo, filed);
  }

  ConversationState offering(List<String> values) {
    return new ConversationState(lang, current, suspended, flags, strikes, values, resumePending, misses, echo, filed);
  }

  ConversationState resumePending(boolean on) {
    return new ConversationState(lang, current, suspended, flags, strikes, options, on, misses, echo, filed);
  }

  /** The digest of the message just taken as an answer (null: none, or the last message was no answer). */
  ConversationState echoing(String digest) {
    return new ConversationState(lang, current, suspended, flags, strikes, options, resumePending, misses, digest, filed);
  }

  /** The case registered in this conversation (see {@link #filed}); null clears it. */
  ConversationState filing(Frame f) {
    return new ConversationState(lang, current, suspended, flags, strikes, options, resumePending, misses, echo, f);
  }

  public boolean idle() {
    return current == null;
  }

  public boolean flagged(String f) {
    return flags.contains(f);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", lang);
    m.put("current", frameMap(current));
    m.put("suspended", suspended.stream().map(ConversationState::frameMap).toList());
    m.put("flags", new ArrayList<>(flags));
    m.put("strikes", strikes);
    m.put("options", new ArrayList<>(options));
    m.put("resumePending", resumePending);
    m.put("misses", misses);
    if (echo != null) {
      m.put("echo", echo);
    }
    if (filed != null) {
      m.put("filed", frameMap(filed));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  public static ConversationState fromMap(Map<String, Object> m) {
    return new ConversationState(normaliseLang((String) m.get("lang")),
        frame((Map<String, Object>) m.get("current")), frames(m.get("suspended")),
        new LinkedHashSet<>(strings(m.get("flags"))), m.get("strikes") instanceof Number n ? n.intValue() : 0,
        strings(m.get("options")), Boolean.TRUE.equals(m.get("resumePending")),
        m.get("misses") instanceof Number n2 ? n2.intValue() : 0, m.get("echo") instanceof String e ? e : null,
        frame((Map<String, Object>) m.get("filed")));
  }

  /** A list of frames; a single frame as stored before the stack existed is read as a stack of one. */
  @SuppressWarnings("unchecked")
  private static List<Frame> frames(Object o) {
    List<Frame> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      list.forEach(x -> out.add(frame((Map<String, Object>) x)));
    } else if (o instanceof Map<?, ?> one) {
      out.add(frame((Map<String, Object>) one));
    }
    return out;
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
    m.put("suggested", new LinkedHashMap<>(f.suggested()));
    m.put("checking", f.checking());
    m.put("trail", new ArrayList<>(f.trail()));
    return m;
  }

  private static Frame frame(Map<String, Object> m) {
    if (m == null) {
      return null;
    }
    return new Frame((String) m.get("dialog"), (String) m.get("step"), stringMap(m.get("slots")),
        Boolean.TRUE.equals(m.get("editing")), stringMap(m.get("suggested")), (String) m.get("checking"),
        strings(m.get("trail")));
  }

  private static Map<String, String> stringMap(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      list.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
