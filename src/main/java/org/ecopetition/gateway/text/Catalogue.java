package org.ecopetition.gateway.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What the gateway says outside the dialogs — notices, the status page, errors, the reasons of refusals — as data:
 * {@code dialogs/messages/*.yaml}, each file a {@code zh:} and an {@code en:} map of keys to texts with
 * {@code {placeholders}}. Checked at start like the dialogs: a key the code uses missing in either language, a key
 * in one language only, placeholders that differ between the languages, a duplicate key or an empty text stops the
 * start with the file and line.
 */
public final class Catalogue {
  public static final List<String> LANGUAGES = List.of("zh", "en");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Map<String, Map<String, String>> texts;

  private Catalogue(Map<String, Map<String, String>> texts) {
    this.texts = texts;
  }

  /** Loads and checks every catalogue in {@code dir}; throws {@link CatalogueException} listing every problem. */
  public static Catalogue load(Path dir) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> texts = new HashMap<>();
    Map<String, String> where = new HashMap<>();
    LANGUAGES.forEach(l -> texts.put(l, new HashMap<>()));
    if (!Files.isDirectory(dir)) {
      throw new CatalogueException(List.of(dir + ": no message catalogues folder"));
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        read(f, texts, where, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> keys = new TreeSet<>();
    texts.values().forEach(m -> keys.addAll(m.keySet()));
    for (String key : keys) {
      for (String lang : LANGUAGES) {
        if (!texts.get(lang).containsKey(key)) {
          problems.add(where.get(key) + ": '" + key + "' has no " + lang + " text");
        }
      }
      if (texts.get("zh").containsKey(key) && texts.get("en").containsKey(key)
          && !placeholders(texts.get("zh").get(key)).equals(placeholders(texts.get("en").get(key)))) {
        problems.add(where.get(key) + ": '" + key + "' has other placeholders in zh " + placeholders(texts.get("zh").get(key))
            + " than in en " + placeholders(texts.get("en").get(key)));
      }
    }
    for (Msg m : Msg.values()) {
      if (!keys.contains(m.key())) {
        problems.add(dir + ": '" + m.key() + "' is used by the gateway but missing from the catalogues");
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return new Catalogue(Map.of("zh", Map.copyOf(texts.get("zh")), "en", Map.copyOf(texts.get("en"))));
  }

  private static void read(Path f, Map<String, Map<String, String>> texts, Map<String, String> where,
      List<String> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Node root;
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(options)).compose(r);
    } catch (MarkedYAMLException e) {
      problems.add(f.getFileName() + ":" + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(root instanceof MappingNode top)) {
      problems.add(f.getFileName() + ":1: a catalogue is a map of languages (zh, en) to texts");
      return;
    }
    for (NodeTuple lang : top.getValue()) {
      String l = ((ScalarNode) lang.getKeyNode()).getValue();
      if (!LANGUAGES.contains(l)) {
        problems.add(at(f, lang.getKeyNode()) + "unknown language '" + l + "' (zh, en)");
        continue;
      }
      if (!(lang.getValueNode() instanceof MappingNode entries)) {
        problems.add(at(f, lang.getValueNode()) + "'" + l + "' must map keys to texts");
        continue;
      }
      for (NodeTuple e : entries.getValue()) {
        String key = ((ScalarNode) e.getKeyNode()).getValue();
        if (!(e.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
          problems.add(at(f, e.getKeyNode()) + "'" + key + "' needs a text");
          continue;
        }
        String seen = where.putIfAbsent(key + "@" + l, f.getFileName() + ":" + line(e.getKeyNode()));
        if (seen != null) {
          problems.add(at(f, e.getKeyNode()) + "'" + key + "' is already defined at " + seen);
          continue;
        }
        where.putIfAbsent(key, f.getFileName() + ":" + line(e.getKeyNode()));
        texts.get(l).put(key, v.getValue());
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String at(Path f, Node n) {
    return f.getFileName() + ":" + line(n) + ": ";
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }

  /** Checks that every label (each case state, each act) has its words; the start stops otherwise. */
  public Catalogue require(Label... labels) {
    List<String> problems = new ArrayList<>();
    for (Label l : labels) {
      for (String lang : LANGUAGES) {
        if (!texts.get(lang).containsKey(l.messageKey())) {
          problems.add("'" + l.messageKey() + "' is used by the gateway but has no " + lang + " text");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return this;
  }

  /** The text in the reader's language ({@code en}, anything else Chinese), its placeholders filled. */
  public String text(Msg key, String lang, Map<String, ?> vars) {
    return text(key.key(), lang, vars);
  }

  public String text(Msg key, String lang) {
    return text(key.key(), lang, Map.of());
  }

  /** A label's words (a case status, an act) in the reader's language. */
  public String label(Label l, String lang) {
    return text(l.messageKey(), lang, Map.of());
  }

  private String text(String key, String lang, Map<String, ?> vars) {
    String l = "en".equals(lang) ? "en" : "zh";
    String t = texts.get(l).get(key);
    if (t == null) {
      throw new IllegalArgumentException("no message '" + key + "'");
    }
    if (t.indexOf('{') < 0) {
      return t; // most texts (labels, a status's every line) have no placeholder: no matcher, no copy
    }
    Matcher m = PLACEHOLDER.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = vars.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : format(v, l)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Values as the reader reads them: labels in their words, dates as 2026年6月15日 or 15 June 2026. */
  private String format(Object v, String lang) {
    if (v instanceof Label l) {
      return label(l, lang);
    }
    if (v instanceof LocalDate d) {
      return date(d, lang);
    }
    return String.valueOf(v);
  }

  public static String date(LocalDate d, String lang) {
    return "en".equals(lang) ? d.format(EN_DATE) : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
