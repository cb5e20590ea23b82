package org.ecopetition.gateway.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ecopetition.gateway.dialog.ConversationState;
import org.ecopetition.gateway.dialog.ConversationState.Frame;
import org.ecopetition.gateway.dialog.Reply;
import org.ecopetition.gateway.dialog.Turn;
import org.ecopetition.gateway.nlp.Identity;

/**
 * Anonymous means anonymous (issue 11 §2): when a petitioner chooses to report anonymously, the identity they gave
 * before — typed in their first message, filled by the extractor, answered to a question — is masked in place
 * wherever the conversation keeps it: the dialog's slots (the identity slots dropped, the free texts masked), the
 * replies of the turn, and every stored message. Pure: the masking of one text is passed in (it runs the extractor).
 */
final class Anonymity {
  /** The slots that hold the petitioner's identity: dropped. */
  static final Set<String> IDENTITY = Set.of("name", "address", "phone");
  /** Free texts that may carry an identity: masked. */
  static final Set<String> FREE_TEXT = Set.of("facts", "request", "since", "polluter", "accused", "affected");

  private Anonymity() {}

  /** Whether the petitioner has chosen anonymity in some dialog of the state. */
  static boolean chosen(ConversationState s) {
    return frames(s).stream().anyMatch(f -> "anonymous".equals(f.slots().get("anonymous")));
  }

  /** Whether {@code after} is the turn's choice of anonymity (a change from {@code before}). */
  static boolean newlyChosen(ConversationState before, ConversationState after) {
    return chosen(after) && !chosen(before);
  }

  /** The identities the state holds (slots or suggestions), by identity type. */
  static Map<String, String> known(ConversationState s) {
    Map<String, String> out = new HashMap<>();
    for (Frame f : frames(s)) {
      put(out, Identity.NAME, f.slots().getOrDefault("name", f.suggested().get("name")));
      put(out, Identity.ADDRESS, f.slots().getOrDefault("address", f.suggested().get("address")));
      put(out, Identity.PHONE, f.slots().getOrDefault("phone", f.suggested().get("phone")));
    }
    return out;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.putIfAbsent(k, v);
    }
  }

  /** The state without the identity slots and with its free texts masked. */
  static ConversationState masked(ConversationState s, UnaryOperator<String> mask) {
    if (s == null) {
      return null;
    }
    List<Frame> suspended = new ArrayList<>();
    s.suspended().forEach(f -> suspended.add(frame(f, mask)));
    return new ConversationState(s.lang(), s.current() == null ? null : frame(s.current(), mask), suspended, s.flags(),
        s.strikes(), s.options(), s.resumePending(), s.misses(), null, s.filed() == null ? null : frame(s.filed(), mask));
  }

  private static Frame frame(Frame f, UnaryOperator<String> mask) {
    Map<String, String> slots = new LinkedHashMap<>();
    f.slots().forEach((k, v) -> {
      if (!IDENTITY.contains(k)) {
        slots.put(k, FREE_TEXT.contains(k) && v != null ? mask.apply(v) : v);
      }
    });
    Map<String, String> suggested = new LinkedHashMap<>();
    f.suggested().forEach((k, v) -> {
      if (!IDENTITY.contains(k)) {
        suggested.put(k, FREE_TEXT.contains(k) && v != null ? mask.apply(v) : v);
      }
    });
    String checking = f.checking() != null && IDENTITY.contains(f.checking()) ? null : f.checking();
    return new Frame(f.dialog(), f.step(), slots, f.editing(), suggested, checking, f.trail());
  }

  /** The turn with its state and replies masked. */
  /** {@code typed}: masks what the petitioner typed (the state's free text); {@code echo}: the replies, which repeat it. */
  static Turn masked(Turn t, UnaryOperator<String> typed, UnaryOperator<String> echo) {
    List<Reply> replies = new ArrayList<>();
    t.replies().forEach(r -> replies.add(new Reply(echo.apply(r.text()), r.buttons(), r.kind())));
    return new Turn(masked(t.state(), typed), replies, t.effect(), t.alerts());
  }

  /** The words of the problem's place in {@code slots}: each place slot (one with divisions) as typed, and its divisions. */
  static List<String> placeWords(Map<String, String> slots) {
    List<String> out = new ArrayList<>();
    slots.forEach((k, v) -> {
      if (v != null && !v.isBlank() && !k.contains(".") && slots.containsKey(k + ".county")) {
        out.add(v);
        for (String level : List.of(".province", ".city", ".county", ".town")) {
          String d = slots.get(k + level);
          if (d != null && !d.isBlank()) {
            out.add(d);
          }
        }
      }
    });
    return out;
  }

  /** {@code spans} without a name that is a word of the problem's place ({@link #placeWords}): a place, no one's name. */
  static List<Identity> notThePlace(String text, List<Identity> spans, List<String> placeWords) {
    if (placeWords.isEmpty()) {
      return spans;
    }
    List<Identity> out = new ArrayList<>();
    for (Identity i : spans) {
      boolean inPlace = Identity.NAME.equals(i.type()) && i.start() >= 0 && i.end() <= text.length() && i.start() < i.end()
          && placeWords.stream().anyMatch(w -> inside(text, w, i.start(), i.end())
              || i.end() - i.start() >= 2 && w.startsWith(text.substring(i.start(), i.end())));
      if (!inPlace) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The span lies within where the place's word is written in the text: a name read inside "南京江宁" as typed (else a
   * place's short name, "望城" of 望城区, of two characters at least). Not merely a character the place also holds:
   * "我姓王" beside 王家镇 is the petitioner's surname, masked still.
   */
  private static boolean inside(String text, String word, int start, int end) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at <= start && end <= at + word.length()) {
        return true;
      }
    }
    return false;
  }

  private static List<Frame> frames(ConversationState s) {
    List<Frame> all = new ArrayList<>(s.suspended());
    if (s.current() != null) {
      all.add(s.current());
    }
    return all;
  }
}
