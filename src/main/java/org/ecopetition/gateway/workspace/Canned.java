package org.ecopetition.gateway.workspace;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Replies staff use often, as data beside the dialogs ({@code dialogs/staff/canned.yaml}): a list of {@code {key, zh, en}},
 * each in both languages (checked at start), offered in the console in the conversation's language.
 */
final class Canned {
  private final JsonArray replies;

  private Canned(JsonArray replies) {
    this.replies = replies;
  }

  @SuppressWarnings("unchecked")
  static Canned load(Path file) {
    if (!Files.isRegularFile(file)) {
      return new Canned(new JsonArray());
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(options)).load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    JsonArray out = new JsonArray();
    Object list = root instanceof Map<?, ?> m ? m.get("replies") : null;
    if (!(list instanceof List<?> items)) {
      throw new IllegalArgumentException(file + ": 'replies' must be a list of {key, zh, en}");
    }
    for (Object o : items) {
      Map<String, Object> e = o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
      for (String k : List.of("key", "zh", "en")) {
        if (!(e.get(k) instanceof String s) || s.isBlank()) {
          problems.add(file.getFileName() + ": reply " + e.getOrDefault("key", "?") + " needs '" + k + "'");
        }
      }
      out.add(new JsonObject().put("key", e.get("key")).put("zh", e.get("zh")).put("en", e.get("en")));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new Canned(out);
  }

  JsonArray replies() {
    return replies.copy();
  }
}
