package org.ecopetition.gateway.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was understood of one text: each field with its value, a confidence in [0, 1] and the span of the
 * text it came from, so the dialog can fill, check or ask, and staff can see why; the main kinds; every
 * mention of a person's identity on the raw text, for masking ({@link Identity}); and the people or
 * households affected as written ({@link Affected}, or null when the text gives no count).
 */
public record Extraction(Map<String, Field> fields, List<String> kinds, List<Identity> identities, Affected affected) {
  public static final Extraction NONE = new Extraction(Map.of(), List.of());

  /** Field names the dialogs may map slots to ({@code from:}). */
  public static final List<String> FIELDS = List.of("name", "phone", "idNumber", "address", "place", "province",
      "city", "county", "town", "ambiguousPlace", "polluter", "kind", "matter", "category", "subtype", "request",
      "facts", "caseNumber", "since",
      "affected", "accused", "urgent", "lifeSafety", "situation", "confidentialityRequested", "abusive", "intent");

  public record Field(String value, double confidence, int start, int end) {}

  public Extraction {
    fields = Map.copyOf(fields);
    kinds = List.copyOf(kinds);
    identities = List.copyOf(identities);
  }

  /** Fields and kinds alone: no identity found, no count. */
  public Extraction(Map<String, Field> fields, List<String> kinds) {
    this(fields, kinds, List.of(), null);
  }

  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public boolean flag(String name) {
    Field f = fields.get(name);
    return f != null && "true".equals(f.value());
  }

  /** A builder that keeps the first, most confident value of each field. */
  static final class Builder {
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private List<String> kinds = List.of();
    /** Every person named, the writer and others: the identity spans are made from them. */
    private List<Names.Mention> persons = List.of();
    private List<Identity> identities = List.of();
    private Affected affected;
    /** What the rules read once and the trained extractor reads again: kept, not recomputed. */
    private RuleExtractor.KindVotes kindVotes;
    private String[] situationFeatures;
    private List<int[]> phoneSpans;

    Builder put(String name, String value, double confidence, int start, int end) {
      Field old = fields.get(name);
      if (value != null && !value.isBlank() && (old == null || old.confidence() < confidence)) {
        fields.put(name, new Field(value, confidence, start, end));
      }
      return this;
    }

    /** Replaces a field whatever its confidence; a null value removes it. */
    Builder set(String name, String value, double confidence, int start, int end) {
      if (value == null || value.isBlank()) {
        fields.remove(name);
      } else {
        fields.put(name, new Field(value, confidence, start, end));
      }
      return this;
    }

    /** The field set so far, with its span, without building. */
    Optional<Field> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }

    /** The value set so far, without building (a build copies every field). */
    Optional<String> value(String name) {
      Field f = fields.get(name);
      return f == null ? Optional.empty() : Optional.of(f.value());
    }

    Builder all(Extraction x) {
      fields.putAll(x.fields());
      kinds = x.kinds();
      identities = x.identities();
      affected = x.affected();
      return this;
    }

    Builder identities(List<Identity> i) {
      identities = List.copyOf(i);
      return this;
    }

    Builder kindVotes(RuleExtractor.KindVotes v) {
      kindVotes = v;
      return this;
    }

    RuleExtractor.KindVotes kindVotes() {
      return kindVotes;
    }

    Builder phoneSpans(List<int[]> p) {
      phoneSpans = p;
      return this;
    }

    List<int[]> phoneSpans() {
      return phoneSpans;
    }

    Builder situationFeatures(String[] f) {
      situationFeatures = f;
      return this;
    }

    String[] situationFeatures() {
      return situationFeatures;
    }

    Builder affected(Affected a) {
      affected = a;
      return this;
    }

    Builder persons(List<Names.Mention> p) {
      persons = List.copyOf(p);
      return this;
    }

    List<Names.Mention> persons() {
      return persons;
    }

    Builder kinds(List<String> k) {
      kinds = k;
      return this;
    }

    Extraction build() {
      return new Extraction(fields, kinds, identities, affected);
    }
  }
}
