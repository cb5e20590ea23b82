package org.ecopetition.gateway.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;

/**
 * The redacted copy of a matter (issue 11 §1): each of its facts and request read by the extractor for identity
 * spans (the writer's and third persons'), and the identities the case knows (name, phone, address collected by the
 * dialog or typed by staff) masked wherever they occur again. A third person's name that is the reported party's (the
 * accused or the polluter, {@link #reported}) stays: the report is about them. Blocking (the extractor): run on a worker pool.
 */
public final class CaseRedaction {
  private CaseRedaction() {}

  public static Redactor.Copy of(Extractor extractor, NewCase c) {
    return of(extractor, c, Map.of());
  }

  /**
   * As above; {@code read}: texts the extractor read before (in their turns), each with the identity spans it found
   * there — those texts are not read again (the extractor is pure: the copy is the same).
   */
  public static Redactor.Copy of(Extractor extractor, NewCase c, Map<String, List<Identity>> read) {
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, c.name());
    known.put(Identity.PHONE, c.phone());
    known.put(Identity.ADDRESS, c.address());
    Extractor reading = reading(extractor, read);
    Redaction.Values values = Redaction.known(known);
    String reported = reported(c.accused(), c.polluter());
    // The stored copy is as masked as any release of it reads it ({@link CopyMask}): whatever reads the column directly
    // finds nothing a release would mask.
    return new Redactor.Copy(copy(reading, c.facts(), values, reported, c.name(), c.phone(), c.address()),
        copy(reading, c.request(), values, reported, c.name(), c.phone(), c.address()));
  }

  /**
   * One more text of a registered case as others may read it (a petitioner's supplement), masked as its facts' copy
   * is ({@link #of}): the extractor's spans, the identities the case knows ({@code name}, {@code phone},
   * {@code address}: as people call them, however written), the reported party's names ({@code reported}) kept.
   */
  public static String copy(Extractor extractor, String text, String name, String phone, String address,
      String reported) {
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, name);
    known.put(Identity.PHONE, phone);
    known.put(Identity.ADDRESS, address);
    return copy(extractor, text, Redaction.known(known), reported, name, phone, address);
  }

  private static String copy(Extractor extractor, String text, Redaction.Values values, String reported, String name,
      String phone, String address) {
    return CopyMask.more(text(extractor, text, values, reported), name, phone, address);
  }

  /**
   * The names of the reported party, whose names inside them stay: the accused and the polluter. A polluter named
   * after a place and a person's given name ("黄岩永盛化工") holds what reads as a name ("黄岩永"); masking it cut the firm's
   * name ("【姓名】盛化工"), and the report is about the firm. The petitioner's own name, known, is masked everywhere still.
   */
  public static String reported(String accused, String polluter) {
    boolean a = accused != null && !accused.isBlank();
    boolean p = polluter != null && !polluter.isBlank();
    return a && p ? accused + "\n" + polluter : a ? accused : p ? polluter : null;
  }

  /**
   * The extractor, but the identity spans of a text in {@code read} are the ones found there before; the copy still
   * asks it for what it reads only for a copy ({@link Extractor#forRedaction}: the learned name finder).
   */
  public static Extractor reading(Extractor extractor, Map<String, List<Identity>> read) {
    return new Extractor() {
      @Override
      public Extraction extract(String t) {
        List<Identity> spans = read.get(t);
        return spans == null ? extractor.extract(t) : new Extraction(Map.of(), List.of(), spans, null);
      }

      @Override
      public List<Identity> forRedaction(String t, List<Identity> spans) {
        return extractor.forRedaction(t, spans);
      }
    };
  }

  /** One text's copy; the extractor reads at most its first characters, the spans reach the whole text. */
  public static String text(Extractor extractor, String text, Map<String, String> known, String accused) {
    return text(extractor, text, Redaction.known(known), accused);
  }

  /** As above, the known identities prepared once ({@link Redaction#known}) for the many texts of a conversation. */
  public static String text(Extractor extractor, String text, Redaction.Values known, String accused) {
    if (text == null || text.isBlank()) {
      return text;
    }
    return Redaction.redact(text, extractor.forRedaction(text, extractor.extract(text).identities()), known, accused);
  }

  /**
   * The identities in what someone typed, as written (type → values), added to {@code into}: the extractor's spans
   * (a third person's name that is the accused's left out, as {@link #text} leaves it) and the known identities.
   * What repeats those texts (the gateway's replies, the summary) is then masked by {@link Redaction#redactValues}
   * without the extractor reading it again.
   */
  public static void collect(Extractor extractor, String text, Map<String, String> known, String accused,
      Map<String, java.util.Set<String>> into) {
    known.forEach((type, v) -> {
      if (v != null && !v.isBlank()) {
        into.computeIfAbsent(type, k -> new java.util.LinkedHashSet<>()).add(v.strip());
      }
    });
    if (text == null || text.isBlank()) {
      return;
    }
    for (Identity i : extractor.forRedaction(text, extractor.extract(text).identities())) {
      if (i.start() < 0 || i.end() > text.length() || i.start() >= i.end()) {
        continue;
      }
      String v = text.substring(i.start(), i.end());
      boolean theAccused = accused != null && !accused.isBlank() && Identity.NAME.equals(i.type())
          && Identity.THIRD.equals(i.whose()) && accused.contains(v);
      if (!theAccused && !v.isBlank()) {
        into.computeIfAbsent(i.type(), k -> new java.util.LinkedHashSet<>()).add(v.strip());
      }
    }
  }

  /** Whether a text someone wrote as a copy still holds one of the known identities (a phone however written). */
  public static boolean holds(String text, Map<String, String> known) {
    return !Redaction.redact(text, java.util.List.of(), known, null).equals(text);
  }
}
