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

  /** Whether a text someone wrote as a copy still holds one of the known identities (a phone however written). */
  public static boolean holds(String text, Map<String, String> known) {
    return !Redaction.redact(text, java.util.List.of(), known, null).equals(text);
  }
}
