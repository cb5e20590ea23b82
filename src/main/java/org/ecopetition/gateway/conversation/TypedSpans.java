package org.ecopetition.gateway.conversation;

import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Identity;
import org.ecopetition.gateway.security.AtRest;

/**
 * The identity spans the extractor found in a typed message during its turn, kept in the message's body beside its
 * sealed text, so that registration and anonymity redact it without the extractor reading it again. Offsets and
 * kinds only (type, whose, start, end): no text, so nothing to seal. Kept only where the stored text is the text that
 * was read (not a masked secret, no ID number masked at rest); a message rewritten in place loses them.
 */
final class TypedSpans {
  private TypedSpans() {}

  /**
   * What to keep with a typed message {@code text} the extractor read as {@code x}: its spans, or null where the text
   * at rest will not be {@code text} (an ID number in it is masked before storage, so the spans would not index it).
   */
  static List<Identity> kept(String text, Extraction x) {
    return text == null || text.isEmpty() || !AtRest.maskIdNumbers(text).equals(text) ? null : x.identities();
  }

  static JsonArray json(List<Identity> spans) {
    JsonArray a = new JsonArray();
    spans.forEach(i -> a.add(new JsonArray().add(i.type()).add(i.whose()).add(i.start()).add(i.end())));
    return a;
  }

  /** The spans kept in a body ({@code stored}: its {@code spans}), or null when none were. */
  static List<Identity> of(JsonArray stored) {
    if (stored == null) {
      return null;
    }
    List<Identity> out = new ArrayList<>(stored.size());
    for (int k = 0; k < stored.size(); k++) {
      JsonArray i = stored.getJsonArray(k);
      out.add(new Identity(i.getString(0), i.getString(1), i.getInteger(2), i.getInteger(3)));
    }
    return out;
  }

  /** Spans as the extractor gives them (its identities; nothing else of the extraction is kept). */
  static Extraction extraction(List<Identity> spans) {
    return new Extraction(java.util.Map.of(), List.of(), spans, null);
  }
}
