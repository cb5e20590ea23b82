package org.ecopetition.gateway.casefile;

import java.util.HashMap;
import java.util.Map;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.nlp.Redaction;

/**
 * The redacted copy of a matter (issue 11 §1): each of its facts and request read by the extractor for identity
 * spans (the writer's and third persons'), and the identities the case knows (name, phone, address collected by the
 * dialog or typed by staff) masked wherever they occur again. A third person's name that is the reported party's (the
 * accused, named in {@code accused}) stays: the report is about them. Blocking (the extractor): run on a worker pool.
 */
public final class CaseRedaction {
  private CaseRedaction() {}

  public static Redactor.Copy of(Extractor extractor, NewCase c) {
    Map<String, String> known = new HashMap<>();
    known.put(Identity.NAME, c.name());
    known.put(Identity.PHONE, c.phone());
    known.put(Identity.ADDRESS, c.address());
    return new Redactor.Copy(text(extractor, c.facts(), known, c.accused()),
        text(extractor, c.request(), known, c.accused()));
  }

  /** One text's copy; the extractor reads at most its first characters, the spans reach the whole text. */
  public static String text(Extractor extractor, String text, Map<String, String> known, String accused) {
    if (text == null || text.isBlank()) {
      return text;
    }
    return Redaction.redact(text, extractor.extract(text).identities(), known, accused);
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
    for (Identity i : extractor.extract(text).identities()) {
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
