package org.ecopetition.gateway.staff;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.ecopetition.gateway.nlp.Affected;
import org.ecopetition.gateway.nlp.Extraction;

/**
 * A pasted letter, call note or fax read by the extractor, shaped as the registration form's fields ({@code POST
 * /cases}), each with the extractor's confidence so the console can mark what the clerk must check. The facts are
 * the text as written when the extractor found no shorter statement of them. Nothing here is stored.
 */
final class ExtractedForm {
  private ExtractedForm() {}

  static JsonObject of(String text, Extraction x) {
    JsonObject fields = new JsonObject();
    JsonObject confidence = new JsonObject();
    put(fields, confidence, x, "name", "name");
    put(fields, confidence, x, "phone", "phone");
    put(fields, confidence, x, "address", "address");
    put(fields, confidence, x, "location", "place");
    put(fields, confidence, x, "polluter", "polluter");
    put(fields, confidence, x, "kind", "kind");
    put(fields, confidence, x, "matter", "matter");
    put(fields, confidence, x, "category", "category");
    put(fields, confidence, x, "request", "request");
    put(fields, confidence, x, "since", "since");
    put(fields, confidence, x, "accused", "accused");
    if (!fields.containsKey("location")) {
      String divisions = String.join("", java.util.stream.Stream.of("province", "city", "county", "town")
          .map(f -> x.field(f).map(Extraction.Field::value).orElse("")).toList());
      if (!divisions.isBlank()) {
        fields.put("location", divisions);
        confidence.put("location", x.field("county").or(() -> x.field("city")).or(() -> x.field("province"))
            .map(Extraction.Field::confidence).orElse(0.5));
      }
    }
    Optional<Extraction.Field> subtype = x.field("subtype");
    if ("申诉求决".equals(fields.getString("category"))) {
      fields.put("subtype", subtype.map(f -> parse(f.value())).orElse(3));
    }
    // The whole text is the record of what the petitioner wrote: the facts field holds it unless the clerk shortens it.
    fields.put("facts", text.strip());
    fields.put("urgent", x.flag("urgent") || x.flag("lifeSafety"));
    // The language the petitioner is written back in (notices, documents): a letter in English gets English.
    fields.put("lang", language(text));
    // As the petitioner said it ("30户", "几百户"): a count of households is no number of people, and a range no count.
    Affected a = x.affected();
    if (a != null && a.text() != null && !a.text().isBlank()) {
      fields.put("affected", a.text());
    } else if (a != null && a.count() != null) {
      fields.put("affected", a.count());
    }
    if (x.flag("confidentialityRequested")) {
      fields.put("confidentialityRequested", true);
    }
    return new JsonObject().put("fields", fields).put("confidence", confidence)
        .put("lifeSafety", x.flag("lifeSafety")).put("kinds", new io.vertx.core.json.JsonArray(x.kinds()))
        .put("situations", x.field("situation").map(Extraction.Field::value).orElse(null));
  }

  /** "en" for a text written in Latin letters with no Chinese character in it, else "zh". */
  static String language(String text) {
    boolean latin = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return "zh";
      }
      latin |= c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
    return latin ? "en" : "zh";
  }

  private static Integer parse(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return 3;
    }
  }

  private static void put(JsonObject fields, JsonObject confidence, Extraction x, String as, String from) {
    x.field(from).ifPresent(f -> {
      fields.put(as, f.value());
      confidence.put(as, Math.round(f.confidence() * 100) / 100.0);
    });
  }
}
